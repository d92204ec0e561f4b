/**
 * Is a point plausibly in France? Bounding boxes of mainland France with Corsica and of the five DROM
 * (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), widened by 0.2° so that coastal and offshore sites pass.
 * This is a typo screen, not a border test: the mainland box also covers slivers of the neighbouring countries.
 * Boxes: [south, north, west, east] in degrees, from the territories' extreme points.
 */
const MARGIN = 0.2;
export const FRANCE_BOXES: readonly { name: string; box: readonly [number, number, number, number] }[] = [
  { name: 'mainland France and Corsica', box: [41.3, 51.1, -5.2, 9.6] },
  { name: 'Guadeloupe', box: [15.8, 16.55, -61.85, -61.0] },
  { name: 'Martinique', box: [14.38, 14.9, -61.25, -60.8] },
  { name: 'Guyane', box: [2.1, 5.8, -54.6, -51.6] },
  { name: 'La Réunion', box: [-21.4, -20.85, 55.2, 55.85] },
  { name: 'Mayotte', box: [-13.05, -12.6, 45.0, 45.3] },
];

export function inFrance(lat: number, lon: number): boolean {
  return FRANCE_BOXES.some(
    ({ box: [s, n, w, e] }) => lat >= s - MARGIN && lat <= n + MARGIN && lon >= w - MARGIN && lon <= e + MARGIN,
  );
}

export type CoordinateVerdict = 'ok' | 'range' | 'swapped' | 'outside';

/** Classify a (lat, lon) pair: out of the WGS 84 range, plausibly swapped (lon, lat), outside France, or fine. */
export function checkCoordinates(lat: number, lon: number): CoordinateVerdict {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    return Math.abs(lon) <= 90 && Math.abs(lat) <= 180 && inFrance(lon, lat) ? 'swapped' : 'range';
  }
  if (inFrance(lat, lon)) return 'ok';
  return inFrance(lon, lat) ? 'swapped' : 'outside';
}
