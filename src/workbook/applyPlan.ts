/*
 * Writing a WorkbookPlan into the workbook: the executor in executor/ (docs/architecture.md,
 * "The workbook's rooms"). This module keeps the names the workbook's writers and the tests import.
 */
export { applyWorkbookPlan } from "./executor/apply";
export { detectGeneratedSheetFeatures, type GeneratedSheetFeatures } from "./executor/features";
export type { AppliedPlan, ApplyOptions, InPlaceSheet } from "./executor/options";
export { PAGE_BREAK_BYTES } from "./executor/printSteps";
export { WorkbookWriteError } from "./writeError";
