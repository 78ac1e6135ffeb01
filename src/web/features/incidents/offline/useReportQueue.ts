import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { ME_KEY, useCurrentUser } from '../../auth/session';
import { useLang } from '../../../shell/useLang';
import { attachmentsApi } from '../../incident-attachments/api';
import { ATTACHMENT_KEY } from '../../incident-attachments/queries';
import { incidentsApi } from '../api';
import { useIncidentCategories, INCIDENT_KEYS } from '../queries';
import { rememberCategories, rememberedCategories } from './deviceMemory';
import { remindFilesToAdd } from './filesToAdd';
import { idbStorage } from './idbStorage';
import { ReportQueue, type QueuedReport, type Uploader } from './reportQueue';

/** One queue per page load, over the device's IndexedDB. */
export const reportQueue = new ReportQueue(idbStorage());

/** How often waiting reports are tried again while the app is open (besides the online event). */
const RETRY_MS = 30_000;
const FLUSH_NOW = 'sinergi:send-queued-reports';

/** Asks the runner to send the waiting reports now (the panel's "send now"). */
export function requestQueueFlush(): void {
  window.dispatchEvent(new Event(FLUSH_NOW));
}

/** The signed-in account's queued reports, oldest first, kept current. */
export function useQueuedReports(): QueuedReport[] {
  const accountId = useCurrentUser()?.id;
  const items = useSyncExternalStore(reportQueue.subscribe, reportQueue.snapshot);
  return useMemo(() => (accountId ? items.filter((item) => item.accountId === accountId) : []), [items, accountId]);
}

/** Two tabs of the app must not send the same queue at once: one device-wide lock where the browser has it. */
function withDeviceLock<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request('sinergi-report-queue', work) as Promise<T>) : work();
}

/**
 * Sends the signed-in account's waiting reports when the app starts, when the connection comes back, on a
 * timer while some wait, and on request. Mounted once, beside the app's routes.
 */
export function OfflineQueueRunner() {
  const accountId = useCurrentUser()?.id;
  const { lang } = useLang();
  const client = useQueryClient();
  const items = useQueuedReports();
  const waiting = items.some((item) => item.state !== 'attention' && item.state !== 'filesRefused');

  const flush = useCallback(async () => {
    if (!accountId || !navigator.onLine) return;
    // A kept file goes up as the picker's would; a retry of the same bytes is one attachment on the server.
    const upload: Uploader = async (incidentId, file) => {
      await attachmentsApi.upload(lang, incidentId, new File([file.blob], file.name, { type: file.type }), () => undefined);
      return { kind: 'uploaded' };
    };
    const result = await withDeviceLock(() =>
      reportQueue.flush(accountId, async (item) => {
        const incident = await incidentsApi.create(lang, item.input, item.key);
        // Queued by an older version of the app, which did not keep files: point at the report to add them.
        if (item.hadFiles && !item.files) remindFilesToAdd({ accountId, incidentId: incident.id, reference: incident.reference, description: item.input.description });
        return { kind: 'sent', incidentId: incident.id };
      }, upload),
    ).catch(() => undefined); // storage trouble: the items stay where they are, tried on the next run
    if (result && result.sent.length > 0) await client.invalidateQueries({ queryKey: INCIDENT_KEYS[0] });
    if (result && (result.uploaded.length > 0 || result.filesRefused.length > 0)) await client.invalidateQueries({ queryKey: ATTACHMENT_KEY });
    if (result?.stoppedBy === 'signedOut') await client.invalidateQueries({ queryKey: ME_KEY });
  }, [accountId, lang, client]);

  useEffect(() => {
    void reportQueue.load().then(flush, () => undefined);
  }, [flush]);

  useEffect(() => {
    // Back online: ask who is signed in again (the app may have opened on the remembered account), then send.
    const online = () => void client.invalidateQueries({ queryKey: ME_KEY }).then(flush);
    const now = () => void flush();
    window.addEventListener('online', online);
    window.addEventListener(FLUSH_NOW, now);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener(FLUSH_NOW, now);
    };
  }, [flush, client]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [waiting, flush]);

  return null;
}

/** The category list for the form: from the server, or the copy kept on the device when offline. */
export function useCategoriesOnDevice() {
  const accountId = useCurrentUser()?.id;
  const categories = useIncidentCategories();
  useEffect(() => {
    if (accountId && categories.data) rememberCategories(accountId, categories.data);
  }, [accountId, categories.data]);
  const kept = useMemo(() => (accountId && categories.isError ? rememberedCategories(accountId) : undefined), [accountId, categories.isError]);
  return { data: categories.data ?? kept };
}
