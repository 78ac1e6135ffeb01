import type { EventType, Threat } from './vocabulary.js';

/** Where in the analysed text a value was read: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of evidence: the field, the value it supports (as printed) and where it was read. */
export interface Evidence extends Span {
  field: 'event_type' | 'event_date' | 'regions' | 'agencies' | 'threats' | 'regulations' | 'people' | 'deadlines';
  value: string;
}

export interface ExtractedRegion {
  code: string;
  name: string;
}

export interface ExtractedPerson {
  name: string;
  position: string | null;
}

export interface ExtractedDeadline {
  /** ISO date. */
  date: string;
  what: string;
}

/** The fields of the corpus's prediction object (../shared/corpus/README.md), in its spelling. */
export interface Extraction {
  event_type: EventType;
  event_date: string | null;
  regions: ExtractedRegion[];
  agencies: string[];
  threats: Threat[];
  regulations: string[];
  people: ExtractedPerson[];
  deadlines: ExtractedDeadline[];
}

/** An extraction with the words each value came from, for review screens. */
export interface ExtractionWithEvidence extends Extraction {
  evidence: Evidence[];
}

/** What the extractor reads: the article text and, when known, its title and publication date. */
export interface ArticleInput {
  text: string;
  /** ISO date (YYYY-MM-DD) the article was published, used to complete partial dates like "(30/07)". */
  publishedOn?: string | null;
}
