/* global Excel */
/*
 * What a dashboard or statement generated now shows as the open period's lines: the Adjustments
 * table's lines settled in the open period (per the Periods table), per partner, and the balance
 * the last close carried into it (carriedInForce.ts). Null when the program has neither.
 */
import type { ProgramInWorkbook } from "../dashboard/programInWorkbook";
import type { StatementAdjustment } from "../dashboard/statementAdjustment";
import { toMinorUnits, fromMinorUnits } from "../../engine";
import { programLanguage } from "../labels";
import { adjustmentsTableName, linesFromRows, linesSince } from "./adjustmentsTable";
import { ADJUSTMENTS_WORDS } from "./adjustmentsWords";
import { readCarriedIn } from "./carriedInForce";
import { cycleFromEntries, entriesFromRows, periodsTableName } from "./periodsTable";

export async function readAdjustmentsInForce(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
): Promise<StatementAdjustment | null> {
  return (await readAdjustmentsAndPeriods(context, w, true)).adjustment;
}

/**
 * The adjustments in force and the Periods table's rows (null without the table), read in one
 * sync. `carried` false leaves the balance carried in unread: the dashboard reads the last close
 * itself, from these rows (lastClosedPeriod.ts), without reading the Periods table again.
 */
export async function readAdjustmentsAndPeriods(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
  carried: boolean,
): Promise<{ readonly adjustment: StatementAdjustment | null; readonly periods: unknown[][] | null }> {
  const has = (name: string) => w.existing.tables.some((t) => t.toLowerCase() === name.toLowerCase());
  const [periodsName, table] = [periodsTableName(w.key), adjustmentsTableName(w.key)];
  if (!has(periodsName)) return { adjustment: null, periods: null };
  const periods = context.workbook.tables.getItem(periodsName).getDataBodyRange().load("values");
  const adjustments = has(table) ? context.workbook.tables.getItem(table).getRange().load("values") : null;
  await context.sync();
  return {
    adjustment: await inForce(context, w, periods.values, adjustments?.values ?? null, carried),
    periods: periods.values,
  };
}

async function inForce(
  context: Excel.RequestContext,
  w: ProgramInWorkbook,
  periods: unknown[][],
  adjustments: unknown[][] | null,
  withCarried: boolean,
): Promise<StatementAdjustment | null> {
  const table = adjustmentsTableName(w.key);
  const d = w.program.decimals;
  const { state, closed } = cycleFromEntries(w.program, entriesFromRows(periods, d));
  const last = closed[closed.length - 1];
  if (!last) return null;
  const [header, ...body] = adjustments ?? [[...ADJUSTMENTS_WORDS[programLanguage(w.program)].headers]];
  const lines = linesSince(linesFromRows(body, d), last.closedAt).filter((l) => l.settledIn === state.open.label);
  const carried = withCarried ? await readCarriedIn(context, last) : null;
  if (lines.length === 0 && !carried) return null;
  const units = new Map<string, number>();
  for (const l of lines) units.set(l.partnerId, (units.get(l.partnerId) ?? 0) + toMinorUnits(l.adjustment, d));
  const h = header.map((x) => String(x ?? ""));
  // Lines for several closed periods (an earlier one trued up too) name each, oldest first.
  const forPeriods = closed.map((c) => c.period.label).filter((label) => lines.some((l) => l.forPeriod === label));
  return {
    forPeriod: forPeriods[0] ?? last.period.label,
    forPeriods,
    settledIn: state.open.label,
    table,
    columns: { settledIn: h[0], partnerId: h[2], amount: h[6] },
    amounts: new Map([...units].map(([id, u]) => [id, fromMinorUnits(u, d)])),
    carried,
  };
}
