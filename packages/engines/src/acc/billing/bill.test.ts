import { describe, expect, it } from 'vitest';
import { allocate } from '../allocate';
import { AccInputError } from '../errors';
import { billOperation } from './bill';
import { parseBillingParams } from './parameters';
import { summarizeBills } from './totals';

// One consumer and one 100 kWc PV producer, two hourly steps either side of the 1 Aug 2025 accise change:
// step 0 = 2025-07-31T23:00+02:00: P = 60,000 Wh, C = 100,000 Wh → A = 60,000 (default key), grid 40,000;
// step 1 = 2025-08-01T00:00+02:00: P = 0, C = 50,000 → A = 0.
const startMs = Float64Array.from([Date.UTC(2025, 6, 31, 21), Date.UTC(2025, 6, 31, 22)]);
const participants: { id: string; role: 'consumer' | 'producer'; powerKw: number | null }[] = [
  { id: 'c', role: 'consumer', powerKw: null },
  { id: 'pv', role: 'producer', powerKw: 100 },
];
const result = allocate(
  { participants: 2, steps: 2, ids: ['c', 'pv'], consumption: Float64Array.from([100_000, 0, 50_000, 0]), production: Float64Array.from([0, 60_000, 0, 0]) },
  { kind: 'default' },
);
const base = { supplierPrice: '0.2016', pmoPrice: '0.15', renewable: true };
const bill = (json: object, ps = participants) =>
  billOperation({ result, startMs, stepMs: 3_600_000, participants: ps, params: parseBillingParams(json) });
const cents = (lines: { name: string; cents: bigint }[]) => Object.fromEntries(lines.map((l) => [l.name, l.cents]));

describe('billOperation', () => {
  it('bills July and August separately with the accise in force, rounding each line half-even (hand-computed)', () => {
    const r = bill(base);
    expect(r.periods.map((p) => [p.month, p.from, p.to])).toEqual([
      ['2025-07', '2025-07-31T23:00:00+02:00', '2025-08-01T00:00:00+02:00'],
      ['2025-08', '2025-08-01T00:00:00+02:00', '2025-08-01T01:00:00+02:00'],
    ]);
    const [july, august] = r.bills;
    // July, accise 33.70 €/MWh = 33,700 µ€/kWh. Without: supply 100,000 × 201,600 / 10⁷ = 2,016 c;
    // accise 100,000 × 33,700 / 10⁷ = 337 c; HT 2,353; VAT 470.6 → 471; TTC 2,824.
    expect(cents(july.without.lines)).toEqual({ supply: 2016n, accise: 337n });
    expect([july.without.htCents, july.without.vatCents, july.without.ttcCents]).toEqual([2353n, 471n, 2824n]);
    // With, supplier: supply 40,000 × 201,600 / 10⁷ = 806.4 → 806; accise 134.8 → 135; HT 941; VAT 188.2 → 188.
    expect(cents(july.withSupplier.lines)).toEqual({ supply: 806n, accise: 135n });
    expect(july.withSupplier.ttcCents).toBe(1129n);
    // With, PMO: 60,000 × 150,000 / 10⁷ = 900; zero accise (renewable, 100 kWc < 1 MW); VAT 180 → 1,080.
    expect(july.acciseZeroRate).toBe(true);
    expect(cents(july.withPmo.lines)).toEqual({ pmo_energy: 900n, accise_self: 0n });
    expect(july.withPmo.ttcCents).toBe(1080n);
    expect([july.withTtcCents, july.savingsCents]).toEqual([2209n, 615n]);
    // August, accise 29.98 €/MWh: supply 1,008; accise 50,000 × 29,980 / 10⁷ = 149.9 → 150; HT 1,158;
    // VAT 231.6 → 232; TTC 1,390 with or without the operation (nothing allocated).
    expect(cents(august.without.lines)).toEqual({ supply: 1008n, accise: 150n });
    expect([august.without.ttcCents, august.withTtcCents, august.savingsCents]).toEqual([1390n, 1390n, 0n]);
    const totals = summarizeBills(r);
    expect(totals.total).toEqual({ consumptionWh: 150_000, allocatedWh: 60_000, withoutCents: 4214n, withCents: 3599n, savingsCents: 615n });
    expect([...totals.months.keys()]).toEqual(['2025-07', '2025-08']);
    expect(r.bills.map((b) => b.id)).toEqual(['c', 'c']); // producers are not billed
  });

  it('charges the normal accise on allocated kWh when the zero-rate conditions fail', () => {
    // A15 counterpart: accise on the 60,000 allocated Wh at 33.70 €/MWh = 202.2 → 202 c.
    const notRenewable = bill({ ...base, renewable: false });
    expect(notRenewable.periods[0].acciseZeroRate.reason).toMatch(/renewable not declared/);
    expect(cents(notRenewable.bills[0].withPmo.lines).accise_self).toBe(202n);
    const bigSite = bill(base, [participants[0], { ...participants[1], powerKw: 1000 }]);
    expect(bigSite.periods[0].acciseZeroRate.reason).toMatch(/site power ≥ 1000 kW: 'pv'/);
    const noPower = bill(base, [participants[0], { ...participants[1], powerKw: null }]);
    expect(noPower.bills[0].acciseZeroRate).toBe(false);
    const disabled = bill({ ...base, acciseZeroRate: false });
    expect(disabled.periods[0].acciseZeroRate.reason).toMatch(/no ACC zero accise rate in force/);
    expect(bill({ ...base, acciseZeroRate: [{ validFrom: '2025-08-01', value: { maxSitePowerKw: 1000 } }] }).bills[0].acciseZeroRate).toBe(false);
  });

  it('adds TURPE by kWh class, per-participant prices and a PMO without VAT', () => {
    const r = bill({
      ...base,
      turpe: { standard: '0.04', auto: '0.02', allo: '0.05' },
      pmoInvoiceVat: false,
      participants: { c: { supplierPrice: 0.25, acciseCategory: 'sme' } },
    });
    const july = r.bills[0];
    // Without: supply 100,000 × 250,000 / 10⁷ = 2,500; TURPE 100,000 × 40,000 / 10⁷ = 400;
    // accise (PME 26.23 €/MWh) 262.3 → 262; HT 3,162; VAT 632.4 → 632.
    expect(cents(july.without.lines)).toEqual({ supply: 2500n, turpe: 400n, accise: 262n });
    expect(july.without.ttcCents).toBe(3794n);
    // With: supply 1,000; allo 40,000 × 50,000 / 10⁷ = 200; auto 60,000 × 20,000 / 10⁷ = 120; accise 104.92 → 105.
    expect(cents(july.withSupplier.lines)).toEqual({ supply: 1000n, turpe_allo: 200n, turpe_auto: 120n, accise: 105n });
    expect(july.withPmo.vatCents).toBe(0n);
    expect(july.acciseCategory).toBe('sme');
  });

  it('refuses to guess a rate beyond the shipped data and accepts the operation’s own', () => {
    const later = Float64Array.from([Date.UTC(2026, 1, 1, 10), Date.UTC(2026, 1, 1, 11)]);
    const run = (json: object) => billOperation({ result, startMs: later, stepMs: 3_600_000, participants, params: parseBillingParams(json) });
    expect(() => run(base)).toThrow(/no accise rate in force on 2026-02-01; add an entry covering it to "accise"/);
    const own = run({ ...base, accise: [{ validFrom: '2026-02-01', value: { household: '30.85', sme: '26.58', high: '26.58' } }] });
    // Both steps fall in February 2026: 150,000 Wh × 30,850 / 10⁷ = 462.75 c → 463.
    expect(cents(own.bills[0].without.lines).accise).toBe(463n);
  });
});

describe('parseBillingParams', () => {
  it('names the offending key', () => {
    const bad = (json: unknown, re: RegExp) => {
      expect(() => parseBillingParams(json)).toThrow(AccInputError);
      expect(() => parseBillingParams(json)).toThrow(re);
    };
    bad({ pmoPrice: 0.1 }, /supplierPrice: required/);
    bad({ ...base, supplierPrice: '0.1234567' }, /supplierPrice: expected a non-negative decimal in €\/kWh with at most 6 decimals/);
    bad({ ...base, vat: [{ validFrom: '2025-13-01', value: 20 }] }, /vat\[0\]\.validFrom: expected a day/);
    bad({ ...base, acciseCategory: 'menage' }, /acciseCategory: expected one of household, sme, high/);
    bad({ ...base, turpe: { standard: 1, auto: 1 } }, /turpe\.allo/);
    bad({ ...base, supplierPrce: 1 }, /billing\.json: supplierPrce: unknown key/);
    bad({ ...base, participants: { c: { pmoPrice: -1 } } }, /participants\.c\.pmoPrice/);
    bad({ ...base, accise: [{ validFrom: '2026-02-01', validTo: '2026-01-31', value: { household: 1, sme: 1, high: 1 } }] }, /accise\[0\]: validTo is before validFrom/);
    bad([], /billing\.json: expected an object/);
  });
});
