// Columns of the long-format indicator value table. The French labels name columns in import reports, on the server
// (error messages) and in the web app alike, so they live here once.

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
