import type { ActionStatus } from '@trajectoire/domain';

// Demo data for the Communauté urbaine de Grand Poitiers' PCAET. Source: seed 004, a Cerema
// "projet référent" sheet on engaging socio-economic actors. The shared research notes say nothing
// about Grand Poitiers. The seed names one PCAET enjeu (n°9) and describes one support scheme,
// so the rest of the plan skeleton is synthesised and flagged `synthetic: true`.

export interface DemoEnjeu {
  readonly code: string;
  /** The plan's own number, or null for synthesised items (their real numbers are unknown). */
  readonly number: number | null;
  readonly labelFr: string;
  readonly synthetic: boolean;
  readonly sourceLine: number | null;
}

export interface DemoPlanAction {
  readonly code: string;
  readonly enjeuCode: string;
  readonly parentCode: string | null;
  readonly title: string;
  readonly description: string;
  readonly status: ActionStatus;
  /** Month precision (YYYY-MM) or year (YYYY): the seed gives no days except the launch date. */
  readonly start: string | null;
  readonly end: string | null;
  readonly partners: readonly string[];
  readonly sourceLines: readonly number[];
}

export const GRAND_POITIERS_ORGANISATION = {
  name: 'Communauté urbaine de Grand Poitiers',
  // SIREN from @etalab/decoupage-administratif 6.0.0 (epci.json), not from the seed.
  siren: '200069854',
  kind: 'epci',
} as const;

export const GRAND_POITIERS_PCAET = {
  name: 'Plan Climat Air Énergie Territorial (PCAET) de Grand Poitiers',
  planType: 'pcaet',
  // Line 15: the plan is being revised; its operational programme covers 2025-2031 with "plus de 100 actions".
  programme: { fromYear: 2025, toYear: 2031, actionCountAtLeast: 100 },
  // Line 17: the mid-term evaluation stressed the need to mobilise every actor (enjeu n°9).
  midTermEvaluationFinding: 'nécessité de mobiliser l’ensemble des acteurs du territoire',
} as const;

export const GRAND_POITIERS_ENJEUX: readonly DemoEnjeu[] = [
  { code: 'enjeu-9', number: 9, labelFr: 'Sensibiliser et accompagner les acteurs du territoire', synthetic: false, sourceLine: 17 },
  // Synthetic placeholders so the demo plan has more than one branch. The themes are the fields of
  // the self-assessment référentiel (line 61), not Grand Poitiers' actual PCAET enjeux.
  { code: 'energie', number: null, labelFr: 'Énergie', synthetic: true, sourceLine: null },
  { code: 'mobilite', number: null, labelFr: 'Mobilité', synthetic: true, sourceLine: null },
  { code: 'dechets', number: null, labelFr: 'Déchets', synthetic: true, sourceLine: null },
  { code: 'alimentation', number: null, labelFr: 'Alimentation durable', synthetic: true, sourceLine: null },
  { code: 'eau-biodiversite', number: null, labelFr: 'Eau et biodiversité', synthetic: true, sourceLine: null },
];

const TEAM = ['Cerema', 'Abylon (mandataire)', 'Efficacity', 'Bastille']; // line 21

// Actions the seed describes, all under enjeu n°9. Statuses follow the text: the scheme and its
// tools were delivered for the official launch on 31 May 2023 (line 27); meetings are recurring;
// the extension was decided for 2023-2024 and the seed does not say it ended; the 2024-2025
// assessment is described as ongoing ("poursuivent leur accompagnement", line 64).
export const GRAND_POITIERS_ACTIONS: readonly DemoPlanAction[] = [
  {
    code: 'dispositif-acteurs',
    enjeuCode: 'enjeu-9',
    parentCode: null,
    title: 'Co-construire un dispositif d’accompagnement des professionnels du territoire',
    description:
      'Créer un cadre de coopération en faveur du climat entre acteurs institutionnels et économiques, afin d’impulser et d’accompagner la politique de transition des entreprises et de renforcer la résilience territoriale.',
    status: 'done',
    start: '2022-01',
    end: '2023-05',
    partners: TEAM,
    sourceLines: [19, 21, 27, 76],
  },
  {
    code: 'referentiel-auto-evaluation',
    enjeuCode: 'enjeu-9',
    parentCode: 'dispositif-acteurs',
    title: 'Référentiel d’auto-évaluation de la maturité des acteurs en matière de transition écologique',
    description:
      'Champs : pilotage de la performance environnementale, énergie, déchets, mobilité, alimentation durable, eau, biodiversité.',
    status: 'done',
    start: '2022-01',
    end: '2023-05',
    partners: TEAM,
    sourceLines: [23, 61],
  },
  {
    code: 'boite-a-outils',
    enjeuCode: 'enjeu-9',
    parentCode: 'dispositif-acteurs',
    title: 'Boîte à outils pour engager des actions concrètes',
    description: 'Outils mis à disposition des acteurs dans le cadre du dispositif lancé le 31 mai 2023.',
    status: 'done',
    start: '2022-01',
    end: '2023-05',
    partners: TEAM,
    sourceLines: [24],
  },
  {
    code: 'rencontres-regulieres',
    enjeuCode: 'enjeu-9',
    parentCode: 'dispositif-acteurs',
    title: 'Rencontres régulières pour installer une dynamique collective',
    description: 'Ateliers d’intelligence collective préparés et animés avec les acteurs du territoire.',
    status: 'in_progress',
    start: '2023-05',
    end: null,
    partners: TEAM,
    sourceLines: [25, 62],
  },
  {
    code: 'extension-associations-etablissements-publics',
    enjeuCode: 'enjeu-9',
    parentCode: 'dispositif-acteurs',
    title: 'Élargir la démarche aux associations et aux établissements publics',
    description: 'Le dispositif ayant rencontré un large succès auprès des entreprises, la collectivité a souhaité l’élargir.',
    status: 'in_progress',
    start: '2023',
    end: '2024',
    partners: TEAM,
    sourceLines: [27],
  },
  {
    code: 'bilan-gouvernance',
    enjeuCode: 'enjeu-9',
    parentCode: 'dispositif-acteurs',
    title: 'Réaliser un bilan, évaluer le dispositif et ajuster la gouvernance',
    description: 'Nouvelle convention avec le Cerema, Efficacity et Abylon, dans le cadre de l’AMI ASSETT.',
    status: 'in_progress',
    start: '2024',
    end: '2025',
    partners: ['Cerema', 'Efficacity', 'Abylon'],
    sourceLines: [47, 64],
  },
];

/** Dated events of the scheme. Only the launch has a day; the others have the precision the seed gives. */
export const GRAND_POITIERS_MILESTONES = [
  { when: '2021', labelFr: 'Appel d’offres lancé par la collectivité (« fin 2021 »)', sourceLine: 21 },
  { when: '2023-05-31', labelFr: 'Lancement officiel du dispositif', sourceLine: 27 },
  { when: '2022-01/2025-06', labelFr: 'Calendrier de la mission du Cerema', sourceLine: 76 },
] as const;
