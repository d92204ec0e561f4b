import { describe, expect, it } from 'vitest';
import { matchHeaders, normaliseHeader } from './headers';
import { ACTION_HEADER_SYNONYMS, parseActionStatus, parsePriority } from './action-columns';
import { locateTable } from './table';

describe('normaliseHeader', () => {
  it('folds accents, case, punctuation, line breaks and plural marks', () => {
    expect(normaliseHeader("PILOTE(S) /\nMAITRE(S)\n\nD'OUVRAGE")).toBe(normaliseHeader("Pilote / Maître d’ouvrage"));
    expect(normaliseHeader('Partenaire(s) potentiel(s)')).toBe(normaliseHeader('PARTENAIRES POTENTIELS'));
    expect(normaliseHeader('Objectifs poursuivis')).toBe('objectif poursuivi');
  });
});

describe('matchHeaders with the action vocabulary', () => {
  it('maps the headers of the workshop table, including longer variants', () => {
    const headers = [
      "INTITULE DE L'ACTION",
      'OBJECTIFS POURSUIVIS',
      'PILOTE(S) /\nMAITRE(S)\nD\'OUVRAGE',
      'LEVIERS POTENTIELS\nDE LA METROPOLE',
      'PARTENAIRE(S)\nPOTENTIEL(S)',
    ];
    expect(matchHeaders(headers, ACTION_HEADER_SYNONYMS)).toEqual({
      mapping: { 0: 'title', 1: 'objectives', 2: 'pilots', 3: 'porteurLevers', 4: 'partners' },
      unmapped: [],
      duplicated: [],
    });
  });

  it('maps optional columns and lists the unknown ones', () => {
    const m = matchHeaders(['Réf.', 'Leviers COP', 'Échéance', 'Budget (€)', 'Commentaire', '', 'Action parente'], ACTION_HEADER_SYNONYMS);
    expect(m.mapping).toEqual({ 0: 'ref', 1: 'copLevers', 2: 'endDate', 3: 'budget' });
    expect(m.unmapped).toEqual(['Commentaire', 'Action parente']);
  });

  it('reports duplicated headers and leaves them unmapped', () => {
    const m = matchHeaders(['Intitulé', 'Statut', 'statut '], ACTION_HEADER_SYNONYMS);
    expect(m.mapping).toEqual({ 0: 'title' });
    expect(m.duplicated).toEqual(['Statut']);
  });

  it('gives a field to its first matching column only', () => {
    const m = matchHeaders(['Titre', 'Intitulé'], ACTION_HEADER_SYNONYMS);
    expect(m.mapping).toEqual({ 0: 'title' });
    expect(m.unmapped).toEqual(['Intitulé']);
  });
});

describe('status and priority vocabulary', () => {
  it('reads codes, labels and synonyms in any case or agreement', () => {
    expect(parseActionStatus('En cours')).toBe('in_progress');
    expect(parseActionStatus('in_progress')).toBe('in_progress');
    expect(parseActionStatus('TERMINÉ')).toBe('done');
    expect(parseActionStatus('Réalisée')).toBe('done');
    expect(parseActionStatus('à l’étude')).toBe('proposed');
    expect(parseActionStatus('peut-être')).toBeNull();
    expect(parsePriority('Élevée')).toBe('high');
    expect(parsePriority('moyenne')).toBe('medium');
    expect(parsePriority('urgente')).toBeNull();
  });
});

describe('locateTable', () => {
  const score = (cells: string[]) => Object.keys(matchHeaders(cells, ACTION_HEADER_SYNONYMS).mapping).length;

  it('skips a title line above the header and pads short rows', () => {
    const t = locateTable(
      [
        { row: 1, cells: ["Propositions d'actions des participants"] },
        { row: 3, cells: ['Intitulé', 'Statut', 'Note'] },
        { row: 4, cells: ['Vélo'] },
      ],
      score,
    );
    expect(t.headerRow).toBe(3);
    expect(t.headers).toEqual(['Intitulé', 'Statut', 'Note']);
    expect(t.rows).toEqual([{ row: 4, cells: ['Vélo', '', ''] }]);
  });

  it('takes the first row when nothing is recognised', () => {
    const t = locateTable([{ row: 2, cells: ['x', 'y'] }, { row: 3, cells: ['1', '2', '3'] }], score);
    expect(t.headerRow).toBe(2);
    expect(t.headers).toEqual(['x', 'y', '']);
  });
});
