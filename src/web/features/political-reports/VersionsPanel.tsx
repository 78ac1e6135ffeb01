import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import type { ReportDetail } from './api';
import { ContentView } from './ContentView';
import { zoneOf } from './access';
import { localTime } from './format';
import { useReportVersion } from './queries';

/** Every version with when it was sent and by whom; any one can be opened read-only. */
export function VersionsPanel({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [open, setOpen] = useState<number | null>(null);
  const version = useReportVersion(report.id, open);
  if (report.versions.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-versions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-versions-title">{t('politicalReports.versions.title')}</Title>
        <List listStyleType="none" spacing="xs" data-testid="report-versions">
          {report.versions.map((entry) => (
            <List.Item key={entry.number}>
              <Group gap="sm">
                <Text size="sm" fw={600}>{t('politicalReports.versions.number', { number: entry.number })}</Text>
                <Text size="sm" c="dimmed">
                  {entry.submittedAt ? t('politicalReports.versions.sent', { at: localTime(locale, entry.submittedAt, zoneOf(report)) }) : t('politicalReports.versions.draft')}
                  {entry.authorName ? ` · ${entry.authorName}` : ''}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setOpen(open === entry.number ? null : entry.number)}>
                  {open === entry.number ? t('politicalReports.versions.hide') : t('politicalReports.versions.show', { number: entry.number })}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        {open !== null && version.isPending && <Loading />}
        {open !== null && version.isError && <ErrorNotice error={version.error} />}
        {open !== null && version.data && (
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
            <Text size="sm" fw={600} mb="xs">{t('politicalReports.versions.viewing', { number: open })}</Text>
            <ContentView sections={report.sections} content={version.data} testId="report-version-content" />
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
