/* global Office */
/*
 * The INCENTIVE custom functions. Each is a thin adapter: Excel arguments in, engine call,
 * Excel values or errors out. The JSDoc below generates functions.json (what Excel shows in
 * formula autocomplete), so keep it plain and exact. Value arguments are declared as ranges
 * (any[][]): a single cell arrives as a 1×1 range and broadcasts. Omitted optional arguments
 * arrive as null.
 */
import { payoutCells } from "./impl/payout";
import { gapCells, rateCells, tierCells } from "./impl/tierLookups";
import { attainmentCells } from "./impl/attainment";
import { bonusCells } from "./impl/bonus";
import { scoreCells } from "./impl/score";
import { onTimeCells } from "./impl/ontime";
import { priceCells } from "./impl/price";
import { explainCells } from "./impl/explain";
import { gateCells } from "./impl/gate";
import { runFunction } from "./results";
import { toExcelError } from "./excelErrors";
import { setFunctionsLocale } from "./language";

// Error messages and EXPLAIN's words follow Office's display language (language.ts).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => setFunctionsLocale(Office.context?.displayLanguage));
}

/**
 * Money earned on an amount under a tier table: marginal (each band at its own rate), retro (the whole amount at the rate reached) or linear (rate interpolated between tiers).
 * @customfunction PAYOUT
 * @param amount The amount to pay on: a deal, or a period total. A cell or a range (results spill).
 * @param tiers Tier table: lower bound, rate, optional label per row; bounds ascending. A header row and blank trailing rows are allowed.
 * @param [method] "marginal" (default), "retro" or "linear".
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%). A cell or a range.
 * @param [prior] Amount already credited earlier in the period (default 0): the result is P(prior+amount) - P(prior). A cell or a range.
 * @param [cap] Maximum payout for the period.
 * @returns The payout for each amount.
 */
export function payout(
  amount: any[][],
  tiers: any[][],
  method?: any,
  target?: any[][],
  prior?: any[][],
  cap?: any,
): any[][] {
  // runFunction's work without its closure: a column of single-cell formulas calls this once a row.
  try {
    return payoutCells(amount, tiers, method, target, prior, cap);
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The tier a value reaches: its label, or its number (1, 2, …) where the table has no labels. #N/A below the first tier.
 * @customfunction TIER
 * @param value The value to place in the tiers. A cell or a range (results spill).
 * @param tiers Tier table: lower bound, rate, optional label per row; bounds ascending.
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%). A cell or a range.
 * @returns The tier reached by each value.
 */
export function tier(value: any[][], tiers: any[][], target?: any[][]): any[][] {
  return runFunction(() => tierCells(value, tiers, target));
}

/**
 * The rate that applies at a value: the rate of the tier reached, interpolated between tiers for "linear"; 0 below the first tier.
 * @customfunction RATE
 * @param value The value to look up. A cell or a range (results spill).
 * @param tiers Tier table: lower bound, rate, optional label per row; bounds ascending.
 * @param [method] "marginal" (default), "retro" or "linear".
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%). A cell or a range.
 * @returns The rate at each value.
 */
export function rate(value: any[][], tiers: any[][], method?: any, target?: any[][]): any[][] {
  return runFunction(() => rateCells(value, tiers, method, target));
}

/**
 * How much more a value needs to reach the next tier; 0 at the top tier.
 * @customfunction GAP
 * @param value The value reached so far. A cell or a range (results spill).
 * @param tiers Tier table: lower bound, rate, optional label per row; bounds ascending.
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%); the gap is still in the value's units. A cell or a range.
 * @returns The amount still needed to reach the next tier.
 */
export function gap(value: any[][], tiers: any[][], target?: any[][]): any[][] {
  return runFunction(() => gapCells(value, tiers, target));
}

/**
 * Attainment ratio of an actual against its target: actual/target, or for lower-is-better KPIs max(0, 2 - actual/target).
 * @customfunction ATTAINMENT
 * @param actual The measured result. A cell or a range (results spill).
 * @param target The value that counts as 100%. A cell or a range.
 * @param [direction] "higher" (default: higher is better) or "lower" (lower is better).
 * @returns The attainment ratio (1 = 100%).
 */
export function attainment(actual: any[][], target: any[][], direction?: any): any[][] {
  return runFunction(() => attainmentCells(actual, target, direction));
}

/**
 * Bonus from a pay curve: target incentive × the payout percentage read from the curve at the attainment, interpolated between points.
 * @customfunction BONUS
 * @param attainment Attainment ratio (1 = 100%). A cell or a range (results spill).
 * @param target_incentive The bonus paid at 100% of the curve. A cell or a range.
 * @param curve Pay curve: attainment point, payout percentage, optional label per row; 0 below the first point, the last percentage beyond the last.
 * @param [cap] Maximum payout percentage (e.g. 2 = 200%).
 * @returns The bonus for each attainment.
 */
export function bonus(attainment: any[][], target_incentive: any[][], curve: any[][], cap?: any): any[][] {
  return runFunction(() => bonusCells(attainment, target_incentive, curve, cap));
}

/**
 * Weighted score of KPI attainments: sum of weight × attainment divided by the sum of weights. One row per partner gives one score per row.
 * @customfunction SCORE
 * @param attainments Attainments of one partner, or a block with one row per partner and one column per KPI.
 * @param weights One weight per KPI (any scale: 60/40 or 0.6/0.4), as a row or a column.
 * @param [cap] Maximum attainment counted per KPI (e.g. 1.2).
 * @returns The weighted score (1 = 100%).
 */
export function score(attainments: any[][], weights: any[][], cap?: any): any[][] {
  return runFunction(() => scoreCells(attainments, weights, cap));
}

/**
 * Share of milestones delivered on time. Completed ones count; open ones count as late once due date + grace days is before the as-of date.
 * @customfunction ONTIME
 * @param due_dates Due dates (Excel dates), one per milestone.
 * @param done_dates Completion dates, same shape as the due dates; blank while open.
 * @param [as_of] Date to judge open milestones at (default: today when last calculated; pass TODAY() to keep it current, or a fixed date).
 * @param [grace_days] Days of grace after the due date (default 0).
 * @returns On-time milestones ÷ milestones counted.
 */
export function ontime(due_dates: any[][], done_dates: any[][], as_of?: any, grace_days?: any): any[][] {
  return runFunction(() => onTimeCells(due_dates, done_dates, as_of, grace_days));
}

/**
 * Net price after a performance-linked discount: list price × (1 - the discount of the tier the value reaches).
 * @customfunction PRICE
 * @param list_price The list price. A cell or a range (results spill).
 * @param value The partner's result that earns the discount (volume, attainment). A cell or a range.
 * @param discount_tiers Discount table: lower bound, discount rate (0% to 100%), optional label per row; read retro.
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%). A cell or a range.
 * @returns The net price.
 */
export function price(list_price: any[][], value: any[][], discount_tiers: any[][], target?: any[][]): any[][] {
  return runFunction(() => priceCells(list_price, value, discount_tiers, target));
}

/**
 * Breakdown of a payout as a table: one row per tier touched (tier, from, to, amount, rate, payout) and a total row equal to PAYOUT.
 * @customfunction EXPLAIN
 * @param amount The amount to explain (one cell).
 * @param tiers Tier table: lower bound, rate, optional label per row; bounds ascending.
 * @param [method] "marginal" (default), "retro" or "linear".
 * @param [target] If given, tier bounds are fractions of this target (1.0 = 100%).
 * @param [prior] Amount already credited earlier in the period (default 0).
 * @returns A table that spills: header, one row per tier, total.
 */
export function explain(amount: any[][], tiers: any[][], method?: any, target?: any[][], prior?: any[][]): any[][] {
  return runFunction(() => explainCells(amount, tiers, method, target, prior));
}

/**
 * TRUE when every KPI's actual meets its gate: at or above it, or at or below it for lower-is-better KPIs; a blank gate is no gate. One row per partner gives one result per row.
 * @customfunction GATE
 * @param actuals Actuals of one partner, or a block with one row per partner and one column per KPI. A blank or text actual misses its gate.
 * @param gates One gate per KPI, as a row or a column: a number (or a number as text, as &"" makes it); blank or empty text for no gate.
 * @param [directions] "higher" (default: higher is better) or "lower" (lower is better): one per gate, or one for all.
 * @returns TRUE or FALSE for each partner.
 */
export function gate(actuals: any[][], gates: any[][], directions?: any[][]): any[][] {
  return runFunction(() => gateCells(actuals, gates, directions));
}
