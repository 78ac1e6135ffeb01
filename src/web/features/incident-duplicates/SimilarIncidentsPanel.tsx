import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { IncidentStatusBadge } from '../incidents/Badges';
import type { IncidentDetail } from '../incidents/api';
import { TRIAGERS } from '../incidents/access';
import { useBulkTransition, useSimilarIncidents, type SimilarCandidate } from './api';
import { ReasonList } from './ReasonList';

/**
 * "Mungkin duplikat": reports like this one nearby and around the same time, best first, with why.
 * A triager merges one into this report (it becomes duplikat of this one and stays listed among its
 * sources). Not shown on a report that is itself a duplicate: its primary is where merging happens.
 */
export function SimilarIncidentsPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const open = incident.status !== 'duplikat';
  const similar = useSimilarIncidents(incident.id, open);
  if (!open) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="similar-title" data-testid="similar-panel">
      <Title order={2} size="h4" id="similar-title">{t('incidentDuplicates.similarTitle')}</Title>
      <Text size="xs" c="dimmed" mb="sm">{t('incidentDuplicates.similarHint', { hours: similar.data?.windowHours ?? 48 })}</Text>
      {similar.isPending && <Loading />}
      {similar.isError && <ErrorNotice error={similar.error} onRetry={() => void similar.refetch()} />}
      {similar.data && similar.data.items.length === 0 && <Text size="sm" c="dimmed">{t('incidentDuplicates.none')}</Text>}
      <Stack gap="sm">
        {similar.data?.items.map((candidate) => (
          <Candidate key={candidate.id} candidate={candidate} primary={incident} mayMerge={allows(TRIAGERS, role)} />
        ))}
      </Stack>
    </Paper>
  );
}

function Candidate({ candidate, primary, mayMerge }: { candidate: SimilarCandidate; primary: IncidentDetail; mayMerge: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const merge = useBulkTransition();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState(() => t('incidentDuplicates.defaultReason', { reference: primary.reference }));
  const refused = merge.data?.results.find((r) => r.outcome !== 'ok');
  const submit = () => merge.mutate({ ids: [candidate.id], action: 'tandai_duplikat', reason: reason.trim(), duplicateOf: primary.id });
  return (
    <Paper withBorder p="sm" data-testid="similar-candidate" aria-label={candidate.reference}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Anchor component={Link} to={`/incidents/${candidate.id}`} fw={600} size="sm" className="mono">{candidate.reference}</Anchor>
            <IncidentStatusBadge status={candidate.status} />
            <Text size="xs" c="dimmed">{t(`incidents.channel.${candidate.channel}`)} · {candidate.region.name} · {formatInZone(locale, candidate.occurredAt, primary.region.timeZone)}</Text>
          </Group>
          <Text size="sm" lineClamp={3}>{candidate.description}</Text>
          <ReasonList reasons={candidate.reasons} />
        </Stack>
        <Text size="sm" fw={700} title={t('incidentDuplicates.scoreHint')}>{Math.round(candidate.score * 100)}</Text>
      </Group>
      {mayMerge && candidate.status === 'baru' && !asking && (
        <Button size="xs" variant="light" mt="xs" onClick={() => setAsking(true)}>{t('incidentDuplicates.merge')}</Button>
      )}
      {asking && (
        <Stack gap="xs" mt="xs">
          <Textarea label={t('incidents.reason')} required autosize minRows={1} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group gap="xs">
            <Button size="xs" loading={merge.isPending} disabled={reason.trim() === ''} onClick={submit}>{t('incidentDuplicates.confirmMerge')}</Button>
            <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>{t('common.cancel')}</Button>
          </Group>
          {refused && <Alert color="orange" variant="light" role="alert">{refused.message}</Alert>}
          {merge.isError && <ErrorNotice error={merge.error} />}
        </Stack>
      )}
    </Paper>
  );
}
