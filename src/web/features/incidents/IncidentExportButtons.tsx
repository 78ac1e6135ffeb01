import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api';
import { useLang } from '../../shell/useLang';
import type { IncidentFilters } from './api';

/**
 * Downloads of the list as it is filtered: plain links (the session is a cookie), so the browser
 * streams the file to disk and shows its own progress, whatever the number of rows.
 */
export function IncidentExportButtons({ filters }: { filters: IncidentFilters }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const href = (format: 'csv' | 'xlsx') => apiUrl('/incidents/export', { ...filters, format, lang });
  return (
    <Group gap="xs" title={t('incidents.exportHint')}>
      <Button component="a" variant="default" download href={href('csv')} data-testid="incident-export-csv">{t('incidents.exportCsv')}</Button>
      <Button component="a" variant="default" download href={href('xlsx')} data-testid="incident-export-xlsx">{t('incidents.exportXlsx')}</Button>
    </Group>
  );
}
