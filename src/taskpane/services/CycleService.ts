/*
 * What the pane's payout-cycle screen (components/Cycle) asks of the workbook: Close period (a
 * preview, the write, then protection as a step of its own), Check closed periods, Re-open,
 * Update adjustments, and a plan edited by hand since its last logged change (found, logged).
 * Screens get it from CycleServiceContext; tests pass a fake.
 */
import type {
  AdjustmentsUpdate,
  ClosedPeriodResult,
  ClosedPeriodsCheck,
  PeriodClosePreview,
  ReopenedPeriod,
} from "../../workbook/cycle";
import type { HandEdits } from "../../workbook/changeLog/handEdits";
import type { PlanHandEdits } from "../../workbook/changeLog/logHandEdits";
import type { UndoOutcome } from "../../workbook/undoGroup";

export type { AdjustmentsUpdate, ClosedPeriodResult, ClosedPeriodsCheck, PeriodClosePreview, ReopenedPeriod };
export type { HandEdits, PlanHandEdits };
export type { CellFinding, PeriodCheck, RowFinding } from "../../workbook/cycle";

/** A close as the pane gets it: the workbook's result and what Ctrl+Z will do. */
export type ClosedResult = ClosedPeriodResult & { readonly undo?: UndoOutcome };

export interface CycleService {
  /** What closing the open period would freeze (nothing written). */
  previewClose(key: string): Promise<PeriodClosePreview>;
  /**
   * Writes the snapshot and the Periods row (one undo step where Excel can group it); `period` is
   * the one the user confirmed, refused when it is closed already.
   */
  close(key: string, period: string): Promise<ClosedResult>;
  /** Protects the snapshot sheet: cannot be undone, so run only after the user was told. */
  protect(sheet: string): Promise<void>;
  /** Every closed period's snapshot checked against its fingerprints (nothing written). */
  check(key: string): Promise<ClosedPeriodsCheck>;
  /** Re-opens the latest closed period with a reason, logged in the Periods table. */
  reopen(key: string, period: string, reason: string): Promise<ReopenedPeriod>;
  /**
   * Recomputes a closed period (`forPeriod`; the latest by default) on the data as it is now and
   * appends each partner's recomputed − paid to the Adjustments table, settled in the open period
   * (one undo step).
   */
  updateAdjustments(key: string, forPeriod?: string): Promise<AdjustmentsUpdate>;
  /** What updateAdjustments would add for `forPeriod` (the latest by default), and every closed period (nothing written). */
  previewAdjustments(key: string, forPeriod?: string): Promise<AdjustmentsUpdate>;
  /** The form for an earlier period opens on this: the closed period before the latest, and every closed period, in one read. */
  previewEarlierAdjustments(key: string): Promise<AdjustmentsUpdate>;
  /** Whether the plan was edited by hand since the Change log's last row, and what changed (nothing written). */
  handEdits(key: string): Promise<PlanHandEdits>;
  /** "Log this change": the hand edits found now appended to the Change log as one Edited row with `reason` (one undo step). */
  logHandEdits(key: string, reason: string): Promise<HandEdits>;
}

/** A refusal of the engine's cycle rules (closing twice, re-opening without a reason …), with its code. */
export interface CycleRefusal {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
}

/** The refusal in `e`, when it is one (CycleError; matched by name, as it may come from another chunk). */
export function cycleRefusalOf(e: unknown): CycleRefusal | null {
  if (e instanceof Error && e.name === "CycleError" && typeof (e as { code?: unknown }).code === "string") {
    const { code, params } = e as unknown as CycleRefusal;
    return { code, params: params ?? {} };
  }
  return null;
}
