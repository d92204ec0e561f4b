import type { CopLeverCode } from '@trajectoire/domain';

// COP régionale (Normandie) context as presented for the Manche at the CLCT of 12 March 2024
// (seed 003, lines 545-754).

export interface DemoLeverReduction {
  readonly copLever: CopLeverCode;
  readonly ktCO2e: number;
  readonly sourceLine: number;
}

// The "Panorama des leviers de décarbonation pour la Manche" (line 639, marked PRELIMINAIRE) is a
// chart of ktCO2e saved between 2019 and 2030 per lever. Only its footnotes survive as text, so
// only these three levers have a figure; all other levers' values were in the image and are unknown.
export const MANCHE_COP_LEVER_REDUCTIONS = {
  status: 'preliminary',
  fromYear: 2019,
  toYear: 2030,
  reductions: [
    { copLever: 'decarbonised-buses-coaches', ktCO2e: 5, sourceLine: 645 },
    { copLever: 'wood-products', ktCO2e: 13, sourceLine: 645 },
    { copLever: 'waste-prevention', ktCO2e: 6, sourceLine: 645 },
  ] satisfies readonly DemoLeverReduction[],
  // Line 646, footnote "*" of the chart: which levers it marks is not recoverable from the text.
  footnoteFr: 'Objectifs non départementalisés en l’absence de données comparables',
} as const;

export const MANCHE_COP_CONTEXT = {
  regionCode: '28',
  // Line 549: "une démarche inédite, mise en place par le secrétariat général à la planification écologique (SGPE)".
  initiator: 'Secrétariat général à la planification écologique (SGPE)',
  // Lines 552-556: national objectives.
  nationalObjectivesFr: [
    'Réduire de 139 Mt nos émissions de GES d’ici 2030',
    'Restaurer 1,4 million d’hectares de terres',
    'Diminuer de 10% notre consommation d’eau potable',
  ],
  // Lines 558-561.
  phasesFr: [
    'Organisation d’une conférence des parties (COP) à l’échelle régionale : diagnostic partagé, débat sur les leviers d’action, rédaction d’une feuille de route partagée',
    'Déclinaison de la feuille de route en projets opérationnels à intégrer dans les contrats de réussite pour la transition écologique (CRTE)',
  ],
  // Line 618.
  collectivityQuestionnaire: '150 actions pré-identifiées pour mobiliser les 43 leviers de la COP',
  // Lines 650-699: one cross-cutting group co-chaired by the State and the Region, plus six themes.
  transversalGroupPilotsFr: 'ETAT REGION',
  workingGroups: [
    { labelFr: 'Mieux se déplacer', pilotFr: 'REGION', scopeFr: 'Infrastructures, transport, mobilités' },
    { labelFr: 'Mieux se loger', pilotFr: 'ETAT (DREAL)', scopeFr: 'Construction, logement, aménagement' },
    { labelFr: 'Mieux préserver et valoriser nos écosystèmes', pilotFr: 'REGION – ETAT (DREAL)', scopeFr: 'Eau, forêt, biodiversité' },
    { labelFr: 'Mieux produire', pilotFr: 'ETAT (ADEME - ARS)', scopeFr: 'Energie, Industrie, logistiques, déchets' },
    { labelFr: 'Mieux se nourrir', pilotFr: 'ETAT (DRAAF)', scopeFr: 'Agriculture, Alimentation, biomasse' },
    { labelFr: 'Mieux consommer', pilotFr: 'ETAT (DREETS)', scopeFr: 'Achats responsables, économie circulaire' },
  ],
  // Lines 701-754, a timeline figure whose text order is scrambled. "15/12" and "Janvier" have no
  // year; they precede the March 2024 restitution, so 2023 and 2024 are inferred. The intermediate
  // plenary has no legible date, and pairing "Fin Juin 2024" with the final restitution is our reading.
  timeline: [
    { when: '2023-12-15', labelFr: 'Réunion de lancement : partager le cadre de la démarche et les objectifs', inferredYear: true },
    { when: '2024-01', labelFr: 'Lancement des GT', inferredYear: true },
    { when: '2024-03', labelFr: '1ère restitution des groupes de travail (2ème quinzaine de mars 2024)', inferredYear: false },
    { when: null, labelFr: 'COP Plénière intermédiaire', inferredYear: false },
    { when: '2024-05', labelFr: '2ème restitution des groupes de travail (2ème quinzaine de mai 2024)', inferredYear: false },
    { when: '2024-06', labelFr: 'Réunion de restitution : diagnostic, objectifs de réductions et plan actions (fin juin 2024)', inferredYear: false },
    { when: null, labelFr: 'Mise en œuvre', inferredYear: false },
  ],
} as const;
