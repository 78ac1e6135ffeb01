/**
 * Vulnerability scores and readiness assessments for the dashboard's regions panel, entered through
 * the features' own API as their tests do (a small model copied from the default, edited and
 * published; two small checklists; values and assessments by the admin), so every figure of the
 * panel can be worked out by hand. Not a test file.
 */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { requestAs } from '../../../test/helpers.js';
import type { openDashboardDesk } from './test-desk.js';
import { label, SMALL_VULNERABILITY_MODEL } from '../../../test/vulnerability-model.js';

type Desk = Awaited<ReturnType<typeof openDashboardDesk>>;

/**
 * Values of 2024 per region: [i1, i2, i3], scored by the small model of test/vulnerability-model.ts:
 * score = (3·d1 + d2)/4 with d1 = the mean of i1 (0–10 cases, worse) and i2 (0–50 %, worse) as percents
 * of their scale, d2 = 100 − i3 (0–100 %, better); the score each gives is beside it and in the tests.
 */
export const VULNERABILITY_VALUES: readonly (readonly [string, number, number, number])[] = [
  ['51', 5, 10, 70], // d1 = (50 + 20)/2 = 35, d2 = 30: (105 + 30)/4 = 33.75
  ['52', 8, 30, 60], // d1 = (80 + 60)/2 = 70, d2 = 40: (210 + 40)/4 = 62.5
  ['31', 2, 5, 80], // d1 = (20 + 10)/2 = 15, d2 = 20: (45 + 20)/4 = 16.25
  ['51.06', 8, 25, 40], // d1 = (80 + 50)/2 = 65, d2 = 60: (195 + 60)/4 = 63.75
  ['51.71', 6, 20, 50], // d1 = (60 + 40)/2 = 50, d2 = 50: (150 + 50)/4 = 50
  ['51.03', 2, 10, 90], // d1 = (20 + 20)/2 = 20, d2 = 10: (60 + 10)/4 = 17.5
];

/**
 * Two checklists: logistik with items of weight 3, 2, 1 and anggaran with two of weight 1; siap
 * counts its weight, sebagian half, belum nothing. Per region the statuses given (none: not assessed).
 */
export const READINESS_ASSESSMENTS: readonly { region: string; logistik?: string[]; anggaran?: string[] }[] = [
  { region: '51', logistik: ['siap', 'siap', 'belum'] }, // logistik 100·5/6 = 83.33; anggaran not assessed
  { region: '51.06', logistik: ['siap', 'sebagian', 'belum'], anggaran: ['siap', 'siap'] }, // 100·4/6 = 66.67; 100
  { region: '51.03', logistik: ['sebagian', 'sebagian', 'sebagian'], anggaran: ['belum', 'siap'] }, // 50; 50
  { region: '51.71', logistik: ['belum', 'belum', 'siap'] }, // 100·1/6 = 16.67
  { region: '51.04', anggaran: ['siap', 'belum'] }, // 50
  { region: '52', logistik: ['siap', 'siap', 'siap'] }, // 100
];

export async function seedRegionFigures(desk: Desk): Promise<void> {
  const admin = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => requestAs(desk.app, desk.sessions.admin, method, url, payload);
  const ok = async (response: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
    const done = await response;
    expect(done.statusCode, done.body).toBe(status);
    return done.json() as { id: number; rowVersion: number };
  };

  const defaultModel = ((await admin('GET', '/vulnerability/models')).json() as { id: number }[])[0]!;
  const copy = await ok(admin('POST', `/vulnerability/models/${defaultModel.id}/copy`), 201);
  const saved = await ok(admin('PUT', `/vulnerability/models/${copy.id}`, { rowVersion: copy.rowVersion, name: label('IKP dasbor'), definition: SMALL_VULNERABILITY_MODEL }));
  await ok(admin('POST', `/vulnerability/models/${copy.id}/publish`, { rowVersion: saved.rowVersion }));
  for (const [regionCode, i1, i2, i3] of VULNERABILITY_VALUES) {
    await ok(admin('PUT', '/vulnerability/values', { model: copy.id, period: '2024', regionCode, values: { i1, i2, i3 } }));
  }

  // Checklists are reference data (no API writes them): inserted as the readiness tests do.
  const template = async (code: string, domain: string, weights: number[]) => {
    const items = weights.map((weight, i) => ({ code: `b${i + 1}`, label: label(`Butir ${i + 1}`), guidance: label('Panduan'), weight }));
    const rows = await desk.database.db.execute<{ id: number }>(sql`
      insert into readiness_templates (code, version, domain, stage_code, title_id, title_en, items)
      values (${code}, 1, ${domain}, null, ${`Uji ${code}`}, ${`Test ${code}`}, ${JSON.stringify(items)}::jsonb) returning id`);
    return Number(rows.rows[0]!.id);
  };
  const templates = { logistik: await template('dasbor-logistik', 'logistik', [3, 2, 1]), anggaran: await template('dasbor-anggaran', 'anggaran', [1, 1]) };
  for (const { region, ...domains } of READINESS_ASSESSMENTS) {
    for (const domain of ['logistik', 'anggaran'] as const) {
      const statuses = domains[domain];
      if (!statuses) continue;
      await ok(admin('POST', '/readiness/assessments', {
        templateId: templates[domain], regionCode: region, assessedOn: '2024-11-20', items: statuses.map((status, i) => ({ code: `b${i + 1}`, status })),
      }), 201);
    }
  }
}
