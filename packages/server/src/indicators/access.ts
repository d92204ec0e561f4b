import { eq } from 'drizzle-orm';
import type { Operation } from '@trajectoire/domain';
import { findIndicator } from '@trajectoire/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import { authorize } from '../auth/access';
import { badRequest, notFound } from '../http/problem';
import { organisations } from '../organisations/schema';
import { territories } from '../territories/schema';

/** The organisation first, then the right on it: a missing one and one of another tenant answer the same 404. */
export async function loadOrganisation(c: Context<AppEnv>, id: string, op: Operation) {
  const [org] = await c.get('db').select().from(organisations).where(eq(organisations.id, id));
  if (!org) throw notFound('Organisation');
  await authorize(c, org.id, op, undefined, 'Organisation');
  return org;
}

export async function findTerritory(c: Context<AppEnv>, id: string) {
  const [territory] = await c.get('db').select().from(territories).where(eq(territories.id, id));
  return territory ?? null;
}

/** For bodies: an unknown territory or indicator is a bad request (the URL itself is fine). */
export async function requireBodyRefs(c: Context<AppEnv>, territoryId: string, indicatorCode: string) {
  const territory = await findTerritory(c, territoryId);
  if (!territory) throw badRequest('unknown_territory', `Territoire « ${territoryId} » inconnu.`);
  const indicator = findIndicator(indicatorCode);
  if (!indicator) throw badRequest('unknown_indicator', `Indicateur « ${indicatorCode} » absent du catalogue.`);
  return { territory, indicator };
}
