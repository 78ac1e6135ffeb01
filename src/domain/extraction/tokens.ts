/** A word of the article with where it stands: [start, end) in the analysed text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters only, lower case: how gazetteer keys compare ("Palangka Raya" ≈ "Palangkaraya"). */
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into words (letters and digits); punctuation stays between them in the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const lower = match[0].toLowerCase();
    // Apostrophes are rare; stripping them only when present keeps tokenizing cheap.
    const key = lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
    tokens.push({ text: match[0], start, end: start + match[0].length, key });
  }
  return tokens;
}

/** True for "Bangli", "BANGLI", "NTT"; false for "bangli", "2024". */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True for acronyms of two letters or more ("KPU", "NTT", "AKBP"). */
export const isAcronym = (word: string): boolean => word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{L}/u.test(word);

/** The text between two tokens (punctuation and spaces), for telling "Kota Kupang" from "Kota, Kupang". */
export const gapBetween = (text: string, left: Token, right: Token): string => text.slice(left.end, right.start);

/** Paragraphs of the text with their offsets; blank lines and single line breaks both separate them. */
export function paragraphs(text: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (match[0].trim() === '') continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** Sentence spans inside [start, end): ends at . ! ? followed by a space and a capital or quote. */
export function sentences(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const paragraph of paragraphs(text)) {
    let from = paragraph.start;
    const pattern = /[.!?]["”’]?\s+(?=["“\p{Lu}])/gu;
    for (const match of paragraph.text.matchAll(pattern)) {
      const end = paragraph.start + match.index + 1;
      // "Dr. Andriko", "Pj. Sekda", "F. Dirun": a short word or a single capital before the dot is an abbreviation.
      const before = paragraph.text.slice(0, match.index).match(/(\S+)$/)?.[1] ?? '';
      if (/^(?:\p{L}{1,3}|[\p{Lu}.]+|No|Prov|Kab|Kec|Jl|Bpk|Ibu|Sdr|Dra?|Drs|Prof|Ir|Hj?|Plh|Plt|Pjs?|dkk|dll|dsb|St|Pol)$/u.test(before)) continue;
      found.push({ start: from, end });
      from = paragraph.start + match.index + match[0].length;
    }
    found.push({ start: from, end: paragraph.end });
  }
  return found;
}
