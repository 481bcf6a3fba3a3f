/* What a caller tells the executor, and what it answers. */
import type { ExcelFeatures } from "../excelFeatures";
import type { ExistingNames } from "../names";
import type { GeneratedSheetFeatures } from "./features";

/** A sheet of the plan that already exists and is the add-in's own: cleared and rewritten in place. */
export interface InPlaceSheet {
  readonly name: string;
  /** Charts on it now (they are deleted before the rewrite). */
  readonly charts: number;
}

export interface ApplyOptions {
  /** Names read from the workbook earlier in the same Excel.run: the name check then needs no sync of its own. */
  readonly existing?: ExistingNames;
  /** The host's optional APIs; detected from Office's requirement sets when not given. */
  readonly features?: ExcelFeatures & Partial<GeneratedSheetFeatures>;
  /** Sheets of the plan to rewrite in place (the caller has checked they carry the add-in's mark). */
  readonly inPlace?: readonly InPlaceSheet[];
  /** Bytes one request may carry (default BATCH_BUDGET_BYTES, under the SPEC's 4 MB). */
  readonly budgetBytes?: number;
}

export interface AppliedPlan {
  readonly sheets: readonly string[];
  /** context.sync() calls made. */
  readonly syncs: number;
}
