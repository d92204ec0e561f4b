/**
 * Dated billing parameters shipped with the engine, each with its source (research note §1.4 and the pages it
 * cites). Amounts are decimal strings, parsed exactly. A billing.json can add entries; its entries win where they
 * overlap. Beyond the last validTo the engine refuses to guess: the user must supply the rate in force.
 */
export type AcciseCategory = 'household' | 'sme' | 'high';

export interface DatedText<T> {
  validFrom: string | null;
  validTo: string | null;
  value: T;
  source: string;
}

/** Normal accise rates on electricity, €/MWh, by fiscal category (≤ 36 kVA, 36–250 kVA, > 250 kVA). */
export const DEFAULT_ACCISE: readonly DatedText<Record<AcciseCategory, string>>[] = [
  {
    validFrom: '2024-02-01',
    validTo: '2025-01-31',
    value: { household: '21.00', sme: '20.50', high: '20.50' },
    source: 'Arrêté du 25 janvier 2024 (as reported by alterna-energie.fr, "montants de l’accise … 2025") ⚠',
  },
  {
    validFrom: '2025-02-01',
    validTo: '2025-07-31',
    value: { household: '33.70', sme: '26.23', high: '22.50' },
    source: 'Loi n° 2025-127 (LF 2025) and arrêté du 13 décembre 2022 art. 1-1 (lechodusolaire.fr, alterna-energie.fr) ⚠',
  },
  {
    validFrom: '2025-08-01',
    validTo: '2026-01-31',
    value: { household: '29.98', sme: '25.79', high: '25.79' },
    source: 'LF 2025 tariff + CIBS L312-37-1 ZNI surcharge of 4.89 €/MWh until 2026-01-31 (sicae-ely.fr, alterna-energie.fr) ⚠',
  },
];

/**
 * Zero accise rate for consumers of an ACC operation (CIBS L312-79 and L312-87 as amended by loi n° 2025-127
 * art. 75): renewable electricity, and installed power of the production site below 1 MW (peak power for PV).
 * From the day after the law's publication (JO 15/02/2025) ⚠: one secondary source says it is retroactive to
 * 2025-01-01 and ends on 2027-01-01; override `acciseZeroRate` in billing.json if either is confirmed.
 */
export const DEFAULT_ACCISE_ZERO_RATE: readonly DatedText<{ maxSitePowerKw: string }>[] = [
  {
    validFrom: '2025-02-16',
    validTo: null,
    value: { maxSitePowerKw: '1000' },
    source: 'CIBS L312-79 and L312-87 (loi n° 2025-127 du 14 février 2025, art. 75); BOFiP RES bofip.impots.gouv.fr/node/367293',
  },
];

/** VAT, percent. Energy kWh have always been at the normal rate; the 5.5 % rate only covered subscriptions. */
export const DEFAULT_VAT: readonly DatedText<string>[] = [
  {
    validFrom: null,
    validTo: null,
    value: '20',
    source: 'CGI art. 278 (taux normal); since 2025-08-01 also on subscriptions (LF 2025), research note §1.4',
  },
];
