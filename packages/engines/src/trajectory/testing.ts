// Test helper: run a function and return the TrajectoryError it throws (fails when it throws nothing or another error).
import { TrajectoryError } from './errors';

export function trajectoryError(fn: () => unknown): TrajectoryError {
  try {
    fn();
  } catch (err) {
    if (err instanceof TrajectoryError) return err;
    throw err;
  }
  throw new Error('expected a TrajectoryError');
}
