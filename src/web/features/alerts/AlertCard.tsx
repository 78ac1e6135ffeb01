import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone, type TimeZoneLabel } from '../../shell/zonedTime';
import { useIncidentCategories } from '../incidents/queries';
import { UnitSelect } from '../units/UnitSelect';
import type { Alert } from './api';
import { useAcknowledgeAlert, useAlert, useAssignAlert, useCloseAlert } from './queries';

/** What fired, in words; a spike over no earlier reports says so rather than "average 0, threshold 0". */
function detailsKey(alert: Alert) {
  if (alert.kind === 'spike' && Number(alert.details.baseline) === 0) return 'alerts.details.spikeFromNothing' as const;
  return `alerts.details.${alert.kind}` as const;
}

const STATUS_COLOUR: Record<Alert['status'], string> = { baru: 'red', diakui: 'orange', selesai: 'gray' };

/** One alert: what fired, where and when, and what the caller may do with it. */
export function AlertCard({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const { locale, lang } = useLang();
  const categories = useIncidentCategories();
  const acknowledge = useAcknowledgeAlert();
  const assign = useAssignAlert();
  const close = useCloseAlert();
  const [unitId, setUnitId] = useState<number | null>(alert.assignedUnit?.id ?? null);
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const zone = alert.timeZone as TimeZoneLabel;
  const category = alert.category ? (categories.data?.find((entry) => entry.code === alert.category)?.name[lang] ?? alert.category) : t('alerts.anyCategory');
  const can = (action: Alert['actions'][number]) => alert.actions.includes(action);

  const onAssign = (event: FormEvent) => {
    event.preventDefault();
    if (unitId !== null) assign.mutate({ id: alert.id, version: alert.version, unitId });
  };
  const onClose = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim()) close.mutate({ id: alert.id, version: alert.version, note: note.trim() });
  };
  const failure = acknowledge.error ?? assign.error ?? close.error;

  return (
    <Paper withBorder p="md" component="li" data-testid="alert-item" data-status={alert.status} aria-label={`${alert.ruleName} · ${alert.regionName}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Badge color={STATUS_COLOUR[alert.status]} data-testid="alert-status">{t(`alerts.status.${alert.status}`)}</Badge>
            <Badge variant="light">{t(`alerts.kind.${alert.kind}`)}</Badge>
            <Text fw={600}>{alert.regionName}</Text>
          </Group>
          <Text size="sm" c="dimmed">{formatInZone(locale, alert.triggeredAt, zone)}</Text>
        </Group>
        <Text size="sm">{alert.ruleName} · {category}</Text>
        <Text size="sm" data-testid="alert-details">{t(detailsKey(alert), { ...alert.details, count: Number(alert.details.count ?? alert.incidentCount) })}</Text>
        <Text size="sm" c="dimmed">
          {[
            alert.acknowledgedBy && alert.acknowledgedAt ? t('alerts.acknowledgedBy', { name: alert.acknowledgedBy, at: formatInZone(locale, alert.acknowledgedAt, zone) }) : null,
            alert.assignedUnit ? t('alerts.assignedTo', { unit: alert.assignedUnit.name }) : null,
            alert.note ? t('alerts.closedNote', { note: alert.note }) : null,
          ].filter(Boolean).join(' · ')}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
            {t('alerts.reports', { count: alert.incidentCount })}
          </Button>
          {can('acknowledge') && (
            <Button size="xs" color="orange" loading={acknowledge.isPending} onClick={() => acknowledge.mutate({ id: alert.id, version: alert.version })}>
              {t('alerts.acknowledge')}
            </Button>
          )}
        </Group>
        {open && <AlertReports id={alert.id} />}
        {can('assign') && (
          <form onSubmit={onAssign} aria-label={t('alerts.assign')}>
            <Group gap="xs" align="flex-end">
              <div style={{ flex: 1 }}>
                <UnitSelect label={t('alerts.unit')} region={alert.regionCode.slice(0, 2)} value={unitId} onChange={setUnitId} />
              </div>
              <Button type="submit" size="sm" variant="light" disabled={unitId === null} loading={assign.isPending}>{t('alerts.assign')}</Button>
            </Group>
          </form>
        )}
        {can('close') && (
          <form onSubmit={onClose} aria-label={t('alerts.close')}>
            <Group gap="xs" align="flex-end">
              <TextInput label={t('alerts.note')} required maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} style={{ flex: 1 }} />
              <Button type="submit" size="sm" color="gray" variant="light" disabled={!note.trim()} loading={close.isPending}>{t('alerts.close')}</Button>
            </Group>
          </form>
        )}
        {failure && <ErrorNotice error={failure} />}
      </Stack>
    </Paper>
  );
}

/** The reports that raised an alert (those the caller may read), each linking to its page. */
function AlertReports({ id }: { id: number }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const detail = useAlert(id);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} />;
  const { incidents, incidentCount } = detail.data;
  return (
    <>
      <ul className="alert-reports" data-testid="alert-reports">
        {incidents.map((incident) => (
          <li key={incident.id}>
            <Anchor component={Link} to={`/incidents/${incident.id}`} className="mono">{incident.reference}</Anchor>
            {' · '}{incident.regionName} · {t(`incidents.severity.${incident.severity}`)} · {formatInZone(locale, incident.occurredAt, detail.data.timeZone as TimeZoneLabel)}
          </li>
        ))}
      </ul>
      {incidentCount > incidents.length && <Text size="sm" c="dimmed" data-testid="alert-reports-listed">{t('alerts.reportsListed', { shown: incidents.length, count: incidentCount })}</Text>}
    </>
  );
}
