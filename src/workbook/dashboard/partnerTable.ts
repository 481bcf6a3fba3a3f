/*
 * The dashboard's per-partner table: one spilling formula per column under a header row, so the
 * table follows the data table as partners are added or removed. The ranked lists on the right
 * read its spilled columns.
 */
import type { ProgramDefinition } from "../../engine";
import { cellAddress } from "../addresses";
import { stringLiteral } from "../formulas";
import { GENERAL, PERCENT, WHOLE_NUMBER } from "../numberFormats";
import type { ProgramRefs } from "./programRefs";
import { StatementAdjustment, adjustmentColumn } from "./statementAdjustment";
import { PartnerColumns, shownTier } from "./topLists";
import type { LastClosedPeriod } from "./lastClosedPeriod";
import { carriedColumn, lastScoreColumns } from "./lastPeriodColumns";

export interface DashboardColumn {
  readonly header: string;
  readonly formula: string;
  readonly format: string;
  readonly width: number;
}

export interface PartnerTable {
  readonly columns: readonly DashboardColumn[];
  /** The index of the column under `header`. */
  colOf(header: string): number;
  /** The spilled columns the ranked lists read. */
  readonly spills: PartnerColumns;
  /** The spills of the last closed period's score and of the change since (its last two columns). */
  readonly before: string;
  readonly change: string;
}

/** The per-partner table's columns, its first formula row at `firstRow` (zero-based). */
export function partnerTable(
  p: ProgramDefinition,
  r: ProgramRefs,
  firstRow: number,
  adjustment: StatementAdjustment | null | undefined,
  lastClosed: LastClosedPeriod | null | undefined,
): PartnerTable {
  const c = r.columns;
  const w = r.show.dashboard;
  const sh = r.shownColumns;
  const money = r.money();
  const pass = (header: string) => `=IF(${r.col(header)}="","",${r.col(header)})`;
  const tierShown = shownTier(r);
  // The partner ID column is the first: its spill (A9#) is the per-partner lines' IDs.
  const ids = `${cellAddress(firstRow, 0)}#`;
  const columns: DashboardColumn[] = [
    { header: sh.partnerId, formula: pass(c.partnerId), format: GENERAL, width: 90 },
    { header: sh.partner, formula: pass(c.partner), format: GENERAL, width: 170 },
    ...p.kpis.map((_, i) => ({
      header: sh.actual[i],
      formula: pass(c.actual[i]),
      format: r.kpiFormat(i),
      width: 80,
    })),
    ...p.kpis.map((_, i) => ({
      header: sh.attainment[i],
      formula: pass(c.attainment[i]),
      format: PERCENT,
      width: 80,
    })),
    { header: sh.score, formula: pass(c.score), format: PERCENT, width: 60 },
    {
      header: w.gate,
      formula: `=IF(${r.col(c.partner)}="","",IF(${r.col(c.gateMet)}=TRUE,${stringLiteral(w.gateMet)},${stringLiteral(w.gateMissed)}))`,
      format: GENERAL,
      width: 60,
    },
    { header: sh.tier, formula: `=${tierShown(r.col(c.tier))}`, format: GENERAL, width: 90 },
    { header: sh.payout, formula: pass(c.payout), format: money, width: 100 },
    ...(c.netPrice && sh.netPrice
      ? [{ header: sh.netPrice, formula: pass(c.netPrice), format: money, width: 100 }]
      : []),
    ...adjustmentColumn(r, adjustment, ids),
    ...carriedColumn(r, lastClosed, ids),
    {
      header: w.rank,
      formula: `=IF(ISNUMBER(${r.col(c.score)}),RANK.EQ(${r.col(c.score)},${r.col(c.score)}),"")`,
      format: WHOLE_NUMBER,
      width: 45,
    },
  ];
  const colOf = (header: string) => columns.findIndex((x) => x.header === header);
  // The per-partner table's spilled columns (B9#): the ranked lists read them, left to right.
  const spill = (header: string) => `${cellAddress(firstRow, colOf(header))}#`;
  // The last closed period's score and the change since, last: their spills are these two columns'.
  const [before, change] = [0, 1].map((k) => `${cellAddress(firstRow, columns.length + k)}#`);
  columns.push(...lastScoreColumns(r, lastClosed, ids, spill(sh.score), before));
  return {
    columns,
    colOf,
    spills: { partner: spill(sh.partner), score: spill(sh.score), tier: spill(sh.tier), payout: spill(sh.payout) },
    before,
    change,
  };
}
