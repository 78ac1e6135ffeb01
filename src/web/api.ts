import type { ContestList, Election, StageList } from '../contracts/elections';
import type { RegionDetail, RegionList, RegionSummary } from '../contracts/regions';
import type { Language } from './i18n';

export type { Contest, ContestList, Election, Stage, StageList } from '../contracts/elections';
export type { RegionDetail, RegionList, RegionSummary } from '../contracts/regions';

const BASE = '/api/v1';

/** An API failure; `message` is the server's text, already in the UI language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** Extra facts some errors carry, e.g. a 409 stale_version's `changed` fields and `current` object. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is { code: string; message: string; details?: Record<string, unknown> } {
  return (
    typeof body === 'object' && body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { message?: unknown }).message === 'string'
  );
}

export type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `${BASE}${path}${query ? `?${query}` : ''}`;
}

async function answer<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) {
      const details = typeof body.details === 'object' && body.details !== null ? body.details : undefined;
      throw new ApiError(body.message, response.status, body.code, details);
    }
    throw new ApiError(`HTTP ${response.status}`, response.status, 'http');
  }
  return body as T;
}

/** GET a JSON resource; throws ApiError with the translated message on a non-2xx answer. */
export async function getJson<T>(path: string, lang: Language, params?: Params, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url(path, params), {
    headers: { Accept: 'application/json', 'Accept-Language': lang },
    credentials: 'same-origin',
    signal,
  });
  return answer<T>(response);
}

/**
 * POST, PUT, PATCH or DELETE with the session cookie. The browser adds Origin to these requests, which the
 * server checks before any write made with the cookie.
 */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, lang: Language, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url(path), {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return answer<T>(response);
}

/**
 * POST or PUT a multipart form (a file upload) with the session cookie; the browser sets the boundary.
 * Fields go in the order appended: the server reads text fields sent before the file.
 */
export async function sendForm<T>(method: 'POST' | 'PUT', path: string, lang: Language, form: FormData): Promise<T> {
  const response = await fetch(url(path), {
    method, body: form, credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': lang },
  });
  return answer<T>(response);
}

/** The address of an API resource with its query, for links (e.g. a CSV download). */
export function apiUrl(path: string, params?: Params): string {
  return url(path, params);
}

export interface RegionQuery {
  q?: string;
  level?: RegionSummary['level'];
  parent?: string;
  within?: string;
  limit?: number;
  offset?: number;
}

export const api = {
  regions: (lang: Language, query: RegionQuery, signal?: AbortSignal) =>
    getJson<RegionList>('/regions', lang, { ...query }, signal),
  region: (lang: Language, code: string, signal?: AbortSignal) =>
    getJson<RegionDetail>(`/regions/${encodeURIComponent(code)}`, lang, undefined, signal),
  elections: (lang: Language, signal?: AbortSignal) => getJson<{ items: Election[] }>('/elections', lang, undefined, signal),
  stages: (lang: Language, election: string, region: string | undefined, signal?: AbortSignal) =>
    getJson<StageList>(`/elections/${encodeURIComponent(election)}/stages`, lang, { region }, signal),
  contests: (lang: Language, election: string, region: string | undefined, signal?: AbortSignal) =>
    getJson<ContestList>(`/elections/${encodeURIComponent(election)}/contests`, lang, { region, limit: 1000 }, signal),
};
