/* global Excel */
/*
 * What a dashboard or statement generated now shows as the adjustment line: the Adjustments
 * table's lines settled in the open period (per the Periods table), per partner. Read in one sync
 * from tables already listed; null when the program has no Adjustments table or no line settled
 * in the open period.
 */
import type { ProgramInWorkbook } from "../dashboard/programInWorkbook";
import type { StatementAdjustment } from "../dashboard/statementAdjustment";
import { toMinorUnits, fromMinorUnits } from "../../engine";
import { adjustmentsTableName, linesFromRows, linesSince } from "./adjustmentsTable";
import { cycleFromEntries, entriesFromRows, periodsTableName } from "./periodsTable";

export async function readAdjustmentsInForce(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
): Promise<StatementAdjustment | null> {
  const has = (name: string) => w.existing.tables.some((t) => t.toLowerCase() === name.toLowerCase());
  const [periodsName, table] = [periodsTableName(w.key), adjustmentsTableName(w.key)];
  if (!has(periodsName) || !has(table)) return null;
  const periods = context.workbook.tables.getItem(periodsName).getDataBodyRange().load("values");
  const adjustments = context.workbook.tables.getItem(table).getRange().load("values");
  await context.sync();
  const d = w.program.decimals;
  const { state, closed } = cycleFromEntries(w.program, entriesFromRows(periods.values, d));
  const [header, ...body] = adjustments.values;
  const last = closed[closed.length - 1];
  const lines = linesSince(linesFromRows(body, d), last?.closedAt ?? "").filter(
    (l) => l.settledIn === state.open.label,
  );
  if (!last || lines.length === 0) return null;
  const units = new Map<string, number>();
  for (const l of lines) units.set(l.partnerId, (units.get(l.partnerId) ?? 0) + toMinorUnits(l.adjustment, d));
  const h = header.map((x) => String(x ?? ""));
  return {
    forPeriod: last.period.label,
    settledIn: state.open.label,
    table,
    columns: { settledIn: h[0], partnerId: h[2], amount: h[6] },
    amounts: new Map([...units].map(([id, u]) => [id, fromMinorUnits(u, d)])),
  };
}
