import type { Direction } from "./methods";

/**
 * Actual against target. `higher`: actual ÷ target. `lower` (lower is better):
 * max(0, 2 − actual ÷ target), so target is 100%, zero is 200% and twice the target is 0%.
 * The caller has checked that the target is positive.
 */
export function attainment(actual: number, target: number, direction: Direction = "higher"): number {
  const ratio = actual / target;
  return direction === "higher" ? ratio : Math.max(0, 2 - ratio);
}
