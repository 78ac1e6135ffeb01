/**
 * Turns the endpoint table and the payload generators into concrete, named cases, and a case into
 * the request that app.inject() sends.
 */
import { endpointLabel, type EndpointSpec } from './endpoints.js';
import {
  bodyOnReadPayloads, bodyPayloads, fieldPayloads, headerPayloads, methodPayloads, queryPayloads, urlPayloads,
  type Credential, type DraftRequest, type Payload,
} from './payloads.js';

/** The Origin of the app as app.inject() reaches it: what our own pages would send. */
export const SAME_ORIGIN = 'http://localhost:80';
export const SESSION_COOKIE = 'sinergi_session';

export type Variant = 'anonymous' | 'signed in';

export interface HostileCase {
  /** 'POST /api/v1/auth/login body.email = <lone surrogate> (signed in)' */
  readonly name: string;
  readonly endpoint: EndpointSpec;
  readonly payload: Payload;
  readonly variant: Variant;
  /** Distinct per case, so that per-address login throttling does not hide the handler from later cases. */
  readonly remoteAddress: string;
}

export interface InjectRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  remoteAddress: string;
}

/** Every payload that applies to an endpoint. */
export function payloadsFor(endpoint: EndpointSpec): Payload[] {
  const readsBody = endpoint.method !== 'GET';
  return [
    ...endpoint.fields.flatMap(fieldPayloads),
    ...(readsBody ? bodyPayloads() : bodyOnReadPayloads()),
    ...queryPayloads(),
    ...urlPayloads(),
    ...methodPayloads(endpoint.method),
    ...headerPayloads(),
  ];
}

/**
 * The cross product of endpoints and their payloads. Cases alternate between anonymous and signed
 * in, so that each half of every endpoint's cases runs one way.
 */
export function buildCases(endpoints: readonly EndpointSpec[]): HostileCase[] {
  let serial = 0;
  return endpoints.flatMap((endpoint) =>
    payloadsFor(endpoint).map((payload, index): HostileCase => {
      const variant: Variant = index % 2 === 0 ? 'anonymous' : 'signed in';
      serial += 1;
      return {
        name: `${endpointLabel(endpoint)} ${payload.label} (${variant})`,
        endpoint,
        payload,
        variant,
        remoteAddress: `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`,
      };
    }),
  );
}

/** The endpoint's valid example, signed with `session` (and our Origin) when there is one. */
export function exampleDraft(endpoint: EndpointSpec, session: string | null): DraftRequest {
  const { example } = endpoint;
  return {
    method: endpoint.method,
    path: Object.fromEntries(Object.entries(example.path ?? {}).map(([k, v]) => [k, encodeURIComponent(v)])),
    query: Object.entries(example.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    members: example.body ? Object.entries(example.body).map(([k, v]) => [k, JSON.stringify(v)] as const) : null,
    headers: session ? { cookie: `${SESSION_COOKIE}=${session}`, origin: SAME_ORIGIN } : {},
  };
}

export function render(endpoint: EndpointSpec, draft: DraftRequest, remoteAddress: string): InjectRequest {
  const path = endpoint.url.replace(/:(\w+)/g, (_, name: string) => draft.path[name] ?? '');
  const query = draft.query.filter((pair) => pair !== '').join('&');
  const plain = query ? `${path}?${query}` : path;
  const url = draft.rewriteUrl ? draft.rewriteUrl(plain) : plain;
  const body = draft.rawBody ?? (draft.members ? `{${draft.members.map(([k, raw]) => `${JSON.stringify(k)}:${raw}`).join(',')}}` : undefined);
  const headers: Record<string, string> = { ...draft.headers };
  if (body !== undefined && draft.contentType !== null) headers['content-type'] = draft.contentType ?? 'application/json';
  return { method: draft.method, url, headers, ...(body !== undefined ? { payload: body } : {}), remoteAddress };
}

/** Whether the finished request carries the valid session of a signed-in case. */
export function credentialOf(hostile: HostileCase, session: string | null): Credential {
  if (hostile.payload.credential) return hostile.payload.credential(session);
  return session ? 'valid' : 'none';
}
