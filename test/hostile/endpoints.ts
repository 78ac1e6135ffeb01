/**
 * Every HTTP endpoint of the API, described for the hostile-input suite (src/server/hostile.test.ts).
 *
 * Adding an endpoint = adding one entry to ENDPOINTS: its method, URL template, the fields it reads
 * with their kinds, whether it needs a signed-in session, and one valid example request. The suite
 * crosses each entry with every payload that applies to it (test/hostile/payloads.ts). For example:
 *
 *   {
 *     method: 'POST', url: '/api/v1/things/:id/notes', auth: 'session', writes: ['notes'],
 *     fields: [
 *       { in: 'path', name: 'id', kind: 'int', required: true, min: 1 },
 *       { in: 'body', name: 'text', kind: 'text', required: true, maxLength: 2000 },
 *     ],
 *     example: { path: { id: '1' }, body: { text: 'Rapat koordinasi' } },
 *   },
 *
 * Declare in `writes` every table a well-formed request may change, and set `endsSession` when the
 * request may end the session it carries (or other sessions of its account). A new field kind needs
 * its own hostile values in KIND_VALUES (payloads.ts).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What a field holds; decides which hostile values it receives on top of the generic ones.
 * - regionCode: a Kemendagri code such as "51.06"
 * - identifier: an opaque key such as an election id ("pilkada-2024")
 * - text: free text, e.g. a search box
 * - int: an integer (query strings carry it as text)
 * - enum: one of `values`
 * - email, password: credentials
 */
export type FieldKind = 'regionCode' | 'identifier' | 'text' | 'int' | 'enum' | 'email' | 'password';

/** Where the field travels: a `:name` segment of the URL template, the query string or the JSON body. */
export type FieldLocation = 'path' | 'query' | 'body';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldSpec {
  readonly in: FieldLocation;
  readonly name: string;
  readonly kind: FieldKind;
  /** The request is refused without it (path fields always are). */
  readonly required?: boolean;
  /** For kind 'enum': the accepted values. */
  readonly values?: readonly string[];
  /** Longest accepted string, so that payloads probe both sides of the bound. */
  readonly maxLength?: number;
  /** For kind 'int': the accepted range. */
  readonly min?: number;
  readonly max?: number;
}

export interface ExampleRequest {
  /** Values of the URL template's `:name` segments (not yet percent-encoded). */
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, JsonValue>>;
}

export interface EndpointSpec {
  readonly method: HttpMethod;
  /** The route as registered, with `:name` path parameters: "/api/v1/regions/:code". */
  readonly url: string;
  /** 'session': answers only a signed-in caller; a request without a valid session must never succeed. */
  readonly auth: 'public' | 'session';
  /**
   * The request may end the session it is sent with (logout, and login, which rotates it). The suite
   * then signs it with a throwaway session of a second account, never with the shared one.
   */
  readonly endsSession?: boolean;
  /**
   * Tables a well-formed request may legitimately add to or update. After this endpoint's cases the
   * suite checks that these never shrank, and that every other table is byte-for-byte unchanged.
   * sessions, audit_log and rate_counters are always treated this way.
   */
  readonly writes?: readonly string[];
  /**
   * Counts failures per account and address and refuses with 429 past a bound (login). The suite
   * moves its clock to a fresh counting window before each case, so that the failures of earlier
   * cases do not hide the handler from later ones.
   */
  readonly throttled?: boolean;
  /** Media type of successful answers (default application/json); errors are always JSON. */
  readonly produces?: string;
  readonly fields: readonly FieldSpec[];
  /** A request that succeeds (for a 'session' endpoint: when signed in). Each case changes one thing in it. */
  readonly example: ExampleRequest;
}

/** The account that signs in for the shared session; the login example uses it too. */
export const HOSTILE_ADMIN = { email: 'hostile-admin@desk.go.id', displayName: 'Hostile Admin', password: 'correct horse battery staple' } as const;
/** The account whose throwaway sessions sign requests that may end their session. */
export const HOSTILE_SPARE = { email: 'hostile-spare@desk.go.id', displayName: 'Hostile Spare', password: 'another horse battery staple' } as const;

const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
const OFFICES = ['gubernur', 'bupati', 'walikota'] as const;

const electionId: FieldSpec = { in: 'path', name: 'id', kind: 'identifier', required: true, maxLength: 64 };

export const ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/health', auth: 'public', fields: [], example: {} },
  { method: 'GET', url: '/api/v1/openapi.json', auth: 'public', fields: [], example: {} },
  {
    method: 'GET',
    url: '/api/v1/regions',
    auth: 'public',
    fields: [
      { in: 'query', name: 'q', kind: 'text', maxLength: 100 },
      { in: 'query', name: 'level', kind: 'enum', values: REGION_LEVELS },
      { in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'within', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 500 },
      { in: 'query', name: 'offset', kind: 'int', min: 0, max: 100_000 },
    ],
    example: { query: { q: 'bangli', level: 'regency', within: '51', limit: '5', offset: '0' } },
  },
  {
    method: 'GET',
    url: '/api/v1/regions/:code',
    auth: 'public',
    fields: [{ in: 'path', name: 'code', kind: 'regionCode', required: true, maxLength: 40 }],
    example: { path: { code: '51.06' } },
  },
  { method: 'GET', url: '/api/v1/elections', auth: 'public', fields: [], example: {} },
  { method: 'GET', url: '/api/v1/elections/:id', auth: 'public', fields: [electionId], example: { path: { id: 'pilkada-2024' } } },
  {
    method: 'GET',
    url: '/api/v1/elections/:id/stages',
    auth: 'public',
    fields: [electionId, { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }],
    example: { path: { id: 'pilkada-2024' }, query: { region: '51.06' } },
  },
  {
    method: 'GET',
    url: '/api/v1/elections/:id/contests',
    auth: 'public',
    fields: [
      electionId,
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'office', kind: 'enum', values: OFFICES },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 1000 },
      { in: 'query', name: 'offset', kind: 'int', min: 0 },
    ],
    example: { path: { id: 'pilkada-2024' }, query: { region: '51', office: 'bupati', limit: '10', offset: '0' } },
  },
  {
    method: 'POST',
    url: '/api/v1/auth/login',
    auth: 'public',
    endsSession: true,
    throttled: true,
    writes: ['sessions', 'audit_log', 'rate_counters'],
    fields: [
      { in: 'body', name: 'email', kind: 'email', required: true, maxLength: 254 },
      { in: 'body', name: 'password', kind: 'password', required: true, maxLength: 256 },
    ],
    example: { body: { email: HOSTILE_ADMIN.email, password: HOSTILE_ADMIN.password } },
  },
  { method: 'POST', url: '/api/v1/auth/logout', auth: 'public', endsSession: true, writes: ['audit_log'], fields: [], example: {} },
  { method: 'POST', url: '/api/v1/auth/logout-everywhere', auth: 'session', endsSession: true, writes: ['audit_log'], fields: [], example: {} },
  { method: 'GET', url: '/api/v1/auth/me', auth: 'session', fields: [], example: {} },
];

/** "POST /api/v1/auth/login", for case names. */
export function endpointLabel(endpoint: EndpointSpec): string {
  return `${endpoint.method} ${endpoint.url}`;
}
