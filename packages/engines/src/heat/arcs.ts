import { costContext, evaluateArc, type ArcBreakdown, type DropReason } from './arc-cost';
import type { HeatParams } from './params';
import { profileOf } from './profiles';
import { SinkSearch } from './search';
import type { HeatSink, HeatSource, Profiles } from './types';

export interface HeatStudy {
  sources: readonly HeatSource[];
  sinks: readonly HeatSink[];
  profiles?: Profiles;
}

/** A kept source → sink connection; `source`/`sink` index the study's arrays. */
export interface Arc {
  source: number;
  sink: number;
  breakdown: ArcBreakdown;
}

export interface ArcsResult {
  arcs: Arc[];
  /** Pairs within the economic search radius (each was evaluated); see search.ts. */
  candidates: number;
  /** Candidates not kept, by reason. */
  dropped: Record<DropReason, number>;
}

/**
 * Stage 1: every source–sink pair within `radius_m` (great-circle), evaluated and kept when usable and not dearer
 * than `max_cost_eur_per_mwh`. Sinks go into a static k-d index once, so a study costs O((n + m) log m + pairs in
 * range) instead of n × m distance evaluations; each source searches only the economic radius of each demand
 * bucket (search.ts).
 * Arcs come out ordered by source, then sink, for stable files.
 */
export function buildArcs(study: HeatStudy, params: HeatParams): ArcsResult {
  const { sources, sinks } = study;
  const ctx = costContext(params);
  const sinkProfiles = sinks.map((s) => profileOf(study.profiles, s.profile, `sink '${s.id}'`));
  const index = new SinkSearch(
    sinks.map((s) => s.lat),
    sinks.map((s) => s.lon),
    sinks.map((s) => s.annualMwh),
  );
  const dropped: Record<DropReason, number> = { temperature: 0, zero_energy: 0, losses: 0, too_large: 0, cost: 0 };
  const arcs: Arc[] = [];
  let candidates = 0;
  const found: number[] = [];
  const dist = new Float64Array(sinks.length); // distance to sink j for the current source
  for (let i = 0; i < sources.length; i++) {
    const src = sources[i];
    const srcProfile = profileOf(study.profiles, src.profile, `source '${src.id}'`);
    found.length = 0;
    index.within(src.lat, src.lon, src.annualMwh, params, ctx.fixedRate, (j, d) => {
      found.push(j);
      dist[j] = d;
    });
    found.sort((a, b) => a - b);
    candidates += found.length;
    for (const j of found) {
      const snk = sinks[j];
      const out = evaluateArc(
        {
          distanceM: dist[j],
          supplyMwh: src.annualMwh,
          sourceC: src.temperatureC,
          sourceProfile: srcProfile,
          demandMwh: snk.annualMwh,
          sinkC: snk.supplyTemperatureC,
          sinkKind: snk.kind,
          sinkProfile: sinkProfiles[j],
        },
        ctx,
      );
      if (out.ok) arcs.push({ source: i, sink: j, breakdown: out.breakdown });
      else dropped[out.reason] += 1;
    }
  }
  return { arcs, candidates, dropped };
}
