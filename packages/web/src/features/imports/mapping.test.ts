import { describe, expect, it } from 'vitest';
import { initialMapping, mappingProblems } from './mapping';
import type { ImportPreview } from './api';

const preview = (headers: string[], suggested: Record<string, string>): ImportPreview => ({
  format: 'csv',
  encoding: 'utf-8',
  separator: ';',
  sheets: [],
  sheet: null,
  headerRow: 1,
  headers,
  rowCount: 2,
  sampleRows: [],
  suggestedMapping: suggested,
  unmappedHeaders: [],
  duplicatedHeaders: [],
});

describe('import mapping', () => {
  it('starts from the suggestion and ignores the other columns', () => {
    expect(initialMapping(preview(['Réf.', 'Intitulé', 'Remarque'], { '0': 'ref', '1': 'title' }))).toEqual({ '0': 'ref', '1': 'title', '2': null });
  });

  it('requires the title and refuses a field fed by two columns', () => {
    expect(mappingProblems({ '0': 'ref', '1': null }, ['Réf.', 'Intitulé'])).toEqual([
      'Associez une colonne au champ « Intitulé de l’action » : c’est le seul champ obligatoire.',
    ]);
    const twice = mappingProblems({ '0': 'title', '1': 'status', '2': 'status' }, ['Intitulé', 'État', '']);
    expect(twice).toEqual(['Le champ « Statut » est associé à plusieurs colonnes (« État », « colonne 3 ») : n’en gardez qu’une.']);
    expect(mappingProblems({ '0': 'title' }, ['Intitulé'])).toEqual([]);
  });
});
