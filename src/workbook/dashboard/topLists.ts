/*
 * The dashboard's two ranked lists as spilling formulas over its own per-partner columns: the
 * leaderboard (best scores) and the largest payouts; and how a Tier value reads in the sheet's
 * language.
 */
import { stringLiteral } from "../formulas";
import { ProgramRefs } from "./programRefs";

/** Partners on the leaderboard. */
export const LEADERBOARD_SIZE = 10;

/** The dashboard's per-partner columns the lists read, as spill references (J9#). */
export interface PartnerColumns {
  readonly partner: string;
  readonly score: string;
  readonly tier: string;
  readonly payout: string;
}

/**
 * The 10 best scores, best first (SORTBY keeps the data table's order among ties), from the
 * dashboard's own per-partner columns: Rank | Partner | Score | Tier | Payout. Partners without a
 * score are left out. The rank is RANK.EQ over the score column, as the Rank column has it (the
 * formulas test pins the leaderboard as the one formula with SORTBY and RANK.EQ).
 */
export function leaderboardFormula(r: ProgramRefs, t: PartnerColumns): string {
  const s = t.score;
  return topRows(
    s,
    `IF(ISNUMBER(${s}),RANK.EQ(${s},${s}),""),${t.partner},${s},${t.tier},${t.payout}`,
    5,
    LEADERBOARD_SIZE,
    r.show.dashboard.noScores,
  );
}

/** The `shown` largest payouts: Partner | Payout, largest first. */
export function largestPayoutsFormula(r: ProgramRefs, t: PartnerColumns, shown: number): string {
  return topRows(t.payout, `${t.partner},${t.payout}`, 2, shown, r.show.dashboard.noPayouts);
}

/** The first `n` rows of `columns` with a number in `by`, sorted by it, largest first; `none` when no row has one. */
function topRows(by: string, columns: string, width: number, n: number, none: string): string {
  const picks = `{${Array.from({ length: width }, (_, i) => i + 1).join(",")}}`;
  const ok = `ISNUMBER(${by})`;
  return (
    `=IF(COUNT(${by})=0,${stringLiteral(none)},INDEX(SORTBY(FILTER(CHOOSE(${picks},${columns}),${ok}),` +
    `FILTER(${by},${ok}),-1),SEQUENCE(MIN(${n},COUNT(${by}))),${picks}))`
  );
}

/**
 * The data table's Tier value as this sheet shows it: the program's "below first tier" words in
 * the sheet's language (tier labels are the user's own and shown as typed). Identity when the
 * languages agree, so an English dashboard of an English program keeps its plain formula.
 */
export function shownTier(r: ProgramRefs): (value: string) => string {
  const from = r.labels.data.belowFirstTier;
  const to = r.show.data.belowFirstTier;
  if (from === to) return (value) => `IF(${value}="","",${value})`;
  return (value) => `IF(${value}=${stringLiteral(from)},${stringLiteral(to)},IF(${value}="","",${value}))`;
}
