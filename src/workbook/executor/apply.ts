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
 * Sheets given as `options.later` (statements in parts) are described one at a time, when every
 * step before them has been queued, and share the same batches: the syncs are as above, and the
 * add-in holds one such sheet's cells at a time (issue 15 item 4, docs/benchmarks.md).
 *
 * If anything fails, rollback.ts takes back what this call wrote and says so in plain words.
 *
 * Generated sheets (dashboard, statements) may be rewritten IN PLACE: a sheet named in
 * `options.inPlace` is the add-in's own (the caller checked its ownership mark), so it is cleared
 * and rewritten rather than deleted and added again (deleting a sheet clears Excel's undo history
 * and turns references to it into #REF!).
 */
import { detectExcelFeatures, type ExcelFeatures } from "../excelFeatures";
import { BATCH_BUDGET_BYTES } from "../requestBudget";
import type { SheetPlan, WorkbookPlan } from "../sheetPlan";
import { readExistingNames } from "../workbookNames";
import { formatMessage } from "../words";
import { WorkbookWriteError, failureReason } from "../writeError";
import { compileSheetSteps, compileSteps } from "./compile";
import { WriteFeatures, detectGeneratedSheetFeatures } from "./features";
import { boxAddress, gridBounds, tableAddress } from "./geometry";
import type { AppliedPlan, ApplyOptions, LaterSheet, PlanOutline } from "./options";
import { nameClash } from "./planChecks";
import { refuseProtectedTargets } from "../protection/protectedSheets";
import { rollBack } from "./rollback";
import { Step, append, describeWhats } from "./step";

export async function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<AppliedPlan> {
  const features: WriteFeatures = { ...detectGeneratedSheetFeatures(), ...(options.features ?? detectExcelFeatures()) };
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  const inPlace = new Map((options.inPlace ?? []).map((s) => [s.name.toLowerCase(), s]));
  const later = options.later ?? [];
  const outline: PlanOutline = { ...plan, sheets: [...plan.sheets, ...later.map((l) => ({ name: l.name }))] };
  // Compiling the steps checks every cell, so a bad plan fails before anything is written.
  const steps = compileSteps(plan, features, budget, inPlace);
  const toCalculate: SheetRanges[] = plan.sheets.map(rangesToCalculate);
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
  const names = existing;
  const clash = nameClash(outline, names, inPlace);
  if (clash) throw new WorkbookWriteError(formatMessage("nameClash", { clash }));
  // A protected sheet would refuse the write partway (AccessDenied): refused here, nothing written.
  refuseProtectedTargets(names.protection, {
    sheets: [...inPlace.values()].map((s) => s.name),
    tables: (plan.appendRows ?? []).map((a) => a.table),
  });

  let doing = formatMessage("stepStarting");
  const compileLater = (l: LaterSheet): Step[] => {
    doing = formatMessage("stepWrite", { sheet: l.name });
    const sheet = l.describe();
    if (sheet.name !== l.name)
      throw new Error(`Internal error: the sheet “${l.name}” was described as “${sheet.name}”.`);
    const clash = nameClash({ sheets: [sheet] }, names, inPlace);
    if (clash) throw new WorkbookWriteError(formatMessage("nameClash", { clash }));
    toCalculate.push(rangesToCalculate(sheet));
    return compileSheetSteps(sheet, plan.key, features, budget, inPlace);
  };
  // The first later sheet is checked with the plan, before anything is queued (the others are
  // alike: statements' parts).
  if (later.length > 0) append(steps, compileLater(later[0]));
  const source = new StepSource(steps, later.slice(1), compileLater);

  const added = new Map<string, Excel.Worksheet>();
  const syncsBeforeWriting = syncs;
  try {
    // Each step is queued as it comes, and a budget's worth is sent at a time: the greedy
    // grouping of groupByBudget, holding no more steps than one sheet's.
    const batch = new Set<string>();
    let used = 0;
    for (let step = source.take(); step; step = source.take()) {
      if (batch.size > 0 && used + step.bytes > budget) {
        // One sync per batch is the point: a batch is as much as one request may carry.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        batch.clear();
        used = 0;
      }
      if (batch.size === 0) suspendWhileWriting(context, features);
      if (!batch.has(step.what)) doing = describeWhats([...batch.add(step.what)]);
      used += step.bytes;
      step.run(added, context);
    }
    if (batch.size > 0) {
      await context.sync();
      syncs++;
    }
    doing = formatMessage("stepRecalculating");
    finish(plan.activeSheet, toCalculate, added, features);
    await context.sync();
    syncs++;
  } catch (e) {
    return rollBack(context, outline, inPlace, e, doing, syncs === syncsBeforeWriting);
  }
  return { sheets: outline.sheets.map((s) => s.name), syncs };
}

/**
 * The write's steps in order: the plan's (compiled up front), then each later sheet's, described
 * and compiled only when every step before it has been taken. The steps of a sheet are dropped
 * before the next sheet is described, so one later sheet's cells are held at a time.
 */
class StepSource {
  private at = 0;
  private next = 0;
  constructor(
    private steps: Step[],
    private readonly later: readonly LaterSheet[],
    private readonly compile: (l: LaterSheet) => Step[],
  ) {}

  take(): Step | undefined {
    while (this.at >= this.steps.length) {
      if (this.next >= this.later.length) return undefined;
      this.steps = []; // the last sheet's steps let go before the next sheet is described
      this.at = 0;
      this.steps = this.compile(this.later[this.next++]);
    }
    return this.steps[this.at++];
  }
}

/** A sheet's ranges to calculate after the write: its tables with calculated columns and its grids. */
interface SheetRanges {
  readonly name: string;
  readonly addresses: readonly string[];
}

function rangesToCalculate(sheet: SheetPlan): SheetRanges {
  const grids = gridBounds(sheet);
  return {
    name: sheet.name,
    addresses: [
      ...sheet.tables.filter((t) => t.columns.some((c) => c.formula)).map(tableAddress),
      ...(grids ? [boxAddress(grids)] : []),
    ],
  };
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
function finish(
  activeSheet: string,
  sheets: readonly SheetRanges[],
  added: Map<string, Excel.Worksheet>,
  features: ExcelFeatures,
): void {
  if (features.suspendCalculation) {
    for (const sheet of sheets) {
      const ws = added.get(sheet.name)!;
      for (const address of sheet.addresses) ws.getRange(address).calculate();
    }
  }
  added.get(activeSheet)?.activate();
}
