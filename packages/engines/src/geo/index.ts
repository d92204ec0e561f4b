/** Mean Earth radius (IUGG R1 = (2a + b)/3 of WGS 84), in metres; used by every great-circle distance here. */
export const EARTH_RADIUS_M = 6_371_008.8;

export const RAD = Math.PI / 180;

/** Great-circle distance in metres between two WGS 84 points (degrees), haversine formula on the mean sphere. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const a = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  // min(1, …) because rounding can push a a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}
