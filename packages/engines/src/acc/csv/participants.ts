import { AccInputError } from '../errors';
import { MILLION, type Role } from '../types';
import { cleanLine, linesOf, readHeader, splitCsvLine } from './line';
import { parseDecimal, parseMillionths, parsePositiveInt, type FieldRef } from './numbers';

const FILE = 'participants.csv';
const COLUMNS = ['id', 'role', 'lat', 'lon', 'commune', 'power_kw', 'coefficient', 'priority'] as const;
const ROLES: readonly Role[] = ['consumer', 'producer', 'prosumer', 'storage'];

/** One row of participants.csv; optional columns are null when absent or empty. */
export interface Participant {
  id: string;
  role: Role;
  lat: number | null;
  lon: number | null;
  commune: string | null;
  powerKw: number | null;
  /** Static coefficient in millionths. */
  coefficient: number | null;
  /** Priority rank, 1 first. */
  priority: number | null;
}

/**
 * Parse participants.csv (`id,role,lat,lon,commune,power_kw,coefficient,priority`, columns in any order, only
 * id and role required). File order is kept: it breaks ties in every key.
 */
export function parseParticipantsCsv(source: string | Iterable<string>): Participant[] {
  let columns: Map<string, number> | null = null;
  const participants: Participant[] = [];
  const seen = new Map<string, number>();
  let lineNo = 0;
  for (const raw of linesOf(source)) {
    lineNo += 1;
    const line = cleanLine(raw, lineNo === 1);
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line, lineNo, FILE);
    if (!columns) {
      if (lineNo !== 1) throw new AccInputError('CSV_HEADER', `${FILE}: the header must be the first line`);
      columns = readHeader(fields, ['id', 'role'], COLUMNS, FILE);
      continue;
    }
    if (fields.length !== columns.size) {
      throw new AccInputError(
        'CSV_SYNTAX',
        `${FILE} line ${lineNo}: ${fields.length} fields for ${columns.size} columns`,
        { line: lineNo },
      );
    }
    const p = readRow(fields, columns, lineNo);
    const first = seen.get(p.id);
    if (first !== undefined) {
      throw new AccInputError('DUPLICATE_ID', `${FILE} line ${lineNo}: id '${p.id}' already used on line ${first}`, {
        line: lineNo,
        column: 'id',
        participant: p.id,
      });
    }
    seen.set(p.id, lineNo);
    participants.push(p);
  }
  if (!columns) throw new AccInputError('EMPTY', `${FILE} is empty`);
  if (participants.length === 0) throw new AccInputError('EMPTY', `${FILE} has a header but no participant`);
  checkCoefficientSum(participants);
  return participants;
}

function readRow(fields: string[], columns: Map<string, number>, line: number): Participant {
  const get = (name: string): string | null => {
    const at = columns.get(name);
    const v = at === undefined ? '' : fields[at].trim();
    return v === '' ? null : v;
  };
  const ref = (column: string): FieldRef => ({ file: FILE, line, column });
  const id = get('id');
  if (id === null) throw new AccInputError('BAD_VALUE', `${FILE} line ${line}: empty id`, { line, column: 'id' });
  const role = get('role') as Role | null;
  if (role === null || !ROLES.includes(role)) {
    throw new AccInputError(
      'BAD_ROLE',
      `${FILE} line ${line}, column role: '${role ?? ''}' is not one of ${ROLES.join(', ')}`,
      { line, column: 'role', participant: id },
    );
  }
  const num = (name: string, min: number, max: number) => {
    const v = get(name);
    return v === null ? null : parseDecimal(v, ref(name), min, max);
  };
  const coefficientText = get('coefficient');
  const coefficient = coefficientText === null ? null : parseMillionths(coefficientText, ref('coefficient'));
  if (role === 'producer' && coefficient !== null && coefficient > 0) {
    throw new AccInputError(
      'BAD_VALUE',
      `${FILE} line ${line}, column coefficient: producer '${id}' consumes nothing and cannot have a coefficient`,
      { line, column: 'coefficient', participant: id },
    );
  }
  const priorityText = get('priority');
  return {
    id,
    role,
    lat: num('lat', -90, 90),
    lon: num('lon', -180, 180),
    commune: get('commune'),
    powerKw: num('power_kw', 0, Number.MAX_VALUE),
    coefficient,
    priority: priorityText === null ? null : parsePositiveInt(priorityText, ref('priority')),
  };
}

function checkCoefficientSum(participants: Participant[]): void {
  const sum = participants.reduce((s, p) => s + (p.coefficient ?? 0), 0);
  if (sum > MILLION) {
    throw new AccInputError(
      'COEFFICIENT_SUM',
      `${FILE}, column coefficient: coefficients sum to ${sum / MILLION}, more than 1`,
      { column: 'coefficient' },
    );
  }
}

/** Static coefficients (millionths) in participant order; empty cells count as 0. */
export function staticCoefficients(participants: readonly Participant[]): Int32Array {
  return Int32Array.from(participants, (p) => p.coefficient ?? 0);
}

/** Priority ranks in participant order; empty cells become 0 ("unranked", served last). */
export function priorityRanks(participants: readonly Participant[]): Int32Array {
  return Int32Array.from(participants, (p) => p.priority ?? 0);
}
