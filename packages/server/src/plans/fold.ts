import { sql, type SQL } from 'drizzle-orm';
import { normaliseSearch } from '@trajectoire/domain';

// Accented Latin letters and their plain forms, derived from the domain's normaliseSearch so that SQL matching and
// in-memory matching agree. Upper-case letters are listed because lower() leaves them alone under the C locale.
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ';
const PLAIN = [...ACCENTED].map((ch) => normaliseSearch(ch)).join('');
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * SQL counterpart of normaliseSearch (without the final trim, which does not change substring matches):
 * NFC, ligatures expanded, accents dropped, lower case, runs of other characters folded to one space.
 */
export function fold(expr: SQL | string): SQL {
  const e = typeof expr === 'string' ? sql`${expr}` : expr;
  const lig = sql`replace(replace(replace(replace(normalize(${e}, NFC), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae')`;
  return sql`regexp_replace(lower(translate(${lig}, ${sql.raw(quote(ACCENTED))}, ${sql.raw(quote(PLAIN))})), '[^a-z0-9]+', ' ', 'g')`;
}

/** `fold(haystack)` contains the normalised needle (which holds only [a-z0-9 ], so no LIKE wildcard escaping). */
export const foldContains = (haystack: SQL, needle: string): SQL => sql`${fold(haystack)} like ${`%${normaliseSearch(needle)}%`}`;
