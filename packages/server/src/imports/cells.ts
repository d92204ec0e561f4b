import {
  COP_LEVER_SET,
  PORTEUR_LEVERS,
  PORTEUR_LEVER_LABELS_FR,
  guessPorteurLevers,
  normaliseSearch,
  type PorteurLever,
} from '@trajectoire/domain';
import {
  ACTION_STATUS_LABELS_FR,
  PRIORITY_LABELS_FR,
  parseActionStatus,
  parseFrenchDate,
  parseFrenchNumber,
  parsePriority,
} from '@trajectoire/domain/tabular/index';

/** What a cell converter returns: a value, or a French error; possibly a warning. */
export type CellResult<T> = { value: T; warning?: string } | { error: string };

/** Items of a list cell: one per line, semicolon or comma, without bullets ("- ", "• "). */
export function splitList(text: string, separators = /[;\n,]+/): string[] {
  return text
    .split(separators)
    .map((s) => s.replace(/^[\s\-–•*]+/, '').trim())
    .filter(Boolean);
}

export function parseDateCell(text: string): CellResult<string> {
  const value = parseFrenchDate(text);
  return value ? { value } : { error: `Date « ${text} » illisible ; écrivez-la JJ/MM/AAAA (ex. 31/12/2026).` };
}

export function parseBudgetCell(text: string): CellResult<number> {
  const value = text.includes('%') ? null : parseFrenchNumber(text);
  if (value === null) return { error: `Montant « ${text} » illisible ; écrivez un nombre d'euros (ex. 12 500,50).` };
  if (value < 0) return { error: `Le budget ne peut pas être négatif (« ${text} »).` };
  return { value };
}

export function parseStatusCell(text: string): CellResult<NonNullable<ReturnType<typeof parseActionStatus>>> {
  const value = parseActionStatus(text);
  if (value) return { value };
  return { error: `Statut « ${text} » inconnu ; valeurs admises : ${Object.values(ACTION_STATUS_LABELS_FR).join(', ')}.` };
}

export function parsePriorityCell(text: string): CellResult<NonNullable<ReturnType<typeof parsePriority>>> {
  const value = parsePriority(text);
  if (value) return { value };
  return { error: `Priorité « ${text} » inconnue ; valeurs admises : ${Object.values(PRIORITY_LABELS_FR).join(', ')}.` };
}

const COP_BY_NAME = new Map<string, string>(
  COP_LEVER_SET.levers.flatMap((l) => [
    [l.code, l.code],
    [normaliseSearch(l.labelFr), l.code],
  ]),
);

/** COP levers by code or French label, accent- and case-insensitive; every unknown item is named. */
export function parseCopLeversCell(text: string): CellResult<string[]> {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(text, /[;\n,|]+/)) {
    const code = COP_BY_NAME.get(item) ?? COP_BY_NAME.get(normaliseSearch(item));
    if (!code) unknown.push(item);
    else if (!codes.includes(code)) codes.push(code);
  }
  if (unknown.length) return { error: `Levier(s) COP inconnu(s) : ${unknown.map((u) => `« ${u} »`).join(', ')}.` };
  return { value: codes };
}

const PORTEUR_BY_NAME = new Map<string, PorteurLever>(
  PORTEUR_LEVERS.flatMap((l) => [
    [normaliseSearch(l), l],
    [normaliseSearch(PORTEUR_LEVER_LABELS_FR[l]), l],
  ]),
);

/**
 * Porteur levers: exact codes or labels first (as exports write them, one per line or semicolon), otherwise
 * guessed from the wording, as workshop tables describe them freely ("-Agréger la connaissance").
 */
export function parsePorteurLeversCell(text: string): CellResult<PorteurLever[]> {
  const found = new Set<PorteurLever>();
  for (const item of splitList(text, /[;\n|]+/)) {
    const exact = PORTEUR_BY_NAME.get(normaliseSearch(item));
    for (const l of exact ? [exact] : guessPorteurLevers(item)) found.add(l);
  }
  const value = PORTEUR_LEVERS.filter((l) => found.has(l));
  if (!value.length) return { value, warning: `Aucun levier reconnu dans « ${text} » ; la cellule est ignorée.` };
  return { value };
}
