// Column recognition of the long-format indicator table (French or English headers).
import { matchHeaders, locateTable, type SheetRow, type Table } from '@trajectoire/domain/tabular/index';

export const VALUE_IMPORT_FIELDS = [
  'territory',
  'territoryKind',
  'indicator',
  'year',
  'value',
  'unit',
  'kind',
  'producer',
  'dataset',
  'method',
  'versionDate',
  'licence',
  'comment',
] as const;
export type ValueImportField = (typeof VALUE_IMPORT_FIELDS)[number];

const SYNONYMS: Record<ValueImportField, readonly string[]> = {
  territory: ['territoire', 'territory', 'code territoire', 'territory code', 'code insee', 'code commune', 'siren', 'code'],
  territoryKind: ['type de territoire', 'type territoire', 'territory kind', 'territory type', 'maille', 'niveau'],
  indicator: ['indicateur', 'indicator', 'code indicateur', 'indicator code'],
  year: ['année', 'annee', 'year', 'millésime'],
  value: ['valeur', 'value'],
  unit: ['unité', 'unit'],
  kind: ['nature', 'type de valeur', 'kind', 'value kind', 'statut'],
  producer: ['producteur', 'producer', 'source'],
  dataset: ['jeu de données', 'dataset'],
  method: ['méthode', 'method', 'méthodologie'],
  versionDate: ['date de version', 'version date', 'version', 'date'],
  licence: ['licence', 'license'],
  comment: ['commentaire', 'comment'],
};

export const REQUIRED_FIELDS: readonly ValueImportField[] = ['territory', 'indicator', 'year', 'value', 'producer'];

export const FIELD_LABELS_FR: Record<ValueImportField, string> = {
  territory: 'Territoire',
  territoryKind: 'Type de territoire',
  indicator: 'Indicateur',
  year: 'Année',
  value: 'Valeur',
  unit: 'Unité',
  kind: 'Nature',
  producer: 'Producteur',
  dataset: 'Jeu de données',
  method: 'Méthode',
  versionDate: 'Date de version',
  licence: 'Licence',
  comment: 'Commentaire',
};

export const matchValueHeaders = (headers: readonly string[]) => matchHeaders(headers, SYNONYMS);

/** The header row is the one (among the first rows) where most columns are recognised. */
export const locateValueTable = (rows: readonly SheetRow[]): Table =>
  locateTable(rows, (cells) => Object.keys(matchValueHeaders(cells).mapping).length);
