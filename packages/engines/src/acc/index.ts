/** Collective self-consumption (ACC) allocation engine. See README.md for the rules and their sources. */
export { allocate, type AllocateOptions } from './allocate';
export { summarize, type MonthSummary, type ParticipantSummary, type Summary, type Totals } from './summarize';
export { coefficientsFromAllocation, formatCoefficient } from './coefficients';
export { storageRuleViolations } from './storage';
export { AccInputError, type AccErrorCode, type AccErrorLocation } from './errors';
export { formatIsoTimestamp, formatParis, parisMonthKey, parisOffsetMinutes, parseIsoTimestamp, type Instant } from './time';
export * from './csv';
export { MILLION, type AllocationInput, type AllocationResult, type KeyKind, type KeySpec, type Role } from './types';
