import type { TFunction } from 'i18next';

const PARTS = ['format', 'region', 'category', 'description'] as const;
const REASONS = ['no_keyword', 'no_separator', 'missing', 'invalid_code', 'unknown', 'not_found', 'ambiguous'] as const;

/** "Wilayah: tidak ditemukan (“Bangly”)": one of the gateway's problems with a message, in the UI language. */
export function problemText(t: TFunction, problem: Record<string, unknown>): string {
  const part = (PARTS as readonly unknown[]).includes(problem.part) ? t(`incidents.triage.part.${problem.part as (typeof PARTS)[number]}`) : String(problem.part ?? '');
  const reason = (REASONS as readonly unknown[]).includes(problem.reason) ? t(`incidents.triage.reason.${problem.reason as (typeof REASONS)[number]}`) : String(problem.reason ?? '');
  const text = typeof problem.text === 'string' && problem.text ? ` (“${problem.text}”)` : '';
  return `${part}: ${reason}${text}`;
}
