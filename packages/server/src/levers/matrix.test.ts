import { describe, expect, it } from 'vitest';
import { buildLeverMatrix, type MatrixAction, type MatrixLever } from './matrix';

const levers: MatrixLever[] = [
  { code: 'carpooling', sector: 'transport', labelFr: 'Covoiturage', dimensions: ['climate', 'health'] },
  { code: 'biogas', sector: 'energy', labelFr: 'Biogaz', dimensions: ['climate', 'biodiversity', 'resources'] },
  { code: 'soil-desealing', sector: 'water', labelFr: 'Désimperméabilisation', dimensions: ['resources', 'adaptation'] },
];
const action = (id: string, status: MatrixAction['status'], copLevers: string[], tco2e: number | null, mwh: number | null = null): MatrixAction => ({
  id,
  title: id,
  status,
  copLevers,
  impactTco2ePerYear: tco2e,
  impactMwhPerYear: mwh,
});

describe('lever matrix', () => {
  const m = buildLeverMatrix(levers, [
    action('a', 'in_progress', ['carpooling', 'biogas'], 0.1, 10),
    action('b', 'done', ['biogas'], 0.2),
    action('c', 'abandoned', ['soil-desealing'], 50, 50),
    action('d', 'idea', [], 7),
  ]);
  const row = (code: string) => m.sectors.flatMap((s) => s.levers).find((l) => l.code === code)!;

  it('groups levers by sector in the reference order', () => {
    expect(m.sectors.map((s) => s.sector)).toEqual(['transport', 'energy', 'water']);
  });

  it('counts, sums and lists the tagged actions per lever', () => {
    expect(row('biogas')).toMatchObject({ actionCount: 2, impactTco2ePerYear: 0.3, impactMwhPerYear: 10, covered: true });
    expect(row('biogas').byStatus).toMatchObject({ in_progress: 1, done: 1, idea: 0 });
    expect(row('biogas').actions.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('does not let abandoned actions cover a lever or bring impact', () => {
    expect(row('soil-desealing')).toMatchObject({ actionCount: 1, covered: false, impactTco2ePerYear: 0, impactMwhPerYear: 0 });
    expect(row('soil-desealing').byStatus.abandoned).toBe(1);
  });

  it('counts each action once per dimension', () => {
    const climate = m.dimensions.find((d) => d.dimension === 'climate')!;
    // a is tagged with two climate levers but counts once.
    expect(climate).toMatchObject({ leverCount: 2, coveredLeverCount: 2, actionCount: 2, impactTco2ePerYear: 0.3, impactMwhPerYear: 10 });
    const adaptation = m.dimensions.find((d) => d.dimension === 'adaptation')!;
    expect(adaptation).toMatchObject({ leverCount: 1, coveredLeverCount: 0, actionCount: 1 });
    expect(m).toMatchObject({ leverCount: 3, coveredLeverCount: 2, taggedActionCount: 3 });
  });
});
