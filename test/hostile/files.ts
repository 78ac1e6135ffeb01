/**
 * Uploaded files for the hostile-input suite: CSV text, zip archives and XLSX workbooks built byte by
 * byte (synchronously, without the spreadsheet library under test), and multipart/form-data bodies.
 */
import { deflateRawSync } from 'node:zlib';

/* ------------------------------------------------------------------------------------------------
 * Zip archives
 * ---------------------------------------------------------------------------------------------- */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** A zip archive (deflated entries, no extras): what an XLSX file is made of. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/* ------------------------------------------------------------------------------------------------
 * XLSX workbooks
 * ---------------------------------------------------------------------------------------------- */

const xmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell: text (an inline string), or a formula with the value a spreadsheet cached for it. */
export type XlsxCell = string | { readonly formula: string; readonly cached: string };

/** The <sheetData> rows of a worksheet. */
export function sheetRows(rows: readonly (readonly XlsxCell[])[]): string {
  return rows
    .map((cells, r) => {
      const xml = cells.map((cell, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        return typeof cell === 'string'
          ? `<c r="${ref}" t="inlineStr"><is><t>${xmlText(cell)}</t></is></c>`
          : `<c r="${ref}" t="str"><f>${xmlText(cell.formula)}</f><v>${xmlText(cell.cached)}</v></c>`;
      });
      return `<row r="${r + 1}">${xml.join('')}</row>`;
    })
    .join('');
}

export interface WorkbookParts {
  /** Everything inside <sheetData> (see sheetRows), or a whole replacement sheet document. */
  readonly sheetData?: string;
  readonly sheetXml?: string;
  /** Prepended to the sheet document, after the XML declaration (a DOCTYPE). */
  readonly doctype?: string;
  /** More archive entries (or replacements: later entries of one name win in most readers). */
  readonly extra?: readonly ZipEntry[];
  /** Leave out the workbook part, so that the archive is a zip but no workbook. */
  readonly withoutWorkbook?: boolean;
}

/** A minimal XLSX workbook with one sheet, "Units". */
export function xlsx(parts: WorkbookParts): Buffer {
  const sheet = parts.sheetXml
    ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${parts.doctype ?? ''}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.sheetData ?? ''}</sheetData></worksheet>`;
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    ...(parts.withoutWorkbook ? [] : [
      {
        name: 'xl/workbook.xml',
        content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Units" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      },
    ]),
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
    ...(parts.extra ?? []),
  ];
  return zip(entries);
}

/* ------------------------------------------------------------------------------------------------
 * CSV
 * ---------------------------------------------------------------------------------------------- */

/** One CSV cell, quoted when it must be. */
export function csvCell(text: string): string {
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

/* ------------------------------------------------------------------------------------------------
 * multipart/form-data
 * ---------------------------------------------------------------------------------------------- */

export const MULTIPART_BOUNDARY = 'sinergi-hostile-7d3a91';

/** One part of a multipart/form-data body. */
export interface MultipartPart {
  readonly name: string;
  /** Present for a file part. */
  readonly filename?: string;
  readonly contentType?: string;
  readonly content: string | Uint8Array;
  /** Replaces the part's header lines as written (for malformed headers). */
  readonly rawHeaders?: string;
}

export function partHeaders(part: MultipartPart): string {
  if (part.rawHeaders !== undefined) return part.rawHeaders;
  const disposition = `Content-Disposition: form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
  return part.contentType === undefined ? disposition : `${disposition}\r\nContent-Type: ${part.contentType}`;
}

export function multipartBody(parts: readonly MultipartPart[], boundary = MULTIPART_BOUNDARY, newline = '\r\n'): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}${newline}${partHeaders(part).replaceAll('\r\n', newline)}${newline}${newline}`, 'utf8'));
    chunks.push(typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : Buffer.from(part.content));
    chunks.push(Buffer.from(newline, 'utf8'));
  }
  chunks.push(Buffer.from(`--${boundary}--${newline}`, 'utf8'));
  return Buffer.concat(chunks);
}
