/*
 * The dashboard's two ranked lists as spilling formulas: the leaderboard (best scores) and the
 * largest payouts, and how a Tier value reads in the sheet's language.
 */
import { stringLiteral } from "../formulas";
import { ProgramRefs } from "./programRefs";

/** Partners on the leaderboard. */
export const LEADERBOARD_SIZE = 10;

/**
 * The 10 best scores, best first (SORTBY keeps the data table's order among ties), with each
 * partner's rank among all partners: Rank | Partner | Score | Tier | Payout.
 */
export function leaderboardFormula(r: ProgramRefs): string {
  const c = r.columns;
  return (
    `=LET(s,${r.col(c.score)},ok,ISNUMBER(s),k,MIN(${LEADERBOARD_SIZE},SUM(--ok)),` +
    `IF(k=0,${stringLiteral(r.show.dashboard.noScores)},INDEX(SORTBY(FILTER(CHOOSE({1,2,3,4,5},IF(ok,RANK.EQ(s,s),""),${r.col(c.partner)},s,${r.labels === r.show ? r.col(c.tier) : shownTier(r)(r.col(c.tier))},${r.col(c.payout)}),ok),` +
    `FILTER(s,ok),-1),SEQUENCE(k),{1,2,3,4,5})))`
  );
}

/** The `shown` largest payouts: Partner | Payout, largest first. */
export function largestPayoutsFormula(r: ProgramRefs, shown: number): string {
  const c = r.columns;
  return (
    `=LET(p,${r.col(c.payout)},ok,ISNUMBER(p),k,MIN(${shown},SUM(--ok)),` +
    `IF(k=0,${stringLiteral(r.show.dashboard.noPayouts)},INDEX(SORTBY(FILTER(CHOOSE({1,2},${r.col(c.partner)},p),ok),FILTER(p,ok),-1),SEQUENCE(k),{1,2})))`
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
