/* global Excel */
/*
 * The one place a WorkbookPlan becomes Office.js calls. The plan is compiled into small steps
 * (each with an estimate of the bytes it adds to a request), the steps are grouped into batches
 * within the request budget, and each batch is one context.sync():
 *
 *   1 sync   check that every sheet and table name is still free, and that no sheet it writes
 *            into is protected (skipped when the caller has just read both in the same Excel.run);
 *   W syncs  add the sheets and write them (W = 1 up to the budget, +1 per budget's worth beyond);
 *   1 sync   recalculate the new tables and show the data sheet.
 *
 * If anything fails, rollback.ts takes back what this call wrote and says so in plain words.
 *
 * Generated sheets (dashboard, statements) may be rewritten IN PLACE: a sheet named in
 * `options.inPlace` is the add-in's own (the caller checked its ownership mark), so it is cleared
 * and rewritten rather than deleted and added again (deleting a sheet clears Excel's undo history
 * and turns references to it into #REF!).
 */
import { detectExcelFeatures, type ExcelFeatures } from "../excelFeatures";
import { BATCH_BUDGET_BYTES, groupByBudget } from "../requestBudget";
import type { WorkbookPlan } from "../sheetPlan";
import { readExistingNames } from "../workbookNames";
import { formatMessage } from "../words";
import { WorkbookWriteError, failureReason } from "../writeError";
import { compileSteps } from "./compile";
import { WriteFeatures, detectGeneratedSheetFeatures } from "./features";
import { boxAddress, gridBounds, tableAddress } from "./geometry";
import type { AppliedPlan, ApplyOptions } from "./options";
import { nameClash } from "./planChecks";
import { refuseProtectedTargets } from "../protection/protectedSheets";
import { rollBack } from "./rollback";
import { describeBatch } from "./step";

export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<AppliedPlan> {
  const features: WriteFeatures = { ...detectGeneratedSheetFeatures(), ...(options.features ?? detectExcelFeatures()) };
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  const inPlace = new Map((options.inPlace ?? []).map((s) => [s.name.toLowerCase(), s]));
  // Compiling the steps checks every cell, so a bad plan fails before anything is written.
  const batches = groupByBudget(compileSteps(plan, features, budget, inPlace), (s) => s.bytes, budget);
  let syncs = 0;

  let existing = options.existing;
  if (!existing) {
    try {
      existing = await readExistingNames(context);
      syncs++;
    } catch (e) {
      // Nothing was written yet.
      throw new WorkbookWriteError(formatMessage("namesUnreadable", { reason: failureReason(e) }), {
        cause: e,
        restored: true,
      });
    }
  }
  const clash = nameClash(plan, existing, inPlace);
  if (clash) throw new WorkbookWriteError(formatMessage("nameClash", { clash }));
  // A protected sheet would refuse the write partway (AccessDenied): refused here, nothing written.
  refuseProtectedTargets(existing.protection, {
    sheets: [...inPlace.values()].map((s) => s.name),
    tables: (plan.appendRows ?? []).map((a) => a.table),
  });

  const added = new Map<string, Excel.Worksheet>();
  let doing = formatMessage("stepStarting");
  const syncsBeforeWriting = syncs;
  try {
    for (const batch of batches) {
      doing = describeBatch(batch);
      suspendWhileWriting(context, features);
      for (const step of batch) step.run(added, context);
      // One sync per batch is the point: a batch is as much as one request may carry.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    }
    doing = formatMessage("stepRecalculating");
    finish(plan, added, features);
    await context.sync();
    syncs++;
  } catch (e) {
    return rollBack(context, plan, inPlace, e, doing, syncs === syncsBeforeWriting);
  }
  return { sheets: plan.sheets.map((s) => s.name), syncs };
}

/** Calculation and screen updating pause until the next sync; asked for again before every batch. */
function suspendWhileWriting(context: Excel.RequestContext, features: ExcelFeatures): void {
  if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * After the writes: calculation was suspended, so the new tables are calculated (only those:
 * the user's own sheets are left to Excel's calculation mode), and the data sheet is shown.
 */
function finish(plan: WorkbookPlan, added: Map<string, Excel.Worksheet>, features: ExcelFeatures): void {
  if (features.suspendCalculation) {
    for (const sheet of plan.sheets) {
      const ws = added.get(sheet.name)!;
      for (const t of sheet.tables) {
        if (t.columns.some((c) => c.formula)) ws.getRange(tableAddress(t)).calculate();
      }
      const grids = gridBounds(sheet);
      if (grids) ws.getRange(boxAddress(grids)).calculate();
    }
  }
  added.get(plan.activeSheet)?.activate();
}
