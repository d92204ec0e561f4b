import type { OrganisationKind } from '@trajectoire/domain';

// Demo data for the State services of the Manche department (code 50). Source: seed 003, the
// slides of the Comité local de cohésion territoriale (CLCT) of 12 March 2024. The seat and
// sub-prefecture towns come from the official geographic code (COG) as packaged in
// @etalab/decoupage-administratif 6.0.0: the seed only says "Préfecture et sous-préfectures" (line 36).

export { MANCHE_COP_CONTEXT, MANCHE_COP_LEVER_REDUCTIONS, type DemoLeverReduction } from './manche-cop';

export interface DemoStateService {
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly parentCode: string | null;
  readonly departementCode: '50';
  /** INSEE code of the commune where the service sits, when known. */
  readonly communeInsee: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly domainsFr: readonly string[];
  /** Seed line, or null when the entry comes from the COG rather than the seed. */
  readonly sourceLine: number | null;
}

const service = (fields: Partial<DemoStateService> & Pick<DemoStateService, 'code' | 'name' | 'kind'>): DemoStateService => ({
  parentCode: null,
  departementCode: '50',
  communeInsee: null,
  address: null,
  phone: null,
  email: null,
  domainsFr: [],
  sourceLine: null,
  ...fields,
});

export const MANCHE_DEPARTEMENT = { code: '50', name: 'Manche', regionCode: '28', regionName: 'Normandie' } as const;

export const MANCHE_STATE_SERVICES: readonly DemoStateService[] = [
  // The slides are headed "PRÉFET DE LA MANCHE" (line 448); Saint-Lô is the COG chef-lieu.
  service({ code: 'prefecture-50', name: 'Préfecture de la Manche', kind: 'prefecture', communeInsee: '50502', sourceLine: 448 }),
  service({ code: 'sous-prefecture-avranches', name: 'Sous-préfecture d’Avranches', kind: 'prefecture', parentCode: 'prefecture-50', communeInsee: '50025' }),
  service({ code: 'sous-prefecture-cherbourg', name: 'Sous-préfecture de Cherbourg', kind: 'prefecture', parentCode: 'prefecture-50', communeInsee: '50129' }),
  service({ code: 'sous-prefecture-coutances', name: 'Sous-préfecture de Coutances', kind: 'prefecture', parentCode: 'prefecture-50', communeInsee: '50147' }),
  service({
    code: 'ddtm-50',
    name: 'Direction Départementale des Territoires et de la Mer de la Manche (DDTM 50)',
    kind: 'ddt',
    parentCode: 'prefecture-50', // "sous l'autorité du Préfet de Département" (line 526)
    communeInsee: '50502',
    address: '477 Boulevard de la Dollée BP 60355 50015 Saint-Lô Cedex',
    phone: '02 33 06 39 00',
    email: 'ddtm@manche.gouv.fr',
    domainsFr: ['Aménagement du territoire', 'Logement', 'Agriculture', 'Espaces forestiers', 'Mer et littoral', 'Eau', 'Biodiversité', 'Transition écologique'],
    sourceLine: 516,
  }),
  service({
    code: 'ddtm-50-dt-nord',
    name: 'DDTM de la Manche – Délégation Territoriale Nord',
    kind: 'ddt',
    parentCode: 'ddtm-50',
    communeInsee: '50129',
    address: 'Place Bruat CS 60838 50108 Cherbourg-en-Cotentin cedex',
    phone: '02 50 79 15 00', // printed "02.50.7915.00"
    email: 'ddtm-dt-nord@manche.gouv.fr',
    sourceLine: 542,
  }),
  service({
    code: 'ddtm-50-dt-centre',
    name: 'DDTM de la Manche – Délégation Territoriale Centre',
    kind: 'ddt',
    parentCode: 'ddtm-50',
    communeInsee: '50147',
    address: 'Les Unelles 11 rue Saint-Maur 50200 Coutances',
    phone: '02 33 06 39 00',
    email: 'ddtm-dt-centre@manche.gouv.fr',
    sourceLine: 542,
  }),
  service({
    code: 'ddtm-50-dt-sud',
    name: 'DDTM de la Manche – Délégation Territoriale Sud',
    kind: 'ddt',
    parentCode: 'ddtm-50',
    communeInsee: '50025',
    address: '2 bis, Rue Saint-Martin BP 242 50302 Avranches cedex',
    phone: '02 33 89 21 70',
    email: 'ddtm-dt-sud@manche.gouv.fr',
    sourceLine: 543,
  }),
];

/** How the prefecture organises engineering support for collectivities (seed 003). */
export const MANCHE_ENGINEERING_SUPPORT = {
  // Line 67: single entry point for engineering requests.
  singleEntryEmail: 'ingenierie@manche.gouv.fr',
  // Line 15: the CLCT, under the prefect's authority, runs the departmental engineering offer.
  committee: { name: 'Comité local de cohésion territoriale (CLCT)', chairedBy: 'prefecture-50', meetingOn: '2024-03-12' },
  // Lines 180 and 538: the prefect represents the ANCT locally; the DDTM is its deputy delegate.
  anctDelegate: 'prefecture-50',
  anctDeputyDelegate: 'ddtm-50',
  // Line 530-534: the DDTM's kinds of engineering.
  ddtmInterventionsFr: [
    'Ingénierie Amont',
    'Ingénierie Projet',
    'Ingénierie Administrative',
    'Ingénierie Réglementaire et Juridique',
    'Ingénierie financière',
  ],
} as const;
