/* global Excel */
/*
 * Rows appended to a table the add-in made earlier (a program's Periods table: one row per close
 * or re-opening), and their removal when the write they belong to fails. The table keeps its
 * rows above; only the appended ones are taken back, so a failed write leaves it as it was.
 */
import { valueInput } from "../cellInput";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "../requestBudget";
import type { PlanOutline } from "./options";
import type { AppendRowsPlan } from "../sheetPlan";
import { formatMessage } from "../words";
import type { Step } from "./step";

/** Appends the plan's rows at the end of an existing table, in one call. */
export function appendRowsStep(a: AppendRowsPlan): Step {
  // A new row's blank is "" (rows.add takes no null).
  const values = a.rows.map((row) => row.map((cell) => valueInput(cell) ?? ""));
  return {
    what: formatMessage("stepTable", { table: a.table }),
    bytes: 3 * CALL_OVERHEAD_BYTES + jsonBytes(values),
    run(_sheets, context) {
      context.workbook.tables.getItem(a.table).rows.add(undefined, values);
    },
  };
}

/**
 * After a failed write: deletes the rows appended beyond each table's `rowsBefore`, last first.
 * Returns the tables it could not put back.
 */
export async function removeAppendedRows(context: Excel.RequestContext, plan: PlanOutline): Promise<string[]> {
  const appends = plan.appendRows ?? [];
  if (appends.length === 0) return [];
  try {
    const rows = appends.map((a) => context.workbook.tables.getItem(a.table).rows.load("items"));
    await context.sync();
    appends.forEach((a, i) => {
      const items = rows[i].items;
      for (let r = items.length - 1; r >= a.rowsBefore; r--) items[r].delete();
    });
    await context.sync();
    return [];
  } catch {
    return appends.map((a) => a.table);
  }
}
