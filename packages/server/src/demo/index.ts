import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { createUser } from '../auth/store';
import { audit } from '../audit/audit';
import { memberships, organisations } from '../organisations/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { GRAND_PARIS_ORGANISATION, GRAND_POITIERS_ORGANISATION, MANCHE_STATE_SERVICES } from './data';
import { loadGrandParis } from './grand-paris';
import { loadGrandPoitiers } from './grand-poitiers';
import { loadManche } from './manche';
import { loadGrandParisHeat } from '../heat/demo';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Loads the demo dataset once, on a database with no organisation yet. Returns whether it loaded. */
export async function loadDemo(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations);
  if (Number(n) > 0) return false;
  await db.transaction(async (tx) => {
    const prefecture = MANCHE_STATE_SERVICES.find((s) => s.code === 'prefecture-50')!;
    const [mgp, poitiers, manche] = await tx
      .insert(organisations)
      .values([
        {
          name: GRAND_PARIS_ORGANISATION.name,
          kind: GRAND_PARIS_ORGANISATION.kind,
          siren: GRAND_PARIS_ORGANISATION.siren,
          territoryId: `epci:${GRAND_PARIS_ORGANISATION.siren}`,
          description: 'Métropole (EPCI à statut particulier). Données de démonstration issues du compte rendu d’atelier SDEM.',
        },
        {
          name: GRAND_POITIERS_ORGANISATION.name,
          kind: GRAND_POITIERS_ORGANISATION.kind,
          siren: GRAND_POITIERS_ORGANISATION.siren,
          territoryId: `epci:${GRAND_POITIERS_ORGANISATION.siren}`,
          description: 'Communauté urbaine. Données de démonstration issues d’une fiche Cerema.',
        },
        {
          name: prefecture.name,
          kind: prefecture.kind,
          territoryId: 'departement:50',
          description: 'Service de l’État (COP « planification écologique »). Données de démonstration.',
        },
      ])
      .returning();
    const orgIds = { mgp: mgp.id, poitiers: poitiers.id, manche: manche.id };
    for (const a of DEMO_ACCOUNTS) {
      const user = await createUser(tx, { email: a.email, name: a.name, password: DEMO_PASSWORD, isSuperadmin: a.superadmin });
      if (a.org && a.role)
        await tx.insert(memberships).values({ organisationId: orgIds[a.org], userId: user.id, role: a.role, pilotedOnly: a.pilotedOnly ?? false });
    }
    await loadGrandParis(tx, mgp.id);
    await loadGrandParisHeat(tx, mgp.id);
    await loadGrandPoitiers(tx, poitiers.id);
    await loadManche(tx, manche.id);
    await audit(tx, { actorLabel: 'system' }, { organisationId: null, entityType: 'demo', entityId: 'demo', action: 'load' });
  });
  return true;
}
