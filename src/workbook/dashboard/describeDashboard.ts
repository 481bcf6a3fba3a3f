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
import { cellAddress } from "../addresses";
import { stringLiteral } from "../formulas";
import { SheetLanguage, fillLabel } from "../labels";
import { GENERAL, PERCENT, WHOLE_NUMBER } from "../numberFormats";
import { ChartPlan, ConditionalFormatPlan, GridPlan, PlainCell, SheetPlan, formula, text } from "../sheetPlan";
import { box, grid, ownershipNote, widenToFit } from "./layout";
import { confidentialMark } from "../confidentialMark";
export { allCells } from "./sheetCells";
import { ProgramRefs } from "./programRefs";
import { StatementAdjustment, adjustmentColumn } from "./statementAdjustment";
import { bandFormula, scoreBands } from "./scoreBands";
import { LEADERBOARD_SIZE, PartnerColumns, largestPayoutsFormula, leaderboardFormula, shownTier } from "./topLists";
import type { LastClosedPeriod } from "./lastClosedPeriod";
import { carriedColumn, lastScoreColumns, mostImprovedBlock } from "./lastPeriodColumns";

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
/** Most partners in the payout-by-partner chart (the largest payouts). */
export const PAYOUT_CHART_MAX = 25;
/** Rows kept free below the tier labels so a tier or two can be added to the tier table. */
export const TIER_HEADROOM = 3;

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
  const c = r.columns;
  // What the dashboard shows, in its own language; the formulas read the program's headers (c).
  const w = r.show.dashboard;
  const sh = r.shownColumns;
  const money = r.money();
  const decimals = r.setting("decimals");
  const R = DASHBOARD_ROWS;
  const area = Math.max(1, options.partners) + FORMAT_HEADROOM;

  // --- Per-partner table: one spilling formula per column, under a header row. --------------
  const pass = (header: string) => `=IF(${r.col(header)}="","",${r.col(header)})`;
  const tierShown = shownTier(r);
  // The partner ID column is the first: its spill (A9#) is the per-partner lines' IDs.
  const ids = `${cellAddress(R.firstPartner, 0)}#`;
  const columns: { header: string; formula: string; format: string; width: number }[] = [
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
    ...adjustmentColumn(r, options.adjustment, ids),
    ...carriedColumn(r, options.lastClosed, ids),
    {
      header: w.rank,
      formula: `=IF(ISNUMBER(${r.col(c.score)}),RANK.EQ(${r.col(c.score)},${r.col(c.score)}),"")`,
      format: WHOLE_NUMBER,
      width: 45,
    },
  ];
  const colOf = (header: string) => columns.findIndex((x) => x.header === header);
  // The per-partner table's spilled columns (B9#): the ranked lists read them, left to right.
  const spill = (header: string) => `${cellAddress(R.firstPartner, colOf(header))}#`;
  // The last closed period's score and the change since, last: their spills are these two columns'.
  const [before, change] = [0, 1].map((k) => `${cellAddress(R.firstPartner, columns.length + k)}#`);
  columns.push(...lastScoreColumns(r, options.lastClosed, ids, spill(sh.score), before));
  const width = columns.length;
  const table: PartnerColumns = {
    partner: spill(sh.partner),
    score: spill(sh.score),
    tier: spill(sh.tier),
    payout: spill(sh.payout),
  };

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
  const tiles: { label: string; formula: string; format: string }[] = [
    {
      label: fillLabel(w.totalTile, { payout: sh.payout }),
      formula: `=ROUND(SUM(${r.col(c.payout)}),${decimals})`,
      format: money,
    },
    { label: w.partnersTile, formula: `=SUMPRODUCT(--(${r.col(c.partner)}<>""))`, format: WHOLE_NUMBER },
    {
      label: w.atTargetTile,
      formula: `=IFERROR(COUNTIF(${r.col(c.score)},">=1")/COUNT(${r.col(c.score)}),"")`,
      format: PERCENT,
    },
    { label: w.averageScoreTile, formula: `=IFERROR(AVERAGE(${r.col(c.score)}),"")`, format: PERCENT },
    ...p.kpis.map((_, i) => ({
      label: fillLabel(w.averageTile, { attainment: sh.attainment[i] }),
      formula: `=IFERROR(AVERAGE(${r.col(c.attainment[i])}),"")`,
      format: PERCENT,
    })),
    { label: w.gatesMissedTile, formula: `=COUNTIF(${r.col(c.gateMet)},FALSE)`, format: WHOLE_NUMBER },
  ];
  const tileLabels = grid(R.tileLabels, 0, [tiles.map((t) => text(t.label))], { style: "caption" });
  const tileValues = grid(R.tileValues, 0, [tiles.map((t) => formula(t.formula))], {
    style: "tile",
    columnFormats: tiles.map((t) => t.format),
  });
  const header = grid(R.header, 0, [columns.map((x) => text(x.header))], { style: "header" });
  const body = grid(R.firstPartner, 0, [columns.map((x) => formula(x.formula))], {
    columnFormats: columns.map((x) => x.format),
    formatDown: area - 1,
  });

  // --- Blocks on the right: leaderboard, payout by tier, score bands, largest payouts. --------
  const c0 = width + 1;
  const blocks: GridPlan[] = [];
  const side: PlainCell[] = [];
  const charts: ChartPlan[] = [];

  // Leaderboard: the 10 best scores (ties share a rank), for recognition.
  const lbTop = R.caption;
  side.push({
    row: lbTop,
    column: c0,
    style: "caption",
    value: text(fillLabel(w.leaderboardCaption, { n: LEADERBOARD_SIZE })),
  });
  blocks.push(
    grid(lbTop + 1, c0, [[w.rank, sh.partner, sh.score, sh.tier, sh.payout].map(text)], {
      style: "header",
    }),
  );
  // One formula; the four cells to its right are where it spills, and take the formats.
  blocks.push(
    grid(lbTop + 2, c0, [[formula(leaderboardFormula(r, table)), null, null, null, null]], {
      columnFormats: [WHOLE_NUMBER, GENERAL, PERCENT, GENERAL, money],
      formatDown: LEADERBOARD_SIZE - 1,
    }),
  );

  // Most improved since the last closed period, under the leaderboard.
  const improvedColumns = { partner: table.partner, before, score: table.score, change };
  const improved = mostImprovedBlock(r, options.lastClosed, lbTop + 2 + LEADERBOARD_SIZE + 1, c0, improvedColumns, sh);
  side.push(...improved.cells);
  blocks.push(...improved.grids);

  // Payout by tier (also the tier-mix chart's data).
  const tierTop = lbTop + 2 + LEADERBOARD_SIZE + 1 + improved.height;
  const tiersNow = p.tiers.length;
  const labelAnchor = cellAddress(tierTop + 3, c0);
  side.push({ row: tierTop, column: c0, style: "caption", value: text(w.payoutByTier) });
  blocks.push(grid(tierTop + 1, c0, [[sh.tier, w.partners, sh.payout].map(text)], { style: "header" }));
  const tierColumn = r.col(c.tier);
  const payoutColumn = r.col(c.payout);
  // The data table says "below first tier" in the program's language; this block in its own.
  const below = stringLiteral(r.labels.data.belowFirstTier);
  const labels = r.tierColumn("label");
  // One row per tier label, one column per partner: 1 where the partner is in that tier.
  const inTier = `--(${labelAnchor}#=TRANSPOSE(${tierColumn}))`;
  blocks.push(
    grid(
      tierTop + 2,
      c0,
      [
        [
          text(r.show.data.belowFirstTier),
          formula(`=COUNTIF(${tierColumn},${below})`),
          formula(`=SUMIFS(${payoutColumn},${tierColumn},${below})`),
        ],
        [
          // A tier without a label is counted by its number, as the data table's Tier column shows it.
          formula(`=IF(${labels}="",SEQUENCE(ROWS(${labels})),${labels})`),
          formula(`=MMULT(${inTier},SEQUENCE(ROWS(${tierColumn}),1,1,0))`),
          formula(`=MMULT(${inTier},IF(ISNUMBER(${payoutColumn}),${payoutColumn},0))`),
        ],
      ],
      { columnFormats: [GENERAL, WHOLE_NUMBER, money], formatDown: tiersNow - 1 + TIER_HEADROOM },
    ),
  );

  // Score distribution: COUNTIFS per band, as planCost.histogram bins the scores.
  const bandTop = tierTop + 3 + tiersNow + TIER_HEADROOM + 1;
  const bands = scoreBands();
  side.push({ row: bandTop, column: c0, style: "caption", value: text(w.scoreDistribution) });
  blocks.push(grid(bandTop + 1, c0, [[w.scoreBand, w.partners].map(text)], { style: "header" }));
  const score = r.col(c.score);
  blocks.push(
    grid(
      bandTop + 2,
      c0,
      bands.map((b) => [text(b.label), formula(bandFormula(score, b.from, b.to))]),
      { columnFormats: [GENERAL, WHOLE_NUMBER] },
    ),
  );

  // Largest payouts: the payout-by-partner chart's data.
  const shown = Math.min(Math.max(1, options.partners), PAYOUT_CHART_MAX);
  const payTop = bandTop + 2 + bands.length + 1;
  side.push({
    row: payTop,
    column: c0,
    style: "caption",
    value: text(
      options.partners > PAYOUT_CHART_MAX ? fillLabel(w.largestPayouts, { n: PAYOUT_CHART_MAX }) : w.payoutByPartner,
    ),
  });
  blocks.push(grid(payTop + 1, c0, [[sh.partner, sh.payout].map(text)], { style: "header" }));
  blocks.push(
    grid(payTop + 2, c0, [[formula(largestPayoutsFormula(r, table, shown)), null]], {
      columnFormats: [GENERAL, money],
      formatDown: shown - 1,
    }),
  );

  // --- Charts, to the right of the blocks. -----------------------------------------------------
  const chartColumn = c0 + 6;
  const chartRows = 16;
  charts.push(
    {
      name: "PI Payout by partner",
      kind: "BarClustered",
      title:
        options.partners > PAYOUT_CHART_MAX
          ? fillLabel(w.chartPayoutLargest, { n: PAYOUT_CHART_MAX })
          : w.chartPayoutByPartner,
      source: box(payTop + 1, c0, shown + 1, 2),
      from: { row: R.tileLabels, column: chartColumn },
      to: { row: R.tileLabels + chartRows - 1, column: chartColumn + 7 },
      legend: false,
    },
    {
      name: "PI Score distribution",
      kind: "ColumnClustered",
      title: w.chartScoreDistribution,
      source: box(bandTop + 1, c0, bands.length + 1, 2),
      from: { row: R.tileLabels + chartRows, column: chartColumn },
      to: { row: R.tileLabels + 2 * chartRows - 1, column: chartColumn + 7 },
      legend: false,
    },
    {
      name: "PI Tier mix",
      kind: "Pie",
      title: w.chartTierMix,
      source: box(tierTop + 1, c0, tiersNow + 2, 2),
      from: { row: R.tileLabels + 2 * chartRows, column: chartColumn },
      to: { row: R.tileLabels + 3 * chartRows - 1, column: chartColumn + 7 },
      legend: true,
    },
  );

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
    cells: [...cells, ...side],
    tables: [],
    grids: [period, tileLabels, tileValues, header, body, ...blocks],
    conditionalFormats,
    charts,
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
