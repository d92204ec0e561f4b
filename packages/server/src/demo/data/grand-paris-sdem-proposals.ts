import type { CopLeverCode } from '@trajectoire/domain';

// The 14 rows of the table "Propositions d'actions des participants" of the Grand Paris SDEM
// waste-heat workshop report (seed 000, lines 348-607). Text is verbatim; only PDF line breaks and
// hyphenation are undone. The leading dash of the "leviers potentiels" cell is dropped.

export interface DemoProposal {
  /** Row number in the table, 1-based. */
  readonly row: number;
  readonly title: string;
  readonly objectives: string;
  readonly pilot: string;
  readonly leversText: string;
  readonly partners: readonly string[];
  /** COP levers judged to apply (demo author's choice, see below). */
  readonly copLevers: readonly CopLeverCode[];
  /** Sub-axis of the suggested SDEM axis tree (demo author's grouping, see grand-paris-sdem.ts). */
  readonly axisCode: 'knowledge' | 'animation' | 'planning' | 'funding';
  /** First and last line of the row in seed 000. */
  readonly sourceLines: readonly [number, number];
}

// copLevers mapping is the demo author's choice, not the workshop's: every proposal aims at
// recovering waste heat into heat networks, so each maps to 'decarbonised-heat-networks' only.
// Row 9 (placing heat-hungry industry next to waste and wastewater plants) could arguably touch the
// industry levers too, but the seed does not say which, so it is left out to stay conservative.
const HEAT: readonly CopLeverCode[] = ['decarbonised-heat-networks'];

export const GRAND_PARIS_SDEM_PROPOSALS: readonly DemoProposal[] = [
  {
    row: 1,
    title: 'Accroître la connaissance des data centers partagée entre les différents acteurs publics (de la préfecture à la commune)',
    objectives: 'Permettre une réponse plus structurée aux projets d’installations',
    pilot: 'Métropole',
    leversText: 'Agréger la connaissance',
    partners: ['ALEC', 'DR ADEME'],
    copLevers: HEAT,
    axisCode: 'knowledge',
    sourceLines: [362, 374],
  },
  {
    row: 2,
    title: 'Développer la connaissance territoriale sur l’organisation des réseaux de chaleur car la compétence est diffuse sur le territoire métropolitain',
    objectives: 'Favoriser la clarté du secteur afin de faciliter les initiatives et le potentiel de mutualisation',
    pilot: 'Métropole',
    leversText: 'Recueillir la donnée et la partager',
    partners: ['ALEC', 'DR ADEME'],
    copLevers: HEAT,
    axisCode: 'knowledge',
    sourceLines: [376, 391],
  },
  {
    row: 3,
    title: 'Développer l’animation territoriale pour permettre la rencontre des différentes parties prenantes',
    objectives: 'Faciliter le développement de projets grâce à la mutualisation',
    pilot: 'Métropole',
    leversText: 'Mobiliser, sensibiliser',
    partners: ['Communes', 'ALEC', 'DR ADEME', 'services de l’Etat'],
    copLevers: HEAT,
    axisCode: 'animation',
    sourceLines: [393, 405],
  },
  {
    row: 4,
    title: 'Imaginer une approche par l’angle du développement économique pour intéresser les élus',
    objectives: 'Sensibiliser à l’intérêt économique partagé du développement des réseaux de chaleur urbain',
    pilot: 'Métropole',
    leversText: 'Informer, sensibiliser',
    partners: ['Communes', 'ALEC', 'DR ADEME', 'agents des communes'],
    copLevers: HEAT,
    axisCode: 'animation',
    sourceLines: [407, 420],
  },
  {
    row: 5,
    title: 'Développer la conditionnalité dans la contractualisation pour les data centers',
    objectives: 'Conditionnaliser la délivrance du permis de construire à la valorisation de la chaleur fatale',
    pilot: 'Communes',
    leversText: 'Accompagnement, information des communes, partage d’expériences',
    // "services de l'Etat et des communes" is one partner: the services of the State and of communes.
    partners: ['ALEC', 'DR ADEME', 'services de l’Etat et des communes'],
    copLevers: HEAT,
    axisCode: 'planning',
    sourceLines: [422, 440],
  },
  {
    row: 6,
    title: 'Utiliser le permis de construire comme levier en amont',
    objectives: 'Porter l’enjeu de valorisation de la chaleur fatale auprès du constructeur de data center',
    pilot: 'Communes',
    leversText: 'Accompagnement, pourquoi pas sur un guide des « bénéfices » de chaque partie',
    partners: ['Services de l’Etat et des communes'],
    copLevers: HEAT,
    axisCode: 'planning',
    sourceLines: [442, 459],
  },
  {
    row: 7,
    title: 'Faciliter l’installation des data centers aux endroits les plus propices via les outils d’urbanisme (SIG, schémas directeurs)',
    objectives: 'Planifier en amont pour caractériser les zones favorables',
    pilot: 'Communes',
    leversText: 'Informer, sensibiliser sur l’importance de l’action en amont',
    partners: ['Services urbanisme des communes', 'Métropole'],
    copLevers: HEAT,
    axisCode: 'planning',
    sourceLines: [461, 477],
  },
  {
    row: 8,
    title: 'Améliorer et diffuser la connaissance des gisements en chaleur fatale d’eaux usées et des besoins en chaleur basse température grâce au SIG',
    objectives: 'Planifier en amont pour caractériser les zones favorables',
    pilot: 'Métropole',
    leversText: 'Accompagner et favoriser le partage de connaissances',
    partners: ['Communes', 'EPCI', 'ALEC'],
    copLevers: HEAT,
    axisCode: 'knowledge',
    sourceLines: [479, 494],
  },
  {
    row: 9,
    title: 'Flécher l’installation d’industriels en besoin de chaleur à côté des usines de traitement de déchets ou d’eaux usées',
    objectives: 'Mettre en cohérence capacités et besoins via la planification urbaine',
    pilot: 'Communes',
    leversText: 'Accompagner les services des communes dans le cadrage des enjeux',
    partners: ['Métropole', 'services de l’Etat', 'DR ADEME'],
    copLevers: HEAT,
    axisCode: 'planning',
    sourceLines: [496, 513],
  },
  {
    row: 10,
    title: 'Promouvoir auprès des communes les retours d’expérience positifs sur la valorisation des eaux usées',
    objectives: 'Interpeller les équipes municipales et favoriser l’appropriation sur ces sujets',
    pilot: 'Métropole',
    leversText: 'Information, communication, sensibilisation',
    partners: ['DR ADEME', 'ALEC', 'Communes'],
    copLevers: HEAT,
    axisCode: 'animation',
    sourceLines: [515, 530],
  },
  {
    row: 11,
    title: 'Promouvoir la valorisation de la chaleur basse température issue du traitement des eaux usées',
    objectives: 'Populariser le sujet car le gisement est considérable',
    pilot: 'Métropole',
    leversText: 'Information, communication, sensibilisation',
    partners: ['ALEC', 'DR ADEME'],
    copLevers: HEAT,
    axisCode: 'animation',
    sourceLines: [532, 545],
  },
  {
    row: 12,
    title: 'Diffuser la connaissance sur les mécanismes de fonds de garantie de l’Etat visant à soutenir la pérennité de l’activité de l’industriel fournisseur de chaleur',
    objectives: 'Inciter grâce aux mécanismes de soutien',
    pilot: 'Services de l’Etat',
    leversText: 'Informer sur l’existence de mécanismes de soutien financier',
    partners: ['DR ADEME', 'Alec', 'Communes'],
    copLevers: HEAT,
    axisCode: 'funding',
    sourceLines: [546, 563],
  },
  {
    row: 13,
    title: 'Utiliser les évolutions législatives pour imposer cet enjeu dans les projets',
    objectives:
      'Porter l’enjeu de valorisation de la chaleur fatale grâce aux obligations législatives comme la loi Chaize sur la réduction de l’empreinte du numérique (« valoriser la chaleur fatale ou respecter un indicateur de performance énergétique »)',
    pilot: 'Communes',
    leversText: 'Utiliser l’obligation réglementaire',
    partners: ['Métropole'],
    copLevers: HEAT,
    axisCode: 'planning',
    sourceLines: [565, 585],
  },
  {
    row: 14,
    title: 'Développer le rôle d’incitatrice et de facilitatrice de la Métropole',
    objectives:
      'Utiliser la hauteur de vue de la Métropole pour créer les espaces où développer la connaissance et la synergie inter-acteurs',
    pilot: 'Métropole',
    leversText: 'Facilitation, information, sensibilisation',
    // The cell ends "services de l'Etat, des communes…": "des communes" completes "services"
    // (services of the State and of the communes), so it is kept as one partner, not split.
    partners: ['Opérateurs', 'Syndicats mixtes', 'Gestionnaires de data centers', 'services de l’Etat, des communes…'],
    copLevers: HEAT,
    axisCode: 'animation',
    sourceLines: [587, 607],
  },
];
