import { Alert, Anchor, Badge, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDangerButton } from '../../../shell/ConfirmDangerButton';
import { useLang } from '../../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../../shell/zonedTime';
import { loginPath, useCurrentUser } from '../../auth/session';
import { dismissFilesToAdd, useFilesToAdd } from './filesToAdd';
import { pendingFiles, type QueuedReport, type QueuedState } from './reportQueue';
import { reportQueue, requestQueueFlush, useQueuedReports } from './useReportQueue';

const STATE_COLOR: Record<QueuedState, string> = { waiting: 'blue', attention: 'red', signedOut: 'orange', filesPending: 'teal', filesRefused: 'red' };

/** The states about files are offlineFiles' texts; the report's own states are offlineQueue's. */
function useStateLabel() {
  const { t } = useTranslation();
  return (state: QueuedState) => (state === 'filesPending' || state === 'filesRefused' ? t(`offlineFiles.state.${state}`) : t(`offlineQueue.state.${state}`));
}

/** "Antrean laporan": the signed-in account's reports still on this device; nothing when there are none. */
export function QueuePanel() {
  const { t } = useTranslation();
  const items = useQueuedReports();
  const filesToAdd = useFilesToAdd(useCurrentUser()?.id);
  if (items.length === 0 && filesToAdd.length === 0) return null;
  const canSend = items.some((item) => item.state !== 'attention' && item.state !== 'filesRefused');
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
  const stateLabel = useStateLabel();
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
          <Badge color={STATE_COLOR[item.state]} variant="light" style={{ flexShrink: 0 }}>{stateLabel(item.state)}</Badge>
        </Group>
        <Text size="xs" c="dimmed">{t('offlineQueue.queuedAt', { time: formatInZone(locale, item.queuedAt, zone) })}</Text>
        {item.state === 'attention' && item.reason && <Text size="sm" c="red" role="alert">{t('offlineQueue.reason', { reason: item.reason })}</Text>}
        {item.hadFiles && !item.files && <Text size="xs">{t('offlineQueue.filesLater')}</Text>}
        {item.filesNotKept && <Text size="xs" c="red">{t('offlineFiles.notKeptShort')}</Text>}
        <QueuedFiles item={item} />
        <Group gap="xs">
          {item.state === 'attention' && (
            <Button size="xs" variant="light" component={Link} to={`/incidents/new?queued=${encodeURIComponent(item.key)}`}>{t('offlineQueue.open')}</Button>
          )}
          <ConfirmDangerButton label={t('offlineQueue.remove')} title={t('offlineQueue.removeTitle')} body={item.incidentId !== undefined ? t('offlineFiles.removeSentBody') : t('offlineQueue.removeBody')}
            pending={removing.pending} error={removing.error} onConfirm={remove} onOpen={() => setRemoving({ pending: false, error: null })} />
        </Group>
      </Stack>
    </Paper>
  );
}

/** A queued report's kept files: how many wait to upload, and each refused one with its reason, to drop. */
function QueuedFiles({ item }: { item: QueuedReport }) {
  const { t } = useTranslation();
  const [error, setError] = useState(false);
  const pending = pendingFiles(item).length;
  const refused = (item.files ?? []).filter((file) => file.refused !== undefined);
  if (pending === 0 && refused.length === 0) return null;
  const drop = (fileId: string) => {
    setError(false);
    reportQueue.dropFile(item.key, fileId).catch(() => setError(true));
  };
  return (
    <Stack gap={2} data-testid="queued-files">
      {item.incidentId !== undefined && <Text size="xs">{t('offlineFiles.reportSent')}</Text>}
      {pending > 0 && <Text size="xs">{t('offlineFiles.pending', { count: pending })}</Text>}
      {refused.map((file) => (
        <Group key={file.id} gap={4} wrap="nowrap" data-testid="refused-file">
          <Text size="xs" c="red" role="alert" style={{ flex: 1, minWidth: 0 }}>{t('offlineFiles.refused', { name: file.name, reason: file.refused })}</Text>
          <CloseButton size="sm" aria-label={t('offlineFiles.drop', { name: file.name })} onClick={() => drop(file.id)} />
        </Group>
      ))}
      {error && <Text size="xs" c="red" role="alert">{t('offlineQueue.storeFailed')}</Text>}
    </Stack>
  );
}
