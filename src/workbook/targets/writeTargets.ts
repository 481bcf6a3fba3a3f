/* global Excel */
/*
 * Writes reviewed targets into a program (Insights › Suggested targets), in one undo step when the
 * caller runs it through runAsOneUndoStep.
 *
 * - A KPI with per-partner targets: the new targets go into its "<KPI> target" column of the
 *   program's OWN data table, matched by Partner ID; rows without a new target and every other
 *   column stay as they were (planTargets.ts).
 * - A KPI with one fixed target: with `switchToPerPartner`, the KPI is first switched to
 *   per-partner targets through updateProgram (which adds the target column and rewrites the
 *   formulas to read it), then the column is filled. Without it the write is refused.
 * - A program over the user's own table keeps its targets there: refused, since the add-in never
 *   writes to a user's table.
 *
 * Syncs: 2 (read the program) [+ 1 (the data table's header) + 4 (switch)] + 1 (read the data
 * table) + 2 (write, recalculate). A failure at ANY of them leaves the workbook as it was, and the
 * message says so (or what may be left): a read before the switch has written nothing; a failure
 * inside the switch is put back by updateProgram; a failure after it (reading the data table,
 * the fill, the recalculation) puts the column back as it was read and undoes the switch (the KPI
 * back to its fixed target, the added column removed), so no half-written targets stay behind.
 */
import { type ProgramDefinition } from "../../engine";
import { WorkbookWriteError, failureReason, userText } from "../writeError";
import { rangeAddress } from "../addresses";
import type { ProgramSummary } from "../contract";
import { dataHeaders } from "../dataHeaders";
import { ProgramNotWritableError } from "../program/notWritable";
import { detectExcelFeatures } from "../excelFeatures";
import { tableName } from "../names";
import { readProgram } from "../program/readProgram";
import { PlanReadError } from "../readPlan";
import { assertUnchanged } from "../scenario/unchanged";
import { updateProgram } from "../program/update/updateProgram";
import { NewTarget, planTargets } from "./planTargets";
import { RowProp, RowsRead, blockRows, formulaRowsFor, queueFirstBlock, readRemainingRows } from "../chunkedRead";
import { formatMessage } from "../words";
import { isAccessDenied, protectedNow, refuseProtectedSheet } from "../protection/protectedSheets";

const TABLE_READ: readonly RowProp[] = ["values", "formulas"];

export type { NewTarget };

export interface WriteTargetsOptions {
  /** The program as the pane read it: refused if the workbook's differs now. */
  readonly basedOn?: ProgramDefinition;
  /** For a KPI with a fixed target: switch it to per-partner targets first (see above). */
  readonly switchToPerPartner?: boolean;
}

export interface WrittenTargets {
  readonly summary?: ProgramSummary;
  /** The data table's column the targets went into. */
  readonly column: string;
  readonly written: number;
  /** Partner IDs that have no row in the data table (nothing written for them). */
  readonly unmatched: readonly string[];
  /** True when the KPI was switched from a fixed target to per-partner targets. */
  readonly switched: boolean;
  readonly syncs: number;
}

export async function writeTargets(
  context: Excel.RequestContext,
  key: string,
  kpi: number,
  targets: readonly NewTarget[],
  options: WriteTargetsOptions = {},
): Promise<WrittenTargets> {
  const label = options.basedOn?.kpis[kpi]?.name.trim() || `KPI ${kpi + 1}`;
  let before: ProgramDefinition;
  try {
    before = await readProgram(context, key);
  } catch (e) {
    throw nothingWritten(e, label);
  }
  let syncs = 2;
  assertUnchanged(before, options.basedOn);
  const k = before.kpis[kpi];
  if (!k) throw new ProgramNotWritableError(formatMessage("noSuchKpi", { number: kpi + 1 }));
  if (before.source.kind !== "new") {
    throw new ProgramNotWritableError(
      formatMessage("targetsInUserTable", { kpi: k.name.trim(), table: before.source.source }),
    );
  }
  let program = before;
  const switching = k.targetMode === "fixed";
  const name = tableName(key, "Data");
  // Whether the target column is already there (kept from an earlier per-partner period, with the
  // user's old targets in it): then a failed switch must not delete it.
  let columnAdded = false;
  if (switching) {
    if (!options.switchToPerPartner) {
      throw new ProgramNotWritableError(formatMessage("targetFixed", { kpi: k.name.trim() }));
    }
    program = {
      ...before,
      kpis: before.kpis.map((x, i) => (i === kpi ? { ...x, targetMode: "perPartner", target: null } : x)),
    };
    const header = context.workbook.tables.getItem(name).getHeaderRowRange().load("values");
    try {
      await context.sync();
    } catch (e) {
      throw nothingWritten(e, k.name.trim());
    }
    syncs++;
    const wanted = dataHeaders(program).target[kpi]!.toLowerCase();
    columnAdded = !(header.values[0] ?? []).some(
      (h) =>
        String(h ?? "")
          .trim()
          .toLowerCase() === wanted,
    );
    syncs += (await updateProgram(context, key, program, { action: "targetsWritten" })).syncs;
  }

  const headers = dataHeaders(program);
  const target = headers.target[kpi]!;
  const table = context.workbook.tables.getItem(name);
  // The table's values and formulas in row blocks within the response budget (chunkedRead.ts).
  const range = table.getRange().load("rowIndex,columnIndex,rowCount");
  const firstRows = formulaRowsFor(program);
  const first = queueFirstBlock(range, TABLE_READ, firstRows);
  const sheet = table.worksheet.load("name,protection/protected");
  let rows: RowsRead = {};
  try {
    await context.sync();
    rows = blockRows(first, TABLE_READ, Math.min(range.rowCount, firstRows));
    syncs += await readRemainingRows(context, range, TABLE_READ, rows, range.rowCount);
  } catch (e) {
    // After a switch this read is the first step outside updateProgram: the switch is taken back.
    if (!switching) throw nothingWritten(e, k.name.trim());
    const unswitched = await undoSwitch(context, key, before, name, columnAdded ? target : null);
    throw new WorkbookWriteError(
      formatMessage("targetsWriteFailed", {
        kpi: k.name.trim(),
        reason: reason(e),
        outcome: formatMessage(unswitched ? "tablesRestored" : "tablesMaybeChanged"),
      }),
      { cause: e, restored: unswitched },
    );
  }
  syncs++;
  // A protected data sheet would refuse the write (AccessDenied): refused here, nothing written.
  if (sheet.protection.protected && switching)
    await undoSwitch(context, key, before, name, columnAdded ? target : null);
  refuseProtectedSheet(sheet);
  const values = rows.values!;
  const formulas = rows.formulas!;
  let plan;
  try {
    plan = planTargets(values, formulas, { partnerId: headers.partnerId, target }, targets, name);
  } catch (e) {
    if (switching) await undoSwitch(context, key, before, name, columnAdded ? target : null);
    throw new ProgramNotWritableError(userText(e) || String(e));
  }
  const ws = context.workbook.worksheets.getItem(sheet.name);
  const address = rangeAddress(range.rowIndex + 1, range.columnIndex + plan.column, range.rowCount - 1, 1);
  const was = formulas.slice(1).map((row) => [row[plan.column]]);
  const features = detectExcelFeatures();
  try {
    if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    if (plan.cells.length > 0) ws.getRange(address).formulas = plan.cells;
    await context.sync();
    syncs++;
    ws.getRange(rangeAddress(range.rowIndex, range.columnIndex, range.rowCount, values[0].length)).calculate();
    await context.sync();
    syncs++;
  } catch (e) {
    // Protected since the read: Excel refused the column's write, so it is as it was.
    const untouched = isAccessDenied(e) && (await protectedNow(context, [sheet.name])).length > 0;
    const restored = untouched || (await restoreColumn(context, ws, address, was));
    const unswitched = switching ? await undoSwitch(context, key, before, name, columnAdded ? target : null) : true;
    throw new WorkbookWriteError(
      formatMessage("targetsWriteFailed", {
        kpi: k.name.trim(),
        reason: reason(e),
        outcome: formatMessage(restored && unswitched ? "tablesRestored" : "tablesMaybeChanged"),
      }),
      { cause: e, restored: restored && unswitched },
    );
  }
  return { column: target, written: plan.written, unmatched: plan.unmatched, switched: switching, syncs };
}

async function restoreColumn(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  address: string,
  was: unknown[][],
): Promise<boolean> {
  try {
    if (was.length > 0) ws.getRange(address).formulas = was as string[][];
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * A switch to per-partner targets taken back: the KPI's fixed target again, and the target column
 * removed if the switch added it (null: it was there before, with the user's data, so it stays).
 */
async function undoSwitch(
  context: Excel.RequestContext,
  key: string,
  before: ProgramDefinition,
  table: string,
  addedColumn: string | null,
): Promise<boolean> {
  try {
    await updateProgram(context, key, before, { action: null });
    if (addedColumn === null) return true;
    context.workbook.tables.getItem(table).columns.getItem(addedColumn).delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** A failure before anything was written: the add-in's own errors as they are, Excel's said in words. */
function nothingWritten(e: unknown, kpi: string): Error {
  if (e instanceof ProgramNotWritableError || e instanceof PlanReadError || e instanceof WorkbookWriteError) return e;
  return new WorkbookWriteError(
    formatMessage("targetsWriteFailed", { kpi, reason: reason(e), outcome: formatMessage("nothingWasWritten") }),
    { cause: e, restored: true },
  );
}

const reason = failureReason;
