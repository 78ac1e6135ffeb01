import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { useOfflineIntake } from './useOfflineIntake';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Above the form's send button: offline now, a report just queued, a reopened queued report. */
export function OfflineIntakeNotice({ intake }: { intake: ReturnType<typeof useOfflineIntake> }) {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <>
      {!online && !intake.queued && <Alert color="gray" p="xs" data-testid="offline-hint">{t('offlineQueue.offlineHint')}</Alert>}
      {intake.reopened && (
        <Alert color="orange" p="xs">
          {t('offlineQueue.reopened')}
          {intake.reopened.reason && <Text size="sm" c="red">{t('offlineQueue.reason', { reason: intake.reopened.reason })}</Text>}
        </Alert>
      )}
      {intake.queued && (
        <Alert color="blue" p="xs" role="status" data-testid="queued-notice">
          {t('offlineQueue.savedOnDevice')} {t('offlineQueue.waitingCount', { count: intake.waiting })}
          {intake.queued.files > 0 && <Text size="sm">{t('offlineFiles.kept', { count: intake.queued.files })}</Text>}
          {intake.queued.filesNotKept && <Text size="sm" c="red" role="alert" data-testid="files-not-kept">{t('offlineFiles.notKept')}</Text>}
        </Alert>
      )}
      {intake.storeError != null && <Alert color="red" p="xs" role="alert">{t('offlineQueue.storeFailed')}</Alert>}
    </>
  );
}
