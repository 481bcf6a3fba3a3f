/*
 * The blocks right of the dashboard's per-partner table — leaderboard (top 10 by score), most
 * improved since the last close, payout by tier, score distribution, largest payouts — and the
 * three charts that read them.
 */
import type { ProgramDefinition } from "../../engine";
import { cellAddress } from "../addresses";
import { stringLiteral } from "../formulas";
import { fillLabel } from "../labels";
import { GENERAL, PERCENT, WHOLE_NUMBER } from "../numberFormats";
import { ChartPlan, GridPlan, PlainCell, formula, text } from "../sheetPlan";
import { box, grid } from "./layout";
import type { ProgramRefs } from "./programRefs";
import { bandFormula, scoreBands } from "./scoreBands";
import { LEADERBOARD_SIZE, largestPayoutsFormula, leaderboardFormula } from "./topLists";
import type { LastClosedPeriod } from "./lastClosedPeriod";
import { mostImprovedBlock } from "./lastPeriodColumns";
import type { PartnerTable } from "./partnerTable";

/** Most partners in the payout-by-partner chart (the largest payouts). */
export const PAYOUT_CHART_MAX = 25;
/** Rows kept free below the tier labels so a tier or two can be added to the tier table. */
export const TIER_HEADROOM = 3;

export interface SideBlocks {
  readonly cells: PlainCell[];
  readonly blocks: GridPlan[];
  readonly charts: ChartPlan[];
}

/**
 * The blocks from column `c0` (zero-based), the first caption in row `at.caption`, and the charts
 * from row `at.tileLabels` to their right.
 */
export function sideBlocks(
  p: ProgramDefinition,
  r: ProgramRefs,
  table: PartnerTable,
  c0: number,
  at: { readonly caption: number; readonly tileLabels: number },
  partners: number,
  lastClosed: LastClosedPeriod | null | undefined,
): SideBlocks {
  const c = r.columns;
  const w = r.show.dashboard;
  const sh = r.shownColumns;
  const money = r.money();
  const blocks: GridPlan[] = [];
  const side: PlainCell[] = [];
  const charts: ChartPlan[] = [];

  // Leaderboard: the 10 best scores (ties share a rank), for recognition.
  const lbTop = at.caption;
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
    grid(lbTop + 2, c0, [[formula(leaderboardFormula(r, table.spills)), null, null, null, null]], {
      columnFormats: [WHOLE_NUMBER, GENERAL, PERCENT, GENERAL, money],
      formatDown: LEADERBOARD_SIZE - 1,
    }),
  );

  // Most improved since the last closed period, under the leaderboard.
  const improvedColumns = {
    partner: table.spills.partner,
    before: table.before,
    score: table.spills.score,
    change: table.change,
  };
  const improved = mostImprovedBlock(r, lastClosed, lbTop + 2 + LEADERBOARD_SIZE + 1, c0, improvedColumns, sh);
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
  const shown = Math.min(Math.max(1, partners), PAYOUT_CHART_MAX);
  const payTop = bandTop + 2 + bands.length + 1;
  side.push({
    row: payTop,
    column: c0,
    style: "caption",
    value: text(partners > PAYOUT_CHART_MAX ? fillLabel(w.largestPayouts, { n: PAYOUT_CHART_MAX }) : w.payoutByPartner),
  });
  blocks.push(grid(payTop + 1, c0, [[sh.partner, sh.payout].map(text)], { style: "header" }));
  blocks.push(
    grid(payTop + 2, c0, [[formula(largestPayoutsFormula(r, table.spills, shown)), null]], {
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
        partners > PAYOUT_CHART_MAX ? fillLabel(w.chartPayoutLargest, { n: PAYOUT_CHART_MAX }) : w.chartPayoutByPartner,
      source: box(payTop + 1, c0, shown + 1, 2),
      from: { row: at.tileLabels, column: chartColumn },
      to: { row: at.tileLabels + chartRows - 1, column: chartColumn + 7 },
      legend: false,
    },
    {
      name: "PI Score distribution",
      kind: "ColumnClustered",
      title: w.chartScoreDistribution,
      source: box(bandTop + 1, c0, bands.length + 1, 2),
      from: { row: at.tileLabels + chartRows, column: chartColumn },
      to: { row: at.tileLabels + 2 * chartRows - 1, column: chartColumn + 7 },
      legend: false,
    },
    {
      name: "PI Tier mix",
      kind: "Pie",
      title: w.chartTierMix,
      source: box(tierTop + 1, c0, tiersNow + 2, 2),
      from: { row: at.tileLabels + 2 * chartRows, column: chartColumn },
      to: { row: at.tileLabels + 3 * chartRows - 1, column: chartColumn + 7 },
      legend: true,
    },
  );

  return { cells: side, blocks, charts };
}
