import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/session';
import type { CreateIncident, IncidentDetail } from '../api';
import { isConnectionFailure, type NewQueuedReport, type QueuedReport } from './reportQueue';
import { reportQueue, useQueuedReports } from './useReportQueue';

type Submit = UseMutationResult<IncidentDetail, Error, { input: CreateIncident; key: string }>;

export interface IntakeOptions {
  /** Puts a queued report (opened with ?queued=<key>) into the form, with its key. */
  reopen: (item: QueuedReport) => void;
  /** After a report went to the queue: the form starts a new report (new key). */
  afterQueued: () => void;
}

/**
 * The report form's way out when there is no connection: offline, or a send that got no answer, goes to
 * the device's queue with its key instead of failing. A refused queued report can be reopened in the form
 * (?queued=<key>); sending or queuing it again takes it out of the queue, so it is never there twice.
 */
export function useOfflineIntake(submit: Submit, options: IntakeOptions) {
  const accountId = useCurrentUser()?.id;
  const items = useQueuedReports();
  const [params] = useSearchParams();
  const reopenedKey = params.get('queued');
  const [reopened, setReopened] = useState<QueuedReport>();
  const [queued, setQueued] = useState<{ files: number; filesNotKept: boolean } | undefined>();
  const [storeError, setStoreError] = useState<unknown>(null);
  const latest = useRef(options);
  latest.current = options;

  // The queue loads from IndexedDB after the first render: reopen once the item is there.
  const item = reopenedKey ? items.find((candidate) => candidate.key === reopenedKey) : undefined;
  useEffect(() => {
    if (item && reopened?.key !== item.key) {
      setReopened(item);
      latest.current.reopen(item);
    }
  }, [item, reopened]);

  const dropReopened = async () => {
    if (reopened) await reportQueue.remove(reopened.key).catch(() => undefined);
  };

  const toQueue = async (report: NewQueuedReport) => {
    if (!accountId) return;
    try {
      if (reopened && reopened.key !== report.key) await dropReopened();
      const item = await reportQueue.enqueue(accountId, report);
      setReopened(undefined);
      setQueued({ files: item.files?.length ?? 0, filesNotKept: Boolean(item.filesNotKept) });
      setStoreError(null);
      submit.reset();
      latest.current.afterQueued();
    } catch (error) {
      setStoreError(error);
    }
  };

  /** Sends the report, or queues it when there is no connection; `onSent` once the server has it. */
  const send = (report: NewQueuedReport, onSent: (incident: IncidentDetail) => void) => {
    setQueued(undefined);
    if (!navigator.onLine) return void toQueue(report);
    submit.mutate({ input: report.input, key: report.key }, {
      onSuccess: (incident) => void dropReopened().then(() => onSent(incident)),
      onError: (error) => {
        if (isConnectionFailure(error)) void toQueue(report);
      },
    });
  };

  return { send, queued, storeError, reopened, waiting: items.length };
}
