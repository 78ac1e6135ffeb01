/**
 * What the desk holds true about an article (`fields`): taken from the machine's extraction, checked
 * when a reviewer saves them, and compared field by field so that each correction is kept.
 */
import { EVENT_TYPES, EXTRACTION_AGENCIES, THREATS, type EventType, type Threat } from '../extraction/vocabulary.js';
import type { Extraction, ExtractionWithEvidence } from '../extraction/types.js';

export const FIELD_NAMES = ['event_type', 'event_date', 'regions', 'agencies', 'threats', 'regulations', 'people', 'deadlines'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The extraction without its evidence: the fields an unreviewed article holds. */
export function fieldsOf(extraction: ExtractionWithEvidence | Extraction): Extraction {
  return {
    event_type: extraction.event_type, event_date: extraction.event_date, regions: extraction.regions.map(({ code, name }) => ({ code, name })),
    agencies: [...extraction.agencies], threats: [...extraction.threats], regulations: [...extraction.regulations],
    people: extraction.people.map(({ name, position }) => ({ name, position })), deadlines: extraction.deadlines.map(({ date, what }) => ({ date, what })),
  };
}

/** True for a calendar day that exists, written YYYY-MM-DD. */
export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return year >= 1 && at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/** Fields as a reviewer sends them: regions by code (names come from the gazetteer). */
export interface FieldsInput {
  event_type: string;
  event_date: string | null;
  regions: { code: string }[];
  agencies: string[];
  threats: string[];
  regulations: string[];
  people: { name: string; position?: string | null }[];
  deadlines: { date: string; what: string }[];
}

/** One refusal: the field, what is wrong (a catalogue key) and the values at fault. */
export interface FieldProblem {
  field: FieldName;
  problem: 'unknown' | 'date' | 'empty';
  values: string[];
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * Checks and tidies a reviewer's fields against the vocabularies and the gazetteer (`regionName`:
 * the name of a known region code, undefined for an unknown one). Lists repeat nothing.
 */
export function checkFields(input: FieldsInput, regionName: (code: string) => string | undefined): { fields: Extraction } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const refuse = (field: FieldName, problem: FieldProblem['problem'], values: string[]) => {
    if (values.length > 0) problems.push({ field, problem, values: values.slice(0, 10) });
  };
  refuse('event_type', 'unknown', (EVENT_TYPES as readonly string[]).includes(input.event_type) ? [] : [input.event_type]);
  const eventDate = input.event_date === null || input.event_date === '' ? null : input.event_date;
  refuse('event_date', 'date', eventDate !== null && !isRealDay(eventDate) ? [eventDate] : []);
  const codes = unique(input.regions.map((region) => region.code));
  refuse('regions', 'unknown', codes.filter((code) => regionName(code) === undefined));
  const agencies = unique(input.agencies.map((agency) => agency.toUpperCase()));
  refuse('agencies', 'unknown', agencies.filter((agency) => !(EXTRACTION_AGENCIES as readonly string[]).includes(agency)));
  const threats = unique(input.threats);
  refuse('threats', 'unknown', threats.filter((threat) => !(THREATS as readonly string[]).includes(threat)));
  refuse('regulations', 'empty', input.regulations.some((regulation) => regulation.length === 0) ? [''] : []);
  refuse('people', 'empty', input.people.some((person) => person.name.length === 0) ? [''] : []);
  refuse('deadlines', 'date', input.deadlines.filter((deadline) => !isRealDay(deadline.date)).map((deadline) => deadline.date));
  refuse('deadlines', 'empty', input.deadlines.some((deadline) => deadline.what.length === 0) ? [''] : []);
  if (problems.length > 0) return { problems };
  return {
    fields: {
      event_type: input.event_type as EventType,
      event_date: eventDate,
      regions: codes.map((code) => ({ code, name: regionName(code)! })),
      agencies,
      threats: threats as Threat[],
      regulations: unique(input.regulations),
      people: input.people.map((person) => ({ name: person.name, position: person.position ? person.position : null })),
      deadlines: input.deadlines.map((deadline) => ({ date: deadline.date, what: deadline.what })),
    },
  };
}

/** How a field compares: regions by code only (a name is the gazetteer's, not the reviewer's). */
function comparable(fields: Extraction, field: FieldName): string {
  if (field === 'regions') return JSON.stringify(fields.regions.map((region) => region.code));
  return JSON.stringify(fields[field]);
}

/** The fields whose value differs between two versions, in FIELD_NAMES order. */
export function changedFields(before: Extraction, after: Extraction): FieldName[] {
  return FIELD_NAMES.filter((field) => comparable(before, field) !== comparable(after, field));
}
