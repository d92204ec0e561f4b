import { afterAll, describe, expect, it } from 'vitest';
import { accHarness } from './harness';

const h = accHarness();
afterAll(() => h.close());

// Hourly steps either side of the 1 August 2025 accise change (33.70 → 29.98 €/MWh, ≤ 36 kVA):
// 23:00 on 31 July: PV 60 kWh, consumer 100 kWh → 60 allocated; 00:00 on 1 August: consumer 50 kWh, no PV.
const participants = h.write('participants.csv', 'id,role,power_kw\nc,consumer,\npv,producer,100\n');
const curves = h.write(
  'curves.csv',
  'id,timestamp,consumption_wh,production_wh\n' +
    'c,2025-07-31T23:00:00+02:00,100000,0\npv,2025-07-31T23:00:00+02:00,0,60000\n' +
    'c,2025-08-01T00:00:00+02:00,50000,0\npv,2025-08-01T00:00:00+02:00,0,0\n',
);
const bill = (params: object) =>
  h.run(['bill', '--participants', participants, '--curves', curves, '--params', h.write('billing.json', JSON.stringify(params)), '--out', '$DIR/bill']);

describe('acc bill', () => {
  it('writes each consumer-month with and without the operation (hand-computed, see the engine test)', async () => {
    const r = await bill({ supplierPrice: '0.2016', pmoPrice: '0.15', renewable: true });
    expect(r.error).toBeNull();
    expect(r.out).toMatch(/2 consumer-months: 42\.14 € without the operation, 35\.99 € with it, savings 6\.15 €/);
    const rows = h.read('bill/bill.csv').trim().split('\n');
    // July: without = 20.16 supply + 3.37 accise + 4.71 VAT (20 % of 23.53 = 4.706) = 28.24 €.
    // With: supplier 8.06 + 1.35 + VAT 1.88 = 11.29; PMO 9.00 at zero accise + VAT 1.80 = 10.80; saving 6.15.
    expect(rows[1]).toBe('2025-07,2025-07-31T23:00:00+02:00,2025-08-01T00:00:00+02:00,c,100000,60000,40000,true,23.53,4.71,28.24,11.29,10.80,22.09,6.15');
    // August: 10.08 supply + 1.50 accise (50 kWh × 29.98 €/MWh = 149.9 c → 150 c) + VAT 2.32 = 13.90 either way.
    expect(rows[2]).toBe('2025-08,2025-08-01T00:00:00+02:00,2025-08-01T01:00:00+02:00,c,50000,0,50000,true,11.58,2.32,13.90,13.90,0.00,13.90,0.00');
    const json = JSON.parse(h.read('bill/bill.json'));
    expect(json.total).toEqual({ consumptionWh: 150000, allocatedWh: 60000, withoutEur: '42.14', withEur: '35.99', savingsEur: '6.15' });
    expect(json.bills[0].without.lines[1]).toEqual({ name: 'accise', wh: 100000, eurPerKwh: '0.033700', eur: '3.37' });
    expect(json.periods[0].acciseZeroRate.reason).toMatch(/CIBS L312-79 and L312-87/);
    expect(json.rounding).toMatch(/half-even/);
  });

  it('names the bad key of billing.json', async () => {
    expect((await bill({ supplierPrice: 'cheap', pmoPrice: 0.1 })).error?.message).toMatch(/billing\.json: supplierPrice: expected a non-negative decimal/);
  });
});
