import type { ArticleLink } from './api';

/**
 * What the media review hands to the meeting and incident forms through the router's location state:
 * the form's starting values and the article to link the new record back to. Pages read it with the
 * readers below, so a reload or a visit without state opens the ordinary blank form.
 */
export interface FromArticle<Values> {
  fromArticle: { id: number; title: string };
  values: Values;
}

function isFromArticle(state: unknown): state is FromArticle<Record<string, unknown>> {
  if (typeof state !== 'object' || state === null) return false;
  const { fromArticle, values } = state as Partial<FromArticle<unknown>>;
  return typeof fromArticle === 'object' && fromArticle !== null && Number.isInteger(fromArticle.id) && typeof values === 'object' && values !== null;
}

/** The prefill in a location state, or null when the page was opened any other way. */
export function prefillOf<Values>(state: unknown): FromArticle<Partial<Values>> | null {
  return isFromArticle(state) ? (state as FromArticle<Partial<Values>>) : null;
}

export type { ArticleLink };
