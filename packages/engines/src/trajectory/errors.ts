export type TrajectoryErrorCode =
  | 'no_data'
  | 'insufficient_data'
  | 'duplicate_year'
  | 'invalid_value'
  | 'invalid_year'
  | 'non_positive_value'
  | 'out_of_range'
  | 'invalid_horizon'
  | 'invalid_objective';

/** Every input problem of the trajectory engine, with a stable code the platform can map to a message. */
export class TrajectoryError extends Error {
  override readonly name = 'TrajectoryError';
  constructor(
    readonly code: TrajectoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
