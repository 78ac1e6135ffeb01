import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditTime, canonicalForm, canonicalJson, changedFields, GENESIS_HASH, hashRow, REDACTED, storableText, verifyChain,
  type AuditRecord, type StoredAuditRecord,
} from './chain.js';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['booleans', [true, false], '[true,false]'],
    ['integers', [0, -7, 42], '[0,-7,42]'],
    ['negative zero reads back as zero', -0, '0'],
    ['shortest round-trip numbers', [1.5, 0.1 + 0.2, 1e21, 1e-7], '[1.5,0.30000000000000004,1e+21,1e-7]'],
    ['empty string and empty containers', ['', [], {}], '["",[],{}]'],
    ['escapes', 'quote " backslash \\ newline \n tab \t', '"quote \\" backslash \\\\ newline \\n tab \\t"'],
    ['control characters', '\u0001\u001f', '"\\u0001\\u001f"'],
    ['unicode is kept, not escaped', 'Kabupaten Bangli — Bali, 🗳️, جاوة', '"Kabupaten Bangli — Bali, 🗳️, جاوة"'],
    ['composed and decomposed accents stay distinct', ['\u00e9', 'e\u0301'], '["\u00e9","e\u0301"]'],
    ['lone surrogates become U+FFFD', ['\uD800x', 'x\uDC00'], '["\uFFFDx","x\uFFFD"]'],
    ['NUL becomes U+FFFD', 'a\u0000b', '"a\uFFFDb"'],
    ['keys sorted, no whitespace', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['keys sorted at every depth', { z: { y: [{ b: 1, a: 0 }], x: null }, a: 1 }, '{"a":1,"z":{"x":null,"y":[{"a":0,"b":1}]}}'],
    ['keys sorted by UTF-16 code units', { é: 1, z: 2, Z: 3, a: 4, '😀': 5, '\uFFFF': 6, '10': 7, '9': 8 },
      '{"10":7,"9":8,"Z":3,"a":4,"z":2,"é":1,"😀":5,"\uFFFF":6}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['undefined keys are dropped (missing)', { a: undefined, b: null }, '{"b":null}'],
    ['undefined in arrays is null', [undefined, 1], '[null,1]'],
    ['dates as ISO 8601', { at: new Date('2024-11-27T06:00:00.5Z') }, '{"at":"2024-11-27T06:00:00.500Z"}'],
    ['a __proto__ key is an ordinary key', JSON.parse('{"__proto__":{"x":1},"a":1}'), '{"__proto__":{"x":1},"a":1}'],
    ['objects without prototype', Object.assign(Object.create(null) as object, { b: 2, a: 1 }), '{"a":1,"b":2}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on key insertion order', () => {
    const one = { region: '51.06', votes: { b: [1, { y: 2, x: 1 }], a: 'é' } };
    const two = { votes: { a: 'é', b: [1, { x: 1, y: 2 }] }, region: '51.06' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it.each<[string, unknown]>([
    ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['bigint', 1n], ['symbol', Symbol('s')],
    ['function', () => 1], ['Map', new Map([['a', 1]])], ['class instance', new (class Point { x = 1 })()],
    ['nested', { a: [1, { b: Number.NaN }] }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});

describe('storableText', () => {
  it.each([
    ['plain', 'plain'], ['', ''], ['😀 pair kept', '😀 pair kept'], ['\uD83D', '\uFFFD'], ['\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a\u0000', 'a\uFFFD'],
  ])('%j → %j', (input, expected) => {
    expect(storableText(input)).toBe(expected);
  });
});

describe('auditTime', () => {
  it.each([
    ['2024-11-27T06:59:59.999Z', '2024-11-27T06:59:59.999Z'],
    ['2024-11-27T13:59:59.5+07:00', '2024-11-27T06:59:59.500Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('%s → %s', (input, expected) => {
    expect(auditTime(new Date(input))).toBe(expected);
  });

  it.each([['invalid', new Date('nope')], ['year 10000', new Date(Date.UTC(10_000, 0, 1))], ['year 0', new Date('0000-06-01T00:00:00Z')]])(
    'refuses %s',
    (_name, at) => {
      expect(() => auditTime(at)).toThrow(RangeError);
    },
  );
});

const base: AuditRecord = {
  id: 7,
  at: new Date('2024-11-27T06:00:00.123Z'),
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'Ni Made Ayu',
  action: 'incident.update',
  entityType: 'incident',
  entityId: 'i9',
  regionCode: '51.06',
  changes: { status: ['open', 'verified'] },
  ip: '10.0.0.1',
  client: 'web',
  prevHash: GENESIS_HASH,
};

describe('canonicalForm and hashRow', () => {
  it('is canonical JSON of every field but the hash', () => {
    expect(canonicalForm(base)).toBe(
      '{"action":"incident.update","actorId":"u1","actorLabel":"Ni Made Ayu","actorType":"user","at":"2024-11-27T06:00:00.123Z",' +
        '"changes":{"status":["open","verified"]},"client":"web","entityId":"i9","entityType":"incident","id":7,"ip":"10.0.0.1",' +
        `"prevHash":"${GENESIS_HASH}","regionCode":"51.06"}`,
    );
    expect(hashRow(base)).toBe(createHash('sha256').update(canonicalForm(base)).digest('hex'));
    expect(hashRow(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it.each<[keyof AuditRecord, AuditRecord[keyof AuditRecord]]>([
    ['id', 8], ['at', new Date('2024-11-27T06:00:00.124Z')], ['actorType', 'token'], ['actorId', null], ['actorLabel', 'Ni Made'],
    ['action', 'incident.create'], ['entityType', 'meeting'], ['entityId', 'i10'], ['regionCode', null], ['regionCode', '51.06.01'],
    ['changes', { status: ['open', 'closed'] }], ['changes', {}], ['ip', null], ['client', 'cli'], ['prevHash', 'f'.repeat(64)],
  ])('changes when %s changes', (field, value) => {
    expect(hashRow({ ...base, [field]: value })).not.toBe(hashRow(base));
  });

  it('does not depend on key order inside changes, nor on Date identity', () => {
    const reordered = { ...base, at: new Date(base.at.getTime()), changes: { b: [1, 2], a: [{ y: 1, x: 2 }, null] } };
    const again = { ...base, changes: { a: [{ x: 2, y: 1 }, null], b: [1, 2] } };
    expect(hashRow(reordered)).toBe(hashRow(again));
  });

  it('keeps null distinct from an empty string', () => {
    expect(hashRow({ ...base, ip: null })).not.toBe(hashRow({ ...base, ip: '' }));
  });
});

/** A valid chain with the given ids (gaps allowed), as appendAudit writes it. */
function chain(ids: number[]): StoredAuditRecord[] {
  const rows: StoredAuditRecord[] = [];
  for (const [index, id] of ids.entries()) {
    const record = { ...base, id, entityId: `e${id}`, changes: { n: [index, index + 1] }, prevHash: rows.at(-1)?.hash ?? GENESIS_HASH };
    rows.push({ ...record, hash: hashRow(record) });
  }
  return rows;
}
const ids = [1, 2, 3, 4, 5, 6];
const rehash = (row: AuditRecord): StoredAuditRecord => ({ ...row, hash: hashRow(row) });
/** Swaps everything but the ids of the rows at two positions. */
function swapContents(rows: StoredAuditRecord[], a: number, b: number): StoredAuditRecord[] {
  const copy = [...rows];
  copy[a] = { ...rows[b]!, id: rows[a]!.id };
  copy[b] = { ...rows[a]!, id: rows[b]!.id };
  return copy;
}

describe('verifyChain', () => {
  it.each<[string, StoredAuditRecord[], ReturnType<typeof verifyChain>]>([
    ['an empty table', [], { ok: true, count: 0 }],
    ['an intact chain', chain(ids), { ok: true, count: 6 }],
    ['id gaps left by rolled-back appends', chain([3, 4, 9, 10, 30]), { ok: true, count: 5 }],
    ['a truncated tail (undetectable without an anchor)', chain(ids).slice(0, 4), { ok: true, count: 4 }],
    ['edited changes', chain(ids).map((r) => (r.id === 3 ? { ...r, changes: { n: [9, 9] } } : r)), { ok: false, count: 2, firstBadId: 3, problem: 'edited' }],
    ['edited unicode label', chain(ids).map((r) => (r.id === 1 ? { ...r, actorLabel: 'Ni Madé Ayu' } : r)), { ok: false, count: 0, firstBadId: 1, problem: 'edited' }],
    ['edited time by one millisecond', chain(ids).map((r) => (r.id === 6 ? { ...r, at: new Date(r.at.getTime() + 1) } : r)), { ok: false, count: 5, firstBadId: 6, problem: 'edited' }],
    ['edited hash only', chain(ids).map((r) => (r.id === 2 ? { ...r, hash: 'a'.repeat(64) } : r)), { ok: false, count: 1, firstBadId: 2, problem: 'edited' }],
    ['edited and rehashed: breaks at the next row', chain(ids).map((r) => (r.id === 3 ? rehash({ ...r, action: 'x' }) : r)), { ok: false, count: 3, firstBadId: 4, problem: 'edited' }],
    ['prevHash rewritten and rehashed', chain(ids).map((r) => (r.id === 3 ? rehash({ ...r, prevHash: 'b'.repeat(64) }) : r)), { ok: false, count: 2, firstBadId: 3, problem: 'edited' }],
    ['a middle row deleted', chain(ids).filter((r) => r.id !== 3), { ok: false, count: 2, firstBadId: 4, problem: 'deleted' }],
    ['two middle rows deleted', chain(ids).filter((r) => r.id !== 3 && r.id !== 4), { ok: false, count: 2, firstBadId: 5, problem: 'deleted' }],
    ['the first row deleted', chain(ids).slice(1), { ok: false, count: 0, firstBadId: 2, problem: 'deleted' }],
    ['contents of two rows swapped', swapContents(chain(ids), 1, 4), { ok: false, count: 1, firstBadId: 2, problem: 'reordered' }],
    ['contents of neighbours swapped', swapContents(chain(ids), 2, 3), { ok: false, count: 2, firstBadId: 3, problem: 'reordered' }],
    ['the last two swapped', swapContents(chain(ids), 4, 5), { ok: false, count: 4, firstBadId: 5, problem: 'reordered' }],
    ['rows given out of id order: the skip shows first', [...chain(ids).slice(0, 2), chain(ids)[3]!, chain(ids)[2]!], { ok: false, count: 2, firstBadId: 4, problem: 'deleted' }],
    ['a row renumbered into a gap', chain([1, 2, 5, 6]).map((r) => (r.id === 5 ? { ...r, id: 4 } : r)), { ok: false, count: 2, firstBadId: 4, problem: 'edited' }],
  ])('%s', (_name, rows, verdict) => {
    expect(verifyChain(rows)).toEqual(verdict);
  });

  it('calls ids that go backwards reordered and a repeated id inserted', () => {
    const rows = chain(ids);
    const back = rehash({ ...rows[2]!, id: 1, prevHash: rows[1]!.hash });
    expect(verifyChain([rows[0]!, rows[1]!, back])).toEqual({ ok: false, count: 2, firstBadId: 1, problem: 'reordered' });
    const repeated = rehash({ ...rows[2]!, id: 2, prevHash: rows[1]!.hash });
    expect(verifyChain([rows[0]!, rows[1]!, repeated])).toEqual({ ok: false, count: 2, firstBadId: 2, problem: 'inserted' });
  });

  it('names a forged row inserted into an id gap', () => {
    const rows = chain([1, 2, 4, 5]);
    const forged = rehash({ ...base, id: 3, prevHash: rows[1]!.hash });
    expect(verifyChain([rows[0]!, rows[1]!, forged, rows[2]!, rows[3]!])).toEqual({ ok: false, count: 2, firstBadId: 3, problem: 'inserted' });
    // A forged row with a made-up hash shows as an edit of that row.
    const crude = { ...base, id: 3, prevHash: rows[1]!.hash, hash: 'c'.repeat(64) };
    expect(verifyChain([rows[0]!, rows[1]!, crude, rows[2]!])).toEqual({ ok: false, count: 2, firstBadId: 3, problem: 'edited' });
  });

  it('reads a lazy iterable and stops at the verdict', () => {
    let read = 0;
    const rows = chain(ids).filter((r) => r.id !== 2);
    function* lazy() {
      for (const row of rows) {
        read += 1;
        yield row;
      }
    }
    expect(verifyChain(lazy())).toMatchObject({ ok: false, firstBadId: 3, problem: 'deleted' });
    expect(read).toBe(2);
  });
});

describe('changedFields', () => {
  const when = new Date('2024-11-27T06:00:00.000Z');
  it.each<[string, Record<string, unknown> | null, Record<string, unknown> | null, Record<string, unknown>]>([
    ['nothing changed', { a: 1, b: 'x' }, { b: 'x', a: 1 }, {}],
    ['a changed value', { status: 'open' }, { status: 'verified' }, { status: ['open', 'verified'] }],
    ['null and missing are both no value', { a: null }, {}, {}],
    ['undefined is missing', { a: undefined }, { a: null }, {}],
    ['a new field', {}, { note: 'baru' }, { note: [null, 'baru'] }],
    ['a removed field', { note: 'lama' }, { note: null }, { note: ['lama', null] }],
    ['a creation', null, { name: 'Posko Bangli', region: '51.06', closed: null }, { name: [null, 'Posko Bangli'], region: [null, '51.06'] }],
    ['a deletion', { name: 'Posko Bangli' }, null, { name: ['Posko Bangli', null] }],
    ['nested key order is not a change', { tags: { b: [1], a: { y: 1, x: 2 } } }, { tags: { a: { x: 2, y: 1 }, b: [1] } }, {}],
    ['a nested change records whole values', { tags: { a: 1, b: 2 } }, { tags: { a: 1, b: 3 } }, { tags: [{ a: 1, b: 2 }, { a: 1, b: 3 }] }],
    ['array order is a change', { list: [1, 2] }, { list: [2, 1] }, { list: [[1, 2], [2, 1]] }],
    ['a number is not its string', { n: 1 }, { n: '1' }, { n: [1, '1'] }],
    ['false is not null', { f: false }, { f: null }, { f: [false, null] }],
    ['-0 equals 0', { n: -0 }, { n: 0 }, {}],
    ['a date equals its ISO text', { at: when }, { at: '2024-11-27T06:00:00.000Z' }, {}],
    ['dates recorded as ISO text', { at: when }, { at: new Date('2024-11-28T00:00:00Z') }, { at: ['2024-11-27T06:00:00.000Z', '2024-11-28T00:00:00.000Z'] }],
    ['unicode values', { name: 'Denpasar' }, { name: 'Dénpasar 🗳️' }, { name: ['Denpasar', 'Dénpasar 🗳️'] }],
    ['composed vs decomposed is a change', { name: 'é' }, { name: 'e\u0301' }, { name: ['é', 'e\u0301'] }],
    ['redacted when changed', { passwordHash: 'old', name: 'a' }, { passwordHash: 'new', name: 'a' }, { passwordHash: [REDACTED, REDACTED] }],
    ['redacted when first set', null, { passwordHash: 'h', name: 'a' }, { passwordHash: [REDACTED, REDACTED], name: [null, 'a'] }],
    ['absent when a redacted field did not change', { passwordHash: 'h' }, { passwordHash: 'h' }, {}],
  ])('%s', (_name, before, after, expected) => {
    expect(changedFields(before, after, ['passwordHash'])).toEqual(expected);
  });

  it('lists fields in sorted order and keeps a "__proto__" field as a field', () => {
    const after = JSON.parse('{"z":1,"__proto__":2,"a":3}') as Record<string, unknown>;
    const changes = changedFields({}, after);
    expect(Object.keys(changes)).toEqual(['__proto__', 'a', 'z']);
    expect(Object.getPrototypeOf(changes)).toBe(Object.prototype);
  });

  it('never records a redacted value anywhere', () => {
    const changes = changedFields({ passwordHash: 'secret-1' }, { passwordHash: 'secret-2' }, ['passwordHash']);
    expect(canonicalJson(changes)).not.toMatch(/secret/);
  });
});
