/** Domain types of the waste-heat matching engine. Energies are MWh per year, temperatures °C, lengths metres. */

export const SOURCE_KINDS = ['datacenter', 'wastewater', 'incinerator', 'laundry', 'industry', 'other'] as const;
export const SINK_KINDS = ['heat_network', 'building', 'district'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SinkKind = (typeof SINK_KINDS)[number];

/** A site that rejects heat it does not use (chaleur fatale). */
export interface HeatSource {
  id: string;
  kind: SourceKind;
  name: string;
  lat: number;
  lon: number;
  /** Recoverable waste heat over a year (MWh). */
  annualMwh: number;
  /** Temperature at which that heat is available (°C). */
  temperatureC: number;
  /** Name of an hourly profile (8760 shares) in the study's profile table; absent = flat over the year. */
  profile?: string;
}

/** A heat demand that recovered heat could supply. */
export interface HeatSink {
  id: string;
  kind: SinkKind;
  name: string;
  lat: number;
  lon: number;
  /** Heat demand over a year (MWh). */
  annualMwh: number;
  /** Supply temperature the sink needs (°C): network flow temperature or building emitter temperature. */
  supplyTemperatureC: number;
  profile?: string;
}

/** Hourly profiles by name: 8760 non-negative shares summing to 1 (the CSV parser normalises them). */
export type Profiles = ReadonlyMap<string, Float64Array>;

export const HOURS_PER_YEAR = 8760;
