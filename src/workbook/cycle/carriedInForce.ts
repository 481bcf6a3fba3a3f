/* global Excel */
/*
 * The balance carried into the open period, for the dashboard and the statements: each partner's
 * negative carried out on the last closed period's snapshot sheet (the close carries a clawback
 * larger than the earnings instead of netting it; docs/cycle.md, Balances). Null when nobody
 * carries one, or the snapshot sheet is gone.
 */
import { type SnapshotField, snapshotColumns } from "../dashboard/lastClosedPeriod";
import type { CarriedBalance } from "../dashboard/statementAdjustment";
import { columnLetters } from "../addresses";
import { quotedSheet } from "../sourceRange";
import { partnerAmounts } from "./adjustmentsSettlement";
import type { ClosedWithSheet } from "./periodsTable";
import { type PlacedRow, readSnapshotSheet } from "./readSnapshot";

/** The carried balance in a snapshot's rows as read back (pure). */
export function carriedFromRows(rows: readonly PlacedRow[], fromPeriod: string, sheet: string): CarriedBalance | null {
  const partners = rows.filter((r) => r.fields[0]?.[1] === "partner");
  const amounts = new Map(
    [
      ...partnerAmounts(
        partners.map((r) => r.fields),
        "carriedOut",
      ),
    ].filter(([, amount]) => amount < 0),
  );
  if (amounts.size === 0) return null;
  const kpis = rows.filter((r) => /^kpi \d+$/.test(String(r.fields[0]?.[1] ?? ""))).length;
  const columns = snapshotColumns(kpis);
  const top = Math.min(...partners.map((r) => r.sheetRow)) + 1;
  const bottom = Math.max(...partners.map((r) => r.sheetRow)) + 1;
  const range = (field: SnapshotField) => {
    const c = columnLetters(columns[field]);
    return `${quotedSheet(sheet)}!$${c}$${top}:$${c}$${bottom}`;
  };
  return { fromPeriod, ids: range("id"), balances: range("carriedOut"), amounts };
}

/** The balance the last close carried into the open period (three syncs, more for a large snapshot). */
export async function readCarriedIn(
  context: Excel.RequestContext,
  last: ClosedWithSheet,
): Promise<CarriedBalance | null> {
  const stored = await readSnapshotSheet(context, last.sheet);
  return stored.rows ? carriedFromRows(stored.rows, last.period.label, last.sheet) : null;
}
