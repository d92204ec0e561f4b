/**
 * Known-answer tests A1–A9 of the research note (§1.7), converted from kWh to integer Wh. A8 (invariants on random
 * operations) is properties.test.ts. A10–A15 concern perimeter, power caps and taxes, not allocation.
 */
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { storageRuleViolations } from './storage';
import { summarize } from './summarize';
import { oneStep } from './testing/one-step';
import type { Role } from './types';

const byDefault = { kind: 'default' } as const;

describe('research §1.7 known answers', () => {
  it('A1: default, P = 10 kWh, C = [4, 8] kWh', () => {
    // Exact shares 10000·4000/12000 = 3333.33 Wh and 6666.67 Wh → floors [3333, 6666], remainders 4000 and 8000
    // (out of 12000) → the leftover Wh goes to the second → [3333, 6667]. Surplus 0; rates 100 % and 10/12.
    const { A, surplus, result } = oneStep(10_000, [4_000, 8_000], byDefault);
    expect(A).toEqual([3_333, 6_667]);
    expect(surplus).toBe(0);
    const { totals } = summarize(result);
    expect(totals.selfConsumptionRate).toBe(1);
    expect(totals.selfProductionRate).toBeCloseTo(10 / 12, 12);
  });

  it('A2: default, P = 15 kWh covers C = [4, 8] kWh', () => {
    const { A, surplus, result } = oneStep(15_000, [4_000, 8_000], byDefault);
    expect(A).toEqual([4_000, 8_000]);
    expect(surplus).toBe(3_000);
    const { totals } = summarize(result);
    expect(totals.selfConsumptionRate).toBeCloseTo(0.8, 12);
    expect(totals.selfProductionRate).toBe(1);
  });

  it('A3: default, P = 0 gives zeros without dividing by zero', () => {
    expect(oneStep(0, [4_000, 8_000], byDefault)).toMatchObject({ A: [0, 0], surplus: 0 });
  });

  it('A4: default, ΣC = 0 leaves all production as surplus', () => {
    const { A, surplus, result } = oneStep(5_000, [0, 0], byDefault);
    expect(A).toEqual([0, 0]);
    expect(surplus).toBe(5_000);
    expect(summarize(result).totals.selfProductionRate).toBeNull();
  });

  it('A5: static 60/40, P = 10, C = [4, 8] → [4, 4] and 2 kWh surplus, not reallocated', () => {
    expect(oneStep(10_000, [4_000, 8_000], { kind: 'static', coefficients: [600_000, 400_000] })).toMatchObject({
      A: [4_000, 4_000],
      surplus: 2_000,
    });
  });

  it('A6: static 60/40, P = 10, C = [7, 8] → [6, 4], no surplus', () => {
    expect(oneStep(10_000, [7_000, 8_000], { kind: 'static', coefficients: [600_000, 400_000] })).toMatchObject({
      A: [6_000, 4_000],
      surplus: 0,
    });
  });

  it('A7: priority B before C, P = 1.0, C_B = 0.4, C_C = 0.8 → 0.4 and 0.6, C buys 0.2 from its supplier', () => {
    const { A, result } = oneStep(1_000, [400, 800], { kind: 'priority', ranks: [1, 2] });
    expect(A).toEqual([400, 600]);
    expect(summarize(result).participants[1].grid).toBe(200);
  });

  describe('A9: storage charging 5 kWh next to a consumer of 6 kWh, P = 10 kWh', () => {
    // Participants: producer, consumer, storage (charging 5 = consumption of the storage).
    const roles: Role[] = ['producer', 'consumer', 'storage'];
    const input = {
      participants: 3,
      steps: 1,
      consumption: Float64Array.from([0, 6_000, 5_000]),
      production: Float64Array.from([10_000, 0, 0]),
    };

    it('storage first: consumer 5, storage 5, the D315-5 rule holds', () => {
      const r = allocate(input, { kind: 'priority', ranks: [0, 2, 1] });
      expect([...r.allocated]).toEqual([0, 5_000, 5_000]);
      expect([...storageRuleViolations(r, roles)]).toEqual([]);
    });

    it('consumer first: 6 to the consumer while storing 5 breaks D315-5 and is reported', () => {
      // Consumer 6, storage gets 4, but stored 5 + allocated 6 = 11 > 10.
      const r = allocate(input, { kind: 'priority', ranks: [0, 1, 2] });
      expect([...r.allocated]).toEqual([0, 6_000, 4_000]);
      expect([...storageRuleViolations(r, roles)]).toEqual([0]);
    });

    it('default key treats the storage as a consumer', () => {
      // ΣC = 11000 > 10000: 10000·6000/11000 = 5454 r 6000, 10000·5000/11000 = 4545 r 5000 → 1 Wh left → consumer.
      const r = allocate(input, byDefault);
      expect([...r.allocated]).toEqual([0, 5_455, 4_545]);
      expect([...storageRuleViolations(r, roles)]).toEqual([0]);
    });
  });
});

describe('storage discharging and prosumers', () => {
  it('counts discharged energy as production', () => {
    // Step 0: PV 2, storage discharges 3 → P = 5 for a consumer of 4 → A = 4, surplus 1.
    const r = allocate(
      {
        participants: 3,
        steps: 1,
        consumption: Float64Array.from([0, 4, 0]),
        production: Float64Array.from([2, 0, 3]),
      },
      byDefault,
    );
    expect([...r.allocated]).toEqual([0, 4, 0]);
    expect(r.stepSurplus[0]).toBe(1);
  });

  it('shares only what a prosumer injects, and serves its own withdrawal like any consumer', () => {
    // Prosumer injects 3 and withdraws 2 (its own site already consumed the rest behind the meter); consumer needs 5.
    // P = 3, ΣC = 7: 3·2/7 = 0 r 6, 3·5/7 = 2 r 1 → 1 Wh left → prosumer → [1, 2].
    const r = allocate(
      {
        participants: 2,
        steps: 1,
        consumption: Float64Array.from([2, 5]),
        production: Float64Array.from([3, 0]),
      },
      byDefault,
    );
    expect([...r.allocated]).toEqual([1, 2]);
  });
});
