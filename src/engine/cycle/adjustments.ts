/**
 * Late data and clawbacks. A closed period's figures never change; when its data changes later,
 * the difference is paid (or clawed back) in the open period as its own line, per partner:
 * recomputed − paid so far for that closed period. Like PAYOUT's `prior`, "paid so far" is the
 * running total already credited (the closed payout plus earlier adjustments for the same period),
 * so successive restatements add up exactly to the latest one.
 *
 * A partner whose amount due goes negative is paid nothing and carries the negative balance into
 * the next period, where it is shown as its own line against that period's payout: never netted
 * silently. Every sum is taken in integer minor units (cents for 2 decimals), so it is exact.
 */
import { roundMoney } from "../analytics/planCost";

/** Money as a whole number of minor units (cents at 2 decimals), rounded like Excel's ROUND. */
export function toMinorUnits(amount: number, decimals: number): number {
  return Math.round(roundMoney(amount, decimals) * 10 ** decimals);
}

/** Minor units back to money. */
export function fromMinorUnits(units: number, decimals: number): number {
  const x = units / 10 ** decimals;
  return x === 0 ? 0 : x;
}

/** One partner's adjustment for one closed period, shown as its own line in the open period. */
export interface AdjustmentLine {
  readonly partnerId: string;
  /** The closed period the adjustment is for ("2026-Q1"). */
  readonly forPeriod: string;
  /** What was paid for that period so far: its closed payout plus earlier adjustments for it. */
  readonly paidBefore: number;
  /** The period's payout recomputed from its data as it is now. */
  readonly recomputed: number;
  /** recomputed − paidBefore, to the cent. */
  readonly adjustment: number;
}

/** The line's English wording; the pane and statements word it in their own language. */
export function adjustmentLabel(forPeriod: string): string {
  return `Adjustment for ${forPeriod}`;
}

/**
 * What each partner has been paid for `forPeriod` so far: its closed payout plus every adjustment
 * for it settled since (from the snapshots of the periods closed after it).
 */
export function paidSoFar(
  closedPayouts: ReadonlyMap<string, number>,
  laterAdjustments: readonly AdjustmentLine[],
  forPeriod: string,
  decimals: number,
): Map<string, number> {
  const units = new Map<string, number>();
  for (const [id, paid] of closedPayouts) units.set(id, toMinorUnits(paid, decimals));
  for (const line of laterAdjustments) {
    if (line.forPeriod !== forPeriod) continue;
    units.set(line.partnerId, (units.get(line.partnerId) ?? 0) + toMinorUnits(line.adjustment, decimals));
  }
  return new Map([...units].map(([id, u]) => [id, fromMinorUnits(u, decimals)]));
}

/**
 * The adjustment lines for a closed period: per partner, recomputed − paid so far, for every
 * partner where they differ. A partner missing from `recomputed` (removed from the data) is
 * recomputed at 0, one missing from `paid` (added since) was paid 0. Partners come in the order
 * of `paid`, then those only in `recomputed`.
 */
export function periodAdjustments(
  forPeriod: string,
  paid: ReadonlyMap<string, number>,
  recomputed: ReadonlyMap<string, number>,
  decimals: number,
): AdjustmentLine[] {
  const ids = [...paid.keys(), ...[...recomputed.keys()].filter((id) => !paid.has(id))];
  const lines: AdjustmentLine[] = [];
  for (const partnerId of ids) {
    const before = toMinorUnits(paid.get(partnerId) ?? 0, decimals);
    const now = toMinorUnits(recomputed.get(partnerId) ?? 0, decimals);
    if (before === now) continue;
    lines.push({
      partnerId,
      forPeriod,
      paidBefore: fromMinorUnits(before, decimals),
      recomputed: fromMinorUnits(now, decimals),
      adjustment: fromMinorUnits(now - before, decimals),
    });
  }
  return lines;
}

/** One partner's settlement for one period: each step shown, nothing netted out of sight. */
export interface BalanceStep {
  readonly period: string;
  /** The period's own payout. */
  readonly earned: number;
  /** Σ of the partner's adjustment lines in this period. */
  readonly adjustments: number;
  /** The negative balance brought forward from the previous period (0 or less). */
  readonly carriedIn: number;
  /** earned + adjustments + carriedIn. */
  readonly due: number;
  /** What is paid: the amount due when positive, else 0. */
  readonly toPay: number;
  /** The negative balance carried to the next period (0 or less). */
  readonly carriedOut: number;
}

/** Settles one period for one partner (see BalanceStep). `carriedIn` must be 0 or less. */
export function settlePeriod(
  period: string,
  earned: number,
  adjustments: number,
  carriedIn: number,
  decimals: number,
): BalanceStep {
  const inUnits = toMinorUnits(carriedIn, decimals);
  if (inUnits > 0) throw new RangeError("Only a negative balance is carried forward; a positive one is paid.");
  const due = toMinorUnits(earned, decimals) + toMinorUnits(adjustments, decimals) + inUnits;
  const m = (u: number) => fromMinorUnits(u, decimals);
  return {
    period,
    earned: m(toMinorUnits(earned, decimals)),
    adjustments: m(toMinorUnits(adjustments, decimals)),
    carriedIn: m(inUnits),
    due: m(due),
    toPay: m(Math.max(0, due)),
    carriedOut: m(Math.min(0, due)),
  };
}

/** A partner's periods settled in order, each carrying its negative balance into the next. */
export function runBalances(
  periods: readonly { readonly period: string; readonly earned: number; readonly adjustments: number }[],
  decimals: number,
  opening = 0,
): BalanceStep[] {
  const steps: BalanceStep[] = [];
  let carried = opening;
  for (const p of periods) {
    const step = settlePeriod(p.period, p.earned, p.adjustments, carried, decimals);
    steps.push(step);
    carried = step.carriedOut;
  }
  return steps;
}
