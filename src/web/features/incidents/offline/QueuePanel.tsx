import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDangerButton } from '../../../shell/ConfirmDangerButton';
import { useLang } from '../../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../../shell/zonedTime';
import { loginPath, useCurrentUser } from '../../auth/session';
import { dismissFilesToAdd, useFilesToAdd } from './filesToAdd';
import type { QueuedReport, QueuedState } from './reportQueue';
import { reportQueue, requestQueueFlush, useQueuedReports } from './useReportQueue';

const STATE_COLOR: Record<QueuedState, string> = { waiting: 'blue', attention: 'red', signedOut: 'orange' };

/** "Antrean laporan": the signed-in account's reports still on this device; nothing when there are none. */
export function QueuePanel() {
  const { t } = useTranslation();
  const items = useQueuedReports();
  const filesToAdd = useFilesToAdd(useCurrentUser()?.id);
  if (items.length === 0 && filesToAdd.length === 0) return null;
  const canSend = items.some((item) => item.state !== 'attention');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-queue-title" data-testid="report-queue">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="report-queue-title">{t('offlineQueue.title')}</Title>
          {canSend && <Button size="xs" variant="light" onClick={requestQueueFlush}>{t('offlineQueue.sendNow')}</Button>}
        </Group>
        {filesToAdd.map((reminder) => (
          <Alert key={reminder.incidentId} color="teal" p="xs" withCloseButton closeButtonLabel={t('offlineQueue.dismiss')}
            onClose={() => dismissFilesToAdd(reminder.incidentId)} data-testid="files-to-add">
            {t('offlineQueue.sentAddFiles', { reference: reminder.reference })}{' '}
            <Anchor component={Link} to={`/incidents/${reminder.incidentId}`}>{t('offlineQueue.openReport')}</Anchor>
          </Alert>
        ))}
        <Text size="sm" c="dimmed">{t('offlineQueue.waitingCount', { count: items.length })}</Text>
        {items.some((item) => item.state === 'signedOut') && (
          <Alert color="orange" p="xs">
            {t('offlineQueue.signInAgain')}{' '}
            <Anchor component={Link} to={loginPath('/incidents')}>{t('offlineQueue.signIn')}</Anchor>
          </Alert>
        )}
        <Stack gap="xs" component="ul" className="report-queue-list">
          {items.map((item) => <QueuedRow key={item.key} item={item} />)}
        </Stack>
      </Stack>
    </Paper>
  );
}

function QueuedRow({ item }: { item: QueuedReport }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [removing, setRemoving] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const zone = timeZoneOfRegion(item.input.regionCode);
  const remove = (close: () => void) => {
    setRemoving({ pending: true, error: null });
    reportQueue.remove(item.key).then(close, (error: unknown) => setRemoving({ pending: false, error }));
  };
  return (
    <Paper component="li" withBorder p="xs" data-testid="queued-report">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} lineClamp={2} className="report-queue-text">{item.input.description}</Text>
          <Badge color={STATE_COLOR[item.state]} variant="light" style={{ flexShrink: 0 }}>{t(`offlineQueue.state.${item.state}`)}</Badge>
        </Group>
        <Text size="xs" c="dimmed">{t('offlineQueue.queuedAt', { time: formatInZone(locale, item.queuedAt, zone) })}</Text>
        {item.state === 'attention' && item.reason && <Text size="sm" c="red" role="alert">{t('offlineQueue.reason', { reason: item.reason })}</Text>}
        {item.hadFiles && <Text size="xs">{t('offlineQueue.filesLater')}</Text>}
        <Group gap="xs">
          {item.state === 'attention' && (
            <Button size="xs" variant="light" component={Link} to={`/incidents/new?queued=${encodeURIComponent(item.key)}`}>{t('offlineQueue.open')}</Button>
          )}
          <ConfirmDangerButton label={t('offlineQueue.remove')} title={t('offlineQueue.removeTitle')} body={t('offlineQueue.removeBody')}
            pending={removing.pending} error={removing.error} onConfirm={remove} onOpen={() => setRemoving({ pending: false, error: null })} />
        </Group>
      </Stack>
    </Paper>
  );
}
