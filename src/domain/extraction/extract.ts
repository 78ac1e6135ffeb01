import { findRegulationMentions } from '../regulations/normalise.js';
import { buildAgencyMatcher } from './agencies.js';
import { completeDate, contextYear, findDates } from './dates.js';
import { findDeadlines } from './deadlines.js';
import { classifyEvent } from './event-type.js';
import type { GazetteerSource } from './gazetteer.js';
import { findPeople } from './people.js';
import { buildPlaceIndex, findDateline, findPlaces, scanPlaceMentions } from './places.js';
import { findThreats } from './threats.js';
import { paragraphs, sentences, tokenize } from './tokens.js';
import type { ArticleInput, Evidence, ExtractionWithEvidence, Span } from './types.js';
import type { Threat } from './vocabulary.js';

/** Bumped whenever the rules change, so stored extractions say which rules made them. */
export const EXTRACTOR_VERSION = '3';

export type ArticleExtractor = (input: ArticleInput) => ExtractionWithEvidence;

/** Longest text read: news articles are a few kilobytes; a pasted book is cut, not refused. */
const MAX_TEXT = 100_000;

/**
 * The headline: a first line of a few words that is not a sentence of the story, before the story
 * begins (a line of 25 words or more is the story).
 */
function findHeadline(lines: readonly { start: number; end: number; text: string }[]): Span | null {
  // A headline heads a story: the last line of a text is never one.
  for (const line of lines.slice(0, Math.min(4, lines.length - 1))) {
    const text = line.text.trim();
    const words = text.split(/\s+/).length;
    if (words >= 25 || text.length > 200) return null;
    if (words >= 3 && text.length <= 160 && !/[.:]$/.test(text)) return { start: line.start, end: line.end };
  }
  return null;
}

/** Lines that repeat the headline (pages print it twice): no one is named there either. */
function headlineCopies(lines: readonly { start: number; end: number; text: string }[], text: string, headline: Span | null): Span[] {
  if (!headline) return [];
  const words = text.slice(headline.start, headline.end).trim();
  return lines.filter((line) => line.text.trim() === words).map((line) => ({ start: line.start, end: line.end }));
}

/** The lead: the first sentence of the first paragraph that reads like prose (a dozen words or more). */
function findLead(lines: readonly { start: number; end: number; text: string }[], sentenceSpans: readonly Span[], headline: Span | null): Span | null {
  for (const line of lines.slice(0, 8)) {
    if (headline && line.start <= headline.start) continue;
    if (line.text.trim().split(/\s+/).length < 8) continue;
    return sentenceSpans.find((sentence) => sentence.start >= line.start && sentence.start < line.end) ?? { start: line.start, end: line.end };
  }
  return null;
}

const inside = (span: Span, spans: readonly Span[]) => spans.some((other) => span.start >= other.start && span.end <= other.end);
const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Builds the extractor once (vocabularies compiled against the gazetteer); the result is pure. */
export function createArticleExtractor(gazetteer: GazetteerSource): ArticleExtractor {
  const placeIndex = buildPlaceIndex(gazetteer);
  const agencies = buildAgencyMatcher();

  return (input) => {
    const text = input.text.length > MAX_TEXT ? input.text.slice(0, MAX_TEXT) : input.text;
    const publishedOn = input.publishedOn ?? null;
    const tokens = tokenize(text);
    const lines = paragraphs(text);
    const sentenceSpans = sentences(text);
    const sentenceOf = (offset: number): Span => sentenceSpans.find((span) => offset >= span.start && offset < span.end) ?? { start: offset, end: offset };
    const evidence: Evidence[] = [];

    const regulationMentions = findRegulationMentions(text);
    for (const mention of regulationMentions) evidence.push({ field: 'regulations', value: mention.value, start: mention.start, end: mention.end });

    const headline = findHeadline(lines);
    const lead = findLead(lines, sentenceSpans, headline);
    const event = classifyEvent(text, headline, lead);
    if (event.evidence) evidence.push({ field: 'event_type', value: event.type, ...event.evidence });

    const year = contextYear(text, regulationMentions, publishedOn);
    const dates = findDates(text);
    // The event's date: the bracketed date news puts after the event ("Senin (21/11/2022)"), else the
    // first date with a day name, else the first full date after "pada"; a deadline's own date is skipped.
    const deadlinesByDate = findDeadlines(text, sentenceSpans, year, publishedOn, publishedOn);
    const eventDateMention = dates.find((date) => date.bracketed && !inside(date, deadlinesByDate))
      ?? dates.find((date) => date.withDayName && !inside(date, deadlinesByDate))
      ?? dates.find((date) => date.introduced && date.year !== null && !inside(date, deadlinesByDate)) ?? null;
    const eventDate = eventDateMention ? completeDate(eventDateMention, year, publishedOn) : null;
    if (eventDateMention && eventDate) evidence.push({ field: 'event_date', value: eventDate, start: eventDateMention.start, end: eventDateMention.end });
    const deadlines = publishedOn || !eventDate ? deadlinesByDate : findDeadlines(text, sentenceSpans, year, eventDate, publishedOn);

    const dateline = findDateline(lines, placeIndex);
    const scanned = scanPlaceMentions(text, tokens, placeIndex, agencies.isAgencyWord);
    const places = findPlaces(scanned, dateline);
    for (const mention of places) evidence.push({ field: 'regions', value: mention.place.code, start: mention.start, end: mention.end });

    const agencyMentions = agencies.find(text, regulationMentions);
    for (const mention of agencyMentions) evidence.push({ field: 'agencies', value: mention.code, start: mention.start, end: mention.end });

    const threatMentions = findThreats(text, sentenceOf, agencyMentions);
    for (const mention of threatMentions) evidence.push({ field: 'threats', value: mention.threat, start: mention.start, end: mention.end });
    const threats: Threat[] = unique(threatMentions.map((mention) => mention.threat));
    // A logistics-readiness story is about the logistics risk itself (corpus labels do the same).
    if (event.type === 'kesiapan_logistik' && !threats.includes('logistik')) {
      threats.push('logistik');
      if (event.evidence) evidence.push({ field: 'threats', value: 'logistik', ...event.evidence });
    }

    const placeTokens = new Set<number>();
    for (const mention of scanned.filter((raw) => !raw.insideName)) for (let index = mention.firstToken; index < mention.tokenEnd; index += 1) placeTokens.add(index);
    const skip = [...headlineCopies(lines, text, headline), ...regulationMentions];
    const people = findPeople({ text, tokens, placeTokens, isPlaceWord: (word) => placeIndex.words.has(word), isAgencyWord: agencies.isAgencyWord, skip });
    for (const person of people) evidence.push({ field: 'people', value: person.name, start: person.start, end: person.end });
    for (const deadline of deadlines) evidence.push({ field: 'deadlines', value: deadline.date, start: deadline.start, end: deadline.end });

    const regionCodes = unique(places.map((mention) => mention.place.code));
    return {
      event_type: event.type,
      event_date: eventDate,
      regions: regionCodes.map((code) => ({ code, name: placeIndex.byCode.get(code)!.name })),
      agencies: unique(agencyMentions.map((mention) => mention.code)),
      threats,
      regulations: unique(regulationMentions.map((mention) => mention.value)),
      people: people.map(({ name, position }) => ({ name, position })),
      deadlines: [...new Map(deadlines.map(({ date, what }) => [date, { date, what }])).values()],
      evidence: evidence.sort((a, b) => a.start - b.start),
    };
  };
}
