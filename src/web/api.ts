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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is { code: string; message: string } {
  return (
    typeof body === 'object' && body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { message?: unknown }).message === 'string'
  );
}

type Params = Record<string, string | number | undefined>;

function url(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `${BASE}${path}${query ? `?${query}` : ''}`;
}

/** GET a JSON resource; throws ApiError with the translated message on a non-2xx answer. */
export async function getJson<T>(path: string, lang: Language, params?: Params, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url(path, params), {
    headers: { Accept: 'application/json', 'Accept-Language': lang },
    signal,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.message, response.status, body.code);
    throw new ApiError(`HTTP ${response.status}`, response.status, 'http');
  }
  return body as T;
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
