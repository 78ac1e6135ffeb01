/**
 * The shapes of the hostile-input suite's endpoint table (test/hostile/endpoints.ts) and the stored
 * rows its examples name, shared by the table's files and the runner.
 */


import type { PactRestore } from './pact-fixtures.js';
import type { PoliticalReportRestore } from './political-report-fixtures.js';
import type { MediaFeedRestore } from './media-feed-fixtures.js';
import type { MediaRestore } from './media-fixtures.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What a field holds; decides which hostile values it receives on top of the generic ones.
 * - regionCode: a Kemendagri code such as "51.06"
 * - identifier: an opaque key such as an election id ("pilkada-2024")
 * - text: free text, e.g. a search box
 * - int: an integer (query strings carry it as text)
 * - enum: one of `values`
 * - email, password: credentials
 * - uuid: an account id ("c0ffee00-0000-4000-8000-000000000001")
 * - datetime: an ISO 8601 instant with its offset ("2024-11-27T08:00:00+08:00")
 * - phone: an Indonesian phone number as people write it ("+62 812-3456-7890")
 * - spreadsheet: an uploaded CSV or XLSX file (`maxLength` is its largest size in bytes)
 * - geojson: an uploaded GeoJSON file of outlines (`maxLength` is its largest size in bytes)
 * - boolean: a JSON true or false
 * - date: a calendar day ("2024-10-15"), e.g. a due date
 * - upload: an uploaded PDF, PNG or JPEG (a scan, a photo, a logo), typed by its first bytes
 *   (`maxLength` is its largest size in bytes)
 */
export type FieldKind =
  | 'regionCode' | 'identifier' | 'text' | 'int' | 'enum' | 'email' | 'password' | 'uuid' | 'datetime' | 'phone' | 'spreadsheet' | 'geojson' | 'boolean'
  | 'date' | 'upload';

/**
 * Where the field travels: a `:name` segment of the URL template, the query string, the JSON body,
 * a file part of a multipart/form-data body (under the field's name), or a text part of it (`form`,
 * sent before the file).
 */
export type FieldLocation = 'path' | 'query' | 'body' | 'file' | 'form';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldSpec {
  readonly in: FieldLocation;
  /**
   * The parameter or member name. A member inside an array of objects in the body is named by its
   * path from the top-level member, with array positions as numbers: "signatories.0.name".
   */
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
  /**
   * A body member that holds a JSON array of values of `kind`: each hostile value of the kind goes
   * in as a one-element array, and the array itself gets the wrong shapes and sizes around its bounds.
   */
  readonly list?: { readonly minItems?: number; readonly maxItems: number };
}

export interface ExampleRequest {
  /** Values of the URL template's `:name` segments (not yet percent-encoded). */
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, JsonValue>>;
  /** Files of a multipart/form-data body, by field name (fields `in: 'file'`). */
  readonly files?: Readonly<Record<string, ExampleFile>>;
  /** Text parts of a multipart/form-data body, sent before its files (fields `in: 'form'`). */
  readonly form?: Readonly<Record<string, string>>;
  /** Request headers the example needs (a pact link's X-Pact-Token), sent with every case of the entry. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ExampleFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string | Uint8Array;
}

export interface EndpointSpec {
  readonly method: HttpMethod;
  /** The route as registered, with `:name` path parameters: "/api/v1/regions/:code". */
  readonly url: string;
  /** Tells apart two entries of one method and URL (in case names): "dry run". */
  readonly note?: string;
  /** 'session': answers only a signed-in caller; a request without a valid session must never succeed. */
  readonly auth: 'public' | 'session';
  /**
   * The request may end the session it is sent with (logout, and login, which rotates it). The suite
   * then signs it with a throwaway session of a second account, never with the shared one.
   */
  readonly endsSession?: boolean;
  /**
   * The request may change the password of the account that signs it (and so end its other
   * sessions). Set endsSession too; the suite gives the spare account its password back after each
   * case, so that later cases can still sign in as it.
   */
  readonly changesPassword?: boolean;
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
  /**
   * Fixture rows that a well-formed request changes or deletes, put back exactly as they were after
   * each of this entry's cases (test/hostile/fixtures.ts), so that every case meets what its example
   * was written for: a version that is still current, a row that still exists, an item not yet carried.
   */
  readonly restores?: readonly FixtureRestore[];
  /**
   * Entries that one module serves through the same steps (zod schemas, sign-in, the same access
   * guard, one service) form a family. The payloads that do not depend on an entry's own fields
   * (body shapes, query strings, URL rewrites, headers) are dealt out among the family in turn, so
   * that each reaches the family once rather than every entry; every entry keeps all its field
   * payloads and method changes. See buildCases (test/hostile/cases.ts).
   */
  readonly family?: string;
  readonly fields: readonly FieldSpec[];
  /** A request that succeeds (for a 'session' endpoint: when signed in). Each case changes one thing in it. */
  readonly example: ExampleRequest;
}

/** The account that signs in for the shared session; the login example uses it too. */
export const HOSTILE_ADMIN = { email: 'hostile-admin@desk.go.id', displayName: 'Hostile Admin', password: 'correct horse battery staple' } as const;
/** The account whose throwaway sessions sign requests that may end their session. */
export const HOSTILE_SPARE = { email: 'hostile-spare@desk.go.id', displayName: 'Hostile Spare', password: 'another horse battery staple' } as const;

/** The parts of a meeting that the API deletes one by one (DELETE /meetings/:id/<kind>/:partId). */
export const DELETABLE_PARTS = ['invitations', 'speakers', 'findings', 'strategies', 'decisions', 'declarations'] as const;
export type DeletablePart = (typeof DELETABLE_PARTS)[number];

/**
 * What test/hostile/fixtures.ts can put back: the meeting, its invitation, finding and signatory,
 * the action item, the earlier item (not carried to the meeting), the unit's logo, the draft
 * vulnerability model, the readiness assessment (and no other), and each deletable part's spare.
 */
export type FixtureRestore = 'meeting' | 'invitation' | 'finding' | 'signatory' | 'actionItem' | 'carried' | 'logo' | 'vulnerabilityModel' | 'readinessAssessment' | 'importedOutline' | 'incident' | 'triage' | 'alertRule' | 'alert' | 'incidentAttachment' | 'incidentCategory' | 'neutralityCase' | 'notificationChannel' | 'spareNotificationChannel' | 'notification' | 'notificationDelivery' | PactRestore | PoliticalReportRestore | MediaFeedRestore | MediaRestore | `doomed ${DeletablePart}`;

/**
 * Rows the suite creates with exactly these ids before the first case, so that examples can name
 * them: a unit at Bangli, a person in it, an API token of the admin account, and a viewer account
 * that has signed in once (so the audit trail holds a row with it as the actor).
 *
 * And a meeting at Bangli organised by that unit, with one part of each kind (`part.id`: an
 * invitation of the unit, a speaker, a finding, a strategy answering it, a decision, a declaration
 * with one signatory) and a spare of each part that the API deletes (`part.doomedId`: an invitation
 * of the person, …), an action item agreed at it with a PDF as evidence, and an earlier meeting on
 * Bangli whose pending action item the meeting may carry forward; the unit's letterhead, with a logo;
 * and a draft vulnerability model.
 */
export const HOSTILE_FIXTURES = {
  unit: { id: 900_001, agencyCode: 'BAWASLU', regionCode: '51.06', name: 'Bawaslu Kabupaten Bangli (hostile suite)' },
  person: { id: 900_001, fullName: 'I Made Hostile', position: 'Ketua', phone: '0812 3456 7890', email: 'made@bawaslu.go.id' },
  token: { id: 900_001, name: 'Hostile suite fixture token' },
  viewer: {
    id: 'c0ffee00-0000-4000-8000-000000000001', email: 'hostile-viewer@desk.go.id', displayName: 'Hostile Viewer',
    password: 'viewer horse battery staple', scopeRegionCode: '51.06',
  },
  meeting: {
    id: 900_001, kind: 'rakor', title: 'Rapat koordinasi kesiapan Pilkada Bangli (hostile suite)', regionCode: '51.06', level: 'kabupaten_kota',
    electionId: 'pilkada-2024', stageCode: 'kampanye', startsAt: '2024-09-30T01:00:00.000Z', timeZone: 'WITA', venue: 'Kantor Bawaslu Bangli',
    legalBasis: ['UU 10/2016'], agenda: 'Kesiapan logistik dan pengamanan',
  },
  earlierMeeting: { id: 900_002, kind: 'monev', title: 'Monev distribusi logistik Bangli (hostile suite)', startsAt: '2024-09-02T01:00:00.000Z' },
  part: { id: 900_001, doomedId: 900_002 },
  signatory: { id: 900_001, name: 'I Made Hostile', position: 'Ketua' },
  actionItem: { id: 900_001, title: 'Laporkan kesiapan logistik TPS', dueDate: '2024-10-15' },
  /** A PDF kept as evidence of the action item, and a PNG the unit's letterhead shows as its logo. */
  evidenceFile: { id: 900_001, name: 'berita-acara.pdf' },
  logoFile: { id: 900_002, name: 'logo-bawaslu.png' },
  earlierActionItem: { id: 900_002, title: 'Rekap distribusi logistik ke desa', dueDate: '2024-09-10' },
  /** A draft copy of the shipped vulnerability model, which cases edit, publish and delete (and which is put back). */
  vulnerabilityModel: { id: 900_001, version: 900, nameId: 'IKP Bangli (hostile suite)', nameEn: 'Bangli IKP (hostile suite)' },
  /**
   * A readiness checklist of three items (added as data, like a new version would be) and Bangli's
   * assessment against it, with two gaps; cases change the assessment (put back, and any other
   * assessment a case created deleted) and turn its gaps into action items of the meeting.
   */
  readinessTemplate: { id: 900_001, code: 'hostile-suite-logistik', version: 1 },
  readinessAssessment: { id: 900_001, assessedOn: '2024-09-20', note: 'Monev kesiapan Bangli (hostile suite)' },
  /** Bangli's outline as a desk imported it (a square where Bangli lies), which cases replace and drop (and which is put back). */
  importedOutline: {
    regionCode: '51.06', sourceFile: 'bangli-hostile.geojson',
    geometry: { type: 'Polygon', coordinates: [[[115.25, -8.2], [115.45, -8.2], [115.45, -8.45], [115.25, -8.45], [115.25, -8.2]]] },
  },
  /** A new money-politics report at Apuan (a desa of Bangli), which cases move (and which is put back as new, without transitions). */
  incident: { id: 900_001, reference: 'INS-2024-900001', regionCode: '51.06.01.2001', description: 'Pembagian amplop di banjar Apuan (hostile suite)' },
  /**
   * An integrity-pact campaign at Bangli (deadline 30 Sep 2024 23:59 WITA) with one target office that
   * has not submitted; shared by the pact endpoints' examples.
   */
  pactCampaign: { id: 900_001, title: 'Pakta integritas netralitas ASN Bangli (hostile suite)', regionCode: '51.06', deadline: '2024-09-30T15:59:00.000Z' },
  pactTarget: { id: 900_001, name: 'Kecamatan Bangli (hostile suite)', kind: 'kecamatan', regionCode: '51.06.01' },
  /** An ASN-neutrality report at Apuan, whose neutrality case cases record (and which is removed again after each). */
  neutralityIncident: { id: 900_002, reference: 'INS-2024-900002', regionCode: '51.06.01.2001', description: 'Camat mengajak ASN mendukung pasangan calon (hostile suite)' },
  /** An SMS waiting in triage at Bangli (no category recognised), which cases make a report of or set aside (and which is put back as waiting). */
  triage: { id: 900_001, reference: 'TRI-2024-900001', regionCode: '51.06', rawText: 'LAPOR#Bangli#ada orang asing bagi-bagi kartu (hostile suite)' },
  /** A photo (JPEG) attached to the fixture report, which cases delete (and which is put back, with its file). */
  incidentAttachment: { id: 900_001, fileId: 900_003, name: 'foto-amplop.jpg' },
  /** A desk setting of a built-in category, the same as built in, at version 1 (incident_category_settings). */
  incidentCategory: { code: 'golput', version: 1 },
} as const;

export const MAX_INT4 = 2_147_483_647;
/** A serial id in the URL: a positive PostgreSQL integer. */
export const serialId: FieldSpec = { in: 'path', name: 'id', kind: 'int', required: true, min: 1, max: MAX_INT4 };
export const limit = (max: number): FieldSpec => ({ in: 'query', name: 'limit', kind: 'int', min: 1, max });
export const offset = (max: number): FieldSpec => ({ in: 'query', name: 'offset', kind: 'int', min: 0, max });

/** "POST /api/v1/auth/login", or "POST /api/v1/units/import [dry run]" with a note, for case names. */
export function endpointLabel(endpoint: EndpointSpec): string {
  return `${endpoint.method} ${endpoint.url}${endpoint.note ? ` [${endpoint.note}]` : ''}`;
}
