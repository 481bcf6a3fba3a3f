import type { TierTable } from "./tierTable";
import { rateAt } from "./payout";

/**
 * BONUS: target incentive × the pay-curve percentage at `attainment`, the curve read `linear`
 * (0 below the first point, the last percentage beyond the last), bounded by `capPercent`.
 */
export function bonus(curve: TierTable, attainment: number, targetIncentive: number, capPercent = Infinity): number {
  const percent = Math.min(rateAt(curve, "linear", attainment), capPercent);
  return targetIncentive * percent;
}
