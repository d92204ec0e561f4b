import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, COP_LEVER_SET, guessPorteurLevers, isCopLeverCode } from '@trajectoire/domain';
import {
  GRAND_PARIS_SDEM_AXES,
  GRAND_PARIS_SDEM_PROPOSALS,
  GRAND_PARIS_SDEM_WORKSHOP,
  GRAND_PARIS_WASTE_HEAT_POTENTIAL,
  GRAND_POITIERS_ACTIONS,
  GRAND_POITIERS_ENJEUX,
  MANCHE_COP_LEVER_REDUCTIONS,
  MANCHE_STATE_SERVICES,
  type DemoAxis,
} from './index';

const leverCodes = new Set(COP_LEVER_SET.levers.map((lever) => lever.code));

function axisCodes(axes: readonly DemoAxis[]): string[] {
  return axes.flatMap((axis) => [axis.code, ...axisCodes(axis.children)]);
}

describe('Grand Paris SDEM workshop', () => {
  it('has the 14 proposals of the table, numbered 1 to 14', () => {
    expect(GRAND_PARIS_SDEM_PROPOSALS).toHaveLength(14);
    expect(GRAND_PARIS_SDEM_PROPOSALS.map((p) => p.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('fills every text cell, without PDF leftovers', () => {
    for (const p of GRAND_PARIS_SDEM_PROPOSALS) {
      for (const cell of [p.title, p.objectives, p.pilot, p.leversText]) {
        expect(cell.trim()).not.toBe('');
        expect(cell).toBe(cell.trim());
        expect(cell).not.toMatch(/\n| {2}/);
      }
      expect(p.leversText.startsWith('-')).toBe(false);
    }
  });

  it('gives every proposal a non-empty list of non-empty partners', () => {
    for (const p of GRAND_PARIS_SDEM_PROPOSALS) {
      expect(p.partners.length).toBeGreaterThan(0);
      for (const partner of p.partners) expect(partner.trim()).not.toBe('');
    }
  });

  it('keeps "services de l’Etat et des communes" as a single partner', () => {
    expect(GRAND_PARIS_SDEM_PROPOSALS[4].partners).toEqual(['ALEC', 'DR ADEME', 'services de l’Etat et des communes']);
  });

  it('only uses COP lever codes of the reference set', () => {
    for (const p of GRAND_PARIS_SDEM_PROPOSALS) {
      expect(p.copLevers.length).toBeGreaterThan(0);
      for (const code of p.copLevers) expect(leverCodes.has(code)).toBe(true);
    }
  });

  it('attaches each proposal to a leaf of the suggested axis tree', () => {
    const codes = axisCodes(GRAND_PARIS_SDEM_AXES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of GRAND_PARIS_SDEM_PROPOSALS) expect(codes).toContain(p.axisCode);
  });

  it('yields at least one porteur lever from every "leviers potentiels" cell', () => {
    for (const p of GRAND_PARIS_SDEM_PROPOSALS) expect(guessPorteurLevers(p.leversText).length).toBeGreaterThan(0);
  });

  it('lists the four questions and no invented date', () => {
    expect(GRAND_PARIS_SDEM_WORKSHOP.questions.map((q) => q.code)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(GRAND_PARIS_SDEM_WORKSHOP.date).toBeNull();
  });

  // The seed states both the total and the four parts; they must agree.
  it('has waste-heat potentials that add up to the stated total', () => {
    const sum = GRAND_PARIS_WASTE_HEAT_POTENTIAL.sources.reduce((acc, s) => acc + s.potentialGWh, 0);
    expect(sum).toBe(GRAND_PARIS_WASTE_HEAT_POTENTIAL.totalGWh);
  });
});

describe('Grand Poitiers PCAET', () => {
  it('links actions to known enjeux and parents, with valid statuses', () => {
    const enjeux = new Set(GRAND_POITIERS_ENJEUX.map((e) => e.code));
    const actions = new Set(GRAND_POITIERS_ACTIONS.map((a) => a.code));
    expect(GRAND_POITIERS_ACTIONS.length).toBeGreaterThanOrEqual(3);
    expect(GRAND_POITIERS_ACTIONS.length).toBeLessThanOrEqual(6);
    for (const a of GRAND_POITIERS_ACTIONS) {
      expect(enjeux.has(a.enjeuCode)).toBe(true);
      if (a.parentCode) expect(actions.has(a.parentCode)).toBe(true);
      expect(ACTION_STATUSES).toContain(a.status);
      expect(a.title.trim()).not.toBe('');
    }
  });

  it('flags every enjeu without a seed source as synthetic', () => {
    for (const e of GRAND_POITIERS_ENJEUX) expect(e.synthetic).toBe(e.sourceLine === null);
    expect(GRAND_POITIERS_ENJEUX.find((e) => e.number === 9)?.synthetic).toBe(false);
  });
});

describe('Manche', () => {
  it('has one prefecture and services whose parents exist', () => {
    const codes = new Set(MANCHE_STATE_SERVICES.map((s) => s.code));
    expect(codes.size).toBe(MANCHE_STATE_SERVICES.length);
    for (const s of MANCHE_STATE_SERVICES) if (s.parentCode) expect(codes.has(s.parentCode)).toBe(true);
    expect(MANCHE_STATE_SERVICES.filter((s) => s.parentCode === null).map((s) => s.name)).toEqual(['Préfecture de la Manche']);
  });

  it('keys the panorama figures on known COP levers', () => {
    for (const r of MANCHE_COP_LEVER_REDUCTIONS.reductions) expect(isCopLeverCode(r.copLever)).toBe(true);
  });
});
