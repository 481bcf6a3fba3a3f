/*
 * The payout cycle in the workbook (docs/cycle.md): Close period (a protected values-only snapshot
 * and a row in the program's Periods table), Check closed periods, Re-open.
 */
export { previewClosePeriod, closePeriod, protectSnapshot } from "./closePeriod";
export type { PeriodClosePreview, ClosedPeriodResult, ClosePeriodOptions } from "./closePeriod";
export { checkClosedPeriods } from "./checkPeriods";
export type { ClosedPeriodsCheck, PeriodCheck, RowFinding, CellFinding } from "./checkPeriods";
export { reopenPeriod } from "./reopenPeriod";
export type { ReopenedPeriod } from "./reopenPeriod";
export { previewAdjustments, previewEarlierAdjustments, updateAdjustments } from "./updateAdjustments";
export type { AdjustmentsUpdate } from "./updateAdjustments";
export { adjustmentsTableName } from "./adjustmentsTable";
export type { SettledLine } from "./adjustmentsTable";
