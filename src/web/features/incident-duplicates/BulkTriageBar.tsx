import './duplicates.css';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { UnitPicker } from '../meetings/UnitPicker';
import { IncidentStatusBadge } from '../incidents/Badges';
import type { Incident } from '../incidents/api';
import { useBulkTransition, type BulkOutcome } from './api';
import type { RowSelection } from './useSelection';

const BULK_ACTIONS = ['verifikasi', 'teruskan', 'tandai_duplikat', 'tolak'] as const;
type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * The bar under a list with ticked rows: one action with one reason for all of them (verify, refer to
 * a unit, mark as duplicates of one of the ticked reports, reject). Each report is moved on its own
 * at the version shown, so one that changed since comes back "stale"; the results stay listed per
 * report, and the reports that moved are unticked.
 */
export function BulkTriageBar({ incidents, selection }: { incidents: Incident[]; selection: RowSelection }) {
  const { t } = useTranslation();
  const bulk = useBulkTransition();
  const [action, setAction] = useState<BulkAction>('verifikasi');
  const [reason, setReason] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [primaryId, setPrimaryId] = useState<string | null>(null);
  const [results, setResults] = useState<{ outcome: BulkOutcome; reference: string }[] | null>(null);
  const chosen = incidents.filter((incident) => selection.selected.has(incident.id));
  const references = new Map(incidents.map((incident) => [incident.id, incident.reference]));

  const missing = reason.trim() === '' || (action === 'teruskan' && unitId === null) || (action === 'tandai_duplikat' && primaryId === null);
  const submit = () => {
    // The primary is not marked duplicate of itself: it is only the target.
    const moving = action === 'tandai_duplikat' ? chosen.filter((incident) => String(incident.id) !== primaryId) : chosen;
    if (moving.length === 0) return;
    bulk.mutate({
      ids: moving.map((incident) => incident.id), versions: moving.map((incident) => incident.version), action, reason: reason.trim(),
      ...(action === 'teruskan' ? { unitId } : {}), ...(action === 'tandai_duplikat' ? { duplicateOf: Number(primaryId) } : {}),
    }, {
      onSuccess: (answer) => {
        setResults(answer.results.map((outcome) => ({ outcome, reference: references.get(outcome.id) ?? `#${outcome.id}` })));
        selection.clear(answer.results.filter((r) => r.outcome === 'ok').map((r) => r.id));
      },
    });
  };

  if (chosen.length === 0 && !results) return null;
  return (
    <Paper withBorder shadow="sm" p="md" className="bulk-bar" component="section" aria-labelledby="bulk-title" data-testid="bulk-bar">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="bulk-title">{chosen.length > 0 ? t('incidentDuplicates.bulkTitle', { count: chosen.length }) : t('incidentDuplicates.resultsLabel')}</Title>
        {chosen.length > 0 && <Button size="xs" variant="subtle" onClick={() => selection.clear()}>{t('incidentDuplicates.clearSelection')}</Button>}
      </Group>
      {chosen.length > 0 && (
        <Stack gap="xs">
          <Group gap="xs" role="radiogroup" aria-label={t('incidentDuplicates.bulkAction')}>
            {BULK_ACTIONS.map((candidate) => (
              <Button key={candidate} size="xs" role="radio" aria-checked={action === candidate} variant={action === candidate ? 'filled' : 'light'}
                color={candidate === 'tolak' ? 'red' : undefined} onClick={() => setAction(candidate)}>
                {t(`incidents.action.${candidate}`)}
              </Button>
            ))}
          </Group>
          {action === 'teruskan' && <UnitPicker label={t('incidents.toUnitLabel')} value={unitId} onChange={setUnitId} required />}
          {action === 'tandai_duplikat' && (
            <Select label={t('incidentDuplicates.primaryLabel')} description={t('incidentDuplicates.primaryHint')} required value={primaryId} onChange={setPrimaryId}
              data={chosen.map((incident) => ({ value: String(incident.id), label: incident.reference }))} />
          )}
          <Textarea label={t('incidents.reason')} required autosize minRows={1} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group gap="xs">
            <Button loading={bulk.isPending} disabled={missing} onClick={submit}>
              {t('incidentDuplicates.bulkApply', { action: t(`incidents.action.${action}`), count: chosen.length })}
            </Button>
          </Group>
          {bulk.isError && <ErrorNotice error={bulk.error} />}
        </Stack>
      )}
      {results && (
        <Stack gap={4} mt="sm">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('incidentDuplicates.resultSummary', { ok: results.filter((r) => r.outcome.outcome === 'ok').length, refused: results.filter((r) => r.outcome.outcome !== 'ok').length })}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => setResults(null)}>{t('incidentDuplicates.hideResults')}</Button>
          </Group>
          <Table striped withTableBorder aria-label={t('incidentDuplicates.resultsLabel')} data-testid="bulk-results">
            <Table.Tbody>
              {results.map(({ outcome, reference }) => (
                <Table.Tr key={outcome.id} data-outcome={outcome.outcome}>
                  <Table.Td className="mono">{reference}</Table.Td>
                  <Table.Td>
                    {outcome.outcome === 'ok' && outcome.status
                      ? <IncidentStatusBadge status={outcome.status} />
                      : <Badge color="orange" variant="light">{t(`incidentDuplicates.outcome.${outcome.outcome}`)}</Badge>}
                  </Table.Td>
                  <Table.Td><Text size="xs">{outcome.message ?? ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Paper>
  );
}
