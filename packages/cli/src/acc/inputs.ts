import { acc } from '@trajectoire/engines';
import { basename } from 'node:path';
import type { CliContext } from '../context';
import { DynamicCoefficientsReader, parseStaticCoefficients } from './coefficients-file';
import { fileSize, forEachLine, readLines } from './io';

export const KEYS = ['default', 'static', 'static-redistributed', 'dynamic', 'priority'] as const;
export type KeyName = (typeof KEYS)[number];

export interface LoadOptions {
  participants: string;
  curves: string;
  key: KeyName;
  coefficients?: string;
  /** 'zero': missing curve rows count as 0 Wh. */
  fill?: 'zero';
  /** Accept any UTC offset (by default only Europe/Paris's offset at that instant, or UTC). */
  anyOffset?: boolean;
  progressMb?: number;
}

export interface Operation {
  participants: acc.Participant[];
  curves: acc.Curves;
  key: acc.KeySpec;
  bytes: { participants: number; curves: number; coefficients?: number };
  readMs: number;
}

const mb = (b: number) => Math.round(b / 2 ** 20);

/** Read participants, curves (streamed) and the key's coefficients, with errors naming file, line and column. */
export async function loadOperation(ctx: CliContext, o: LoadOptions): Promise<Operation> {
  const t0 = performance.now();
  const bytes = { participants: fileSize(o.participants, '--participants'), curves: fileSize(o.curves, '--curves') };
  const participants = acc.parseParticipantsCsv(await readLines(o.participants));
  const reader = new acc.CurvesReader(participants, { missing: o.fill === 'zero' ? 'zero' : 'error' });
  const name = basename(o.curves);
  await forEachLine(o.curves, (line) => reader.line(line), {
    everyBytes: (o.progressMb ?? 64) * 2 ** 20,
    progress: (read, total) => ctx.err(`${name}: ${mb(read)} MB of ${mb(total)} MB read (${Math.floor((100 * read) / total)} %)\n`),
  });
  const curves = reader.finish();
  if (!o.anyOffset) await checkOffsets(curves, o.curves);
  const key = await keySpec(o, participants, curves);
  return {
    participants,
    curves,
    key,
    bytes: { ...bytes, ...(o.coefficients ? { coefficients: fileSize(o.coefficients, '--coefficients') } : {}) },
    readMs: performance.now() - t0,
  };
}

async function keySpec(o: LoadOptions, participants: acc.Participant[], curves: acc.Curves): Promise<acc.KeySpec> {
  const file = o.coefficients ? basename(o.coefficients) : '';
  switch (o.key) {
    case 'default':
      return { kind: 'default' };
    case 'static':
    case 'static-redistributed': {
      const coefficients = o.coefficients
        ? parseStaticCoefficients(await readLines(o.coefficients), participants, file)
        : acc.staticCoefficients(participants);
      if (!o.coefficients && participants.every((p) => p.coefficient === null)) {
        throw new Error(`--key ${o.key} needs coefficients: fill the coefficient column of participants.csv or pass --coefficients id,coefficient`);
      }
      return { kind: o.key, coefficients };
    }
    case 'dynamic': {
      if (!o.coefficients) throw new Error('--key dynamic needs --coefficients (timestamp,id,coefficient)');
      const grid = { startMs: curves.startMs[0], stepMs: curves.stepMs, steps: curves.input.steps };
      const reader = new DynamicCoefficientsReader(participants, grid, file);
      await forEachLine(o.coefficients, (line) => reader.line(line));
      return { kind: 'dynamic', coefficients: reader.finish() };
    }
    case 'priority':
      if (participants.every((p) => p.priority === null)) throw new Error('--key priority needs the priority column of participants.csv');
      return { kind: 'priority', ranks: acc.priorityRanks(participants) };
  }
}

/**
 * Metering files carry Paris local time with its offset (+01:00 in winter, +02:00 in summer) or UTC. Any other
 * offset is accepted by ISO 8601 but is almost always a file written without DST (every summer row one hour
 * off), so it is refused unless --any-offset. The reader keeps the first spelling of each instant; on a failure
 * the file is scanned again to name the first offending line.
 */
async function checkOffsets(curves: acc.Curves, path: string): Promise<void> {
  const { startMs, offsetMinutes } = curves;
  let bad = -1;
  for (let t = 0; t < startMs.length && bad < 0; t++) {
    const o = offsetMinutes[t];
    if (o !== 0 && o !== acc.parisOffsetMinutes(startMs[t])) bad = t;
  }
  if (bad < 0) return;
  const ms = startMs[bad];
  const offset = offsetMinutes[bad];
  let column = -1;
  let found = { line: 0, text: acc.formatIsoTimestamp(ms, offset) };
  let lineNo = 0;
  const stop = new Error('found');
  try {
    await forEachLine(path, (raw) => {
      lineNo += 1;
      const fields = raw.replace(/\r$/, '').replace(/^\uFEFF/, '').split(',');
      if (column < 0) {
        column = fields.findIndex((f) => f.trim() === 'timestamp');
        return;
      }
      const text = (fields[column] ?? '').trim();
      const instant = acc.parseIsoTimestamp(text);
      if (instant && instant.ms === ms && instant.offsetMinutes === offset) {
        found = { line: lineNo, text };
        throw stop;
      }
    });
  } catch (e) {
    if (e !== stop) throw e;
  }
  const paris = acc.formatParis(ms);
  throw new acc.AccInputError(
    'BAD_TIMESTAMP',
    `${basename(path)}${found.line ? ` line ${found.line}` : ''}, column timestamp: '${found.text}' has offset ` +
      `${found.text.slice(-6)}, but Europe/Paris is at ${paris.slice(-6)} at that instant (${paris}); ` +
      'write Paris local time with its offset, or UTC (Z), or pass --any-offset',
    { line: found.line || undefined, column: 'timestamp', timestamp: found.text },
  );
}
