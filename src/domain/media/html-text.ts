import { Parser } from 'htmlparser2';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'select', 'button']);
/** A whole page (an uploaded .html file) also has menus, footers and forms around the article. */
const PAGE_FURNITURE = new Set(['nav', 'footer', 'aside', 'form']);
/** Elements that stand as paragraphs of their own: a blank line around them. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'figure', 'ul', 'ol', 'dl', 'hr', 'address']);
/** Elements that start a new line without a blank one. */
const LINES = new Set(['br', 'li', 'dt', 'dd', 'tr', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figcaption', 'caption', 'form', 'fieldset']);

/**
 * The text a person reads in an HTML fragment or page: tags dropped, entities decoded, scripts and
 * styles left out, paragraphs kept as blank-line-separated blocks and runs of spaces collapsed, so
 * the extractor sees the sentences and their order (feed items, uploaded .html files with `page`).
 */
export function htmlToText(html: string, options: { page?: boolean } = {}): string {
  const hidden = (name: string) => HIDDEN.has(name) || (options.page === true && PAGE_FURNITURE.has(name));
  let out = '';
  let hiddenDepth = 0;
  const breakWith = (separator: '\n' | '\n\n') => {
    if (out === '' || out.endsWith('\n\n')) return;
    out = out.replace(/[ \t]+$/, '');
    out += out.endsWith('\n') ? separator.slice(1) : separator;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (hidden(name)) hiddenDepth += 1;
        else if (hiddenDepth === 0 && PARAGRAPHS.has(name)) breakWith('\n\n');
        else if (hiddenDepth === 0 && LINES.has(name)) breakWith('\n');
      },
      onclosetag(name) {
        if (hidden(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (hiddenDepth === 0 && PARAGRAPHS.has(name)) breakWith('\n\n');
        else if (hiddenDepth === 0 && LINES.has(name) && name !== 'br') breakWith('\n');
        // Table cells sit side by side: keep their words apart.
        else if (hiddenDepth === 0 && (name === 'td' || name === 'th')) out += ' ';
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
        out += out === '' || out.endsWith('\n') || out.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
