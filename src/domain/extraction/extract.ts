import { findRegulations } from '../regulations/normalise.js';
import type { GazetteerSource } from './gazetteer.js';
import type { ArticleInput, ExtractionWithEvidence } from './types.js';

/** Bumped whenever the rules change, so stored extractions say which rules made them. */
export const EXTRACTOR_VERSION = '1';

export type ArticleExtractor = (input: ArticleInput) => ExtractionWithEvidence;

/** Builds the extractor once (vocabularies compiled against the gazetteer); the result is pure. */
export function createArticleExtractor(_gazetteer: GazetteerSource): ArticleExtractor {
  return (input) => ({
    event_type: 'other',
    event_date: null,
    regions: [],
    agencies: [],
    threats: [],
    regulations: findRegulations(input.text),
    people: [],
    deadlines: [],
    evidence: [],
  });
}
