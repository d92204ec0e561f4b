// Turns an audit entry's before/after snapshots into readable French change lines.

const IGNORED = new Set(['updatedAt', 'createdAt', 'version', 'late', 'position', 'id', 'organisationId', 'planId']);

export interface Change {
  field: string;
  before?: string;
  after?: string;
}

const isPlain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

/** Changed fields between two snapshots; simple values keep their old and new text, lists and objects do not. */
export function diffSnapshots(
  before: unknown,
  after: unknown,
  label: (field: string) => string,
  display: (field: string, value: unknown) => string,
): Change[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  const changes: Change[] = [];
  for (const k of keys) {
    if (JSON.stringify(b[k]) === JSON.stringify(a[k])) continue;
    if (isPlain(b[k] ?? null) && isPlain(a[k] ?? null)) changes.push({ field: label(k), before: short(display(k, b[k] ?? null)), after: short(display(k, a[k] ?? null)) });
    else changes.push({ field: label(k) });
  }
  return changes;
}
