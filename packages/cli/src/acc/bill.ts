import { acc } from '@trajectoire/engines';
import { billOperation, formatCents, parseBillingParams, summarizeBills, type BillTotals, type Invoice } from '@trajectoire/engines/acc/billing';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CliContext } from '../context';
import { writeChunks } from './io';
import { loadOperation, type LoadOptions } from './inputs';

export interface BillOptions extends LoadOptions {
  params: string;
  out: string;
}

const eur = formatCents;
const totalsJson = (t: BillTotals) => ({
  consumptionWh: t.consumptionWh,
  allocatedWh: t.allocatedWh,
  withoutEur: eur(t.withoutCents),
  withEur: eur(t.withCents),
  savingsEur: eur(t.savingsCents),
});
const invoiceJson = (inv: Invoice) => ({
  lines: inv.lines.map((l) => ({ name: l.name, wh: l.wh, eurPerKwh: formatRate(l.rate), eur: eur(l.cents) })),
  htEur: eur(inv.htCents),
  vatEur: eur(inv.vatCents),
  ttcEur: eur(inv.ttcCents),
});

/** µ€/kWh as €/kWh with 6 decimals. */
function formatRate(micro: bigint): string {
  return `${micro / 1_000_000n}.${String(micro % 1_000_000n).padStart(6, '0')}`;
}

function readParams(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read --params '${path}': ${(e as Error).message}`);
  }
  return parseBillingParams(json, basename(path));
}

/** `acc bill`: allocate, then each consumer's monthly cost with and without the operation (bill.csv, bill.json). */
export async function bill(ctx: CliContext, o: BillOptions): Promise<void> {
  const params = readParams(o.params);
  const op = await loadOperation(ctx, o);
  const result = acc.allocate(op.curves.input, op.key);
  const report = billOperation({ result, startMs: op.curves.startMs, stepMs: op.curves.stepMs, participants: op.participants, params });
  const totals = summarizeBills(report);
  mkdirSync(o.out, { recursive: true });
  const header =
    'month,from,to,id,consumption_wh,allocated_wh,grid_wh,accise_zero_rate,without_ht_eur,without_vat_eur,without_ttc_eur,' +
    'with_supplier_ttc_eur,with_pmo_ttc_eur,with_ttc_eur,savings_eur\n';
  const rows = report.bills.map(
    (b) =>
      `${b.month},${b.from},${b.to},${acc.csvField(b.id)},${b.consumptionWh},${b.allocatedWh},${b.consumptionWh - b.allocatedWh},` +
      `${b.acciseZeroRate},${eur(b.without.htCents)},${eur(b.without.vatCents)},${eur(b.without.ttcCents)},` +
      `${eur(b.withSupplier.ttcCents)},${eur(b.withPmo.ttcCents)},${eur(b.withTtcCents)},${eur(b.savingsCents)}\n`,
  );
  await writeChunks(join(o.out, 'bill.csv'), [header, ...rows]);
  const json = {
    key: o.key,
    rounding: 'each line rounded half-even to the cent; VAT per invoice on the sum of its rounded lines, rounded half-even; totals are sums of rounded amounts',
    total: totalsJson(totals.total),
    months: [...totals.months].map(([month, t]) => ({ month, ...totalsJson(t) })),
    participants: [...totals.participants].map(([id, t]) => ({ id, ...totalsJson(t) })),
    periods: report.periods,
    bills: report.bills.map((b) => ({
      id: b.id,
      month: b.month,
      from: b.from,
      to: b.to,
      consumptionWh: b.consumptionWh,
      allocatedWh: b.allocatedWh,
      acciseCategory: b.acciseCategory,
      acciseZeroRate: b.acciseZeroRate,
      without: invoiceJson(b.without),
      withSupplier: invoiceJson(b.withSupplier),
      withPmo: invoiceJson(b.withPmo),
      withEur: eur(b.withTtcCents),
      savingsEur: eur(b.savingsCents),
    })),
  };
  await writeChunks(join(o.out, 'bill.json'), [`${JSON.stringify(json, null, 2)}\n`]);
  ctx.out(
    `${report.bills.length} consumer-months: ${eur(totals.total.withoutCents)} € without the operation, ` +
      `${eur(totals.total.withCents)} € with it, savings ${eur(totals.total.savingsCents)} €; files in ${o.out}\n`,
  );
}
