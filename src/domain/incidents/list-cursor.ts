/**
 * The keyset cursor of the incident list. The list runs latest event first, (occurred_at, id)
 * descending; a cursor names the last row of a page, so the next page starts right after it by an
 * index seek however deep it is (an offset walks past every row it skips: page 2,000 of a million
 * reports reads 100,000 of them). The instant keeps PostgreSQL's microseconds so that no row with
 * the same millisecond is skipped or repeated. Opaque to clients (base64url), validated on the way in.
 */
export interface ListCursor {
  /** occurred_at in UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
  occurredAt: string;
  id: number;
}

const SHAPE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)~([1-9]\d{0,9})$/;
export const MAX_CURSOR_LENGTH = 60;

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.occurredAt}~${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this server made. */
export function decodeListCursor(text: string): ListCursor | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const match = SHAPE.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match) return null;
  const [, occurredAt, id] = match as unknown as [string, string, string];
  // A real calendar instant (no 30 February), and an id PostgreSQL's integer holds.
  if (Number.isNaN(Date.parse(occurredAt)) || new Date(Date.parse(occurredAt)).toISOString().slice(0, 19) !== occurredAt.slice(0, 19)) return null;
  const number = Number(id);
  return number <= 2_147_483_647 ? { occurredAt, id: number } : null;
}
