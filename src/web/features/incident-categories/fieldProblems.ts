/**
 * The server words each refused field of a category setting as "path: text", several joined by "; ",
 * after the error's own opening ("Permintaan tidak valid: keywords/3: …; code: …"): the schema's
 * refusals and the catalogue's checks alike. This reads them back, so the editor shows each at its field.
 */
export function fieldProblems(message: string): Record<string, string> {
  const opening = message.indexOf(': ');
  if (opening < 0) return {};
  const problems: Record<string, string> = {};
  for (const part of message.slice(opening + 2).split('; ')) {
    const found = /^([A-Za-z]\w*(?:\/\w+)*): (.+)$/s.exec(part);
    if (found) problems[found[1]!] ??= found[2]!;
  }
  return problems;
}

/** The first problem at `path` or inside it ("keywords" finds "keywords/3"), or undefined. */
export function problemAt(problems: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(problems).find((candidate) => candidate === path || candidate.startsWith(`${path}/`));
  return key === undefined ? undefined : problems[key];
}
