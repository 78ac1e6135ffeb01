import { createArticleExtractor, type ArticleExtractor } from '../../domain/extraction/extract.js';
import { readGazetteerSource } from './gazetteer-file.js';

export { EXTRACTOR_VERSION } from '../../domain/extraction/extract.js';

let shared: ArticleExtractor | undefined;

/** The process's one extractor, built on first use from the embedded gazetteer. */
export function articleExtractor(): ArticleExtractor {
  shared ??= createArticleExtractor(readGazetteerSource());
  return shared;
}
