import { AccInputError } from '../errors';
import { DEFAULT_ACCISE, DEFAULT_ACCISE_ZERO_RATE, DEFAULT_VAT, type AcciseCategory, type DatedText } from './defaults';
import { parseScaled } from './money';

/** A value valid on [validFrom, validTo] (calendar days, inclusive; null = unbounded). */
export interface Dated<T> {
  validFrom: string | null;
  validTo: string | null;
  value: T;
  source: string;
}

/** Network tariff energy components, µ€/kWh: standard (no operation), autoproduced and alloproduced kWh. */
export interface Turpe {
  standard: bigint;
  auto: bigint;
  allo: bigint;
}

export interface ParticipantOverrides {
  supplierPrice?: Dated<bigint>[];
  pmoPrice?: Dated<bigint>[];
  acciseCategory?: AcciseCategory;
}

/**
 * Resolved billing parameters. Prices are µ€/kWh (6 decimals of €/kWh), VAT in basis points. Lists are searched
 * in order, so the operation's own entries (first) win over the shipped defaults (after them).
 */
export interface BillingParams {
  /** Supplier's energy price for the grid complement, and for all consumption without the operation; excl. VAT and accise. */
  supplierPrice: Dated<bigint>[];
  /** PMO's price for allocated kWh; excl. VAT and accise. */
  pmoPrice: Dated<bigint>[];
  /** Optional TURPE energy components; without them the network tariff is assumed inside supplierPrice. */
  turpe: Dated<Turpe>[];
  accise: Dated<Record<AcciseCategory, bigint>>[];
  acciseZeroRate: Dated<{ maxSitePowerW: number }>[];
  vat: Dated<bigint>[];
  /** Is the operation's electricity renewable (condition 1° of CIBS L312-87)? Defaults to false: no exemption unasked. */
  renewable: boolean;
  acciseCategory: AcciseCategory;
  /** Whether the PMO invoice bears VAT (e.g. false for a PMO outside the scope of VAT). */
  pmoInvoiceVat: boolean;
  participants: Map<string, ParticipantOverrides>;
}

const CATEGORIES: readonly AcciseCategory[] = ['household', 'sme', 'high'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TOP = ['supplierPrice', 'pmoPrice', 'turpe', 'accise', 'acciseZeroRate', 'vat', 'renewable', 'acciseCategory', 'pmoInvoiceVat', 'participants', '$comment'];

class Reader {
  constructor(private readonly file: string) {}

  fail(path: string, message: string): never {
    throw new AccInputError('BAD_VALUE', `${this.file}: ${path ? `${path}: ` : ''}${message}`, { column: path || undefined });
  }

  object(v: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'expected an object');
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) this.fail(path ? `${path}.${key}` : key, `unknown key (expected ${allowed.join(', ')})`);
    }
    return v as Record<string, unknown>;
  }

  scaled(v: unknown, path: string, decimals: number, unit: string): bigint {
    const x = parseScaled(v, decimals);
    if (x === null) this.fail(path, `expected a non-negative decimal in ${unit} with at most ${decimals} decimals, got ${JSON.stringify(v)}`);
    return x;
  }

  /** A scalar (valid always) or a list of { validFrom, validTo, value, source? }. */
  dated<T>(v: unknown, path: string, value: (x: unknown, path: string) => T): Dated<T>[] {
    if (!Array.isArray(v)) return [{ validFrom: null, validTo: null, value: value(v, path), source: this.file }];
    return v.map((entry, k) => {
      const p = `${path}[${k}]`;
      const o = this.object(entry, p, ['validFrom', 'validTo', 'value', 'source']);
      const day = (d: unknown, name: string) => {
        if (d === undefined || d === null) return null;
        if (typeof d !== 'string' || !isDay(d)) this.fail(`${p}.${name}`, 'expected a day YYYY-MM-DD or null');
        return d;
      };
      const from = day(o.validFrom, 'validFrom');
      const to = day(o.validTo, 'validTo');
      if (from && to && to < from) this.fail(p, 'validTo is before validFrom');
      return { validFrom: from, validTo: to, value: value(o.value, `${p}.value`), source: typeof o.source === 'string' ? o.source : this.file };
    });
  }

  category(v: unknown, path: string): AcciseCategory {
    if (!CATEGORIES.includes(v as AcciseCategory)) this.fail(path, `expected one of ${CATEGORIES.join(', ')}`);
    return v as AcciseCategory;
  }

  bool(v: unknown, path: string, fallback: boolean): boolean {
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') this.fail(path, 'expected true or false');
    return v;
  }
}

const euroPerKwh = (r: Reader) => (x: unknown, p: string) => r.scaled(x, p, 6, '€/kWh');

/** Shipped accise rates in µ€/kWh: €/MWh × 1000, exact for up to 3 decimals of €/MWh. */
function acciseFromText(list: readonly DatedText<Record<AcciseCategory, string>>[]): Dated<Record<AcciseCategory, bigint>>[] {
  return list.map((d) => ({
    ...d,
    value: { household: parseScaled(d.value.household, 3)!, sme: parseScaled(d.value.sme, 3)!, high: parseScaled(d.value.high, 3)! },
  }));
}

/** Validate billing.json (already JSON-parsed) and merge it over the shipped dated defaults. */
export function parseBillingParams(json: unknown, file = 'billing.json'): BillingParams {
  const r = new Reader(file);
  const o = r.object(json, '', TOP);
  if (o.supplierPrice === undefined) r.fail('supplierPrice', 'required (€/kWh excl. VAT and accise)');
  if (o.pmoPrice === undefined) r.fail('pmoPrice', 'required (€/kWh excl. VAT and accise)');
  const acciseRates = (x: unknown, p: string) => {
    const c = r.object(x, p, CATEGORIES);
    const rate = (k: AcciseCategory) => r.scaled(c[k], `${p}.${k}`, 3, '€/MWh');
    return { household: rate('household'), sme: rate('sme'), high: rate('high') };
  };
  const turpe = (x: unknown, p: string): Turpe => {
    const t = r.object(x, p, ['standard', 'auto', 'allo']);
    return { standard: euroPerKwh(r)(t.standard, `${p}.standard`), auto: euroPerKwh(r)(t.auto, `${p}.auto`), allo: euroPerKwh(r)(t.allo, `${p}.allo`) };
  };
  const zeroRate = (x: unknown, p: string) => {
    const z = r.object(x, p, ['maxSitePowerKw']);
    return { maxSitePowerW: Number(r.scaled(z.maxSitePowerKw, `${p}.maxSitePowerKw`, 3, 'kW')) };
  };
  const participants = new Map<string, ParticipantOverrides>();
  if (o.participants !== undefined) {
    const ps = r.object(o.participants, 'participants', Object.keys(o.participants ?? {}));
    for (const [id, v] of Object.entries(ps)) {
      const p = `participants.${id}`;
      const po = r.object(v, p, ['supplierPrice', 'pmoPrice', 'acciseCategory']);
      participants.set(id, {
        ...(po.supplierPrice !== undefined ? { supplierPrice: r.dated(po.supplierPrice, `${p}.supplierPrice`, euroPerKwh(r)) } : {}),
        ...(po.pmoPrice !== undefined ? { pmoPrice: r.dated(po.pmoPrice, `${p}.pmoPrice`, euroPerKwh(r)) } : {}),
        ...(po.acciseCategory !== undefined ? { acciseCategory: r.category(po.acciseCategory, `${p}.acciseCategory`) } : {}),
      });
    }
  }
  const defaultZero = DEFAULT_ACCISE_ZERO_RATE.map((d) => ({ ...d, value: { maxSitePowerW: Number(parseScaled(d.value.maxSitePowerKw, 3)!) } }));
  return {
    supplierPrice: r.dated(o.supplierPrice, 'supplierPrice', euroPerKwh(r)),
    pmoPrice: r.dated(o.pmoPrice, 'pmoPrice', euroPerKwh(r)),
    turpe: o.turpe === undefined ? [] : r.dated(o.turpe, 'turpe', turpe),
    accise: [...(o.accise === undefined ? [] : r.dated(o.accise, 'accise', acciseRates)), ...acciseFromText(DEFAULT_ACCISE)],
    // false disables the zero rate; a list replaces the shipped period (its dates are the uncertain part).
    acciseZeroRate: o.acciseZeroRate === false ? [] : o.acciseZeroRate === undefined ? defaultZero : r.dated(o.acciseZeroRate, 'acciseZeroRate', zeroRate),
    vat: [
      ...(o.vat === undefined ? [] : r.dated(o.vat, 'vat', (x, p) => r.scaled(x, p, 2, '%'))),
      ...DEFAULT_VAT.map((d) => ({ ...d, value: parseScaled(d.value, 2)! })),
    ],
    renewable: r.bool(o.renewable, 'renewable', false),
    acciseCategory: o.acciseCategory === undefined ? 'household' : r.category(o.acciseCategory, 'acciseCategory'),
    pmoInvoiceVat: r.bool(o.pmoInvoiceVat, 'pmoInvoiceVat', true),
    participants,
  };
}

/** The first entry in force on `day` (YYYY-MM-DD), or null. */
export function inForce<T>(list: readonly Dated<T>[], day: string): Dated<T> | null {
  for (const d of list) if ((d.validFrom === null || d.validFrom <= day) && (d.validTo === null || day <= d.validTo)) return d;
  return null;
}

/** Days on which some parameter may change: every validFrom and the day after every validTo. */
export function changeDays(params: BillingParams): string[] {
  const lists: Dated<unknown>[][] = [params.supplierPrice, params.pmoPrice, params.turpe, params.accise, params.acciseZeroRate, params.vat];
  for (const p of params.participants.values()) lists.push(p.supplierPrice ?? [], p.pmoPrice ?? []);
  const days = new Set<string>();
  for (const list of lists) {
    for (const d of list) {
      if (d.validFrom) days.add(d.validFrom);
      if (d.validTo) days.add(nextDay(d.validTo));
    }
  }
  return [...days].sort();
}

function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
