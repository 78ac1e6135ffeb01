/**
 * Hostile values and request mutations for the hostile-input suite.
 *
 * A case starts from an endpoint's valid example (test/hostile/endpoints.ts) as a DraftRequest and
 * applies one Payload to it: one field set to a hostile value, or one generic change to the body,
 * the query string, the URL, the method or the headers.
 */
import type { EndpointSpec, FieldKind, FieldLocation, FieldSpec, HttpMethod, JsonValue } from './endpoints.js';

const KB = 1024;
const MB = 1024 * KB;
/** Above the server's 1 MiB body limit. */
const OVER_BODY_LIMIT = MB + 64 * KB;

/** A request being built: path and query already percent-encoded, body members as raw JSON text. */
export interface DraftRequest {
  readonly method: string;
  /** Percent-encoded values of the `:name` segments. */
  readonly path: Readonly<Record<string, string>>;
  /** Percent-encoded `name=value` pairs, in order. */
  readonly query: readonly string[];
  /** Members of the JSON object body, each value as raw JSON text; null: no body. */
  readonly members: ReadonlyArray<readonly [string, string]> | null;
  /** A body sent instead of the members (malformed JSON, other formats). */
  readonly rawBody?: string;
  /** undefined: application/json when there is a body; null: no Content-Type header at all. */
  readonly contentType?: string | null;
  readonly headers: Readonly<Record<string, string>>;
  /** Rewrites the finished path and query (route-level payloads). */
  readonly rewriteUrl?: (url: string) => string;
}

/** Whether a request still carries the valid session of a signed-in case after a payload. */
export type Credential = 'valid' | 'none' | 'unknown';

export interface Payload {
  /** Readable, e.g. 'body.email = <lone surrogate>'. */
  readonly label: string;
  /** `session` is the session token of a signed-in case, null for an anonymous one. */
  readonly apply: (draft: DraftRequest, session: string | null) => DraftRequest;
  /** Default: 'valid' when signed in, 'none' otherwise. */
  readonly credential?: (session: string | null) => Credential;
  /** True when the request must be refused (≥ 400) whatever else happens. */
  readonly mustFail?: (endpoint: EndpointSpec, session: string | null) => boolean;
}

/* ------------------------------------------------------------------------------------------------
 * Field values
 * ---------------------------------------------------------------------------------------------- */

/** How a hostile value is written into the request. */
export type FieldValue =
  /** A string: JSON string in a body, percent-encoded in a URL. */
  | { readonly as: 'text'; readonly text: string }
  /** Any JSON value (wrong types); bodies only. */
  | { readonly as: 'json'; readonly json: JsonValue }
  /** Raw JSON text (lone surrogates, `__proto__` keys, numbers JSON.stringify cannot write); bodies only. */
  | { readonly as: 'rawJson'; readonly text: string }
  /** Percent-encoded text put into the URL verbatim (invalid UTF-8, encoded traversal); URLs only. */
  | { readonly as: 'encoded'; readonly text: string }
  /** The field's `name=value` pairs in the query string replaced verbatim (duplicates, brackets). */
  | { readonly as: 'pairs'; readonly text: string }
  /** The field left out. */
  | { readonly as: 'omit' };

export interface HostileValue {
  readonly label: string;
  readonly value: FieldValue;
}

const text = (label: string, value: string): HostileValue => ({ label, value: { as: 'text', text: value } });
const json = (label: string, value: JsonValue): HostileValue => ({ label, value: { as: 'json', json: value } });
const rawJson = (label: string, value: string): HostileValue => ({ label, value: { as: 'rawJson', text: value } });
const encoded = (label: string, value: string): HostileValue => ({ label, value: { as: 'encoded', text: value } });

/** Where each way of writing a value can go. */
const LOCATIONS: Record<FieldValue['as'], readonly FieldLocation[]> = {
  text: ['path', 'query', 'body'],
  json: ['body'],
  rawJson: ['body'],
  encoded: ['path', 'query'],
  pairs: ['query'],
  omit: ['query', 'body'],
};

export const UNICODE_VALUES: readonly HostileValue[] = [
  rawJson('<lone high surrogate>', '"\\ud800"'),
  rawJson('<lone low surrogate inside text>', '"ban\\udfffgli"'),
  encoded('<lone surrogate as UTF-8 bytes %ED%A0%80>', '%ED%A0%80'),
  encoded('<invalid UTF-8 %FF%FE>', '%FF%FE'),
  encoded('<overlong UTF-8 %C0%AF>', '%C0%AF'),
  encoded('<truncated escape %>', '%'),
  encoded('<bad escape %ZZ>', '%ZZ'),
  text('<NUL>', 'ban\u0000gli'),
  text('<only NUL>', '\u0000'),
  text('<control characters>', '\u0001\u0007\u001b[31m\u007f'),
  text('<CRLF and a header>', 'x\r\nSet-Cookie: admin=1'),
  text('<RTL override>', '\u202Eilgnab'),
  text('<zero-width joiner>', 'ban\u200Dgli'),
  text('<zero-width space>', 'ban\u200Bgli'),
  text('<byte order mark>', '\uFEFFbangli'),
  text('<emoji>', '🗳️👩‍👩‍👧‍👦🇮🇩'),
  text('<combining marks>', `Bali${'\u0301\u0336'.repeat(60)}`),
  text('<full-width digits>', '５１'),
  text('<Arabic-Indic digits>', '٥١'),
  text('<Turkish dotless i>', 'ıstana banglı'),
  text('<Turkish dotted capital I>', 'BALİ'),
  text('<NFKD form>', 'Ta\u0301na\u0308 Toraja'),
  text('<compatibility ligature>', 'ﬁ ﬀ ㎏ Ⅻ'),
  text('<noncharacter U+FFFF>', '\uFFFF'),
  text('<astral private use>', '\u{10FFFF}\u{F0000}'),
];

export const SQL_VALUES: readonly HostileValue[] = [
  text("<SQL ' OR 1=1 -->", "' OR 1=1 --"),
  text('<SQL drop table>', "'; drop table regions; --"),
  text("<SQL ' OR ''='>", "' OR ''='"),
  text('<SQL pg_sleep>', "'||pg_sleep(0)||'"),
  text('<LIKE %>', '%'),
  text('<LIKE _>', '_'),
  text('<LIKE %_%>', '%_%'),
  text('<backslashes>', '\\\\\\'),
  text("<backslash quote \\'>", "\\'"),
  text('<dollar quoting $$>', '$$;$1$$'),
  text('<trigram operator <%>', '<% %> <<%'),
];

export const HTML_VALUES: readonly HostileValue[] = [
  text('<script tag>', '<script>alert(1)</script>'),
  text('<img onerror>', '"><img src=x onerror=alert(1)>'),
  text('<javascript: URL>', 'javascript:alert(1)'),
  text('<template injection>', "{{constructor.constructor('alert(1)')()}} ${7*7} #{7*7}"),
  text('<format string>', '%s%s%s%s%n%x'),
];

export const PROTOTYPE_VALUES: readonly HostileValue[] = [
  text('"__proto__"', '__proto__'),
  text('"constructor"', 'constructor'),
  text('"prototype"', 'prototype'),
  text('"toString"', 'toString'),
  text('"hasOwnProperty"', 'hasOwnProperty'),
  text('<"constructor" as a word>', 'samarinda constructor'),
];

export const TRAVERSAL_VALUES: readonly HostileValue[] = [
  text('<../../etc/passwd>', '../../etc/passwd'),
  text('<..\\..\\windows\\win.ini>', '..\\..\\windows\\win.ini'),
  text('</etc/passwd>', '/etc/passwd'),
  encoded('<..%2F..%2Fetc%2Fpasswd>', '..%2F..%2Fetc%2Fpasswd'),
  encoded('<%2e%2e%2f%2e%2e%2f>', '%2e%2e%2f%2e%2e%2fetc%2fpasswd'),
  encoded('<double-encoded ..%252F>', '..%252F..%252Fetc%252Fpasswd'),
  encoded('<%00 then .json>', 'x%00.json'),
  encoded('<lone %00>', '%00'),
];

export const SIZE_VALUES: readonly HostileValue[] = [
  text('<empty>', ''),
  text('<spaces>', '   '),
  text('<10 kB string>', 'x'.repeat(10 * KB)),
  text('<100 kB string>', 'y'.repeat(100 * KB)),
];

/** Strings that numbers and words hide behind. */
export const LOOKALIKE_VALUES: readonly HostileValue[] = [
  text('"NaN"', 'NaN'),
  text('"Infinity"', 'Infinity'),
  text('"1e309"', '1e309'),
  text('"null"', 'null'),
  text('"undefined"', 'undefined'),
  text('"true"', 'true'),
  text('"[object Object]"', '[object Object]'),
];

/** Wrong JSON types where a string (or anything) is expected; bodies only. */
export const WRONG_TYPE_VALUES: readonly HostileValue[] = [
  json('<number 0>', 0),
  json('<number -1>', -1),
  json('<number 1.5>', 1.5),
  rawJson('<number 1e309>', '1e309'),
  rawJson('<number -0>', '-0'),
  json('<true>', true),
  json('<false>', false),
  json('<null>', null),
  json('<empty array>', []),
  json('<array of strings>', ['bangli', 'hostile-admin@desk.go.id']),
  json('<empty object>', {}),
  json('<operator object {"$ne": null}>', { $ne: null }),
  json('<object with toString>', { toString: 'x', valueOf: 1 }),
  rawJson('<object with __proto__>', '{"__proto__":{"admin":true,"polluted":"yes"}}'),
  rawJson('<object with constructor.prototype>', '{"constructor":{"prototype":{"admin":true,"polluted":"yes"}}}'),
  json('<array of 10 000 numbers>', Array.from({ length: 10_000 }, (_, i) => i)),
];

const GENERIC_STRING_VALUES: readonly HostileValue[] = [
  ...SIZE_VALUES,
  ...UNICODE_VALUES,
  ...SQL_VALUES,
  ...HTML_VALUES,
  ...PROTOTYPE_VALUES,
  ...TRAVERSAL_VALUES,
  ...LOOKALIKE_VALUES,
];

/** A well-formed address of exactly `length` characters: a 64-character local part, 63-character labels. */
function emailOfLength(length: number): string {
  const local = 'a'.repeat(64);
  let domain = 'go.id';
  while (local.length + 1 + domain.length + 2 <= length) {
    const room = length - (local.length + 1 + domain.length) - 1;
    domain = `${'d'.repeat(Math.min(63, room))}.${domain}`;
  }
  return `${local}@${domain}`;
}

function lengthValues(field: FieldSpec): HostileValue[] {
  if (field.maxLength === undefined) return [];
  const max = field.maxLength;
  if (field.kind === 'email') {
    return [text(`<${max}-char email>`, emailOfLength(max)), text(`<${max + 1}-char email>`, emailOfLength(max + 1))];
  }
  return [text(`<${max} chars, the limit>`, 'a'.repeat(max)), text(`<${max + 1} chars, one over>`, 'a'.repeat(max + 1))];
}

function enumValues(field: FieldSpec): HostileValue[] {
  const first = field.values?.[0] ?? 'x';
  return [
    text('<upper case>', first.toUpperCase()),
    text('<trailing space>', `${first} `),
    text('<two values joined>', (field.values ?? []).join(',')),
    text('<dotless i look-alike>', first.replaceAll('i', 'ı')),
    text('<Cyrillic look-alike>', first.replaceAll('o', 'о').replaceAll('a', 'а')),
    text('<prefix>', first.slice(0, 3)),
  ];
}

const KIND_VALUES: Record<FieldKind, (field: FieldSpec) => HostileValue[]> = {
  regionCode: () => [
    text('<trailing dot>', '51.06.'),
    text('<double dot>', '51..06'),
    text('<one-digit part>', '51.6'),
    text('<no dots>', '5106'),
    text('<zero code 00>', '00'),
    text('<zero regency 51.00>', '51.00'),
    text('<unknown but well-formed>', '99.99.99.9999'),
    text('<five parts>', '51.06.01.2001.1'),
    text('<full-width 51.06>', '５１．０６'),
    text('<trailing newline>', '51.06\n'),
    text('<leading space>', ' 51.06'),
    text('<regex wildcard 5.>', '5.'),
    encoded('<51.06%00>', '51.06%00'),
    encoded('<51%2E06>', '51%2E06'),
  ],
  identifier: (field) => [
    text('<upper case>', 'PILKADA-2024'),
    text('<trailing space>', 'pilkada-2024 '),
    text('<dot>', '.'),
    text('<dot dot>', '..'),
    text('<LIKE wildcard pilkada%>', 'pilkada%'),
    text('<slash inside>', 'pilkada/2024'),
    encoded('<pilkada-2024%00>', 'pilkada-2024%00'),
    encoded('<pilkada-2024%00 and more>', 'pilkada-2024%00.json'),
    ...lengthValues(field),
  ],
  text: (field) => [
    text('<kind word only "Kab.">', 'Kab.'),
    text('<province short form only>', 'Kaltim'),
    text('<only punctuation>', '.,;:!?-()[]{}'),
    text('<many words>', Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')),
    ...lengthValues(field),
  ],
  int: (field) => [
    text('<-1>', '-1'),
    text('<0>', '0'),
    text('<1.5>', '1.5'),
    text('<1e3>', '1e3'),
    text('<1e-7>', '1e-7'),
    text('<20 digits>', '99999999999999999999'),
    text('<2^53 + 1>', '9007199254740993'),
    text('<-0>', '-0'),
    text('<0x10>', '0x10'),
    text('<0b11>', '0b11'),
    text('< 7 with spaces>', ' 7 '),
    text('<+7>', '+7'),
    text('<1,000>', '1,000'),
    text('<full-width ５>', '５'),
    text('<Devanagari २>', '२'),
    text('<leading zeros>', '0000000000007'),
    ...(field.max !== undefined ? [text('<max + 1>', String(field.max + 1))] : []),
    ...(field.min !== undefined ? [text('<min - 1>', String(field.min - 1))] : []),
  ],
  enum: enumValues,
  email: (field) => [
    text('<no domain>', 'admin@'),
    text('<no local part>', '@desk.go.id'),
    text('<no at sign>', 'admin.desk.go.id'),
    text('<two at signs>', 'admin@desk@go.id'),
    text('<upper case>', 'HOSTILE-ADMIN@DESK.GO.ID'),
    text('<surrounding spaces>', '  hostile-admin@desk.go.id  '),
    text('<quoted local part>', '"admin\'--"@desk.go.id'),
    text('<IP literal domain>', 'admin@[127.0.0.1]'),
    text('<unicode domain>', 'admin@désk.go.id'),
    text('<Turkish İ in local part>', 'hostİle-admin@desk.go.id'),
    text('<SQL in local part>', "admin'or'1'='1@desk.go.id"),
    text('<NUL after a valid address>', 'hostile-admin@desk.go.id\u0000'),
    text('<newline after a valid address>', 'hostile-admin@desk.go.id\n'),
    ...lengthValues(field),
  ],
  password: (field) => [
    text('<one character>', 'x'),
    text('<NUL inside>', 'correct horse\u0000battery staple'),
    text('<12 key emoji>', '🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑'),
    text('<right one with trailing space>', 'correct horse battery staple '),
    text('<right one in NFKD>', 'correct horse battery staple'.normalize('NFKD')),
    ...lengthValues(field),
  ],
};

/** Every hostile value for one field, in the ways its location can carry. */
export function fieldValues(field: FieldSpec): HostileValue[] {
  const values: HostileValue[] = [
    ...(field.in === 'path' ? [] : [{ label: '<missing>', value: { as: 'omit' } } satisfies HostileValue]),
    ...GENERIC_STRING_VALUES,
    ...KIND_VALUES[field.kind](field),
    ...(field.in === 'body' ? [...WRONG_TYPE_VALUES, text('<1 MB+ string>', 'z'.repeat(OVER_BODY_LIMIT))] : []),
    ...(field.in === 'query' ? queryShapeValues(field.name) : []),
  ];
  return values.filter((v) => LOCATIONS[v.value.as].includes(field.in));
}

/** A query parameter given twice, as an array or an object, or without a value. */
function queryShapeValues(name: string): HostileValue[] {
  const pairs = (label: string, value: string): HostileValue => ({ label, value: { as: 'pairs', text: value } });
  return [
    pairs(`<twice: ${name}=1&${name}=2>`, `${name}=1&${name}=2`),
    pairs(`<twice, second hostile>`, `${name}=1&${name}=%27%20OR%201%3D1%20--`),
    pairs(`<array: ${name}[]=a>`, `${name}%5B%5D=a`),
    pairs(`<array brackets unencoded: ${name}[]=a&${name}[]=b>`, `${name}[]=a&${name}[]=b`),
    pairs(`<object: ${name}[admin]=true>`, `${name}[admin]=true`),
    pairs(`<no value: ${name}>`, name),
    pairs(`<empty: ${name}=>`, `${name}=`),
    pairs(`<1000 copies>`, Array.from({ length: 1000 }, () => `${name}=1`).join('&')),
  ];
}

/** Writes a hostile value into a field of a draft. */
export function setField(draft: DraftRequest, field: FieldSpec, value: FieldValue): DraftRequest {
  switch (field.in) {
    case 'path': {
      const segment = value.as === 'text' ? encodeURIComponent(value.text) : value.as === 'encoded' ? value.text : '';
      return { ...draft, path: { ...draft.path, [field.name]: segment } };
    }
    case 'query': {
      const others = draft.query.filter((pair) => pair.split('=')[0] !== field.name);
      if (value.as === 'omit') return { ...draft, query: others };
      const pair = value.as === 'pairs' ? value.text
        : value.as === 'encoded' ? `${field.name}=${value.text}`
          : value.as === 'text' ? `${field.name}=${encodeURIComponent(value.text)}` : '';
      return { ...draft, query: [...others, pair] };
    }
    case 'body': {
      const members = (draft.members ?? []).filter(([key]) => key !== field.name);
      if (value.as === 'omit') return { ...draft, members };
      const raw = value.as === 'text' ? JSON.stringify(value.text)
        : value.as === 'json' ? JSON.stringify(value.json)
          : value.as === 'rawJson' ? value.text : 'null';
      return { ...draft, members: [...members, [field.name, raw]] };
    }
  }
}

export function fieldPayloads(field: FieldSpec): Payload[] {
  return fieldValues(field).map((hostile) => ({
    label: `${field.in}.${field.name} = ${hostile.label}`,
    apply: (draft) => setField(draft, field, hostile.value),
  }));
}

/* ------------------------------------------------------------------------------------------------
 * Bodies
 * ---------------------------------------------------------------------------------------------- */

function bodyText(draft: DraftRequest): string {
  return `{${(draft.members ?? []).map(([key, raw]) => `${JSON.stringify(key)}:${raw}`).join(',')}}`;
}

const withRawBody = (label: string, body: (draft: DraftRequest) => string, contentType?: string | null): Payload => ({
  label,
  apply: (draft) => ({ ...draft, rawBody: body(draft), contentType }),
});

const withMember = (label: string, key: string, raw: string): Payload => ({
  label,
  apply: (draft) => ({ ...draft, members: [...(draft.members ?? []), [key, raw]] }),
});

function nested(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

/** Malformed JSON, other formats, extra and poisoned members, huge bodies: for endpoints that read a body. */
export function bodyPayloads(): Payload[] {
  const urlEncoded = (draft: DraftRequest) =>
    (draft.members ?? []).map(([key, raw]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(JSON.parse(raw)))}`).join('&');
  return [
    // Extra members.
    withMember('body + role: "admin"', 'role', '"admin"'),
    withMember('body + isAdmin: true', 'isAdmin', 'true'),
    withMember('body + "__proto__": {"admin": true}', '__proto__', '{"admin":true,"polluted":"yes"}'),
    withMember('body + "constructor": {"prototype": {"admin": true}}', 'constructor', '{"prototype":{"admin":true,"polluted":"yes"}}'),
    withMember('body + "prototype": {}', 'prototype', '{"admin":true}'),
    withMember('body + key with NUL', 'a\u0000b', '1'),
    withMember('body + empty key', '', '1'),
    withMember('body + 10 kB key', 'k'.repeat(10 * KB), '1'),
    withRawBody('body = 20 000 extra keys', (d) => bodyText({ ...d, members: [...(d.members ?? []), ...Array.from({ length: 20_000 }, (_, i) => [`k${i}`, '1'] as const)] })),
    withRawBody('body = duplicate keys, last one hostile', (d) => `${bodyText(d).slice(0, -1)}${d.members?.length ? ',' : ''}${(d.members ?? []).map(([k]) => `${JSON.stringify(k)}:{"$gt":""}`).join(',')}}`),
    withRawBody('body = {"__proto__": …} at top level only', () => '{"__proto__":{"admin":true,"polluted":"yes"}}'),
    withRawBody('body = escaped "\\u005f_proto__" key', () => '{"\\u005f_proto__":{"admin":true,"polluted":"yes"}}'),
    withRawBody('body = {"constructor": {"prototype": …}} only', () => '{"constructor":{"prototype":{"admin":true,"polluted":"yes"}}}'),
    // Missing everything.
    withRawBody('body = {}', () => '{}'),
    // Not an object.
    withRawBody('body = null', () => 'null'),
    withRawBody('body = []', () => '[]'),
    withRawBody('body = array of the example', (d) => `[${bodyText(d)}]`),
    withRawBody('body = "a string"', () => '"a string"'),
    withRawBody('body = 0', () => '0'),
    withRawBody('body = true', () => 'true'),
    // Malformed JSON.
    withRawBody('body = <empty, JSON content type>', () => ''),
    withRawBody('body = <whitespace only>', () => ' \n\t '),
    withRawBody('body = {', () => '{'),
    withRawBody('body = <truncated example>', (d) => bodyText(d).slice(0, -3)),
    withRawBody('body = <trailing comma>', (d) => `${bodyText(d).slice(0, -1)},}`),
    withRawBody("body = <single quotes>", () => "{'email':'a@b.c'}"),
    withRawBody('body = <unquoted keys>', () => '{email:"a@b.c"}'),
    withRawBody('body = <comments>', (d) => `/* hi */${bodyText(d)}`),
    withRawBody('body = NaN', () => 'NaN'),
    withRawBody('body = <two objects>', (d) => `${bodyText(d)}${bodyText(d)}`),
    withRawBody('body = <byte order mark then example>', (d) => `\uFEFF${bodyText(d)}`),
    withRawBody('body = <raw NUL byte inside>', (d) => `${bodyText(d).slice(0, 1)}\u0000${bodyText(d).slice(1)}`),
    withRawBody('body = <lone surrogate as raw text>', () => '{"email":"\ud800"}'),
    withRawBody('body = <nested 10 000 deep>', () => nested(10_000)),
    withRawBody('body = <array of 100 000 nulls>', () => `[${Array.from({ length: 100_000 }, () => 'null').join(',')}]`),
    // Size.
    withRawBody('body = <1 MB+ valid JSON>', (d) => bodyText({ ...d, members: [...(d.members ?? []), ['padding', JSON.stringify('p'.repeat(OVER_BODY_LIMIT))]] })),
    withRawBody('body = <1 MB+ garbage>', () => '#'.repeat(OVER_BODY_LIMIT)),
    withRawBody('body = <just under the limit>', (d) => bodyText({ ...d, members: [...(d.members ?? []), ['padding', JSON.stringify('p'.repeat(MB - 4 * KB))]] })),
    // Content types.
    withRawBody('content-type = text/plain (JSON text)', bodyText, 'text/plain'),
    withRawBody('content-type = text/plain; charset=utf-8, <script> text', () => '<script>alert(1)</script>', 'text/plain; charset=utf-8'),
    withRawBody('content-type = application/x-www-form-urlencoded', urlEncoded, 'application/x-www-form-urlencoded'),
    withRawBody(
      'content-type = multipart/form-data',
      () => '--XyZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nhostile-admin@desk.go.id\r\n--XyZ--\r\n',
      'multipart/form-data; boundary=XyZ',
    ),
    withRawBody('content-type = application/xml', () => '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', 'application/xml'),
    withRawBody('content-type = <none>', bodyText, null),
    withRawBody('content-type = application/json; charset=utf-16', bodyText, 'application/json; charset=utf-16'),
    withRawBody('content-type = application/json; charset=latin1', bodyText, 'application/json; charset=latin1'),
    withRawBody('content-type = APPLICATION/JSON', bodyText, 'APPLICATION/JSON'),
    withRawBody('content-type = application/jsonx', bodyText, 'application/jsonx'),
    withRawBody('content-type = application/json;;;', bodyText, 'application/json;;;'),
    withRawBody('content-type = application/vnd.api+json', bodyText, 'application/vnd.api+json'),
    withRawBody('content-type = */*', bodyText, '*/*'),
    withRawBody('content-type = <10 kB>', bodyText, `application/json; x=${'a'.repeat(10 * KB)}`),
    // Lying lengths.
    ...['0', '1', '99999999', '-1', 'abc'].map((length): Payload => ({
      label: `content-length = ${length}`,
      apply: (draft) => ({ ...draft, rawBody: bodyText(draft), headers: { ...draft.headers, 'content-length': length } }),
    })),
  ];
}

/** A body sent where none is read (GET): it must be ignored or refused, not choked on. */
export function bodyOnReadPayloads(): Payload[] {
  return [
    withRawBody('<GET with a JSON body>', () => '{"__proto__":{"admin":true,"polluted":"yes"}}'),
    withRawBody('<GET with malformed JSON>', () => '{'),
    withRawBody('<GET with a 1 MB+ body>', () => '#'.repeat(OVER_BODY_LIMIT)),
  ];
}

/* ------------------------------------------------------------------------------------------------
 * Query strings, URLs and methods
 * ---------------------------------------------------------------------------------------------- */

const withQuery = (label: string, pairs: string): Payload => ({ label, apply: (draft) => ({ ...draft, query: [...draft.query, pairs] }) });

/** Query-string shapes that apply to every endpoint, whether it reads a query or not. */
export function queryPayloads(): Payload[] {
  return [
    withQuery('query + __proto__[admin]=true', '__proto__[admin]=true&__proto__[polluted]=yes'),
    withQuery('query + __proto__=x', '__proto__=x'),
    withQuery('query + constructor[prototype][admin]=true', 'constructor[prototype][admin]=true'),
    withQuery('query + toString=1&hasOwnProperty=1', 'toString=1&hasOwnProperty=1&valueOf=1'),
    withQuery('query + unknown debug=1', 'debug=1&admin=true'),
    withQuery('query + 64 kB value', `pad=${'q'.repeat(64 * KB)}`),
    withQuery('query + 1 MB+ value', `pad=${'q'.repeat(OVER_BODY_LIMIT)}`),
    withQuery('query + 5000 parameters', Array.from({ length: 5000 }, (_, i) => `p${i}=${i}`).join('&')),
    withQuery('query + &&&==&', '&&&==&'),
    withQuery('query + %ZZ=%ZZ', '%ZZ=%ZZ'),
    withQuery('query + lone surrogate bytes', '%ED%A0%80=%ED%A0%80'),
    withQuery('query + %00=%00', '%00=%00'),
    withQuery('query + ;semicolon separated', 'a=1;b=2'),
  ];
}

/** Changes to the path itself: traversal, encodings, separators. */
export function urlPayloads(): Payload[] {
  const rewrite = (label: string, fn: (url: string) => string): Payload => ({ label, apply: (draft) => ({ ...draft, rewriteUrl: fn }) });
  const onPath = (fn: (path: string) => string) => (url: string) => {
    const [path = '', ...rest] = url.split('?');
    return [fn(path), ...rest].join('?');
  };
  return [
    rewrite('url + trailing slash', onPath((p) => `${p}/`)),
    rewrite('url + /../../etc/passwd', onPath((p) => `${p}/../../../../etc/passwd`)),
    rewrite('url + /..%2F..%2Fetc%2Fpasswd', onPath((p) => `${p}/..%2F..%2F..%2Fetc%2Fpasswd`)),
    rewrite('url + %00', onPath((p) => `${p}%00`)),
    rewrite('url + ;jsessionid=x', onPath((p) => `${p};jsessionid=x`)),
    rewrite('url + .json', onPath((p) => `${p}.json`)),
    rewrite('url with // doubled', onPath((p) => p.replace('/api/', '/api//'))),
    rewrite('url with backslashes', onPath((p) => p.replaceAll('/', '\\'))),
    rewrite('url in upper case', onPath((p) => p.toUpperCase())),
    rewrite('url with %2F for /', onPath((p) => p.replace('/api/v1/', '/api%2Fv1%2F'))),
    rewrite('url with a percent-encoded letter', onPath((p) => p.replace('/api/', '/%61pi/'))),
  ];
}

const OTHER_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND'];

/**
 * The endpoint's URL with every other method. Where another route answers that method at the same
 * URL, it runs with this endpoint's example: the data checks will tell if it writes.
 */
export function methodPayloads(method: HttpMethod): Payload[] {
  return OTHER_METHODS.filter((m) => m !== method).map((m) => ({
    label: `<method ${m}>`,
    apply: (draft) => ({ ...draft, method: m }),
  }));
}

/* ------------------------------------------------------------------------------------------------
 * Headers: cookies, Authorization, Accept-Language, Origin
 * ---------------------------------------------------------------------------------------------- */

const SESSION = 'sinergi_session';
const FORGED_SESSION = `ses_${'A'.repeat(43)}`;
const FORGED_TOKEN = `sng_${'B'.repeat(43)}`;

const withHeaders = (
  label: string,
  headers: (session: string | null) => Record<string, string>,
  credential?: (session: string | null) => Credential,
  mustFail?: Payload['mustFail'],
): Payload => ({
  label,
  apply: (draft, session) => ({ ...draft, headers: { ...draft.headers, ...headers(session) } }),
  ...(credential ? { credential } : {}),
  ...(mustFail ? { mustFail } : {}),
});

const none = (): Credential => 'none';
const kept = (session: string | null): Credential => (session ? 'valid' : 'none');
const unclear = (session: string | null): Credential => (session ? 'unknown' : 'none');
/** The rest of the cookie header when signed in. */
const plusSession = (session: string | null) => (session ? `; ${SESSION}=${session}` : '');

export function cookiePayloads(): Payload[] {
  const cookie = (label: string, value: (session: string | null) => string, credential: (session: string | null) => Credential) =>
    withHeaders(`cookie: ${label}`, (session) => ({ cookie: value(session) }), credential);
  return [
    cookie('<forged session>', () => `${SESSION}=${FORGED_SESSION}`, none),
    cookie('<empty session>', () => `${SESSION}=`, none),
    cookie('<session of 201 characters>', () => `${SESSION}=${'s'.repeat(201)}`, none),
    cookie('<10 kB session>', () => `${SESSION}=${'s'.repeat(10 * KB)}`, none),
    cookie('<session with SQL>', () => `${SESSION}=' OR 1=1 --`, none),
    cookie('<session with traversal>', () => `${SESSION}=../../etc/passwd`, none),
    cookie('<session percent-encoded junk>', () => `${SESSION}=%ZZ%ED%A0%80%00`, none),
    cookie('<API token as session>', () => `${SESSION}=${FORGED_TOKEN}`, none),
    cookie('<session in quotes>', (s) => `${SESSION}="${s ?? FORGED_SESSION}"`, unclear),
    cookie('<unterminated quote>', () => `${SESSION}="abc`, none),
    cookie('<name only>', () => SESSION, none),
    cookie('<=;=;=>', () => '=;=;=;;;', none),
    cookie('<forged then real>', (s) => `${SESSION}=${FORGED_SESSION}${plusSession(s)}`, unclear),
    cookie('<real then forged>', (s) => `${s ? `${SESSION}=${s}; ` : ''}${SESSION}=${FORGED_SESSION}`, unclear),
    cookie('<500 cookies>', (s) => `${Array.from({ length: 500 }, (_, i) => `c${i}=${i}`).join('; ')}${plusSession(s)}`, kept),
    cookie('<__proto__ and constructor cookies>', (s) => `__proto__=admin; constructor=x; prototype=y${plusSession(s)}`, kept),
    cookie('<case-changed name>', (s) => `SINERGI_SESSION=${s ?? FORGED_SESSION}`, none),
    cookie('<16 kB header>', (s) => `pad=${'c'.repeat(16 * KB)}${plusSession(s)}`, kept),
  ];
}

export function authorizationPayloads(): Payload[] {
  const authorization = (label: string, value: (session: string | null) => string) =>
    withHeaders(`authorization: ${label}`, (session) => ({ authorization: value(session) }), unclear);
  return [
    authorization('<empty>', () => ''),
    authorization('Bearer <nothing>', () => 'Bearer '),
    authorization('Bearer x', () => 'Bearer x'),
    authorization('Bearer <forged API token>', () => `Bearer ${FORGED_TOKEN}`),
    authorization('bearer <lower-case scheme>', () => `bearer ${FORGED_TOKEN}`),
    authorization('Bearer <the session token>', (session) => `Bearer ${session ?? FORGED_SESSION}`),
    authorization('Bearer <10 kB token>', () => `Bearer sng_${'t'.repeat(10 * KB)}`),
    authorization('Bearer <SQL>', () => "Bearer sng_' OR 1=1 --"),
    authorization('Bearer <two tokens>', () => `Bearer ${FORGED_TOKEN}, Bearer ${FORGED_TOKEN}`),
    authorization('Basic admin:password', () => `Basic ${Buffer.from('hostile-admin@desk.go.id:correct horse battery staple').toString('base64')}`),
    authorization('Basic <not base64>', () => 'Basic %%%'),
    authorization('Digest', () => 'Digest username="admin", realm="x", nonce="1", uri="/", response="0"'),
  ];
}

export function languagePayloads(): Payload[] {
  const language = (label: string, value: string) => withHeaders(`accept-language: ${label}`, () => ({ 'accept-language': value }), kept);
  return [
    language('*', '*'),
    language('xx-XX', 'xx-XX'),
    language('en;q=abc', 'en;q=abc'),
    language('en;q=-1, id;q=0', 'en;q=-1, id;q=0'),
    language('en;q=1e309', 'en;q=1e309'),
    language(';;;,,,;q=', ';;;,,,;q='),
    language('__proto__', '__proto__, constructor;q=0.9'),
    language('<10 kB>', 'en-'.padEnd(10 * KB, 'x')),
    language('<1000 entries>', Array.from({ length: 1000 }, (_, i) => `x${i};q=0.${i % 10}`).join(',')),
    language('<Latin-1 bytes>', 'ën;q=0.5, ïd'),
  ];
}

/** Cookie-authenticated writes from anywhere but our own pages must be refused. */
const foreignWrite: Payload['mustFail'] = (endpoint, session) => session !== null && endpoint.method !== 'GET';

export function originPayloads(): Payload[] {
  const origin = (label: string, headers: Record<string, string>, foreign: boolean) =>
    withHeaders(label, () => headers, kept, foreign ? foreignWrite : undefined);
  return [
    origin('origin: null', { origin: 'null' }, true),
    origin('origin: http://evil.example', { origin: 'http://evil.example' }, true),
    origin('origin: http://localhost:80.evil.example', { origin: 'http://localhost:80.evil.example' }, true),
    origin('origin: http://localhost:8080', { origin: 'http://localhost:8080' }, true),
    origin('origin: <not a URL>', { origin: 'not a url' }, true),
    origin('origin: <10 kB>', { origin: `http://${'o'.repeat(10 * KB)}.example` }, true),
    origin('origin: http://LOCALHOST:80 (same origin, odd case)', { origin: 'http://LOCALHOST:80' }, false),
    origin('origin: <empty>, referer: http://evil.example/', { origin: '', referer: 'http://evil.example/' }, true),
    origin('host: [::1 (malformed)', { host: '[::1' }, true),
    withHeaders('user-agent: <10 kB>', () => ({ 'user-agent': 'u'.repeat(10 * KB) }), kept),
    withHeaders("user-agent: <SQL>", () => ({ 'user-agent': "'; drop table sessions; --" }), kept),
    withHeaders('x-forwarded-for: <junk>', () => ({ 'x-forwarded-for': "' OR 1=1 --, 999.999.999.999, ::ffff:zz" }), kept),
    withHeaders('accept: text/html', () => ({ accept: 'text/html' }), kept),
  ];
}

export function headerPayloads(): Payload[] {
  return [...cookiePayloads(), ...authorizationPayloads(), ...languagePayloads(), ...originPayloads()];
}
