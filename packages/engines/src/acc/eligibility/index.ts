/** Eligibility of an extended ACC operation: perimeter, power caps and derogations, as dated rules. */
export { checkEligibility, type EligibilityInput, type EligibilityParticipant, type EligibilityReport, type RuleResult, type Verdict } from './check';
export { ELIGIBILITY_RULES, rulesInForce, type Requirement, type RuleCheck, type RuleVersion } from './rules';
export { densityClass, parseDensitiesCsv, type DensityClass, type DensityTable } from './density';
export { diameter, haversineM, EARTH_RADIUS_M, type Diameter } from './geo';
