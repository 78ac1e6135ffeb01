import type { z } from 'zod';
import type { ActionItem, actionItemDetailSchema, actionItemEventSchema, UpdateActionItem } from '../../../contracts/meetings';
import type { ActionStatus } from '../../../domain/meetings/vocabulary';
import { ApiError, apiUrl, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { ActionItem, UpdateActionItem } from '../../../contracts/meetings';
export type ActionItemDetail = z.infer<typeof actionItemDetailSchema>;
export type ActionItemEvent = z.infer<typeof actionItemEventSchema>;
export type Mine = 'unit' | 'region';

export interface BoardQuery {
  mine: Mine;
  overdue?: 'true';
  /** Only items whose owner unit works inside this region subtree. */
  region?: string;
  status?: ActionStatus;
  /** At most 500 (the default: the board shows every group at once). */
  limit?: number;
}

/** What the evidence endpoint accepts (the server checks the bytes too, and answers 415 or 413). */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * POSTs a multipart form with the session cookie. Fields go in the order given: the server reads the
 * text fields before the file, so the note must come first.
 */
async function sendForm<T>(path: string, lang: Language, form: FormData): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': lang },
  });
  const body = (await response.json().catch(() => undefined)) as { code?: unknown; message?: unknown } | undefined;
  if (response.ok) return body as T;
  if (typeof body?.code === 'string' && typeof body.message === 'string') throw new ApiError(body.message, response.status, body.code);
  throw new ApiError(`HTTP ${response.status}`, response.status, 'http');
}

/** The action-item board, one item with its history, a status move or note, and evidence files. */
export const actionItemsApi = {
  // The board shows every group at once; 500 is the API's page limit.
  list: (lang: Language, query: BoardQuery, signal?: AbortSignal) =>
    getJson<{ items: ActionItem[]; total: number }>('/action-items', lang, { ...query, limit: query.limit ?? 500 }, signal),
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<ActionItemDetail>(`/action-items/${id}`, lang, undefined, signal),
  update: (lang: Language, id: number, changes: UpdateActionItem) => sendJson<ActionItemDetail>('PATCH', `/action-items/${id}`, lang, changes),
  addEvidence: (lang: Language, id: number, file: File, note: string) => {
    const form = new FormData();
    if (note) form.append('note', note);
    form.append('file', file, file.name);
    return sendForm<ActionItemDetail>(`/action-items/${id}/evidence`, lang, form);
  },
  evidenceUrl: (id: number, fileId: number) => apiUrl(`/action-items/${id}/evidence/${fileId}`),
};
