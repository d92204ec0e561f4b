import { normaliseSearch } from '@trajectoire/domain';

/** An ASCII file name from a plan title and a date: "plan-climat-grand-poitiers-2026-03-01.xlsx". */
export function exportFileName(title: string, extension: string, date = new Date()): string {
  const slug = normaliseSearch(title).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || 'plan';
  return `${slug}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/** Content-Disposition for a download; the name is ASCII by construction, so no encoding is needed. */
export const attachment = (fileName: string) => `attachment; filename="${fileName}"`;
