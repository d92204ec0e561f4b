import { sql } from 'drizzle-orm';
import { createRequire } from 'node:module';
import { normaliseSearch } from '@trajectoire/domain';
import type { Db } from '../db/client';
import { territories, territoryMembers } from './schema';

const require = createRequire(import.meta.url);
// The package's main entry is broken (it reads files relative to the CWD); its JSON files are imported directly.
const PKG = '@etalab/decoupage-administratif';

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
}
interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}
interface EtalabArea {
  code: string;
  nom: string;
  region?: string;
}

export const territoriesSource = () => {
  const version = (require(`${PKG}/package.json`) as { version: string }).version;
  return { name: 'territories', version, source: `${PKG} ${version} (INSEE COG, Licence Ouverte)` };
};

type Row = typeof territories.$inferInsert;

/** Builds every territory row from the package's JSON: communes, EPCI, départements, régions. */
export function buildTerritoryRows(): { rows: Row[]; members: { parentId: string; childId: string }[] } {
  const communes = (require(`${PKG}/data/communes.json`) as EtalabCommune[]).filter((c) => c.type === 'commune-actuelle');
  const epcis = require(`${PKG}/data/epci.json`) as EtalabEpci[];
  const departements = require(`${PKG}/data/departements.json`) as EtalabArea[];
  const regions = require(`${PKG}/data/regions.json`) as EtalabArea[];

  const popByDept = new Map<string, number>();
  const popByRegion = new Map<string, number>();
  for (const c of communes) {
    if (c.departement) popByDept.set(c.departement, (popByDept.get(c.departement) ?? 0) + (c.population ?? 0));
    if (c.region) popByRegion.set(c.region, (popByRegion.get(c.region) ?? 0) + (c.population ?? 0));
  }
  const communeDept = new Map(communes.map((c) => [c.code, c]));
  const rows: Row[] = [
    ...regions.map((r) => area('region', r.code, r.nom, popByRegion.get(r.code), null, r.code)),
    ...departements.map((d) => area('departement', d.code, d.nom, popByDept.get(d.code), d.code, d.region ?? null)),
    ...communes.map((c) => ({
      ...area('commune', c.code, c.nom, c.population, c.departement ?? null, c.region ?? null),
      siren: c.siren ?? null,
      postcodes: c.codesPostaux ?? [],
    })),
    ...epcis.map((e) => {
      // An EPCI can straddle départements; it is attached to the one of its first member (the usual seat ordering).
      const first = communeDept.get(e.membres[0]?.code ?? '');
      return {
        ...area('epci', e.code, e.nom, e.populationMunicipale, first?.departement ?? null, first?.region ?? null),
        siren: e.code,
        epciType: e.type,
      };
    }),
  ];
  const known = new Set(rows.map((r) => r.id));
  const members = epcis.flatMap((e) =>
    e.membres
      .map((m) => ({ parentId: `epci:${e.code}`, childId: `commune:${m.code}` }))
      .filter((m) => known.has(m.childId)),
  );
  return { rows, members };
}

function area(kind: string, code: string, name: string, population: number | undefined, dept: string | null, region: string | null): Row {
  return {
    id: `${kind}:${code}`,
    kind,
    code,
    name,
    population: population ?? null,
    departementCode: dept,
    regionCode: region,
    searchName: normaliseSearch(name),
  };
}

export async function loadTerritories(db: Db): Promise<number> {
  const { rows, members } = buildTerritoryRows();
  await db.transaction(async (tx) => {
    await tx.delete(territoryMembers);
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insert(territories)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: territories.id,
          set: {
            name: sqlExcluded('name'),
            population: sqlExcluded('population'),
            siren: sqlExcluded('siren'),
            postcodes: sqlExcluded('postcodes'),
            searchName: sqlExcluded('search_name'),
            departementCode: sqlExcluded('departement_code'),
            regionCode: sqlExcluded('region_code'),
            epciType: sqlExcluded('epci_type'),
          },
        });
    }
    for (let i = 0; i < members.length; i += 2000) await tx.insert(territoryMembers).values(members.slice(i, i + 2000));
  });
  // A bulk load leaves the GIN indexes' entries in their pending lists and the planner without statistics, so it
  // would scan the table for every search (~90 ms instead of ~2 ms). PGlite has no autovacuum to fix it later.
  await db.execute(sql`VACUUM ANALYZE territories`);
  await db.execute(sql`ANALYZE territory_members`);
  return rows.length;
}

const sqlExcluded = (col: string) => sql.raw(`excluded.${col}`);
