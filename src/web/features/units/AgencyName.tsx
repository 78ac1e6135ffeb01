import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAgencyCode } from './agencies';

/** "BAWASLU Badan Pengawas Pemilihan Umum"; an agency the web app does not know shows its code only. */
export function AgencyName({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color="gray" size="sm" radius="sm">{code}</Badge>
      {isAgencyCode(code) && <Text size="sm" c="dimmed" truncate>{t(`agency.${code}`)}</Text>}
    </Group>
  );
}
