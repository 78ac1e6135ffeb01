import { Alert, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutlineImportReport } from './geoApi';

/** Rows listed at most per table; the summary still counts them all. */
const SHOWN = 100;

/** What a check (or an import that stored nothing) found: the accepted outlines, the refused features and the warnings. */
export function OutlineImportReportView({ report, keepValid }: { report: OutlineImportReport; keepValid: boolean }) {
  const { t } = useTranslation();
  const warnings = new Map(report.warnings.map((w) => [w.feature, w.message]));
  return (
    <>
      <Alert
        color={report.errors.length > 0 ? 'orange' : report.accepted.length > 0 ? 'blue' : 'gray'}
        variant="light"
        role="status"
        data-testid="outline-import-report"
      >
        <Text size="sm" fw={600}>
          {t('geoOutlines.report.summary', { features: report.features, accepted: report.accepted.length, refused: report.errors.length })}
        </Text>
        {report.errors.length > 0 && <Text size="sm">{keepValid ? t('geoOutlines.report.keepValidNote') : t('geoOutlines.report.fixFirst')}</Text>}
      </Alert>
      {report.accepted.length > 0 && (
        <Table.ScrollContainer minWidth={420} maxHeight={280}>
          <Table verticalSpacing={4} fz="sm" striped captionSide="top" data-testid="outline-import-accepted">
            <Table.Caption>{t('geoOutlines.report.acceptedCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('geoOutlines.report.colFeature')}</Table.Th>
                <Table.Th scope="col">{t('geoOutlines.report.colRegion')}</Table.Th>
                <Table.Th scope="col">{t('geoOutlines.report.colReplaces')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.accepted.slice(0, SHOWN).map((row) => (
                <Table.Tr key={row.feature}>
                  <Table.Td>{row.feature}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" ff="monospace">{row.code}</Text> {row.name}
                    {warnings.has(row.feature) && (
                      <Text size="xs" c="orange.8" data-testid="outline-import-warning">⚠ {warnings.get(row.feature)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td><Badge variant="light" color="gray" size="sm">{t(`geoOutlines.report.replaces.${row.replaces}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={420} maxHeight={280}>
          <Table verticalSpacing={4} fz="sm" striped captionSide="top" data-testid="outline-import-problems">
            <Table.Caption>{t('geoOutlines.report.problemsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('geoOutlines.report.colFeature')}</Table.Th>
                <Table.Th scope="col">{t('geoOutlines.report.colCode')}</Table.Th>
                <Table.Th scope="col">{t('geoOutlines.report.colProblem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.slice(0, SHOWN).map((error) => (
                <Table.Tr key={error.feature}>
                  <Table.Td>{error.feature}</Table.Td>
                  <Table.Td>{error.code ? <Text span size="sm" ff="monospace">{error.code}</Text> : '–'}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
