import type { BillingReport } from './bill';

export interface BillTotals {
  consumptionWh: number;
  allocatedWh: number;
  withoutCents: bigint;
  withCents: bigint;
  savingsCents: bigint;
}

/** Sums of the rounded period bills (never re-rounded): per participant, per month, and for the operation. */
export function summarizeBills(report: BillingReport): {
  participants: Map<string, BillTotals>;
  months: Map<string, BillTotals>;
  total: BillTotals;
} {
  const participants = new Map<string, BillTotals>();
  const months = new Map<string, BillTotals>();
  const total = empty();
  for (const b of report.bills) {
    for (const acc of [
      participants.get(b.id) ?? participants.set(b.id, empty()).get(b.id)!,
      months.get(b.month) ?? months.set(b.month, empty()).get(b.month)!,
      total,
    ]) {
      acc.consumptionWh += b.consumptionWh;
      acc.allocatedWh += b.allocatedWh;
      acc.withoutCents += b.without.ttcCents;
      acc.withCents += b.withTtcCents;
      acc.savingsCents += b.savingsCents;
    }
  }
  return { participants, months, total };
}

function empty(): BillTotals {
  return { consumptionWh: 0, allocatedWh: 0, withoutCents: 0n, withCents: 0n, savingsCents: 0n };
}
