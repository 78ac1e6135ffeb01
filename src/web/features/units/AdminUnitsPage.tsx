import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CreateUnitForm } from './CreateUnitForm';
import { UnitList } from './UnitList';

/** /admin/units — create units and list those inside the scope. */
export function AdminUnitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('units.adminTitle')} · Sinergi`);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('units.adminTitle')}</Title>
      <CreateUnitForm />
      <UnitList title={t('units.listTitle')} editable />
    </Stack>
  );
}
