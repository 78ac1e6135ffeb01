import { describe, expect, it } from 'vitest';
import { PILKADA_2024 } from '../elections/pilkada-2024.js';
import { DEFAULT_READINESS_TEMPLATES, READINESS_DOMAIN_LABELS, READINESS_DOMAINS } from './default-templates.js';

const CODE = /^[a-z0-9][a-z0-9._-]{0,39}$/;
type Text = { id: string; en: string };

function expectBilingual(text: Text, where: string): void {
  expect(text.id.trim(), `${where} (id)`).not.toBe('');
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
}

describe('DEFAULT_READINESS_TEMPLATES', () => {
  it('covers every readiness domain with at least one template', () => {
    for (const domain of READINESS_DOMAINS) {
      expect(DEFAULT_READINESS_TEMPLATES.some((t) => t.domain === domain), domain).toBe(true);
    }
    for (const t of DEFAULT_READINESS_TEMPLATES) expect(READINESS_DOMAINS).toContain(t.domain);
  });

  it('ships 8–12 templates of 4–8 items each', () => {
    expect(DEFAULT_READINESS_TEMPLATES.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_READINESS_TEMPLATES.length).toBeLessThanOrEqual(12);
    for (const t of DEFAULT_READINESS_TEMPLATES) {
      expect(t.items.length, t.code).toBeGreaterThanOrEqual(4);
      expect(t.items.length, t.code).toBeLessThanOrEqual(8);
    }
  });

  it('uses unique template codes and item codes unique within each template, all matching the pattern', () => {
    const codes = DEFAULT_READINESS_TEMPLATES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of DEFAULT_READINESS_TEMPLATES) {
      expect(t.code).toMatch(CODE);
      const itemCodes = t.items.map((i) => i.code);
      expect(new Set(itemCodes).size, t.code).toBe(itemCodes.length);
      for (const c of itemCodes) expect(c).toMatch(CODE);
    }
  });

  it('gives every item a weight from 1 to 3', () => {
    for (const t of DEFAULT_READINESS_TEMPLATES) {
      for (const i of t.items) {
        expect(i.weight, `${t.code}/${i.code}`).toBeGreaterThan(0);
        expect(Number.isInteger(i.weight) && i.weight <= 3, `${t.code}/${i.code}`).toBe(true);
      }
    }
  });

  it('has titles, labels and guidance in both languages', () => {
    for (const domain of READINESS_DOMAINS) expectBilingual(READINESS_DOMAIN_LABELS[domain], domain);
    for (const t of DEFAULT_READINESS_TEMPLATES) {
      expectBilingual(t.title, t.code);
      for (const i of t.items) {
        expectBilingual(i.label, `${t.code}/${i.code} label`);
        expectBilingual(i.guidance, `${t.code}/${i.code} guidance`);
        expect(i.guidance.id, `${t.code}/${i.code}`).not.toBe(i.guidance.en);
      }
    }
  });

  it('links templates only to stages that exist in Pilkada 2024', () => {
    const stageCodes = new Set(PILKADA_2024.stages.map((s) => s.code));
    for (const t of DEFAULT_READINESS_TEMPLATES) {
      if (t.stageCode !== null) expect(stageCodes.has(t.stageCode), `${t.code} → ${t.stageCode}`).toBe(true);
    }
    expect(DEFAULT_READINESS_TEMPLATES.some((t) => t.stageCode !== null)).toBe(true);
  });
});
