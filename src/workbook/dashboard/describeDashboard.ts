/*
 * The dashboard sheet of a program, as plain data (no Office). Everything on it is a formula over
 * the program's own tables, so it recalculates when a result, a target or a tier changes:
 *
 *   rows 1–4   title, ownership note, period / as-of / generated time, the confidential mark
 *   rows 5–6   summary tiles (total payout, partners, share at or above target, averages, gates missed)
 *   row 8      the per-partner table's header; row 9 holds one spilling formula per column, so the
 *              table follows the data table as partners are added or removed
 *   right      leaderboard (top 10 by score), payout by tier, score distribution, largest payouts —
 *              the blocks the three charts read
 *
 * Totals sum the data table's payout column, which is already rounded to the currency's decimals,
 * so they reconcile to the cent with every statement (and equal planCost's total).
 */
import type { ProgramDefinition } from "../../engine";
import { SheetLanguage, fillLabel } from "../labels";
import { ConditionalFormatPlan, PlainCell, SheetPlan, formula, text } from "../sheetPlan";
import { box, grid, ownershipNote, widenToFit } from "./layout";
import { confidentialMark } from "../confidentialMark";
export { allCells } from "./sheetCells";
import { ProgramRefs } from "./programRefs";
import type { StatementAdjustment } from "./statementAdjustment";
import type { LastClosedPeriod } from "./lastClosedPeriod";
import { partnerTable } from "./partnerTable";
import { tileGrids } from "./dashboardTiles";
import { sideBlocks } from "./sideBlocks";

export interface DashboardOptions {
  /** The program's key (the stem of its table names). */
  readonly key: string;
  /** The sheet's name (chosen by the caller: the add-in's own dashboard, or a fresh name). */
  readonly sheetName: string;
  /** Partners in the data table now: formats and conditional formats reach this many rows plus headroom. */
  readonly partners: number;
  /** When the dashboard was generated, as an Excel serial date-time (a value, not NOW()). */
  readonly generatedAt: number;
  /** The dashboard's language; by default the program's sheet language. */
  readonly language?: SheetLanguage;
  /** The open period's adjustment column, when the program has lines settled in it. */
  readonly adjustment?: StatementAdjustment | null;
  /** The last closed period: scores then, the change since, most improved, carried balances. */
  readonly lastClosed?: LastClosedPeriod | null;
}

/** Rows formatted beyond today's partners, so partners added later look the same until the next refresh. */
export const FORMAT_HEADROOM = 1000;
export { PAYOUT_CHART_MAX, TIER_HEADROOM } from "./sideBlocks";

/** The sheet's fixed rows (zero-based). */
export const DASHBOARD_ROWS = {
  title: 0,
  note: 1,
  period: 2,
  confidential: 3,
  tileLabels: 4,
  tileValues: 5,
  caption: 6,
  header: 7,
  firstPartner: 8,
} as const;

const COLORS = {
  low: "#F8696B",
  mid: "#FFEB84",
  high: "#63BE7B",
  bar: "#638EC6",
  missedFont: "#9C0006",
  missedFill: "#FFC7CE",
};

export function describeDashboard(p: ProgramDefinition, options: DashboardOptions): SheetPlan {
  const r = new ProgramRefs(p, options.key, options.language);
  // What the dashboard shows, in its own language (the formulas read the program's own headers).
  const w = r.show.dashboard;
  const sh = r.shownColumns;
  const R = DASHBOARD_ROWS;
  const area = Math.max(1, options.partners) + FORMAT_HEADROOM;

  // --- Per-partner table: one spilling formula per column, under a header row. --------------
  const table = partnerTable(p, r, R.firstPartner, options.adjustment, options.lastClosed);
  const { columns, colOf } = table;
  const width = columns.length;

  // --- Header, tiles. ----------------------------------------------------------------------------
  const cells: PlainCell[] = [
    { row: R.title, column: 0, style: "title", value: text(fillLabel(w.title, { program: p.name.trim() })) },
    {
      row: R.note,
      column: 0,
      style: "note",
      value: text(ownershipNote(r.show, p.name, options.key, fillLabel(w.about, { table: r.data }))),
    },
    confidentialMark(R.confidential, r.show.language),
    { row: R.caption, column: 0, style: "caption", value: text(w.partnersCaption) },
  ];
  const period = grid(
    R.period,
    0,
    [
      [
        text(w.period),
        formula(`=${r.setting("periodStart")}`),
        text(w.to),
        formula(`=${r.setting("periodEnd")}`),
        text(w.asOf),
        formula(`=MIN(TODAY(),${r.setting("periodEnd")})`),
        text(w.generated),
        options.generatedAt,
      ],
    ],
    {
      columnFormats: [
        null,
        r.show.formats.date,
        null,
        r.show.formats.date,
        null,
        r.show.formats.date,
        null,
        r.show.formats.dateTime,
      ],
    },
  );
  const [tileLabels, tileValues] = tileGrids(p, r, R.tileLabels);
  const header = grid(R.header, 0, [columns.map((x) => text(x.header))], { style: "header" });
  const body = grid(R.firstPartner, 0, [columns.map((x) => formula(x.formula))], {
    columnFormats: columns.map((x) => x.format),
    formatDown: area - 1,
  });

  // --- Blocks on the right: leaderboard, payout by tier, score bands, largest payouts; charts. ---
  const c0 = width + 1;
  const side = sideBlocks(p, r, table, c0, R, options.partners, options.lastClosed);

  // --- Conditional formats: numbers and words carry the meaning; colour repeats it. ----------
  const rows = (column: number) => box(R.firstPartner, column, area, 1);
  const conditionalFormats: ConditionalFormatPlan[] = [
    ...[...sh.attainment, sh.score].map((h): ConditionalFormatPlan => ({
      kind: "colorScale",
      range: rows(colOf(h)),
      minimum: { at: "lowest", color: COLORS.low },
      midpoint: { at: 1, color: COLORS.mid },
      maximum: { at: "highest", color: COLORS.high },
    })),
    { kind: "dataBar", range: rows(colOf(sh.payout)), color: COLORS.bar },
    {
      kind: "textContains",
      range: rows(colOf(w.gate)),
      text: w.gateMissed,
      fontColor: COLORS.missedFont,
      fillColor: COLORS.missedFill,
      bold: true,
    },
  ];

  const columnWidths = [
    ...columns.map((x, i) => ({ column: i, width: x.width })),
    { column: c0, width: 110 },
    { column: c0 + 1, width: 150 },
    { column: c0 + 2, width: 70 },
    { column: c0 + 3, width: 80 },
    { column: c0 + 4, width: 100 },
  ];

  return {
    name: options.sheetName,
    role: "dashboard",
    cells: [...cells, ...side.cells],
    tables: [],
    grids: [period, tileLabels, tileValues, header, body, ...side.blocks],
    conditionalFormats,
    charts: side.charts,
    columnWidths: widenToFit(columnWidths, [period, tileLabels, header]),
    frozenRows: R.header + 1,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: R.header, last: R.header },
      area: null,
      pageBreaksBefore: [],
    },
  };
}
