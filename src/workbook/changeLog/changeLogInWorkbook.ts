/* global Excel */
/*
 * The Change log in the workbook: read back, and a row appended inside another write's sync (an
 * edit of the program), taken back if that write fails. The append and its removal are the
 * executor's own (executor/appendRowsStep.ts), so a logged row is written the way every appended
 * row is.
 */
import { appendRowsStep, removeAppendedRows } from "../executor/appendRowsStep";
import type { AppendRowsPlan } from "../sheetPlan";
import { type LoggedChange, changeLogTableName, changesFromRows } from "./changeLogTable";

/** The program's Change log, oldest first; null when the program has none. Two syncs. */
export async function readChangeLog(context: Excel.RequestContext, key: string): Promise<LoggedChange[] | null> {
  const table = context.workbook.tables.getItemOrNullObject(changeLogTableName(key));
  table.load("name");
  await context.sync();
  if (table.isNullObject) return null;
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  return changesFromRows(body.values);
}

/** Queues the row at the end of the Change log table, for the caller's next sync. */
export function queueChangeLogRow(context: Excel.RequestContext, append: AppendRowsPlan): void {
  appendRowsStep(append).run(new Map(), context);
}

/**
 * Queues the removal of the table's last row, for a write that takes back the one just before it
 * (which logged that row). The first row, the program's creation, always stays.
 */
export function queueLastChangeLogRowRemoval(
  context: Excel.RequestContext,
  log: { readonly table: string; readonly rows: number },
): void {
  if (log.rows > 1)
    context.workbook.tables
      .getItem(log.table)
      .rows.getItemAt(log.rows - 1)
      .delete();
}

/** After the caller's write failed: the appended row taken back. False when that failed too. */
export async function takeBackChangeLogRow(context: Excel.RequestContext, append: AppendRowsPlan): Promise<boolean> {
  const left = await removeAppendedRows(context, {
    key: "",
    programName: "",
    sheets: [],
    activeSheet: "",
    appendRows: [append],
  });
  return left.length === 0;
}
