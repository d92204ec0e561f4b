// Suggested axis tree and timeline for the demo SDEM plan, derived from seed 000.
// The report does not give the SDEM's actual structure. It only lists what the schema covers
// (lines 57-63) and says there are 13 thematic workshops (line 636) without naming the other 12.
// So every axis below is marked synthetic: the labels follow the seed's wording, the tree is ours.

export interface DemoAxis {
  readonly code: string;
  readonly labelFr: string;
  readonly synthetic: true;
  /** Seed line the wording comes from, or null when the demo author wrote it. */
  readonly sourceLine: number | null;
  readonly children: readonly DemoAxis[];
}

const leaf = (code: string, labelFr: string, sourceLine: number | null): DemoAxis => ({
  code,
  labelFr,
  synthetic: true,
  sourceLine,
  children: [],
});

export const GRAND_PARIS_SDEM_AXES: readonly DemoAxis[] = [
  leaf('networks', 'Complémentarité des réseaux de distribution d’énergie : électricité, gaz, chaleur et froid', 58),
  {
    code: 'renewables',
    labelFr: 'Intégration des énergies renouvelables et de récupération',
    synthetic: true,
    sourceLine: 61,
    children: [
      {
        // The workshop theme (line 312). Its four sub-axes are the demo author's grouping of the
        // 14 proposals by how they act; each proposal's axisCode points at one of them.
        code: 'waste-heat',
        labelFr: 'Valorisation des énergies fatales',
        synthetic: true,
        sourceLine: 312,
        children: [
          leaf('knowledge', 'Connaissance des gisements et des acteurs', null),
          leaf('animation', 'Animation territoriale et sensibilisation', null),
          leaf('planning', 'Urbanisme et leviers réglementaires', null),
          leaf('funding', 'Mécanismes de soutien financier', null),
        ],
      },
    ],
  },
  leaf('demand', 'Maîtrise de la demande en énergie et efficacité énergétique', 62),
  leaf('clean-mobility', 'Développement des infrastructures nécessaires aux mobilités propres', 63),
];

/** Process timeline from the closing figure (lines 616-650) and line 342. Months only: no days given. */
export const GRAND_PARIS_SDEM_TIMELINE = {
  phases: [
    { order: 1, labelFr: 'Diagnostic et modélisation prospective' },
    { order: 2, labelFr: 'Co-construction', note: '13 ateliers thématiques (jusqu’à fin janv. 22)' },
    { order: 3, labelFr: 'Rédaction projet' },
    { order: 4, labelFr: 'Concertation et ajustements' },
  ],
  milestones: [
    // The figure prints "[Mars]" and "[Déc.]" without a year; line 342 (first version "d'ici mars
    // 2022") and line 616 (adoption "fin 2022") give 2022.
    { month: '2022-03', labelFr: 'CCE et CM : adoption projet SDEM' },
    { month: '2022-12', labelFr: 'CCE et CM : adoption SDEM final' },
  ],
} as const;
