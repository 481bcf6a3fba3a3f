/* What a caller tells the executor, and what it answers. */
import type { ExcelFeatures } from "../excelFeatures";
import type { ExistingNames } from "../names";
import type { SheetPlan, TablePlan, WorkbookPlan } from "../sheetPlan";
import type { GeneratedSheetFeatures } from "./features";

/**
 * A sheet described only when its turn to be written comes (ApplyOptions.later): its name is known
 * up front (for the name check and the clean-up of a failed write), its cells are not.
 */
export interface LaterSheet {
  readonly name: string;
  describe(): SheetPlan;
}

/** What the name check and the clean-up of a failed write need of a plan: its sheets' names (tables where known). */
export type PlanOutline = Omit<WorkbookPlan, "sheets"> & {
  readonly sheets: readonly { readonly name: string; readonly tables?: readonly Pick<TablePlan, "name">[] }[];
};

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
  /**
   * Sheets written after the plan's own, each described only when the steps before it have all
   * been queued, and let go once its own are: a write of many large sheets (statements in parts)
   * holds one of them at a time, not all. They share the plan's requests (the same syncs as if they
   * were in the plan). The first is described and checked with the plan, before anything is
   * written; a later one that cannot be written fails the write, which is then taken back.
   */
  readonly later?: readonly LaterSheet[];
}

export interface AppliedPlan {
  readonly sheets: readonly string[];
  /** context.sync() calls made. */
  readonly syncs: number;
}
