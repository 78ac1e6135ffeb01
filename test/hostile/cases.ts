/**
 * Turns the endpoint table and the payload generators into concrete, named cases, and a case into
 * the request that app.inject() sends.
 */
import { endpointLabel, type EndpointSpec } from './spec.js';
import { MULTIPART_BOUNDARY, multipartBody } from './files.js';
import {
  bodyOnReadPayloads, bodyPayloads, endpointFieldPayloads, examplePayload, familyFieldPayloads, headerPayloads, methodPayloads, multipartPayloads, queryPayloads, urlPayloads,
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
  payload?: string | Buffer;
  remoteAddress: string;
}

/** Whether the endpoint takes an upload (a multipart/form-data body). */
export function takesFiles(endpoint: EndpointSpec): boolean {
  return endpoint.example.files !== undefined || endpoint.fields.some((field) => field.in === 'file' || field.in === 'form');
}

/** The payloads about the request as a whole, in groups: body, query string, URL, headers. */
function requestPayloadGroups(endpoint: EndpointSpec): Payload[][] {
  const readsBody = endpoint.method !== 'GET';
  return [
    !readsBody ? bodyOnReadPayloads() : takesFiles(endpoint) ? multipartPayloads() : bodyPayloads(),
    queryPayloads(),
    urlPayloads(),
    headerPayloads(),
  ];
}

/**
 * The payloads of each entry of a family: all its field payloads, with the generic values dealt
 * over the family's fields (familyFieldPayloads), and the request payloads dealt over its entries:
 * each one to one of the entries that can take it, in turn (the k-th payload to the k-th such entry,
 * modulo their number).
 */
function familyPayloads(family: readonly EndpointSpec[]): Map<EndpointSpec, { fields: Payload[]; request: Payload[][] }> {
  const groups = family.map(requestPayloadGroups);
  const takers = new Map<string, number[]>();
  groups.forEach((memberGroups, i) => {
    for (const payload of memberGroups.flat()) takers.set(payload.label, [...(takers.get(payload.label) ?? []), i]);
  });
  const order = new Map([...takers.keys()].map((label, k) => [label, k]));
  const fields = familyFieldPayloads(family.map((member) => member.fields));
  return new Map(family.map((member, self) => [member, {
    fields: fields[self] ?? [],
    request: (groups[self] ?? []).map((group) => group.filter((payload) => {
      const those = takers.get(payload.label) ?? [self];
      return those[(order.get(payload.label) ?? 0) % those.length] === self;
    })),
  }]));
}

/** Families already dealt, per table: dealing builds every member's payloads, so it is done once. */
const FAMILIES = new WeakMap<readonly EndpointSpec[], Map<string, ReturnType<typeof familyPayloads>>>();

function familyShare(endpoint: EndpointSpec, table: readonly EndpointSpec[]): { fields: Payload[]; request: Payload[][] } {
  const family = endpoint.family ? table.filter((other) => other.family === endpoint.family) : [];
  if (!endpoint.family || family.length < 2) return { fields: endpointFieldPayloads(endpoint.fields), request: requestPayloadGroups(endpoint) };
  const dealt = FAMILIES.get(table) ?? new Map<string, ReturnType<typeof familyPayloads>>();
  FAMILIES.set(table, dealt);
  const members = dealt.get(endpoint.family) ?? familyPayloads(family);
  dealt.set(endpoint.family, members);
  return members.get(endpoint)!;
}

/**
 * Every payload that applies to an endpoint of `table` (field values sampled: see
 * endpointFieldPayloads; within a family, dealt out: see EndpointSpec.family).
 */
export function payloadsFor(endpoint: EndpointSpec, table: readonly EndpointSpec[] = [endpoint]): Payload[] {
  const covered = table.filter((other) => other !== endpoint && other.url === endpoint.url).map((other) => other.method);
  const { fields, request: [body = [], query = [], url = [], headers = []] } = familyShare(endpoint, table);
  return [examplePayload(), ...fields, ...body, ...query, ...url, ...methodPayloads(endpoint.method, covered), ...headers];
}

/**
 * The cross product of endpoints and their payloads. Cases alternate between anonymous and signed
 * in, so that each half of every endpoint's cases runs one way; but a payload read only past the
 * sign-in check (a field value, an upload) is always signed in at a session endpoint, since
 * anonymously it would never reach the code it is meant for.
 */
export function buildCases(endpoints: readonly EndpointSpec[]): HostileCase[] {
  let serial = 0;
  return endpoints.flatMap((endpoint) => {
    let turn = 0;
    return payloadsFor(endpoint, endpoints).map((payload): HostileCase => {
      const alwaysSignedIn = endpoint.auth === 'session' && payload.pastSignIn === true;
      const variant: Variant = alwaysSignedIn || turn++ % 2 === 1 ? 'signed in' : 'anonymous';
      serial += 1;
      return {
        name: `${endpointLabel(endpoint)} ${payload.label} (${variant})`,
        endpoint,
        payload,
        variant,
        remoteAddress: `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`,
      };
    });
  });
}

/** The endpoint's valid example, signed with `session` (and our Origin) when there is one. */
export function exampleDraft(endpoint: EndpointSpec, session: string | null): DraftRequest {
  const { example } = endpoint;
  return {
    method: endpoint.method,
    path: Object.fromEntries(Object.entries(example.path ?? {}).map(([k, v]) => [k, encodeURIComponent(v)])),
    query: Object.entries(example.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    members: example.body ? Object.entries(example.body).map(([k, v]) => [k, JSON.stringify(v)] as const) : null,
    parts: example.files || example.form
      ? [...Object.entries(example.form ?? {}).map(([name, content]) => ({ name, content })), ...Object.entries(example.files ?? {}).map(([name, file]) => ({ name, ...file }))]
      : null,
    headers: { ...example.headers, ...(session ? { cookie: `${SESSION_COOKIE}=${session}`, origin: SAME_ORIGIN } : {}) },
  };
}

export function render(endpoint: EndpointSpec, draft: DraftRequest, remoteAddress: string): InjectRequest {
  const path = endpoint.url.replace(/:(\w+)/g, (_, name: string) => draft.path[name] ?? '');
  const query = draft.query.filter((pair) => pair !== '').join('&');
  const plain = query ? `${path}?${query}` : path;
  const url = draft.rewriteUrl ? draft.rewriteUrl(plain) : plain;
  const json = draft.members ? `{${draft.members.map(([k, raw]) => `${JSON.stringify(k)}:${raw}`).join(',')}}` : undefined;
  const body = draft.rawBody ?? (draft.parts ? multipartBody(draft.parts) : json);
  const payload = typeof body === 'string' || body === undefined ? body : Buffer.from(body);
  const headers: Record<string, string> = { ...draft.headers };
  const defaultType = draft.rawBody === undefined && draft.parts ? `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` : 'application/json';
  if (payload !== undefined && draft.contentType !== null) headers['content-type'] = draft.contentType ?? defaultType;
  return { method: draft.method, url, headers, ...(payload !== undefined ? { payload } : {}), remoteAddress };
}

/** Whether the finished request carries the valid session of a signed-in case. */
export function credentialOf(hostile: HostileCase, session: string | null): Credential {
  if (hostile.payload.credential) return hostile.payload.credential(session);
  return session ? 'valid' : 'none';
}
