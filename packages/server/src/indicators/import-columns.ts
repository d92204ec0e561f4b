// Column recognition of the long-format indicator table (French or English headers).
import { matchHeaders, locateTable, type SheetRow, type Table } from '@trajectoire/domain/tabular/index';
import type { ValueImportField } from '@trajectoire/domain/indicators/import-fields';

export { FIELD_LABELS_FR, REQUIRED_FIELDS, VALUE_IMPORT_FIELDS, type ValueImportField } from '@trajectoire/domain/indicators/import-fields';


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


export const matchValueHeaders = (headers: readonly string[]) => matchHeaders(headers, SYNONYMS);

/** The header row is the one (among the first rows) where most columns are recognised. */
export const locateValueTable = (rows: readonly SheetRow[]): Table =>
  locateTable(rows, (cells) => Object.keys(matchValueHeaders(cells).mapping).length);
