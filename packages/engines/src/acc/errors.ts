/** Stable machine-readable codes; messages may change, codes may not. */
export type AccErrorCode =
  | 'SHAPE'
  | 'BAD_WH'
  | 'OVERFLOW'
  | 'BAD_COEFFICIENT'
  | 'COEFFICIENT_SUM'
  | 'BAD_RANK'
  | 'CSV_SYNTAX'
  | 'CSV_HEADER'
  | 'EMPTY'
  | 'DUPLICATE_ID'
  | 'BAD_ROLE'
  | 'BAD_VALUE'
  | 'UNKNOWN_ID'
  | 'DUPLICATE_ROW'
  | 'BAD_TIMESTAMP'
  | 'BAD_STEP'
  | 'MISALIGNED_STEP'
  | 'MIXED_STEPS'
  | 'MISSING_STEPS'
  | 'ROLE_MISMATCH';

/** Where the problem is, when known; line numbers are 1-based and count the header line. */
export interface AccErrorLocation {
  line?: number;
  column?: string;
  participant?: string;
  step?: number;
  timestamp?: string;
}

export class AccInputError extends Error {
  readonly code: AccErrorCode;
  readonly location: AccErrorLocation;
  readonly details?: unknown;

  constructor(code: AccErrorCode, message: string, location: AccErrorLocation = {}, details?: unknown) {
    super(message);
    this.name = 'AccInputError';
    this.code = code;
    this.location = location;
    this.details = details;
  }
}

/** Name participant i in messages: its id when known, else its position. */
export function participantName(ids: readonly string[] | undefined, i: number): string {
  return ids && ids[i] !== undefined ? `'${ids[i]}'` : `#${i + 1}`;
}
