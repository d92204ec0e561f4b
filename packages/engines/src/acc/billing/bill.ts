import { AccInputError } from '../errors';
import { formatParis } from '../time';
import type { AllocationResult, Role } from '../types';
import type { AcciseCategory } from './defaults';
import { energyCents, vatCents } from './money';
import { changeDays, inForce, type BillingParams, type Dated } from './parameters';
import { splitPeriods, type Period } from './periods';

export interface BillLine {
  /** supply, turpe, turpe_auto, turpe_allo, accise, pmo_energy, accise_self */
  name: string;
  wh: number;
  /** µ€/kWh */
  rate: bigint;
  cents: bigint;
}

export interface Invoice {
  lines: BillLine[];
  htCents: bigint;
  vatCents: bigint;
  ttcCents: bigint;
}

export interface PeriodBill {
  id: string;
  month: string;
  from: string;
  to: string;
  consumptionWh: number;
  allocatedWh: number;
  acciseCategory: AcciseCategory;
  acciseZeroRate: boolean;
  /** Everything from the supplier, as if the operation did not exist. */
  without: Invoice;
  /** Grid complement from the supplier, allocated energy from the PMO. */
  withSupplier: Invoice;
  withPmo: Invoice;
  withTtcCents: bigint;
  /** without − with: positive when the operation saves money. */
  savingsCents: bigint;
}

export interface BillingReport {
  periods: { month: string; from: string; to: string; acciseZeroRate: { applies: boolean; reason: string } }[];
  bills: PeriodBill[];
}

export interface BillInput {
  result: AllocationResult;
  /** Step starts, epoch ms (Curves.startMs). */
  startMs: ArrayLike<number>;
  stepMs: number;
  participants: readonly { id: string; role: Role; powerKw: number | null }[];
  params: BillingParams;
}

/**
 * Each consumer's cost with and without the operation, per Paris month (cut where a parameter changes).
 *
 * Rounding rule: every line is rounded half-even to the cent (energy Wh × rate µ€/kWh / 10⁷); VAT is computed
 * per invoice on the sum of its rounded lines and rounded half-even; every total is a sum of rounded amounts.
 * Only consumers and prosumers are billed (storage charge is not a final consumption here). Pure.
 */
export function billOperation(input: BillInput): BillingReport {
  const { result, startMs, stepMs, participants, params } = input;
  const n = result.input.participants;
  if (participants.length !== n) throw new AccInputError('SHAPE', `billing needs ${n} participants, got ${participants.length}`);
  const periods = splitPeriods(startMs, stepMs, changeDays(params));
  const billed = participants.flatMap((p, i) => (p.role === 'consumer' || p.role === 'prosumer' ? [i] : []));
  const report: BillingReport = { periods: [], bills: [] };
  const c = new Float64Array(n);
  const a = new Float64Array(n);
  for (const period of periods) {
    c.fill(0);
    a.fill(0);
    for (let t = period.firstStep; t < period.endStep; t++) {
      const base = t * n;
      for (const i of billed) {
        c[i] += result.input.consumption[base + i];
        a[i] += result.allocated[base + i];
      }
    }
    const zero = zeroRate(params, participants, period.day);
    const from = formatParis(period.fromMs);
    const to = formatParis(period.toMs);
    report.periods.push({ month: period.month, from, to, acciseZeroRate: zero });
    for (const i of billed) {
      report.bills.push(billOne(params, participants[i].id, period, from, to, c[i], a[i], zero.applies));
    }
  }
  return report;
}

function need<T>(list: readonly Dated<T>[] | undefined, day: string, what: string, key: string): T | null {
  if (!list) return null;
  const d = inForce(list, day);
  if (!d) {
    throw new AccInputError('BAD_VALUE', `billing: no ${what} in force on ${day}; add an entry covering it to "${key}" in billing.json`);
  }
  return d.value;
}

function billOne(params: BillingParams, id: string, period: Period, from: string, to: string, C: number, A: number, zero: boolean): PeriodBill {
  const day = period.day;
  const own = params.participants.get(id);
  const supplier = need(own?.supplierPrice, day, `supplier price for '${id}'`, `participants.${id}.supplierPrice`) ??
    need(params.supplierPrice, day, 'supplier price', 'supplierPrice')!;
  const pmo = need(own?.pmoPrice, day, `PMO price for '${id}'`, `participants.${id}.pmoPrice`) ?? need(params.pmoPrice, day, 'PMO price', 'pmoPrice')!;
  const category = own?.acciseCategory ?? params.acciseCategory;
  const accise = need(params.accise, day, `accise rate`, 'accise')![category];
  const vat = need(params.vat, day, 'VAT rate', 'vat')!;
  const turpe = params.turpe.length ? need(params.turpe, day, 'TURPE', 'turpe') : null;
  const G = C - A;
  const line = (name: string, wh: number, rate: bigint): BillLine => ({ name, wh, rate, cents: energyCents(wh, rate) });
  const invoice = (lines: BillLine[], vatBp: bigint): Invoice => {
    const ht = lines.reduce((s, l) => s + l.cents, 0n);
    const v = vatCents(ht, vatBp);
    return { lines, htCents: ht, vatCents: v, ttcCents: ht + v };
  };
  const without = invoice(
    [line('supply', C, supplier), ...(turpe ? [line('turpe', C, turpe.standard)] : []), line('accise', C, accise)],
    vat,
  );
  // TURPE is invoiced through the supplier for the whole withdrawal, split by kWh class (⚠ README: who pays).
  const withSupplier = invoice(
    [
      line('supply', G, supplier),
      ...(turpe ? [line('turpe_allo', G, turpe.allo), line('turpe_auto', A, turpe.auto)] : []),
      line('accise', G, accise),
    ],
    vat,
  );
  const withPmo = invoice([line('pmo_energy', A, pmo), line('accise_self', A, zero ? 0n : accise)], params.pmoInvoiceVat ? vat : 0n);
  const withTtc = withSupplier.ttcCents + withPmo.ttcCents;
  return {
    id,
    month: period.month,
    from,
    to,
    consumptionWh: C,
    allocatedWh: A,
    acciseCategory: category,
    acciseZeroRate: zero,
    without,
    withSupplier,
    withPmo,
    withTtcCents: withTtc,
    savingsCents: without.ttcCents - withTtc,
  };
}

function zeroRate(
  params: BillingParams,
  participants: BillInput['participants'],
  day: string,
): { applies: boolean; reason: string } {
  const rule = inForce(params.acciseZeroRate, day);
  if (!rule) return { applies: false, reason: `no ACC zero accise rate in force on ${day}` };
  if (!params.renewable) return { applies: false, reason: 'renewable not declared in billing.json (CIBS L312-87 1°)' };
  const sites = participants.filter((p) => p.role === 'producer' || p.role === 'prosumer');
  const unknown = sites.filter((p) => p.powerKw === null);
  if (unknown.length) return { applies: false, reason: `no power_kw for ${unknown.map((p) => `'${p.id}'`).join(', ')}` };
  // Production is pooled, so allocated kWh cannot be traced to one site: every site must be below the limit.
  const big = sites.filter((p) => Math.round(p.powerKw! * 1000) >= rule.value.maxSitePowerW);
  if (big.length) {
    return { applies: false, reason: `site power ≥ ${rule.value.maxSitePowerW / 1000} kW: ${big.map((p) => `'${p.id}'`).join(', ')}` };
  }
  return { applies: true, reason: `renewable and every production site < ${rule.value.maxSitePowerW / 1000} kW (${rule.source})` };
}
