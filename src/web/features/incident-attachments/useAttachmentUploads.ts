import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useLang } from '../../shell/useLang';
import { ApiError } from '../../api';
import { attachmentsApi } from './api';
import { fileProblem, type FileProblem } from './fileCheck';
import { ATTACHMENT_KEY } from './queries';

/** One chosen file and how its upload stands. */
export interface ChosenFile {
  key: number;
  file: File;
  /** Refused before upload (wrong type, too large, empty): never sent. */
  problem: FileProblem | null;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  progress: number;
  /** The server's message (already translated) when the upload failed. */
  error?: string;
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;

/**
 * Files chosen for a report and their uploads, one after another (a phone's line carries one photo
 * well, five at once badly). The report exists before any upload starts, so a failed file never
 * loses it: the failures stay listed with their message, to retry or to leave.
 */
export function useAttachmentUploads() {
  const { lang } = useLang();
  const client = useQueryClient();
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [incidentId, setIncidentId] = useState<number | null>(null);
  const next = useRef(1);
  const update = (key: number, change: Partial<ChosenFile>) => setFiles((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const add = useCallback((picked: readonly File[]) => {
    setFiles((current) => [...current, ...picked.map((file) => ({ key: next.current++, file, problem: fileProblem(file), status: 'waiting' as const, progress: 0 }))]);
  }, []);

  const remove = useCallback((key: number) => setFiles((current) => current.filter((item) => item.key !== key)), []);

  /** Uploads every acceptable file not yet sent to the report; true when none failed. */
  const uploadTo = useCallback(async (id: number, pending: readonly ChosenFile[]): Promise<boolean> => {
    setIncidentId(id);
    let failed = false;
    for (const item of pending) {
      if (item.problem || item.status === 'done') continue;
      update(item.key, { status: 'uploading', progress: 0, error: undefined });
      try {
        await attachmentsApi.upload(lang, id, item.file, (progress) => update(item.key, { progress }));
        update(item.key, { status: 'done', progress: 1 });
      } catch (error) {
        failed = true;
        update(item.key, { status: 'failed', error: error instanceof ApiError ? error.message : String(error) });
      }
    }
    await client.invalidateQueries({ queryKey: ATTACHMENT_KEY });
    return !failed;
  }, [client, lang]);

  return {
    files,
    /** The report the files went to, once an upload started (the form then offers to open it). */
    incidentId,
    busy: files.some((item) => item.status === 'uploading'),
    add,
    remove,
    uploadTo: (id: number) => uploadTo(id, files),
    clear: () => setFiles([]),
  };
}
