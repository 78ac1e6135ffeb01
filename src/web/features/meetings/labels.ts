import type { TFunction } from 'i18next';

/** "T2" / "F2": a finding's number in the meeting, as the minutes print it. */
export function findingLabel(t: TFunction, findings: readonly { id: number }[], id: number): string {
  const index = findings.findIndex((finding) => finding.id === id);
  return index < 0 ? `#${id}` : t('meetings.findingNo', { n: index + 1 });
}

/** "S1": a strategy's number in the meeting. */
export function strategyLabel(t: TFunction, strategies: readonly { id: number }[], id: number): string {
  const index = strategies.findIndex((strategy) => strategy.id === id);
  return index < 0 ? `#${id}` : t('meetings.strategyNo', { n: index + 1 });
}

/** The first words of a long text, for lists of choices. */
export function excerpt(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
