import { Alert, Button, CopyButton, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACT_TARGET_KINDS, PACT_TARGET_STATUSES } from '../../../domain/pacts/vocabulary';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { formatInZone } from '../../shell/zonedTime';
import type { CampaignSummary, Target } from './api';
import { useIssueLink, useRemoveTarget, useRevokeLink, useTargets } from './queries';
import { ReviewDrawer } from './ReviewDrawer';
import { StatusBadge } from './StatusBadge';
import { zoneLabel } from './zone';

const FILTERS = ['status', 'kind', 'q'] as const;

/** The campaign's targets, filtered by status, kind and name (kept in the URL), with review and links. */
export function TargetsSection({ campaign, manager }: { campaign: CampaignSummary; manager: boolean }) {
  const { t } = useTranslation();
  const { values, update } = useUrlFilters(FILTERS);
  const [text, setText] = useState(values.q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  useEffect(() => { if (debounced !== values.q) update({ q: debounced }); }, [debounced, values.q, update]);
  const query = useTargets(campaign.id, { status: values.status || undefined, kind: values.kind || undefined, q: values.q || undefined });
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [issued, setIssued] = useState<{ name: string; url: string } | null>(null);
  const current = query.data?.items.find((target) => target.id === reviewing) ?? null;
  // A decision can take the target out of the filtered list before the drawer hears of its success:
  // forget it then, or it would open again when another filter brings the target back.
  useEffect(() => { if (reviewing !== null && query.data && !current) setReviewing(null); }, [reviewing, query.data, current]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pact-targets-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="pact-targets-title">{t('pacts.targets', { count: campaign.counts.targets })}</Title>
        <Group gap="sm" align="flex-end" role="search" aria-label={t('pacts.filter')}>
          <Select
            label={t('pacts.statusLabel')} clearable value={values.status || null} onChange={(value) => update({ status: value ?? undefined })}
            data={PACT_TARGET_STATUSES.map((status) => ({ value: status, label: t(`pacts.status.${status}`) }))}
          />
          <Select
            label={t('pacts.kindLabel')} clearable value={values.kind || null} onChange={(value) => update({ kind: value ?? undefined })}
            data={PACT_TARGET_KINDS.map((kind) => ({ value: kind, label: t(`pacts.kind.${kind}`) }))}
          />
          <TextInput label={t('pacts.searchName')} type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} />
        </Group>
        {issued && (
          <Alert color="blue" withCloseButton onClose={() => setIssued(null)} data-testid="pact-issued-link" title={t('pacts.linkFor', { name: issued.name })}>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" className="mono" style={{ wordBreak: 'break-all' }} data-testid="pact-link-url">{issued.url}</Text>
              <CopyButton value={issued.url}>
                {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('pacts.copied') : t('pacts.copy')}</Button>}
              </CopyButton>
            </Group>
          </Alert>
        )}
        {query.isPending && <Loading />}
        {query.isError && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && query.data.items.length === 0 && <Text c="dimmed" size="sm">{t('pacts.noTargets')}</Text>}
        {query.data && query.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="pact-targets">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pacts.targetName')}</Table.Th>
                  <Table.Th>{t('pacts.kindLabel')}</Table.Th>
                  <Table.Th>{t('pacts.region')}</Table.Th>
                  <Table.Th>{t('pacts.statusLabel')}</Table.Th>
                  <Table.Th>{t('pacts.submittedAt')}</Table.Th>
                  <Table.Th>{t('pacts.linkLabel')}</Table.Th>
                  <Table.Th>{t('pacts.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((target) => (
                  <TargetRow key={target.id} target={target} campaign={campaign} manager={manager} onReview={() => setReviewing(target.id)} onIssued={setIssued} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ReviewDrawer target={current} campaign={campaign} manager={manager} onClose={() => setReviewing(null)} />
    </Paper>
  );
}

interface RowProps {
  target: Target;
  campaign: CampaignSummary;
  manager: boolean;
  onReview: () => void;
  onIssued: (link: { name: string; url: string }) => void;
}

function TargetRow({ target, campaign, manager, onReview, onIssued }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = zoneLabel(campaign.timeZone, campaign.regionCode);
  const issue = useIssueLink();
  const remove = useRemoveTarget();
  const revoke = useRevokeLink();
  const link = target.link.usedAt ? t('pacts.linkUsed') : target.link.issued && target.link.expiresAt
    ? t('pacts.linkUntil', { date: formatInZone(locale, target.link.expiresAt, zone, 'day') }) : t('pacts.linkNone');
  return (
    <Table.Tr data-testid="pact-target" data-target-id={target.id}>
      <Table.Td>
        <Text size="sm" fw={500}>{target.name}</Text>
        {target.contactName && <Text size="xs" c="dimmed">{target.contactName}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{t(`pacts.kind.${target.kind}`)}</Text></Table.Td>
      <Table.Td><Text size="sm">{target.regionName}</Text></Table.Td>
      {/* Wide enough for a status and its late mark side by side: Mantine cuts a squeezed badge short. */}
      <Table.Td miw={150}>
        <StatusBadge status={target.status} late={target.late} />
        {target.state === 'ditolak' && target.rejectReason && <Text size="xs" c="dimmed">{target.rejectReason}</Text>}
      </Table.Td>
      <Table.Td><Text size="sm">{target.submittedAt ? formatInZone(locale, target.submittedAt, zone) : '—'}</Text></Table.Td>
      <Table.Td><Text size="xs">{link}</Text></Table.Td>
      <Table.Td>
        <Group gap={4}>
          {target.submittedAt && <Button size="xs" variant="light" onClick={onReview}>{t('pacts.review')}</Button>}
          {manager && !target.submittedAt && <Button size="xs" variant="subtle" onClick={onReview}>{t('pacts.enterSubmission')}</Button>}
          {manager && target.state !== 'diverifikasi' && (
            <Button size="xs" variant="subtle" loading={issue.isPending}
              onClick={() => issue.mutate(target.id, { onSuccess: (issued) => onIssued({ name: target.name, url: issued.url }) })}>
              {target.link.issued ? t('pacts.reissueLink') : t('pacts.issueLink')}
            </Button>
          )}
          {manager && target.link.issued && !target.link.usedAt && (
            <ConfirmDangerButton label={t('pacts.revokeLink')} ariaLabel={t('pacts.revokeLinkNamed', { name: target.name })} title={t('pacts.revokeLink')}
              body={t('pacts.revokeLinkBody', { name: target.name })} pending={revoke.isPending} error={revoke.error} onOpen={() => revoke.reset()}
              onConfirm={(close) => revoke.mutate(target.id, { onSuccess: close })} />
          )}
          {manager && !target.submittedAt && (
            <ConfirmDangerButton label={t('pacts.removeTarget')} ariaLabel={t('pacts.removeTargetNamed', { name: target.name })} title={t('pacts.removeTarget')}
              body={t('pacts.removeTargetConfirm', { name: target.name })} pending={remove.isPending} error={remove.error} onOpen={() => remove.reset()}
              onConfirm={(close) => remove.mutate({ id: target.id, version: target.version }, { onSuccess: close })} />
          )}
        </Group>
        {issue.isError && <Text size="xs" c="red" role="alert">{issue.error.message}</Text>}
      </Table.Td>
    </Table.Tr>
  );
}
