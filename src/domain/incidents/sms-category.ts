import { categoryFromText, INCIDENT_CATEGORIES, memoisedPerCatalogue, normaliseReportText, type IncidentCategory } from './categories.js';
import { editDistance, typoAllowance } from './edit-distance.js';

/** How a category was recognised: its code, its name, one of its keywords, or a keyword found in the description. */
export type CategorySource = 'code' | 'name' | 'keyword' | 'description';

export interface RecognisedCategory {
  code: string;
  source: CategorySource;
  /** Recognised despite a typo ("politk uang"): a person should glance at it. */
  approximate: boolean;
}

interface Alias {
  text: string;
  code: string;
  source: Exclude<CategorySource, 'description'>;
}

const plain = (text: string) => normaliseReportText(text).trim();

/**
 * What a category part may say (active categories only): the code ("politik_uang", "politik uang"), the Indonesian or English
 * name, the name's head ("Netralitas ASN" for "Netralitas ASN, TNI/Polri dan kepala desa"), or a keyword.
 */
const aliasesOf = memoisedPerCatalogue((categories): readonly Alias[] => categories.filter((category) => category.active !== false).flatMap((category) => {
  const { code } = category;
  const head = category.name.id.split(/,| dan |\(/)[0] ?? category.name.id;
  return [
    ...[category.name.id, category.name.en, head].map((name) => ({ text: plain(name), code, source: 'name' as const })),
    { text: plain(category.code), code, source: 'code' as const },
    ...category.keywords.map((keyword) => ({ text: plain(keyword), code, source: 'keyword' as const })),
  ];
}));

/**
 * The category a short part of a message names. `exact`: the whole part is a code, name or keyword.
 * `contains`: the part holds a keyword among other words ("serangan fajar tadi malam"). `fuzzy`: the
 * whole part is one or two typos away from one, and from one category only.
 */
export function categoryOfPart(
  part: string, modes: { contains: boolean; fuzzy: boolean }, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES,
): RecognisedCategory | null {
  const ALIASES = aliasesOf(categories);
  const text = plain(part);
  if (!text) return null;
  const exact = ALIASES.find((alias) => alias.text === text);
  // "politik uang" is the name; "politik_uang" as written is the code.
  if (exact) return { code: exact.code, source: part.trim().toLowerCase() === exact.code ? 'code' : exact.source, approximate: false };
  if (modes.contains) {
    const code = categoryFromText(text, categories);
    if (code) return { code, source: 'keyword', approximate: false };
  }
  if (!modes.fuzzy) return null;
  const allowance = typoAllowance(text.length);
  if (allowance === 0) return null;
  let best: Alias[] = [];
  let bestDistance = allowance + 1;
  for (const alias of ALIASES) {
    const distance = editDistance(text, alias.text, allowance);
    if (distance < bestDistance) [best, bestDistance] = [[alias], distance];
    else if (distance === bestDistance && distance <= allowance) best.push(alias);
  }
  const codes = new Set(best.map((alias) => alias.code));
  const [first] = best;
  return first && codes.size === 1 ? { code: first.code, source: first.source, approximate: true } : null;
}

/** The category a description suggests by the keywords of `categories` (by default the built-in ones), or null. */
export function categoryOfDescription(description: string, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES): RecognisedCategory | null {
  const code = categoryFromText(description, categories);
  return code ? { code, source: 'description', approximate: false } : null;
}
