/** Stable machine-readable codes; messages may change, codes may not. */
export type HeatErrorCode =
  | 'CSV_SYNTAX'
  | 'CSV_HEADER'
  | 'EMPTY'
  | 'DUPLICATE_ID'
  | 'MISSING_VALUE'
  | 'BAD_KIND'
  | 'BAD_NUMBER'
  | 'NEGATIVE_ENERGY'
  | 'COORDINATE_RANGE'
  | 'COORDINATES_SWAPPED'
  | 'OUTSIDE_FRANCE'
  | 'BAD_TEMPERATURE'
  | 'UNKNOWN_PROFILE'
  | 'BAD_PROFILE'
  | 'UNKNOWN_PARAMETER'
  | 'BAD_PARAMETER';

/** One problem; `row` counts lines of the file with the header as line 1, `column` is the header name. */
export interface HeatIssue {
  code: HeatErrorCode;
  message: string;
  row?: number;
  column?: string;
}

/** Input rejected. Every issue found is listed (up to a cap) so that a user can fix a file in one pass. */
export class HeatInputError extends Error {
  readonly issues: readonly HeatIssue[];

  constructor(issues: readonly HeatIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${first ? first.message : 'invalid input'}${more}`);
    this.name = 'HeatInputError';
    this.issues = issues;
  }

  get code(): HeatErrorCode | undefined {
    return this.issues[0]?.code;
  }
}
