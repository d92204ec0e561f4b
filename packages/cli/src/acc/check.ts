import { acc } from '@trajectoire/engines';
import { checkEligibility, parseDensitiesCsv, type DensityTable } from '@trajectoire/engines/acc/eligibility';
import { CommanderError } from 'commander';
import { basename } from 'node:path';
import type { CliContext } from '../context';
import { readLines } from './io';

export interface CheckOptions {
  participants: string;
  date: string;
  densities?: string;
  publicBody?: boolean;
  zni?: boolean;
}

/** Exit codes of `acc check`: 0 eligible, 2 not eligible, 3 undetermined (missing data or a ministerial decision). */
export const EXIT = { pass: 0, fail: 2, unknown: 3 } as const;

/** `acc check`: the eligibility report as JSON on stdout; the verdict is also the exit code. */
export async function check(ctx: CliContext, o: CheckOptions): Promise<void> {
  const participants = acc.parseParticipantsCsv(await readLines(o.participants));
  const table: DensityTable | null = o.densities ? parseDensitiesCsv(await readLines(o.densities), basename(o.densities)) : null;
  const density = (p: acc.Participant) => {
    if (!table) return null;
    const key = table.key === 'id' ? p.id : p.commune;
    return key === null ? null : (table.classes.get(key) ?? null);
  };
  const report = checkEligibility({
    date: o.date,
    zni: o.zni,
    publicBody: o.publicBody,
    participants: participants.map((p) => ({ id: p.id, role: p.role, lat: p.lat, lon: p.lon, powerKw: p.powerKw, density: density(p) })),
  });
  ctx.out(`${JSON.stringify(report, null, 2)}\n`);
  const code = EXIT[report.verdict];
  if (code !== 0) throw new CommanderError(code, `acc.check.${report.verdict}`, '');
}
