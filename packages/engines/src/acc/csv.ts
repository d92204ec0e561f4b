/** Canonical ACC files: pure parsing and serialisation (strings or line iterables in, strings out; no fs). */
export { parseParticipantsCsv, priorityRanks, staticCoefficients, type Participant } from './csv/participants';
export { CurvesReader, parseCurvesCsv, type Curves, type CurvesOptions } from './csv/curves';
export { allocationsCsv, curveStamps, stepsCsv, type AllocationsCsvOptions, type Stamp } from './csv/outputs';
export { csvField, linesOf, splitCsvLine } from './csv/line';
