import { acc } from '@trajectoire/engines';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CliContext } from '../context';
import { declaredCoefficients } from './declared-coefficients';
import { writeChunks } from './io';
import { loadOperation, type LoadOptions } from './inputs';
import { writeAllocations, writeCoefficients } from './outputs';

export interface SimulateOptions extends LoadOptions {
  out: string;
  timings?: boolean;
}

/** Participants that can receive energy get rows in allocations.csv; pure producers would only add zeros. */
export function receivingRows(participants: readonly acc.Participant[]): Int32Array {
  return Int32Array.from(participants.flatMap((p, i) => (p.role === 'producer' ? [] : [i])));
}

/** `acc simulate`: allocate, then write allocations.csv, steps.csv, coefficients.csv and summary.json into --out. */
export async function simulate(ctx: CliContext, o: SimulateOptions): Promise<void> {
  const op = await loadOperation(ctx, o);
  const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const peak = { readMB: rssMB(), allocateMB: 0, summarizeMB: 0, writeMB: 0 };
  const t0 = performance.now();
  const result = acc.allocate(op.curves.input, op.key);
  const allocateMs = performance.now() - t0;
  peak.allocateMB = rssMB();

  const t1 = performance.now();
  const summary = acc.summarize(result, op.curves.startMs);
  const declared = declaredCoefficients(result);
  const summarizeMs = performance.now() - t1;
  peak.summarizeMB = rssMB();

  const t2 = performance.now();
  mkdirSync(o.out, { recursive: true });
  const stamp = acc.curveStamps(op.curves);
  const ids = op.curves.input.ids!;
  const { steps, participants: n } = op.curves.input;
  const written = {
    allocations: writeAllocations(join(o.out, 'allocations.csv'), result, stamp, receivingRows(op.participants)),
    steps: await writeChunks(join(o.out, 'steps.csv'), acc.stepsCsv(result, stamp)),
    coefficients: writeCoefficients(join(o.out, 'coefficients.csv'), declared.coefficients, n, steps, stamp, ids),
    summary: 0,
  };
  const json = {
    key: o.key,
    period: {
      start: stamp(0),
      end: acc.formatIsoTimestamp(op.curves.startMs[steps - 1] + op.curves.stepMs, op.curves.offsetMinutes[steps - 1]),
      steps,
      stepMinutes: op.curves.stepMs / 60_000,
      participants: n,
    },
    units: 'Wh; selfConsumptionRate = allocated / production, selfProductionRate = allocated / consumption',
    totals: summary.totals,
    months: summary.months,
    participants: summary.participants.map(({ index, ...p }) => ({ ...p, role: op.participants[index].role })),
    coefficients: { file: 'coefficients.csv', appliedAs: 'dynamic key: min(C, floor(P × k))', ...declared.reproduction },
  };
  written.summary = await writeChunks(join(o.out, 'summary.json'), [`${JSON.stringify(json, null, 2)}\n`]);
  const writeMs = performance.now() - t2;
  peak.writeMB = rssMB();

  const t = summary.totals;
  const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)} %`);
  ctx.out(
    `${steps} steps × ${n} participants, key ${o.key}: self-consumption ${pct(t.selfConsumptionRate)}, ` +
      `self-production ${pct(t.selfProductionRate)}; files in ${o.out}\n`,
  );
  if (o.timings) {
    const r = (v: number) => Math.round(v);
    ctx.err(
      `${JSON.stringify({
        timings: { readMs: r(op.readMs), allocateMs: r(allocateMs), summarizeMs: r(summarizeMs), writeMs: r(writeMs) },
        peakRssAfterMB: peak,
        bytes: { input: op.bytes, output: written },
      })}\n`,
    );
  }
}
