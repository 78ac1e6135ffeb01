import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, formatInZone } from '../../shell/zonedTime';
import { sitrepApi } from './api';
import { fileSize, regionFilter } from './format';
import { useSituationReports } from './queries';

/** The stored reports of the region, newest first, each with its two files. */
export function ReportList({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const reports = useSituationReports({ region: regionFilter(regionCode) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="sitrep-stored">
      <Title order={2} size="h3" id="sitrep-stored">{t('sitrep.list.title')}</Title>
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorNotice error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data && reports.data.items.length === 0 && <Text c="dimmed">{t('sitrep.list.empty')}</Text>}
      {reports.data && reports.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="sitrep-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sitrep.list.date')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.list.region')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.list.generatedAt')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.list.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.data.items.map((report) => {
                const day = formatCalendarDate(locale, report.reportDate);
                return (
                  <Table.Tr key={report.id} data-testid="sitrep-row">
                    <Table.Td>{day}</Table.Td>
                    <Table.Td>{report.regionName}</Table.Td>
                    <Table.Td>
                      {formatInZone(locale, report.generatedAt, report.timeZone)}{' '}
                      <Badge size="xs" variant="outline" color="gray">{t(`sitrep.trigger.${report.trigger}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Anchor href={sitrepApi.fileUrl(report.id, 'pdf')} download aria-label={t('sitrep.list.pdfLabel', { region: report.regionName, date: day })}>
                          PDF <Text span size="xs" c="dimmed">({fileSize(report.pdfSize, locale)})</Text>
                        </Anchor>
                        <Anchor href={sitrepApi.fileUrl(report.id, 'xlsx')} download aria-label={t('sitrep.list.xlsxLabel', { region: report.regionName, date: day })}>
                          XLSX <Text span size="xs" c="dimmed">({fileSize(report.xlsxSize, locale)})</Text>
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
