/* global Excel */
/*
 * Clean-up after a failed write, so no half-written sheet is left to be trusted: the sheets the
 * write added are deleted (outside the undo group, where Excel can delete them), the add-in's own
 * sheets it was rewriting in place are emptied and say why, and the error says what was done.
 */
import { textInput } from "../cellInput";
import { CleanUpOutsideGroup, isGroupedRun } from "../undoGroup";
import { formatMessage, quotedList, workbookLanguage } from "../words";
import { WorkbookWriteError, failureReason } from "../writeError";
import { removeAppendedRows } from "./appendRowsStep";
import { detectGeneratedSheetFeatures } from "./features";
import { isAccessDenied, protectedNow } from "../protection/protectedSheets";
import { protectionMessage } from "../protection/protectionMessage";
import type { InPlaceSheet, PlanOutline } from "./options";

/**
 * Takes back a failed write and throws the error that says what happened: the sheets it added
 * are deleted, those it was rewriting in place are emptied with a note in A1. Inside an undo group
 * nothing may be deleted, so the deleting is handed to the caller to run after the group.
 */
export async function rollBack(
  context: Excel.RequestContext,
  plan: PlanOutline,
  inPlace: ReadonlyMap<string, InPlaceSheet>,
  e: unknown,
  doing: string,
  firstRequest = false,
): Promise<never> {
  const adding = plan.sheets.map((s) => s.name).filter((n) => !inPlace.has(n.toLowerCase()));
  const inPlaceNames = plan.sheets.map((s) => s.name).filter((n) => inPlace.has(n.toLowerCase()));
  // Protected since the read and refused in the first request: such a sheet got none of the write.
  const untouched = firstRequest && isAccessDenied(e) ? await protectedNow(context, inPlaceNames) : [];
  const rewriting = inPlaceNames.filter((n) => !untouched.includes(n));
  const notCleared = rewriting.length > 0 ? await clearRewrittenSheets(context, rewriting, failureReason(e)) : [];
  const rowsLeft = await removeAppendedRows(context, plan);
  const failed = (left: string[], namesLeft: string[]) =>
    writeFailure(plan, e, doing, { adding, rewriting, untouched }, left, notCleared, namesLeft, rowsLeft);
  // Deleting a sheet cannot be part of an undo group: inside one, the caller deletes them after the run.
  // A name left behind would refer to a deleted sheet (#REF!) and keep the program's key taken.
  if (adding.length > 0 && isGroupedRun(context)) {
    throw new CleanUpOutsideGroup(e, async (outside) => {
      const namesLeft = await removeAddedNames(outside, plan);
      return failed(await removeAddedSheets(outside, adding), namesLeft);
    });
  }
  const namesLeft = await removeAddedNames(context, plan);
  throw failed(await removeAddedSheets(context, adding), namesLeft);
}

/** The error of a failed write, saying what was being done and what was taken back. */
function writeFailure(
  plan: PlanOutline,
  e: unknown,
  doing: string,
  sheets: {
    readonly adding: readonly string[];
    readonly rewriting: readonly string[];
    readonly untouched: readonly string[];
  },
  left: readonly string[],
  notCleared: readonly string[],
  namesLeft: readonly string[],
  rowsLeft: readonly string[] = [],
): WorkbookWriteError {
  const { adding, rewriting, untouched } = sheets;
  const outcomes: string[] = [];
  const appended = (plan.appendRows ?? []).map((a) => a.table);
  if (appended.length > 0)
    outcomes.push(
      formatMessage(rowsLeft.length === 0 ? "writeRowsUndone" : "writeRowsLeft", {
        tables: quotedList(rowsLeft.length === 0 ? appended : rowsLeft),
      }),
    );
  if (adding.length > 0)
    outcomes.push(
      left.length === 0
        ? rewriting.length === 0
          ? formatMessage("writeUndoneAll")
          : formatMessage("writeUndoneAdded")
        : formatMessage("writeSheetsLeft", { sheets: quotedList(left) }),
    );
  if (namesLeft.length > 0) outcomes.push(formatMessage("writeNamesLeft", { names: quotedList(namesLeft) }));
  if (rewriting.length > 0)
    outcomes.push(
      notCleared.length === 0
        ? formatMessage("writeSheetsCleared", { sheets: quotedList(rewriting) })
        : formatMessage("writeSheetsHalfWritten", { sheets: quotedList(notCleared) }),
    );
  if (untouched.length > 0) outcomes.push(protectionMessage("protectedUntouched", { sheets: quotedList(untouched) }));
  return new WorkbookWriteError(
    formatMessage("writeFailed", {
      program: plan.programName,
      doing,
      reason: failureReason(e),
      outcome: outcomes.join(workbookLanguage() === "zh" ? "" : " "),
    }),
    // Sheets removed and rewritten ones emptied with a note: running the write again is safe.
    {
      cause: e,
      restored: left.length === 0 && notCleared.length === 0 && namesLeft.length === 0 && rowsLeft.length === 0,
    },
  );
}

/** Deletes the plan's sheets that exist now (their names were free before this write). Returns those it could not delete. */
async function removeAddedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  try {
    const found = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    found.forEach((f) => f.sheet.load("isNullObject"));
    await context.sync();
    const present = found.filter((f) => !f.sheet.isNullObject);
    if (present.length === 0) return [];
    present.forEach((f) => f.sheet.delete());
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}

/**
 * Deletes the plan's defined names that exist now (they were free before this write), trying
 * twice: a name left behind refers to a removed sheet (#REF!) and keeps the program's key taken,
 * so a retried write would land under another key. Returns the names it could not delete.
 */
async function removeAddedNames(context: Excel.RequestContext, plan: PlanOutline): Promise<string[]> {
  const names = (plan.names ?? []).map((n) => n.name);
  if (names.length === 0) return [];
  // Excel may have applied part of a failed sync: the second attempt deletes what is left.
  if ((await deleteNames(context, names)) || (await deleteNames(context, names))) return [];
  return names;
}

/** Deletes those of `names` that exist; false when Excel refused. */
async function deleteNames(context: Excel.RequestContext, names: readonly string[]): Promise<boolean> {
  try {
    const found = names.map((name) => context.workbook.names.getItemOrNullObject(name));
    found.forEach((f) => f.load("isNullObject"));
    await context.sync();
    found.filter((f) => !f.isNullObject).forEach((f) => f.delete());
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * After a failed in-place rewrite: empties the sheets (cells, formats, charts) and says in A1 why,
 * so nothing half-written is left to be read as a result. Returns those it could not clear.
 */
async function clearRewrittenSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  why: string,
): Promise<string[]> {
  try {
    const features = detectGeneratedSheetFeatures();
    const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
    sheets.forEach((ws) => ws.charts.load("items/name"));
    await context.sync();
    sheets.forEach((ws) => {
      ws.charts.items.forEach((chart) => chart.delete());
      if (features.conditionalFormats) ws.getRange().conditionalFormats.clearAll();
      ws.getRange().clear("All");
      ws.getRange("A1").values = [[textInput(formatMessage("sheetNotRegenerated", { reason: why }))]];
    });
    await context.sync();
    return [];
  } catch {
    return [...names];
  }
}
