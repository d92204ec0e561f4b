/** Billing view of an ACC operation: each consumer's cost with and without it, from dated parameters. */
export { billOperation, type BillInput, type BillLine, type BillingReport, type Invoice, type PeriodBill } from './bill';
export { parseBillingParams, inForce, changeDays, type BillingParams, type Dated, type Turpe } from './parameters';
export { DEFAULT_ACCISE, DEFAULT_ACCISE_ZERO_RATE, DEFAULT_VAT, type AcciseCategory } from './defaults';
export { energyCents, formatCents, parseScaled, roundHalfEven, vatCents } from './money';
export { splitPeriods, parisMidnight, type Period } from './periods';
export { summarizeBills, type BillTotals } from './totals';
