import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  arcsCsv,
  flowsCsv,
  HeatInputError,
  meritCsv,
  parseProfilesCsv,
  parseSinksCsv,
  parseSourcesCsv,
  runStudy,
  summaryJson,
  type Objective,
} from '@trajectoire/engines/heat';
import type { CliContext } from '../context';

export interface MatchOptions {
  sources: string;
  sinks: string;
  params?: string;
  profiles?: string;
  objectiveMwh?: string;
  objectiveBasis: 'recovered' | 'delivered';
  merit: boolean;
  out: string;
}

/** Reads the canonical files, runs both stages and writes arcs.csv, flows.csv, merit.csv and summary.json. */
export async function match(ctx: CliContext, o: MatchOptions): Promise<void> {
  const read = (file: string) => readFile(file, 'utf8').then((t) => t.replace(/^\uFEFF/, ''));
  const objective: Objective | undefined = o.objectiveMwh ? { mwh: Number(o.objectiveMwh), basis: o.objectiveBasis } : undefined;
  try {
    const profiles = o.profiles ? parseProfilesCsv(await read(o.profiles)) : undefined;
    const study = { sources: parseSourcesCsv(await read(o.sources), profiles), sinks: parseSinksCsv(await read(o.sinks), profiles), profiles };
    const params = o.params ? JSON.parse(await read(o.params)) : {};
    const run = await runStudy(study, params, { objective, merit: o.merit });
    await mkdir(o.out, { recursive: true });
    await writeFile(path.join(o.out, 'arcs.csv'), arcsCsv(study, run.stage1.arcs));
    await writeFile(path.join(o.out, 'flows.csv'), flowsCsv(study, run.stage1.arcs, run.allocation));
    if (run.merit) await writeFile(path.join(o.out, 'merit.csv'), meritCsv(run.merit));
    await writeFile(path.join(o.out, 'summary.json'), summaryJson(run.summary));
    const s = run.summary as unknown as Record<string, unknown>;
    ctx.err(`heat match: ${s.status}; ${run.stage1.arcs.length} arcs kept; outputs in ${o.out}\n`);
  } catch (err) {
    if (err instanceof HeatInputError) {
      const lines = err.issues.map((i) => `- ${[i.row ? `line ${i.row}` : '', i.column ? `column ${i.column}` : ''].filter(Boolean).join(', ') || 'input'}: ${i.message}`);
      throw new Error(`Invalid input:\n${lines.join('\n')}`);
    }
    if (err instanceof SyntaxError) throw new Error(`--params is not valid JSON: ${err.message}`);
    throw err;
  }
}
