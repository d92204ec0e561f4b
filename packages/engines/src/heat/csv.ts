/** Canonical heat files: pure parsing and serialisation (strings or line iterables in, strings out; no fs). */
export { parseSinksCsv, parseSourcesCsv, MAX_TEMPERATURE_C, MIN_TEMPERATURE_C } from './csv/inputs';
export { parseProfilesCsv } from './csv/profiles';
export { arcsCsv, flowsCsv, meritCsv, summaryJson } from './csv/outputs';
export { checkCoordinates, FRANCE_BOXES, inFrance, type CoordinateVerdict } from './csv/plausibility';
