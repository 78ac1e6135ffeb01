import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportState } from './api';

const COLOR: Record<ReportState, string> = {
  belum: 'gray', draf: 'yellow', terkirim: 'blue', ditinjau: 'indigo', dikembalikan: 'orange', diterima: 'green',
};

/** The report's state, and a red "terlambat" when it came (or is still owed) after its due time. */
export function StateBadge({ state, late }: { state: ReportState; late: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" data-testid="report-state">
      <Badge color={COLOR[state]} variant="light">{t(`politicalReports.state.${state}`)}</Badge>
      {late && <Badge color="red" data-testid="report-late">{t('politicalReports.late')}</Badge>}
    </Group>
  );
}
