import { describe, expect, it } from 'vitest';
import type { Table } from '@trajectoire/domain/tabular/index';
import { convertRows, MAX_IMPORT_ROWS, type ImportMapping } from './rows';
import { suggestMapping } from './mapping';

const headers = [
  "Intitulé de l'action",
  'Objectifs poursuivis',
  "Pilote(s) / Maître(s) d'ouvrage",
  'Leviers potentiels',
  'Partenaire(s) potentiel(s)',
  'Statut',
  'Leviers COP',
  'Axe',
  'Date de début',
  'Date de fin',
  'Budget',
  'Priorité',
  'Description',
  'Référence',
];
const table = (rows: string[][]): Table => ({ headerRow: 1, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const convert = (rows: string[][], mapping: ImportMapping = suggestMapping(headers).mapping) =>
  convertRows({ table: table(rows), mapping, existingAxes: [{ title: 'Mobilités' }], planStartYear: 2025, currentYear: 2026 });

describe('convertRows', () => {
  it('converts every column of a French table', () => {
    const out = convert([
      [
        'Développer le covoiturage',
        'Réduire la voiture solo',
        'Métropole, Communes\nALEC',
        '- Informer, sensibiliser\n- Financer les aires',
        'ADEME ; Région',
        'En cours',
        'Covoiturage; velo et transport en commun',
        'MOBILITES',
        '01/03/2026',
        '31 décembre 2027',
        '1\u202f234,50 €',
        'Haute',
        'Aires de covoiturage',
        'M-1',
      ],
    ]);
    expect(out.errors).toEqual([]);
    expect(out.axesToCreate).toEqual([]);
    expect(out.drafts).toHaveLength(1);
    const d = out.drafts[0];
    expect(d.row).toBe(2);
    expect(d.axisTitle).toBe('MOBILITES');
    expect(d.fields).toMatchObject({
      title: 'Développer le covoiturage',
      objectives: 'Réduire la voiture solo',
      pilots: [{ name: 'Métropole' }, { name: 'Communes' }, { name: 'ALEC' }],
      porteurLevers: ['inform', 'fund'],
      partners: [{ name: 'ADEME' }, { name: 'Région' }],
      status: 'in_progress',
      copLevers: ['carpooling', 'cycling-public-transport'],
      startDate: '2026-03-01',
      endDate: '2027-12-31',
      budgets: [{ year: 2026, nature: 'investment', kind: 'planned', unit: 'eur', amount: 1234.5 }],
      priority: 'high',
      description: 'Aires de covoiturage',
      ref: 'M-1',
    });
  });

  it('reports each problem with its spreadsheet row, column, value and a French message', () => {
    const blank = Array<string>(headers.length).fill('');
    const row = (patch: Record<number, string>) => blank.map((c, i) => patch[i] ?? c);
    const out = convert([
      row({ 0: 'Bonne action' }),
      row({ 1: 'Sans intitulé' }),
      row({ 0: 'Dates', 8: '31/02/2026', 9: 'bientôt' }),
      row({ 0: 'Budget', 10: '-500' }),
      row({ 0: 'Leviers', 6: 'Biogaz; Fusion froide; Téléportation' }),
      row({ 0: 'Ordre', 8: '01/01/2027', 9: '01/01/2026' }),
      row({ 0: 'Statut', 5: 'Peut-être', 11: 'Urgente' }),
      row({ 0: 'x'.repeat(301) }),
    ]);
    expect(out.drafts.map((d) => d.fields.title)).toEqual(['Bonne action']);
    const brief = out.errors.map((e) => [e.row, e.column, e.value]);
    expect(brief).toEqual([
      [3, "Intitulé de l'action", null],
      [4, 'Date de début', '31/02/2026'],
      [4, 'Date de fin', 'bientôt'],
      [5, 'Budget', '-500'],
      [6, 'Leviers COP', 'Biogaz; Fusion froide; Téléportation'],
      [7, 'Date de fin', '01/01/2026'],
      [8, 'Statut', 'Peut-être'],
      [8, 'Priorité', 'Urgente'],
      [9, "Intitulé de l'action", 'x'.repeat(301)],
    ]);
    expect(out.errors[0].message).toBe("L'intitulé de l'action est obligatoire.");
    expect(out.errors[3].message).toMatch(/négatif/);
    expect(out.errors[4].message).toBe('Levier(s) COP inconnu(s) : « Fusion froide », « Téléportation ».');
    expect(out.errors[5].message).toBe('La date de fin précède la date de début.');
    expect(out.errors[8].message).toBe('Texte trop long (300 caractères au maximum).');
  });

  it('imports formulas as text with a warning, and lists new axes once', () => {
    const blank = Array<string>(headers.length).fill('');
    const out = convert([
      blank.map((c, i) => (i === 0 ? '=HYPERLINK("http://x")' : i === 7 ? 'Énergie' : c)),
      blank.map((c, i) => (i === 0 ? 'Deux' : i === 7 ? 'energie ' : c)),
    ]);
    expect(out.errors).toEqual([]);
    expect(out.drafts[0].fields.title).toBe('=HYPERLINK("http://x")');
    expect(out.warnings).toEqual([
      expect.objectContaining({ row: 2, column: "Intitulé de l'action", field: 'title', message: expect.stringMatching(/formule/) }),
    ]);
    expect(out.axesToCreate).toEqual(['Énergie']);
  });

  it('ties budgets to the start year, else the plan start year', () => {
    const blank = Array<string>(headers.length).fill('');
    const out = convert([blank.map((c, i) => (i === 0 ? 'A' : i === 10 ? '12,5' : c))]);
    expect(out.drafts[0].fields.budgets).toEqual([{ year: 2025, nature: 'investment', kind: 'planned', unit: 'eur', amount: 12.5 }]);
    const noYear = convertRows({ table: table([blank.map((c, i) => (i === 0 ? 'A' : i === 10 ? '3' : c))]), mapping: { 0: 'title', 10: 'budget' }, existingAxes: [], planStartYear: null, currentYear: 2031 });
    expect(noYear.drafts[0].fields.budgets[0].year).toBe(2031);
    expect(noYear.warnings[0].message).toMatch(/2031/);
  });

  it('requires a title column and limits the number of rows', () => {
    expect(convert([['a']], { 1: 'objectives' }).errors[0]).toMatchObject({ row: 1, field: 'title' });
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`Action ${i}`]);
    const out = convert(many);
    expect(out.drafts).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ row: null, message: expect.stringContaining(`${MAX_IMPORT_ROWS + 1} lignes`) })]);
  });
});
