/** One annual value. Years are calendar years; fractional years are accepted by the maths but never produced. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** An observation that may be missing (null or NaN), as series from observatories often are. */
export interface Observation {
  readonly year: number;
  readonly value: number | null;
}
