// @rowanmanning/feed-parser, chosen over feedsmith and bare fast-xml-parser: it reads RSS 2.0 and Atom
// into one item shape (content:encoded/content, description/summary, published/updated), resolves
// relative links against the feed's own address, is lenient with the malformed feeds real news sites
// publish (tested by its authors against real-world feeds), and supports Node 20. It parses with
// fast-xml-parser, which expands no external entities.
import { parseFeed } from '@rowanmanning/feed-parser';
import { MAX_ARTICLE_BODY_CHARS } from '../../domain/media/article-file.js';
import { htmlToText } from '../../domain/media/html-text.js';
import { FeedFetchFailure } from './fetch.js';

/** Items read from one poll at most: a feed is a window of recent news, not an archive. */
export const MAX_ITEMS_PER_POLL = 200;
const MAX_TITLE_LENGTH = 1000;

/** One feed item as an article-to-be: plain text, its link and when it was published. */
export interface FeedEntry {
  title: string | null;
  url: string | null;
  /** Plain text of content:encoded / content, else description / summary; null when the item has none. */
  text: string | null;
  publishedAt: string | null;
}

/** Reads an RSS 2.0 or Atom document into entries, newest order as the feed gives it; not a feed → FeedFetchFailure('not_feed'). */
export function readFeed(xml: string): FeedEntry[] {
  let items;
  try {
    items = parseFeed(xml).items;
  } catch (error) {
    throw new FeedFetchFailure('not_feed', error instanceof Error ? error.message : 'not an RSS or Atom document');
  }
  return items.slice(0, MAX_ITEMS_PER_POLL).map((item) => {
    const html = item.content?.trim() || item.description?.trim() || '';
    const text = html ? htmlToText(html).slice(0, MAX_ARTICLE_BODY_CHARS).trim() : '';
    const title = item.title ? htmlToText(item.title).replace(/\s+/g, ' ').slice(0, MAX_TITLE_LENGTH).trim() : '';
    const published = item.published ?? item.updated;
    return {
      title: title || null,
      url: httpUrl(item.url),
      text: text || null,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published.toISOString() : null,
    };
  });
}

/** Only http(s) links become article URLs: a javascript: or mailto: link is no article address. */
function httpUrl(value: string | null): string | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
