import { describe, expect, it } from 'vitest';
import { annuity, eurPerMTrench, PIPE_CLASSES, pipeClassFor, sinkExchangerEur } from './costs';

describe('annuity', () => {
  it('research case H1: 1,000,000 € at 3 % over 30 years', () => {
    // (1.03)^30 = 2.4272625; 1e6 × 0.03 × 2.4272625 / 1.4272625 = 51,019.26 €/yr
    expect(annuity(1_000_000, 0.03, 30)).toBeCloseTo(51_019.26, 2);
  });

  it('is the plain instalment I/n at a zero rate', () => {
    expect(annuity(765_000, 0, 20)).toBe(38_250);
  });
});

describe('pipe classes (Hotmaps table)', () => {
  it('picks the smallest class whose capacity covers the peak, boundaries included', () => {
    expect(pipeClassFor(0)?.index).toBe(0);
    expect(pipeClassFor(200)?.index).toBe(0); // 0.2 MW exactly fits class 0
    expect(pipeClassFor(200.001)?.index).toBe(1);
    expect(pipeClassFor(1900)?.index).toBe(4);
    expect(pipeClassFor(190_000)?.index).toBe(12);
    expect(pipeClassFor(190_001)?.capacityKw).toBe(380_000); // two parallel 190 MW pipes
    expect(pipeClassFor(1_900_000)?.index).toBe(21);
    expect(pipeClassFor(1_900_001)).toBeNull();
  });

  it('research case H2: class 0 over 1 km of trench costs 390,000 €, annuity 19,897.51 €, O&M 1 % 3,900 €', () => {
    // 2 pipes × 195 €/m × 1,000 m = 390,000 €; 390,000 × 0.0510193 = 19,897.51 €/yr
    const investment = eurPerMTrench(PIPE_CLASSES[0]) * 1000;
    expect(investment).toBe(390_000);
    expect(annuity(investment, 0.03, 30)).toBeCloseTo(19_897.51, 2);
    expect(0.01 * investment).toBe(3_900);
  });

  it('has 22 classes with increasing capacity and cost', () => {
    expect(PIPE_CLASSES).toHaveLength(22);
    for (let c = 1; c < PIPE_CLASSES.length; c++) {
      expect(PIPE_CLASSES[c].capacityKw).toBeGreaterThan(PIPE_CLASSES[c - 1].capacityKw);
      expect(PIPE_CLASSES[c].eurPerMPipe).toBeGreaterThan(PIPE_CLASSES[c - 1].eurPerMPipe);
    }
    expect(PIPE_CLASSES[21]).toMatchObject({ capacityKw: 1_900_000, eurPerMPipe: 9760, parallel: 10 });
  });
});

describe('exchangers (Hotmaps rates)', () => {
  it('research case H3: sink exchanger 0.8 MW → 212,000 €, 2.0 MW → 200,000 €', () => {
    expect(sinkExchangerEur(800, 265, 100)).toBe(212_000); // 800 kW × 265 €/kW
    expect(sinkExchangerEur(2000, 265, 100)).toBe(200_000); // 2,000 kW × 100 €/kW
    expect(sinkExchangerEur(1000, 265, 100)).toBe(100_000); // from 1 MW the lower rate applies
  });
});
