import type { Tx } from '../db/client';
import { plans } from '../plans/schema';
import { GRAND_POITIERS_ACTIONS, GRAND_POITIERS_ENJEUX, GRAND_POITIERS_PCAET } from './data';
import { DEMO_NOTE, demoAction, insertAxisTree, monthToDate } from './helpers';

/** Grand Poitiers' PCAET skeleton: enjeu n°9 and the support scheme the seed describes (other enjeux synthetic). */
export async function loadGrandPoitiers(tx: Tx, organisationId: string) {
  const [plan] = await tx
    .insert(plans)
    .values({
      organisationId,
      type: GRAND_POITIERS_PCAET.planType,
      title: GRAND_POITIERS_PCAET.name,
      description:
        `${DEMO_NOTE} : squelette du programme opérationnel ${GRAND_POITIERS_PCAET.programme.fromYear}-${GRAND_POITIERS_PCAET.programme.toYear} ` +
        `(plus de ${GRAND_POITIERS_PCAET.programme.actionCountAtLeast} actions dans le plan réel). Seul l’enjeu n°9 et ses actions viennent de la fiche Cerema ; les autres enjeux sont synthétiques.`,
      startYear: GRAND_POITIERS_PCAET.programme.fromYear,
      endYear: GRAND_POITIERS_PCAET.programme.toYear,
      status: 'adopted',
    })
    .returning();
  const axisIds = await insertAxisTree(
    tx,
    plan.id,
    GRAND_POITIERS_ENJEUX.map((e) => ({
      code: e.code,
      labelFr: e.number ? `Enjeu n°${e.number} : ${e.labelFr}` : e.labelFr,
      synthetic: e.synthetic,
    })),
  );
  const actionIds = new Map<string, string>();
  // Parents come before their sub-actions in the data, so ids are known when children are inserted.
  for (const a of GRAND_POITIERS_ACTIONS) {
    const row = await demoAction(tx, organisationId, plan.id, {
      title: a.title,
      description: a.description,
      status: a.status,
      startDate: monthToDate(a.start, false),
      endDate: monthToDate(a.end, true),
      axisId: axisIds.get(a.enjeuCode) ?? null,
      parentId: a.parentCode ? (actionIds.get(a.parentCode) ?? null) : null,
      partners: a.partners.map((name) => ({ name })),
      ownerName: 'Communauté urbaine de Grand Poitiers',
      porteurLevers: ['support', 'mobilise'],
      targetPublics: ['businesses', 'associations', 'public_bodies'],
      participationLevel: 'co_construction',
      notes: `Source : fiche « projet référent » du Cerema (lignes ${a.sourceLines.join(', ')} du document).`,
    });
    actionIds.set(a.code, row.id);
  }
  return { plan, axisIds, actionIds };
}
