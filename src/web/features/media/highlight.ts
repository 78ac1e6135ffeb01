import type { EvidenceItem as Evidence } from './api';
import type { FieldName } from './fields';

/** A run of the article text and the evidence covering all of it (none: plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  evidence: Evidence[];
}

/**
 * The text cut at every evidence boundary, so overlapping evidence (a person inside a sentence that also
 * names a region) still marks each character once. Offsets outside the text or reversed are ignored:
 * a stale extraction must not break the page.
 */
export function segmentsOf(text: string, evidence: readonly Evidence[]): Segment[] {
  const usable = evidence.filter((item) => Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0 && item.end <= text.length && item.start < item.end);
  const cuts = new Set<number>([0, text.length]);
  for (const item of usable) cuts.add(item.start).add(item.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    segments.push({ start, end, text: text.slice(start, end), evidence: usable.filter((item) => item.start <= start && item.end >= end) });
  }
  return segments;
}

/** The value a field of the form shows, to find the evidence it came from. */
export interface FieldFocus {
  field: FieldName;
  /** The ways the value may be printed in the evidence (a region's code and its name, a person's name). */
  values: string[];
}

const fold = (value: string) => value.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/**
 * Whether a piece of evidence supports the focused value: same field, and the printed value names it
 * (either way round, so "Gianyar" matches "Kabupaten Gianyar").
 */
export function supports(item: Evidence, focus: FieldFocus | null): boolean {
  if (!focus || item.field !== focus.field) return false;
  const printed = fold(item.value);
  if (printed === '') return false;
  return focus.values.map(fold).filter(Boolean).some((value) => value === printed || printed.includes(value) || value.includes(printed));
}
