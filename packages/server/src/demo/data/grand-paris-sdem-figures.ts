// Targets and diagnostic figures stated in the Grand Paris waste-heat workshop report (seed 000).
// Each value carries the seed line it is read from; nothing here is computed or estimated.

export interface DemoTarget {
  readonly code: string;
  readonly labelFr: string;
  readonly value: number | null;
  readonly unit: '%' | 'TWh' | 'GWh/an' | null;
  readonly referenceYear: number | null;
  readonly targetYear: number | null;
  readonly sourceLine: number;
}

export interface DemoFigure {
  readonly code: string;
  readonly labelFr: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number | null;
  readonly note?: string;
  readonly sourceLine: number;
}

/** Strategic objectives of the PCAEM (adopted 12 November 2018) quoted in the report. */
export const GRAND_PARIS_PCAEM_TARGETS: readonly DemoTarget[] = [
  { code: 'carbon-neutrality', labelFr: 'Atteindre la neutralité carbone à 2050', value: null, unit: null, referenceYear: null, targetYear: 2050, sourceLine: 15 },
  { code: 'energy-consumption', labelFr: 'Réduire massivement les consommations énergétiques', value: -50, unit: '%', referenceYear: 2005, targetYear: 2050, sourceLine: 16 },
  { code: 'renewable-share', labelFr: 'Part des ENR dans la consommation d’énergie', value: 60, unit: '%', referenceYear: null, targetYear: 2050, sourceLine: 19 },
  { code: 'renewable-recovered-production', labelFr: 'Produire des EnR&R', value: 21, unit: 'TWh', referenceYear: null, targetYear: 2030, sourceLine: 99 },
  // Lines 104 and 333-336: "valoriser 200 GWh/an de chaleur fatale"; the report gives no target year.
  { code: 'waste-heat-recovery', labelFr: 'Valoriser de la chaleur fatale', value: 200, unit: 'GWh/an', referenceYear: null, targetYear: null, sourceLine: 335 },
];

export const GRAND_PARIS_DIAGNOSTIC: readonly DemoFigure[] = [
  { code: 'final-energy-consumption', labelFr: 'Énergie consommée sur le territoire de la Métropole', value: 109, unit: 'TWh', year: 2017, sourceLine: 92 },
  { code: 'heat-network-share', labelFr: 'Part des réseaux de chaleur dans les consommations énergétiques', value: 9, unit: '%', year: null, note: '« Actuellement »', sourceLine: 101 },
];

/** Waste-heat potential per source, from the OPPORTUNITEE energy GIS (lines 106-120). */
export const GRAND_PARIS_WASTE_HEAT_POTENTIAL = {
  totalGWh: 1611, // line 108: "un potentiel estimé à 1 611 GWh, répartis sur 4 filières"
  sources: [
    { code: 'data_centres', labelFr: 'Data centers', potentialGWh: 779, sourceLine: 109 },
    { code: 'wastewater', labelFr: 'Stations de traitement des eaux usées', potentialGWh: 471, sourceLine: 110 },
    // "(6 valorisés par les réseaux de chaleur à date)": the unit of the 6 is not stated, kept as text.
    { code: 'incinerators', labelFr: 'UIOM', potentialGWh: 296, note: '6 valorisés par les réseaux de chaleur à date', sourceLine: 113 },
    {
      code: 'laundries',
      labelFr: 'Blanchisseries',
      potentialGWh: 65,
      note: 'plus de 1 600 points, dont 46 dépassent 100 MWh, pour 23 % du potentiel des blanchisseries',
      sourceLine: 116,
    },
  ],
  // Line 123: industrial waste heat is "encore en phase d'identification", so it has no figure.
  pendingSources: ['Chaleur industrielle'],
} as const;

/** Figures given by speakers, with their scope (not Métropole-wide diagnostics). */
export const GRAND_PARIS_TESTIMONY_FIGURES: readonly DemoFigure[] = [
  { code: 'idf-waste-heat-max', labelFr: 'Gisement maximum de chaleur fatale en Île-de-France (étude ADEME 2017)', value: 26_500, unit: 'GWh', year: 2017, sourceLine: 165 },
  { code: 'idf-waste-heat-recoverable', labelFr: 'dont valorisable', value: 6_600, unit: 'GWh', year: 2017, sourceLine: 165 },
  { code: 'amiens-step-power', labelFr: 'Puissance de récupération sur la STEP d’Amiens (60-80 degrés)', value: 15, unit: 'MW', year: null, note: 'En fonctionnement depuis 2019 (ligne 178)', sourceLine: 173 },
  { code: 'syctom-waste-treated', labelFr: 'Déchets traités par le Syctom', value: 2.3, unit: 'Mt/an', year: null, sourceLine: 195 },
  { code: 'syctom-waste-incinerated', labelFr: 'Ordures ménagères et refus de tri valorisés par incinération', value: 1.9, unit: 'Mt', year: null, sourceLine: 198 },
  { code: 'syctom-steam', labelFr: 'Vapeur produite', value: 3_550_000, unit: 'tvap/an', year: null, sourceLine: 207 },
  { code: 'syctom-electricity', labelFr: 'Électricité produite', value: 160_000, unit: 'MWh/an', year: null, sourceLine: 208 },
  { code: 'syctom-heat-delivered', labelFr: 'Chaleur livrée sur le réseau', value: 2_822_500, unit: 'MWh/an', year: null, sourceLine: 208 },
  { code: 'syctom-energy-2022', labelFr: 'Énergie produite par le Syctom (chaleur et électricité), estimation', value: 2_760_670, unit: 'MWh', year: 2022, sourceLine: 218 },
  { code: 'syctom-energy-2030', labelFr: 'Énergie produite par le Syctom (chaleur et électricité), projection', value: 2_648_426, unit: 'MWh', year: 2030, sourceLine: 219 },
];
