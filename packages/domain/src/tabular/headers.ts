import { normaliseSearch } from '../text';

/**
 * Folds a column header for matching: accents, case, punctuation and line breaks disappear, plural marks
 * "(s)" are dropped and words are singularised, so "PILOTE(S) /\nMAITRE(S) D'OUVRAGE" and
 * "Pilote maître d’ouvrage" compare equal.
 */
export function normaliseHeader(header: string): string {
  return normaliseSearch(header.replace(/\((?:s|x|es|e|ne)\)/gi, ''))
    .split(' ')
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
    .join(' ');
}

export interface HeaderMatch<F extends string> {
  /** Column index → field. */
  mapping: Record<number, F>;
  /** Non-empty headers that no field claimed. */
  unmapped: string[];
  /** Headers present more than once (after normalisation); left unmapped since the choice is the user's. */
  duplicated: string[];
}

function fieldFor<F extends string>(norm: string, synonyms: ReadonlyMap<string, F>): F | undefined {
  const exact = synonyms.get(norm);
  if (exact) return exact;
  // A longer header that starts with a multi-word synonym ("leviers potentiels de la métropole") matches it;
  // single words are too ambiguous for that ("action parente" is not the action title).
  let best: { length: number; field: F } | undefined;
  for (const [syn, field] of synonyms) {
    if (syn.includes(' ') && norm.startsWith(`${syn} `) && syn.length > (best?.length ?? 0)) best = { length: syn.length, field };
  }
  return best?.field;
}

/** Suggests which column feeds which field. Each field takes the first column that matches it. */
export function matchHeaders<F extends string>(
  headers: readonly string[],
  synonyms: Readonly<Record<F, readonly string[]>>,
): HeaderMatch<F> {
  const bySynonym = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) for (const s of synonyms[field]) bySynonym.set(normaliseHeader(s), field);
  const norms = headers.map(normaliseHeader);
  const counts = new Map<string, number>();
  for (const n of norms) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  const mapping: Record<number, F> = {};
  const taken = new Set<F>();
  const unmapped: string[] = [];
  const duplicated: string[] = [];
  norms.forEach((norm, i) => {
    if (!norm) return;
    if (counts.get(norm)! > 1) {
      if (norms.indexOf(norm) === i) duplicated.push(headers[i].trim());
      return;
    }
    const field = fieldFor(norm, bySynonym);
    if (field && !taken.has(field)) {
      mapping[i] = field;
      taken.add(field);
    } else unmapped.push(headers[i].trim());
  });
  return { mapping, unmapped, duplicated };
}
