/*
 * The columns of each kind of snapshot row (period, partner, adjustment, total; the plan's rows
 * are laid out in canonical.ts), shared by the snapshot that writes them and the check that reads
 * them back.
 */
import { KPI_ROW_LAYOUT, PLAN_ROW_LAYOUT, RowLayout, TIER_ROW_LAYOUT } from "./canonical";

export const PERIOD_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["label", "text"],
  ["start", "date"],
  ["end", "date"],
];

/** A partner row's columns: identity, per KPI actual/target/attainment, outcome, settlement. */
export function partnerRowLayout(kpiCount: number): RowLayout {
  const kpis: [string, "number"][] = [];
  for (let i = 1; i <= kpiCount; i++)
    kpis.push([`kpi${i}.actual`, "number"], [`kpi${i}.target`, "number"], [`kpi${i}.attainment`, "number"]);
  return [
    ["row", "text"],
    ["id", "text"],
    ["name", "text"],
    ...kpis,
    ["score", "number"],
    ["gateMet", "boolean"],
    ["tier", "label"],
    ["payout", "money"],
    ["netPrice", "money"],
    ["adjustments", "money"],
    ["carriedIn", "money"],
    ["toPay", "money"],
    ["carriedOut", "money"],
  ];
}

export const ADJUSTMENT_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["id", "text"],
  ["forPeriod", "text"],
  ["paidBefore", "money"],
  ["recomputed", "money"],
  ["adjustment", "money"],
];

export const TOTAL_ROW_LAYOUT: RowLayout = [
  ["row", "text"],
  ["partners", "number"],
  ["payout", "money"],
  ["adjustments", "money"],
  ["carriedIn", "money"],
  ["toPay", "money"],
  ["carriedOut", "money"],
];

/** The layout a stored row was written with, from its `row` cell (null for an unknown row). */
export function rowLayoutFor(rowCell: unknown, kpiCount: number): RowLayout | null {
  if (rowCell === "period") return PERIOD_ROW_LAYOUT;
  if (rowCell === "plan") return PLAN_ROW_LAYOUT;
  if (rowCell === "partner") return partnerRowLayout(kpiCount);
  if (rowCell === "adjustment") return ADJUSTMENT_ROW_LAYOUT;
  if (rowCell === "total") return TOTAL_ROW_LAYOUT;
  if (typeof rowCell === "string" && /^kpi \d+$/.test(rowCell)) return KPI_ROW_LAYOUT;
  if (typeof rowCell === "string" && /^tier \d+$/.test(rowCell)) return TIER_ROW_LAYOUT;
  return null;
}

/** A number a cell can hold, blank otherwise (a missing result). */
export const cellNumber = (n: number | null | undefined): number | null =>
  n === null || n === undefined || !Number.isFinite(n) ? null : n;
