import type { Tx } from '../db/client';
import { plans } from '../plans/schema';
import { MANCHE_COP_CONTEXT, MANCHE_COP_LEVER_REDUCTIONS } from './data';
import { DEMO_NOTE } from './helpers';

/** The Manche prefecture's COP roadmap shell (the seed gives context and three lever figures, not actions). */
export async function loadManche(tx: Tx, organisationId: string) {
  const figures = MANCHE_COP_LEVER_REDUCTIONS.reductions.map((r) => `${r.copLever} : ${r.ktCO2e} ktCO2e`).join(' ; ');
  const [plan] = await tx
    .insert(plans)
    .values({
      organisationId,
      type: 'cop_roadmap',
      title: 'Feuille de route COP — Manche',
      description:
        `${DEMO_NOTE} : déclinaison départementale de la COP régionale (${MANCHE_COP_CONTEXT.initiator}). ` +
        `Panorama préliminaire ${MANCHE_COP_LEVER_REDUCTIONS.fromYear}-${MANCHE_COP_LEVER_REDUCTIONS.toYear} (extrait) : ${figures}.`,
      startYear: 2024,
      endYear: 2030,
      status: 'draft',
    })
    .returning();
  return { plan };
}
