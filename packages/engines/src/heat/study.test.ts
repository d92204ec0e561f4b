import { describe, expect, it } from 'vitest';
import type { HeatStudy } from './arcs';
import { arcsCsv, flowsCsv, meritCsv, summaryJson } from './csv';
import { HeatInputError } from './errors';
import { runStudy } from './study';

const STUDY: HeatStudy = {
  sources: [
    { id: 'uiom', kind: 'incinerator', name: 'UIOM', lat: 48.8, lon: 2.4, annualMwh: 100_000, temperatureC: 150 },
    { id: 'dc', kind: 'datacenter', name: 'DC', lat: 48.85, lon: 2.35, annualMwh: 20_000, temperatureC: 30 },
  ],
  sinks: [
    { id: 'rcu', kind: 'heat_network', name: 'RCU', lat: 48.86, lon: 2.36, annualMwh: 50_000, supplyTemperatureC: 70 },
    { id: 'b1', kind: 'building', name: 'B1', lat: 48.81, lon: 2.41, annualMwh: 3_000, supplyTemperatureC: 60 },
  ],
};

describe('runStudy', () => {
  it('runs both stages and summarises by source kind, with objective coverage', async () => {
    const run = await runStudy(STUDY, { max_cost_eur_per_mwh: 200 }, { objective: { mwh: 100_000, basis: 'delivered' } });
    const s = run.summary;
    expect(s.status).toBe('optimal');
    expect(s.arcs).toBe(run.stage1.arcs.length);
    // Totals add up from the flows and the arcs' gains.
    const delivered = run.stage1.arcs.reduce((sum, a, k) => sum + run.allocation.flows[k] * a.breakdown.gain, 0);
    expect(s.deliveredMwh).toBeCloseTo(delivered, 6);
    expect(s.bySourceKind.incinerator.recoveredMwh + s.bySourceKind.datacenter.recoveredMwh).toBeCloseTo(s.recoveredMwh, 6);
    expect(s.averageCostEurPerMwh).toBeCloseTo(s.annualCostEur / s.recoveredMwh, 9);
    expect(s.objective?.coverage).toBeCloseTo(s.deliveredMwh / 100_000, 12);
    // Both sinks can be filled: the incinerator alone has 100 GWh.
    expect(s.deliveredMwh).toBeCloseTo(53_000, 0);
    expect(run.merit?.points.at(-1)?.recoverableMwh).toBeCloseTo(run.allocation.maxRecoveredMwh, 3);
  });

  it('writes the canonical files', async () => {
    const run = await runStudy(STUDY, { max_cost_eur_per_mwh: 200 });
    const arcs = arcsCsv(STUDY, run.stage1.arcs).trimEnd().split('\n');
    expect(arcs[0]).toBe('source_id,sink_id,distance_m,mode,cop,capacity_mwh,cost_eur_per_mwh');
    expect(arcs[1]).toMatch(/^uiom,rcu,\d+\.\d,direct,,\d+\.\d{3},\d+\.\d{4}$/);
    expect(arcs.some((l) => /^dc,rcu,[\d.]+,heat_pump,\d\.\d{4},/.test(l))).toBe(true);
    const flows = flowsCsv(STUDY, run.stage1.arcs, run.allocation).trimEnd().split('\n');
    expect(flows[0]).toBe('source_id,sink_id,recovered_mwh,delivered_mwh,cost_eur');
    expect(flows.length).toBeGreaterThan(1);
    expect(meritCsv(run.merit!).split('\n')[0]).toBe('threshold_eur_per_mwh,arcs,recoverable_mwh');
    expect(JSON.parse(summaryJson(run.summary)).status).toBe('optimal');
  });

  it('answers empty studies with a status and a reason instead of failing', async () => {
    const none = await runStudy({ sources: [], sinks: STUDY.sinks });
    expect(none.summary).toMatchObject({ status: 'empty', message: 'no sources', recoveredMwh: 0, averageCostEurPerMwh: null });
    expect(none.merit?.points).toEqual([]);
    const far = await runStudy({ sources: STUDY.sources, sinks: [{ ...STUDY.sinks[0], lat: 43.3, lon: 5.4 }] });
    expect(far.summary.message).toMatch(/^no sink within the search radius of any source/);
    // −20 °C sources: even to the 60 °C building the COP is 0.5 × 333.15 / 80 = 2.08 < min_cop 2.5
    const cold = await runStudy({ sources: STUDY.sources.map((s) => ({ ...s, temperatureC: -20 })), sinks: STUDY.sinks });
    expect(cold.summary.status).toBe('empty');
    expect(cold.summary.message).toBe('no arc kept: 4 pairs within the radius, all dropped (temperature 4)');
    const dear = await runStudy(STUDY, { max_cost_eur_per_mwh: 0.01 });
    expect(dear.summary).toMatchObject({ status: 'empty', arcs: 0, recoveredMwh: 0 });
  });

  it('rejects unknown parameters and a meaningless objective before doing any work', async () => {
    await expect(runStudy(STUDY, { radius_km: 5 })).rejects.toThrow(HeatInputError);
    await expect(runStudy(STUDY, {}, { objective: { mwh: 0, basis: 'delivered' } })).rejects.toThrow(/objective/);
  });
});
