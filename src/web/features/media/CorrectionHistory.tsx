import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeZoneLabel } from '../../shell/zonedTime';
import { useLang } from '../../shell/useLang';
import type { Correction } from './api';
import { isField } from './fields';
import { formatInZone } from './format';

/** A value as the history prints it: regions by name, people with their position, lists joined. */
function printed(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(printed).join('; ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string') return typeof record.position === 'string' ? `${record.name} (${record.position})` : record.name;
    if (typeof record.date === 'string') return `${record.date}: ${String(record.what ?? '')}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Who corrected which field, from what to what: the machine's reading stays on record. */
export function CorrectionHistory({ corrections, zone }: { corrections: Correction[]; zone: TimeZoneLabel }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const label = (field: string) => (isField(field) ? t(`media.field.${field}`) : field);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="media-corrections">
      <Stack gap="sm">
        <Title order={2} size="h4" id="media-corrections">{t('media.corrections.title')}</Title>
        {corrections.length === 0 ? (
          <Text size="sm" c="dimmed">{t('media.corrections.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('media.corrections.when')}</Table.Th>
                  <Table.Th>{t('media.corrections.who')}</Table.Th>
                  <Table.Th>{t('media.corrections.field')}</Table.Th>
                  <Table.Th>{t('media.corrections.before')}</Table.Th>
                  <Table.Th>{t('media.corrections.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {corrections.map((correction, index) => (
                  <Table.Tr key={index} data-testid="media-correction">
                    <Table.Td>{formatInZone(locale, correction.correctedAt, zone)}</Table.Td>
                    <Table.Td>{correction.correctedBy ?? '—'}</Table.Td>
                    <Table.Td>{label(correction.field)}</Table.Td>
                    <Table.Td>{printed(correction.before)}</Table.Td>
                    <Table.Td>{printed(correction.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
