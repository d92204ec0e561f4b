// National carbon budgets ("budgets carbone") whose median years are PCAET objective years (R229-51 II).

export interface CarbonBudgetPeriod {
  readonly firstYear: number;
  readonly lastYear: number;
}

export interface CarbonBudgetSet {
  readonly id: string;
  readonly source: string;
  readonly periods: readonly CarbonBudgetPeriod[];
}

/** SNBC-2: décret n° 2020-457 du 21 avril 2020 (periods only; the budget amounts are not needed here). */
export const SNBC2_CARBON_BUDGETS: CarbonBudgetSet = {
  id: 'snbc-2',
  source: 'Décret n° 2020-457 du 21 avril 2020 relatif aux budgets carbone nationaux et à la SNBC',
  periods: [
    { firstYear: 2019, lastYear: 2023 },
    { firstYear: 2024, lastYear: 2028 },
    { firstYear: 2029, lastYear: 2033 },
  ],
};
