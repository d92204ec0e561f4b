import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { organisations } from '../organisations/schema';
import { plans } from '../plans/schema';
import { territories } from '../territories/schema';
import { publications } from './schema';

export type PublicationRow = typeof publications.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;

export async function findPlanPublication(db: Db | Tx, planId: string) {
  const [row] = await db.select().from(publications).where(and(eq(publications.kind, 'plan'), eq(publications.planId, planId)));
  return row ?? null;
}

export async function findIndicatorPublication(db: Db | Tx, organisationId: string, territoryId: string, indicatorCode: string) {
  const [row] = await db
    .select()
    .from(publications)
    .where(
      and(
        eq(publications.kind, 'indicator'),
        eq(publications.organisationId, organisationId),
        eq(publications.territoryId, territoryId),
        eq(publications.indicatorCode, indicatorCode),
      ),
    );
  return row ?? null;
}

/** A published plan with its publication and publisher; null when missing or unpublished (callers answer 404 alike). */
export async function findPublishedPlan(db: Db, planId: string) {
  const [row] = await db
    .select({ plan: plans, publication: publications, organisation: organisations })
    .from(publications)
    .innerJoin(plans, eq(plans.id, publications.planId))
    .innerJoin(organisations, eq(organisations.id, publications.organisationId))
    .where(and(eq(publications.kind, 'plan'), eq(publications.planId, planId)));
  return row ?? null;
}

export async function findPublishedIndicator(db: Db, organisationId: string, territoryId: string, indicatorCode: string) {
  const [row] = await db
    .select({ publication: publications, organisation: organisations })
    .from(publications)
    .innerJoin(organisations, eq(organisations.id, publications.organisationId))
    .where(
      and(
        eq(publications.kind, 'indicator'),
        eq(publications.organisationId, organisationId),
        eq(publications.territoryId, territoryId),
        eq(publications.indicatorCode, indicatorCode),
      ),
    );
  return row ?? null;
}

/** Every publication with its publisher (and plan for plans), optionally restricted to some organisations. */
export async function listPublished(db: Db, organisationIds?: string[]) {
  if (organisationIds && !organisationIds.length) return [];
  return db
    .select({ publication: publications, organisation: organisations, plan: plans })
    .from(publications)
    .innerJoin(organisations, eq(organisations.id, publications.organisationId))
    .leftJoin(plans, eq(plans.id, publications.planId))
    .where(organisationIds ? inArray(publications.organisationId, organisationIds) : undefined)
    .orderBy(publications.publishedAt, publications.id);
}

const KIND_PREFIXES = ['commune', 'epci', 'departement', 'region'] as const;

/**
 * The territory a public URL designates: `commune:CODE`, `epci:SIREN`, `departement:CODE`, `region:CODE`, or a bare
 * code: nine digits is a SIREN (EPCI, or any territory carrying it), five characters a commune, two or three a
 * département (régions share two-digit codes with départements, so they need their prefix).
 */
export async function resolveTerritoryKey(db: Db, key: string) {
  const k = key.trim().toUpperCase().replace(/\s+/g, '');
  const [prefix, code] = k.includes(':') ? [k.split(':')[0].toLowerCase(), k.split(':')[1]] : [null, k];
  if (!/^[0-9AB]{2,14}$/.test(code ?? '')) return null;
  let where;
  if (prefix) {
    if (!(KIND_PREFIXES as readonly string[]).includes(prefix)) return null;
    where = eq(territories.id, `${prefix}:${code}`);
  } else if (/^\d{9}$/.test(code)) where = or(eq(territories.id, `epci:${code}`), eq(territories.siren, code));
  else if (code.length === 5) where = eq(territories.id, `commune:${code}`);
  else if (code.length <= 3) where = eq(territories.id, `departement:${code}`);
  else return null;
  const rows = await db.select().from(territories).where(where);
  // An EPCI first when a SIREN matches it and a member commune alike.
  return rows.sort((a, b) => (a.kind === 'epci' ? -1 : b.kind === 'epci' ? 1 : a.id.localeCompare(b.id)))[0] ?? null;
}

/** Organisations attached to a territory, or carrying its SIREN. */
export async function organisationsOfTerritory(db: Db, territory: { id: string; siren: string | null; code: string; kind: string }) {
  const siren = territory.siren ?? (territory.kind === 'epci' ? territory.code : null);
  return db
    .select()
    .from(organisations)
    .where(siren ? or(eq(organisations.territoryId, territory.id), eq(organisations.siren, siren)) : eq(organisations.territoryId, territory.id))
    .orderBy(organisations.name, organisations.id);
}
