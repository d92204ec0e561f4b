// Demo data for the Métropole du Grand Paris: one co-construction workshop of its Schéma Directeur
// Energétique Métropolitain (SDEM), on waste-heat recovery. Source: seed 000, the workshop report.
// Figures carry the seed line they come from so a reviewer can check them.

export * from './grand-paris-sdem-proposals';
export * from './grand-paris-sdem-figures';
export * from './grand-paris-sdem-axes';

export interface DemoPerson {
  readonly name: string;
  readonly role: string | null;
  readonly organisation: string;
  readonly contribution: string;
  readonly sourceLine: number;
}

export const GRAND_PARIS_ORGANISATION = {
  name: 'Métropole du Grand Paris',
  // SIREN from @etalab/decoupage-administratif 6.0.0 (epci.json), not from the seed.
  siren: '200054781',
  kind: 'epci',
} as const;

export const GRAND_PARIS_SDEM_PLAN = {
  name: 'Schéma Directeur Energétique Métropolitain (SDEM)',
  planType: 'energy_master_plan',
  // Line 12: the PCAEM the SDEM implements.
  parentPlan: { name: 'Plan Climat Air Energie Métropolitain (PCAEM)', adoptedOn: '2018-11-12' },
} as const;

export const GRAND_PARIS_SDEM_WORKSHOP = {
  theme: 'Valorisation des énergies fatales', // line 312
  // The report gives no date. Lines 42 (guide published November 2021), 342 (first SDEM version "d'ici
  // mars 2022") and 637 (thematic workshops "jusqu'à fin janv. 22") only bound it to late 2021 or
  // January 2022, so no date is invented.
  date: null as string | null,
  /** Line 330: who took part, as a whole. */
  participantKinds: 'issus d’une diversité d’entités (collectivités, syndicats, énergéticiens, etc.)',
  speakers: [
    {
      name: 'Gabriel GOLL',
      role: 'Chargé de mission Stratégie Transition Energétique',
      organisation: 'Métropole du Grand Paris',
      contribution: 'Accueil des participants, contexte et diagnostic',
      sourceLine: 9,
    },
    {
      name: 'Sophie DESOUDIN',
      role: 'GT chaleur fatale',
      organisation: 'SN2E (Syndicat National des Bureaux d’Etudes en Environnement)',
      contribution: 'Retour d’expérience',
      sourceLine: 158,
    },
    {
      // Presented the Amiens example within the SN2E talk; the seed gives no job title.
      name: 'Cédric DEHEZ',
      role: null,
      organisation: 'INGEVALOR',
      contribution: 'Exemple de récupération de la chaleur fatale sur la STEP d’Amiens',
      sourceLine: 172,
    },
    {
      name: 'Catherine BOUX',
      role: 'Directrice Générale Adjointe Exploitation et Valorisation des Déchets',
      organisation: 'Syctom',
      contribution: 'Retour d’expérience',
      sourceLine: 192,
    },
    {
      name: 'Romain DROUART',
      role: 'Chef de projet – Développement réseaux de chaleur et froid urbains',
      organisation: 'Dalkia',
      contribution: 'Retour d’expérience',
      sourceLine: 246,
    },
  ] satisfies readonly DemoPerson[],
  // Lines 320-326.
  questions: [
    { code: 'Q1', text: 'Quel potentiel réel sur le territoire métropolitain ?' },
    { code: 'Q2', text: 'Quelles sources de financement ?' },
    { code: 'Q3', text: 'Quels écueils à lever pour faciliter la concrétisation des projets ?' },
    { code: 'Q4', text: 'Quelles démarches d’accompagnement mettre en place ?' },
  ],
};
