import type { Tx } from '../db/client';
import { heatLayers, heatStudies } from './schema';
import type { HeatFeature } from './types';
import { mulberry32 } from '@trajectoire/engines/random';

/**
 * Grand Paris waste-heat demo, from seed 000 (SDEM workshop « Valorisation des énergies fatales »): potential of
 * 1,611 GWh by filière (data centres 779, wastewater 471, incinerators 296, laundries 65 GWh), laundries spread over
 * more than 1,600 points of which only 46 exceed 100 MWh and carry 23 % of their potential; PCAEM objective 200 GWh/yr.
 *
 * Real: the filière totals and the objective (seed); the sites of the three Syctom incinerators and of the five SIAAP
 * plants named below (public locations, placed by us to within about 500 m: check before any operational use).
 * Synthetic (labelled so in every name): the split of each filière total between its real sites (by approximate
 * treatment capacity), every data centre and laundry point, all temperatures, and the twelve heat demands.
 * Synthetic points come from a seeded PRNG (mulberry32, fixed seeds), so every load yields the same layer; their
 * energies are weights scaled to the seed total and rounded to whole MWh by largest remainder, so totals are exact.
 */
export const GRAND_PARIS_HEAT_SEED = {
  datacenterMwh: 779_000,
  wastewaterMwh: 471_000,
  incineratorMwh: 296_000,
  laundryMwh: 65_000,
  laundryPoints: 1_610, // « plus de 1 600 points »
  laundryLargePoints: 46, // « seuls 46 points dépassent un potentiel de plus 100 MWh »
  laundryLargeShare: 0.23, // « pour 23 % du potentiel »
  objectiveMwh: 200_000,
} as const;

const SYNTH = 'synthétique';


/** Whole MWh proportional to the weights, summing exactly to `total` (largest remainder). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k++, left--) out[order[k % order.length][1]] += 1;
  return out;
}

const round = (x: number, d = 5) => Math.round(x * 10 ** d) / 10 ** d;

// Real sites, approximate to about 500 m; the weights split the seed's filière totals (synthetic split).
const INCINERATORS = [
  { id: 'syctom-ivry', name: 'UIOM Syctom Ivry-Paris XIII (Ivry-sur-Seine)', lat: 48.822, lon: 2.397, weight: 730 },
  { id: 'syctom-isseane', name: 'UIOM Syctom Isséane (Issy-les-Moulineaux)', lat: 48.829, lon: 2.263, weight: 460 },
  { id: 'syctom-saint-ouen', name: 'UIOM Syctom Saint-Ouen', lat: 48.911, lon: 2.328, weight: 650 },
];
const WASTEWATER = [
  { id: 'siaap-seine-aval', name: 'SIAAP Seine Aval (Achères)', lat: 48.958, lon: 2.15, weight: 1500 },
  { id: 'siaap-seine-amont', name: 'SIAAP Seine Amont (Valenton)', lat: 48.752, lon: 2.465, weight: 600 },
  { id: 'siaap-seine-centre', name: 'SIAAP Seine Centre (Colombes)', lat: 48.927, lon: 2.266, weight: 240 },
  { id: 'siaap-marne-aval', name: 'SIAAP Marne Aval (Noisy-le-Grand)', lat: 48.842, lon: 2.54, weight: 75 },
  { id: 'siaap-seine-gresillons', name: 'SIAAP Seine Grésillons (Triel-sur-Seine)', lat: 48.988, lon: 2.003, weight: 300 },
];

// The dense part of the métropole (Paris and the inner ring), where synthetic points are drawn.
const BOX = { south: 48.76, north: 48.95, west: 2.2, east: 2.55 };

function synthetic(prefix: string, kind: string, label: string, temperatureC: number, energies: number[], rand: () => number, box = BOX): HeatFeature[] {
  return energies.map((annualMwh, i) => ({
    id: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    kind,
    name: `${label} ${i + 1} (${SYNTH})`,
    lat: round(box.south + rand() * (box.north - box.south)),
    lon: round(box.west + rand() * (box.east - box.west)),
    annualMwh,
    temperatureC,
  }));
}

export function grandParisHeatSources(): HeatFeature[] {
  const s = GRAND_PARIS_HEAT_SEED;
  const real = (sites: typeof INCINERATORS, kind: string, total: number, temperatureC: number): HeatFeature[] => {
    const energies = apportion(sites.map((x) => x.weight), total);
    return sites.map((x, i) => ({ id: x.id, kind, name: `${x.name} — potentiel réparti (${SYNTH})`, lat: x.lat, lon: x.lon, annualMwh: energies[i], temperatureC }));
  };
  // Data centres: 40 sites, half in the Plaine Saint-Denis / Aubervilliers cluster, weights uniform in [0.5, 2].
  const dcRand = mulberry32(779);
  const dcEnergies = apportion(Array.from({ length: 40 }, () => 0.5 + 1.5 * dcRand()), s.datacenterMwh);
  const plaine = { south: 48.9, north: 48.935, west: 2.34, east: 2.4 };
  const dcs = [
    ...synthetic('dc', 'datacenter', 'Data center', 30, dcEnergies.slice(0, 20), dcRand, plaine),
    ...synthetic('dc', 'datacenter', 'Data center', 30, dcEnergies.slice(20), dcRand).map((f, i) => ({ ...f, id: `dc-${String(i + 21).padStart(4, '0')}`, name: `Data center ${i + 21} (${SYNTH})` })),
  ];
  // Laundries: 46 large points (weights in [1, 3]) share 23 % of 65 GWh (avg ≈ 325 MWh, all > 100); the other 1,564
  // (weights in [0.2, 1.8]) share the rest (avg ≈ 32 MWh, all ≤ 100). The test checks both bounds.
  const lRand = mulberry32(65);
  const large = Math.round(s.laundryMwh * s.laundryLargeShare);
  const largeE = apportion(Array.from({ length: s.laundryLargePoints }, () => 1 + 2 * lRand()), large);
  const smallE = apportion(Array.from({ length: s.laundryPoints - s.laundryLargePoints }, () => 0.2 + 1.6 * lRand()), s.laundryMwh - large);
  const laundries = synthetic('bl', 'laundry', 'Blanchisserie', 45, [...largeE, ...smallE], lRand);
  return [
    ...real(INCINERATORS, 'incinerator', s.incineratorMwh, 120),
    ...real(WASTEWATER, 'wastewater', s.wastewaterMwh, 18),
    ...dcs,
    ...laundries,
  ];
}

/** Twelve synthetic heat networks placed at town centres of the métropole; demands and temperatures are ours. */
export function grandParisHeatSinks(): HeatFeature[] {
  const rows: [string, number, number, number, number][] = [
    ['Paris 13e', 48.829, 2.376, 250_000, 90], ['Paris 15e', 48.841, 2.291, 200_000, 90],
    ['Saint-Denis', 48.936, 2.357, 180_000, 85], ['Saint-Ouen (Docks)', 48.912, 2.334, 60_000, 75],
    ['Nanterre', 48.892, 2.207, 150_000, 85], ['Gennevilliers', 48.933, 2.293, 90_000, 80],
    ['Créteil', 48.79, 2.455, 140_000, 85], ['Vitry-sur-Seine', 48.787, 2.392, 110_000, 80],
    ['Montreuil', 48.862, 2.442, 90_000, 80], ['Noisy-le-Grand', 48.848, 2.553, 80_000, 75],
    ['Bobigny', 48.908, 2.44, 100_000, 80], ['Boulogne-Billancourt', 48.835, 2.241, 120_000, 85],
  ];
  return rows.map(([town, lat, lon, annualMwh, supplyTemperatureC], i) => ({
    id: `rc-${String(i + 1).padStart(2, '0')}`, kind: 'heat_network', name: `Réseau de chaleur ${town} (${SYNTH})`, lat, lon, annualMwh, supplyTemperatureC,
  }));
}

/** Inserts both layers and a draft study (not run: starting the demo stays fast). */
export async function loadGrandParisHeat(tx: Tx, organisationId: string) {
  const territoryId = 'epci:200054781';
  const base = { organisationId, territoryId, crs: 'EPSG:4326', crsDetected: 'declared', fileName: 'demo' };
  const [sources, sinks] = await tx
    .insert(heatLayers)
    .values([
      {
        ...base, name: 'Gisements de chaleur fatale — Grand Paris (démonstration)', kind: 'sources', features: grandParisHeatSources(),
        note: 'Totaux par filière du compte rendu d’atelier SDEM (779 / 471 / 296 / 65 GWh). Sites Syctom et SIAAP réels (±500 m) ; répartition, data centers, blanchisseries et températures synthétiques.',
      },
      { ...base, name: 'Besoins de chaleur — réseaux synthétiques', kind: 'sinks', features: grandParisHeatSinks(), note: 'Douze réseaux de chaleur synthétiques (localisation, besoins et températures fictifs).' },
    ])
    .returning();
  await tx.insert(heatStudies).values({
    organisationId,
    name: 'Chaleur fatale — objectif PCAEM 200 GWh/an (démonstration)',
    description: 'Appariement gisements × réseaux ; objectif du PCAEM : valoriser 200 GWh/an de chaleur fatale. Lancez le calcul pour obtenir les opportunités.',
    sourceLayerId: sources.id,
    sinkLayerId: sinks.id,
    params: {},
    potentialMode: 'mean',
    objectiveMwh: GRAND_PARIS_HEAT_SEED.objectiveMwh,
  });
}
