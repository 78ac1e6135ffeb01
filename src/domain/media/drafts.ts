/**
 * What an article's reviewed fields give the meeting and incident forms (issue 9: "Make a meeting",
 * "Make an incident"): the desk completes the rest (organiser, times, severity) there.
 */
import type { Extraction } from '../extraction/types.js';
import type { EventType } from '../extraction/vocabulary.js';
import type { MeetingKind } from '../meetings/vocabulary.js';
import { incidentCategory } from '../incidents/categories.js';
import { timeZoneOfRegion, UTC_OFFSET_HOURS } from '../regions/timezones.js';

export interface ArticleForDraft {
  title: string | null;
  body: string;
  url: string | null;
  source: string | null;
  fields: Extraction;
}

const MAX_TITLE = 300;
const MAX_LEAD = 1500;
const MAX_DESCRIPTION = 10_000;

/** The first paragraph of the body (up to a bound, cut at a word). */
export function leadParagraph(body: string): string {
  const first = body.trim().split(/\n\s*\n/)[0]?.trim() ?? '';
  if (first.length <= MAX_LEAD) return first;
  const cut = first.slice(0, MAX_LEAD);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LEAD / 2)).trimEnd()}…`;
}

/** The title, else the start of the body: a meeting needs a title. */
function titleOf(article: ArticleForDraft): string {
  const title = article.title?.trim() || leadParagraph(article.body).split(/(?<=[.!?])\s/)[0] || '';
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}

function sourceLine(article: ArticleForDraft): string {
  const parts = [article.source, article.url].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `Sumber: ${parts.join(', ')}` : '';
}

/** The region most specific of those named (more code segments), the first named among equals. */
export function mostSpecificRegion(fields: Extraction): string | null {
  let best: string | null = null;
  for (const { code } of fields.regions) if (best === null || code.split('.').length > best.split('.').length) best = code;
  return best;
}

/** The meeting kind of an event type: a rakor by default, since a meeting is what the desk records. */
const MEETING_KIND: Readonly<Partial<Record<EventType, MeetingKind>>> = {
  deklarasi: 'apel_deklarasi',
  sosialisasi: 'sosialisasi',
  other: 'other',
};

export function meetingDraft(article: ArticleForDraft) {
  const { fields } = article;
  return {
    kind: MEETING_KIND[fields.event_type] ?? 'rakor',
    title: titleOf(article), date: fields.event_date, regionCodes: fields.regions.map((region) => region.code), regions: fields.regions,
    agencies: fields.agencies, people: fields.people, legalBasis: fields.regulations,
    summary: [leadParagraph(article.body), sourceLine(article)].filter(Boolean).join('\n\n'), sourceUrl: article.url,
  };
}

/**
 * The incident form's start: the first threat that is a category of the catalogue, the most specific
 * region, noon of the event's day in that region's zone (the form asks the real time), and a
 * description made of title, lead paragraph and source.
 */
export function incidentDraft(article: ArticleForDraft) {
  const { fields } = article;
  const category = fields.threats.find((threat) => incidentCategory(threat) !== null) ?? null;
  const regionCode = mostSpecificRegion(fields);
  const offset = UTC_OFFSET_HOURS[timeZoneOfRegion(regionCode ?? '31')];
  const occurredAt = fields.event_date ? new Date(Date.parse(`${fields.event_date}T12:00:00Z`) - offset * 3_600_000).toISOString() : null;
  const description = [article.title?.trim(), leadParagraph(article.body), sourceLine(article)].filter(Boolean).join('\n\n');
  return {
    category, regionCode, occurredAt, eventDate: fields.event_date,
    description: description.length <= MAX_DESCRIPTION ? description : description.slice(0, MAX_DESCRIPTION), sourceUrl: article.url,
  };
}
