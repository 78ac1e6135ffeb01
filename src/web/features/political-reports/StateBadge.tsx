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
    <Group gap={4} data-testid="report-state">
      <Badge color={COLOR[state]} variant="light" style={{ flexShrink: 0 }}>{t(`politicalReports.state.${state}`)}</Badge>
      {late && <Badge color="red" data-testid="report-late" style={{ flexShrink: 0 }}>{t('politicalReports.late')}</Badge>}
    </Group>
  );
}
