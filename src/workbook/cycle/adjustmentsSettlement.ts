/* global Excel */
/*
 * What a close settles besides the period's own payouts: the Adjustments table's lines settled in
 * the period, and each partner's negative balance carried out of the previous closed period (its
 * snapshot's carriedOut). The engine's buildSnapshot then writes, per partner, adjustments, carried
 * in, to pay and carried out: a clawback larger than the earnings is carried, never netted silently.
 */
import type { CanonicalField, CanonicalValue, SettlementInputs } from "../../engine";
import type { CycleRead } from "./cycleReads";
import { SettledLine, adjustmentsTableName, linesFromRows, linesSince } from "./adjustmentsTable";
import { readSnapshotSheet } from "./readSnapshot";

/** The Adjustments table as read: its lines, its data rows' count, its sheet (null: no table yet). */
export interface AdjustmentsRead {
  readonly lines: SettledLine[];
  readonly rows: number;
  readonly sheet: string | null;
}

export async function readAdjustments(context: Excel.RequestContext, read: CycleRead): Promise<AdjustmentsRead> {
  const name = adjustmentsTableName(read.w.key);
  if (!read.w.existing.tables.some((t) => t.toLowerCase() === name.toLowerCase()))
    return { lines: [], rows: 0, sheet: null };
  const table = context.workbook.tables.getItem(name);
  // A line per partner and late period: a few hundred rows at most, well within one response.
  const body = table.getDataBodyRange().load("values");
  const sheet = table.worksheet.load("name");
  await context.sync();
  return { lines: linesFromRows(body.values, read.w.program.decimals), rows: body.values.length, sheet: sheet.name };
}

/** A money field of a stored row as a number (0 when blank). */
export const amountOf = (v: CanonicalValue | undefined): number =>
  typeof v === "number" ? v : v !== null && typeof v === "object" && "money" in v ? v.money : 0;

const fieldOf = (f: readonly CanonicalField[], name: string) => f.find(([k]) => k === name)?.[1];

/** Each partner's `field` (a money field) in a stored snapshot's partner rows. */
export function partnerAmounts(rows: readonly (readonly CanonicalField[])[], field: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of rows)
    if (fieldOf(f, "row") === "partner") out.set(String(fieldOf(f, "id") ?? ""), amountOf(fieldOf(f, field)));
  return out;
}

/** The settlement of the open period: its adjustment lines and the balances carried into it. */
export async function readSettlement(
  context: Excel.RequestContext,
  read: CycleRead,
): Promise<{ settle: SettlementInputs; syncs: number }> {
  const table = await readAdjustments(context, read);
  const last = read.closed[read.closed.length - 1];
  const adjustments = linesSince(table.lines, last?.closedAt ?? "")
    .filter((l) => l.settledIn === read.state.open.label)
    .map((l) => ({
      partnerId: l.partnerId,
      forPeriod: l.forPeriod,
      paidBefore: l.paidBefore,
      recomputed: l.recomputed,
      adjustment: l.adjustment,
    }));
  let syncs = table.sheet === null ? 0 : 1;
  const carriedIn = new Map<string, number>();
  if (last) {
    const stored = await readSnapshotSheet(context, last.sheet);
    syncs += stored.syncs;
    const carried = partnerAmounts(
      (stored.rows ?? []).map((r) => r.fields),
      "carriedOut",
    );
    for (const [id, amount] of carried) if (amount < 0) carriedIn.set(id, amount);
  }
  return { settle: { adjustments, carriedIn }, syncs };
}
