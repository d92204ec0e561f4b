import { formatParis, parisOffsetMinutes } from '../time';

/** A billing period: a Paris calendar month, cut where a parameter changes. [fromMs, toMs) */
export interface Period {
  month: string;
  /** Paris calendar day of the period start: parameters are looked up on it. */
  day: string;
  fromMs: number;
  toMs: number;
  firstStep: number;
  /** One past the last step. */
  endStep: number;
}

/** Epoch ms of 00:00 Paris time on `day`. Midnight is never inside a DST switch (01:00 UTC), so one lookup is exact. */
export function parisMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const utc = Date.UTC(y, m - 1, d);
  return utc - parisOffsetMinutes(utc - 3_600_000) * 60_000;
}

/**
 * Split the steps [0, steps) into periods at Paris month starts and at the given change days. Steps are sorted
 * and every cut is a Paris midnight, which a step dividing an hour never straddles.
 */
export function splitPeriods(startMs: ArrayLike<number>, stepMs: number, changeDays: readonly string[]): Period[] {
  const steps = startMs.length;
  if (steps === 0) return [];
  const endMs = startMs[steps - 1] + Math.max(stepMs, 1);
  const cuts = new Set<number>();
  const first = formatParis(startMs[0]);
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  for (;;) {
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
    const cut = parisMidnight(`${y}-${String(m).padStart(2, '0')}-01`);
    if (cut >= endMs) break;
    cuts.add(cut);
  }
  for (const day of changeDays) {
    const cut = parisMidnight(day);
    if (cut > startMs[0] && cut < endMs) cuts.add(cut);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const periods: Period[] = [];
  let t = 0;
  let from = startMs[0];
  for (const cut of [...sorted, endMs]) {
    const firstStep = t;
    while (t < steps && startMs[t] < cut) t++;
    if (t > firstStep) {
      const day = formatParis(from).slice(0, 10);
      periods.push({ month: day.slice(0, 7), day, fromMs: from, toMs: cut, firstStep, endStep: t });
    }
    from = cut;
  }
  return periods;
}
