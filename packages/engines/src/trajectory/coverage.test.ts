import { describe, expect, it } from 'vitest';
import { compareLeversWithActions, type PlannedAction } from './coverage';
import type { LeverAllocation } from './levers';

const lever = (code: string, reductionKt: number | null, actionLeverCodes: string[] = [code]): LeverAllocation => ({
  code,
  sector: 's',
  percent: 50,
  actionLeverCodes,
  basis2019: null,
  basis2030: null,
  reductionKt,
  missing: [],
});

const allocation = [lever('a', -20.4), lever('b', -1), lever('c', null), lever('d', 2)];
const actions: PlannedAction[] = [
  { id: 'a1', leverCodes: ['a'], impactTco2ePerYear: 5000 },
  { id: 'a2', leverCodes: ['a', 'b'], impactTco2ePerYear: 3000, startYear: 2026 },
  { id: 'a3', leverCodes: ['a'], impactTco2ePerYear: null },
  { id: 'a4', leverCodes: ['a'], impactTco2ePerYear: 9000, startYear: 2031 },
  { id: 'x', leverCodes: ['unrelated'], impactTco2ePerYear: 100 },
];

describe('compareLeversWithActions', () => {
  it('splits multi-lever impacts, converts t/yr to kt/yr and gives coverage and gap', () => {
    // Lever a: 5,000 t + 3,000 t / 2 levers = 6,500 t/yr = 6.5 kt/yr; needed 20.4 → coverage 6.5/20.4 = 0.31862745098039215686,
    // gap 20.4 − 6.5 = 13.9. a3 has no impact; a4 starts after 2030.
    const [a, b, c, d] = compareLeversWithActions(allocation, actions);
    expect(a.neededKt).toBeCloseTo(20.4, 12);
    expect(a.plannedKt).toBeCloseTo(6.5, 12);
    expect(a.coverage).toBeCloseTo(0.31862745098039215686, 12);
    expect(a.gapKt).toBeCloseTo(13.9, 12);
    expect(a).toMatchObject({ verdict: 'short', actionIds: ['a1', 'a2', 'a3', 'a4'], actionsWithoutImpact: ['a3'], actionsAfterTarget: ['a4'] });
    // Lever b: 1.5 kt planned for 1 kt needed.
    expect(b).toMatchObject({ verdict: 'covered', gapKt: 0, actionIds: ['a2'] });
    expect(b.coverage).toBeCloseTo(1.5, 12);
    expect(c).toMatchObject({ verdict: 'no_target', neededKt: null, coverage: null, gapKt: null });
    expect(d).toMatchObject({ verdict: 'no_reduction_needed', neededKt: -2, coverage: null, gapKt: 0 });
  });

  it("can count a multi-lever action fully on each lever (the lever matrix's convention)", () => {
    // Lever a: 5 + 3 = 8 kt → coverage 8/20.4 = 0.39215686274509803921, gap 12.4.
    const [a, b] = compareLeversWithActions(allocation, actions, { multiLever: 'full' });
    expect(a.plannedKt).toBeCloseTo(8, 12);
    expect(a.coverage).toBeCloseTo(0.39215686274509803921, 12);
    expect(a.gapKt).toBeCloseTo(12.4, 12);
    expect(b.plannedKt).toBeCloseTo(3, 12);
  });

  it('counts an action once per allocation lever, through the lever\'s action codes', () => {
    // Both COP industry codes map to the single SGPE lever: the action is not split.
    const industry = [lever('industrial-production', -4, ['large-industrial-sites', 'diffuse-industry'])];
    const [r] = compareLeversWithActions(industry, [{ id: 'i', leverCodes: ['large-industrial-sites', 'diffuse-industry'], impactTco2ePerYear: 1000 }]);
    expect(r.plannedKt).toBe(1);
    expect(r.coverage).toBeCloseTo(0.25, 12);
  });

  it('lets a later target year include later actions, and works with no actions', () => {
    const [a] = compareLeversWithActions(allocation, actions, { targetYear: 2035 });
    expect(a.plannedKt).toBeCloseTo(15.5, 12); // 5 + 1.5 + 9
    const [empty] = compareLeversWithActions(allocation, []);
    expect(empty).toMatchObject({ plannedKt: 0, coverage: 0, verdict: 'short' });
    expect(empty.gapKt).toBeCloseTo(20.4, 12);
  });
});
