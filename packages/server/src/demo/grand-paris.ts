import type { Tx } from '../db/client';
import { plans } from '../plans/schema';
import { proposals, workshops } from '../workshops/schema';
import { GRAND_PARIS_SDEM_AXES, GRAND_PARIS_SDEM_PLAN, GRAND_PARIS_SDEM_PROPOSALS, GRAND_PARIS_SDEM_WORKSHOP } from './data';
import { DEMO_NOTE, insertAxisTree } from './helpers';

/**
 * The Métropole du Grand Paris SDEM with its waste-heat workshop and the 14 proposals of seed 000, as written.
 * Proposals start pending: the seed says selection, merging and arbitration come after the workshop.
 */
export async function loadGrandParis(tx: Tx, organisationId: string) {
  const [plan] = await tx
    .insert(plans)
    .values({
      organisationId,
      type: GRAND_PARIS_SDEM_PLAN.planType,
      title: GRAND_PARIS_SDEM_PLAN.name,
      description:
        `${DEMO_NOTE} : co-construction du SDEM, déclinaison du ${GRAND_PARIS_SDEM_PLAN.parentPlan.name} adopté le 12 novembre 2018. ` +
        'Propositions d’actions reprises du compte rendu de l’atelier « Valorisation des énergies fatales » ; arborescence des axes synthétique.',
      startYear: 2022,
      status: 'draft',
    })
    .returning();
  const axisIds = await insertAxisTree(tx, plan.id, GRAND_PARIS_SDEM_AXES);
  const [workshop] = await tx
    .insert(workshops)
    .values({
      organisationId,
      planId: plan.id,
      date: GRAND_PARIS_SDEM_WORKSHOP.date,
      theme: GRAND_PARIS_SDEM_WORKSHOP.theme,
      description:
        'Atelier du SDEM (fin 2021 – janvier 2022 ; le compte rendu ne donne pas la date). Participants ' +
        `${GRAND_PARIS_SDEM_WORKSHOP.participantKinds}, en sous-groupes autour de 4 questions.`,
      participants: GRAND_PARIS_SDEM_WORKSHOP.speakers.map((s) => ({
        name: s.name,
        organisation: s.organisation,
        role: s.role ?? '',
      })),
    })
    .returning();
  await tx.insert(proposals).values(
    GRAND_PARIS_SDEM_PROPOSALS.map((p) => ({
      organisationId,
      workshopId: workshop.id,
      title: p.title,
      objectives: p.objectives,
      pilotText: p.pilot,
      leversText: p.leversText,
      partnersText: p.partners.join(', '),
      copLevers: [...p.copLevers],
      contributorName: 'Participants de l’atelier (sous-groupes)',
      contributorOrganisation: p.pilot,
    })),
  );
  return { plan, workshop, axisIds };
}
