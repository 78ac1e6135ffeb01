import { Badge, Group, Text } from '@mantine/core';
import { useLang } from '../../shell/useLang';
import { agencyName, useAgencies } from './queries';

/** "BAWASLU Badan Pengawas Pemilihan Umum"; while the catalogue loads, or for a code it lacks, the code only. */
export function AgencyName({ code }: { code: string }) {
  const { lang } = useLang();
  const agency = useAgencies().data?.find((candidate) => candidate.code === code);
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color="gray" size="sm" radius="sm">{code}</Badge>
      {agency && <Text size="sm" c="dimmed" truncate>{agencyName(agency, lang)}</Text>}
    </Group>
  );
}
