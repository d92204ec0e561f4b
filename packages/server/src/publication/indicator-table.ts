// The open data table of a published indicator: one row per value of every source, then the objective's yearly
// trajectory, in the catalogue unit.
import type { IndicatorView } from '../indicators/view';

export const KIND_LABELS_FR: Record<string, string> = { observed: 'observé', target: 'objectif', estimate: 'estimation', trajectory: 'trajectoire' };

export interface IndicatorValueRow {
  territoryId: string;
  indicatorCode: string;
  unit: string;
  year: number;
  kind: 'observed' | 'target' | 'estimate' | 'trajectory';
  value: number;
  producer: string;
  dataset: string;
  sourceLicence: string;
  comment: string;
}

export const INDICATOR_COLUMNS: { key: keyof IndicatorValueRow; header: string; width: number }[] = [
  { key: 'territoryId', header: 'Territoire', width: 18 },
  { key: 'indicatorCode', header: 'Indicateur', width: 30 },
  { key: 'unit', header: 'Unité', width: 10 },
  { key: 'year', header: 'Année', width: 8 },
  { key: 'kind', header: 'Nature', width: 14 },
  { key: 'value', header: 'Valeur', width: 16 },
  { key: 'producer', header: 'Producteur', width: 24 },
  { key: 'dataset', header: 'Jeu de données', width: 30 },
  { key: 'sourceLicence', header: 'Licence de la source', width: 20 },
  { key: 'comment', header: 'Commentaire', width: 40 },
];

export function indicatorRows(territoryId: string, view: IndicatorView): IndicatorValueRow[] {
  const base = { territoryId, indicatorCode: view.indicator.code, unit: view.indicator.unit };
  const rows: IndicatorValueRow[] = [];
  for (const s of view.series) {
    const source = { producer: s.source.producer, dataset: s.source.dataset, sourceLicence: s.source.licence };
    for (const kind of ['observed', 'target', 'estimate'] as const) {
      for (const p of s[kind]) rows.push({ ...base, ...source, year: p.year, kind, value: p.value, comment: p.comment });
    }
  }
  for (const p of view.trajectory ?? []) {
    rows.push({ ...base, producer: '', dataset: '', sourceLicence: '', year: p.year, kind: 'trajectory', value: p.value, comment: '' });
  }
  return rows;
}
