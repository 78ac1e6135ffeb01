import type { Extraction } from './api';

/**
 * The fields as the reviewer sends them: texts trimmed, empty rows (a person without a name, a deadline
 * with neither date nor text) dropped, an empty position or date as null. The server checks the rest.
 */
export function cleanFields(draft: Extraction): Extraction {
  const text = (value: string | null | undefined) => (value ?? '').trim();
  return {
    event_type: draft.event_type,
    event_date: text(draft.event_date) || null,
    regions: draft.regions,
    agencies: draft.agencies,
    threats: draft.threats,
    regulations: draft.regulations.map(text).filter(Boolean),
    people: draft.people.filter((person) => text(person.name) !== '').map((person) => ({ name: text(person.name), position: text(person.position) || null })),
    deadlines: draft.deadlines.filter((deadline) => text(deadline.date) !== '' || text(deadline.what) !== '')
      .map((deadline) => ({ date: text(deadline.date), what: text(deadline.what) })),
  };
}

/** Whether the reviewer changed anything (after cleaning both sides the same way). */
export function isChanged(saved: Extraction, draft: Extraction): boolean {
  return JSON.stringify(cleanFields(saved)) !== JSON.stringify(cleanFields(draft));
}
