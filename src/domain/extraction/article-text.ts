/**
 * The one text the extractor reads for a stored article: its title, a blank line, its body. Evidence
 * offsets point into this text, so the review screen highlights exactly the words a value came from.
 */
export function articleText(title: string | null | undefined, body: string): string {
  const heading = title?.trim();
  return heading ? `${heading}\n\n${body}` : body;
}
