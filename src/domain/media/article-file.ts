/**
 * Articles from uploaded files (issue 9): plain text, Markdown or a saved HTML page, each reduced to
 * a title (its first short line) and a body. Pure: bytes in, article or refusal reason out.
 */
import { htmlToText } from './html-text.js';

/** The longest article body, in characters, the desk stores (the same bound as a pasted one). */
export const MAX_ARTICLE_BODY_CHARS = 200_000;
/** The largest file read as an article: a saved news page with its markup fits easily. */
export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;
/** The most files one upload reads. */
export const MAX_ARTICLE_FILES = 20;
/** A first line up to this long is a title; a longer one is the article's opening paragraph. */
const MAX_TITLE_CHARS = 200;

export const ARTICLE_FILE_REJECTIONS = ['type', 'binary', 'empty', 'too_large', 'too_long'] as const;
export type ArticleFileRejection = (typeof ARTICLE_FILE_REJECTIONS)[number];

export type ArticleFileKind = 'text' | 'markdown' | 'html';

export interface ArticleFromFile {
  title: string | null;
  body: string;
}

/** The kind of an article file by its name's extension, or null for one we do not read. */
export function articleFileKind(fileName: string): ArticleFileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'txt') return 'text';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm') return 'html';
  return null;
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\f\v \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits a first short line off as the title; a text of one line is all body. */
export function splitTitle(text: string, kind: ArticleFileKind = 'text'): ArticleFromFile {
  const tidied = tidy(text);
  const newline = tidied.indexOf('\n');
  if (newline < 0) return { title: null, body: tidied };
  let first = tidied.slice(0, newline).trim();
  if (kind === 'markdown') first = first.replace(/^#{1,6}\s+/, '').trim();
  const rest = tidied.slice(newline + 1).trim();
  if (first.length === 0 || first.length > MAX_TITLE_CHARS || rest.length === 0) return { title: null, body: tidied };
  return { title: first, body: rest };
}

/** An uploaded file as an article, or why it is not one. */
export function articleFromFile(fileName: string, bytes: Uint8Array): ArticleFromFile | { rejected: ArticleFileRejection } {
  const kind = articleFileKind(fileName);
  if (!kind) return { rejected: 'type' };
  if (bytes.length > MAX_ARTICLE_FILE_BYTES) return { rejected: 'too_large' };
  if (bytes.includes(0)) return { rejected: 'binary' };
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { rejected: 'binary' };
  }
  // Other control characters than line breaks and tabs mean a file that is not text.
  if (/[\u0001-\u0008\u000e-\u001f\u007f]/.test(decoded)) return { rejected: 'binary' };
  const article = splitTitle(kind === 'html' ? htmlToText(decoded, { page: true }) : decoded, kind);
  if (article.body.length === 0) return { rejected: 'empty' };
  if (article.body.length > MAX_ARTICLE_BODY_CHARS) return { rejected: 'too_long' };
  return article;
}
