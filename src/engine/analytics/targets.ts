/**
 * Suggested targets for the next period, with the method stated next to the numbers.
 * - history: a partner's own trend (least-squares line through its past periods, projected one
 *   period ahead), its change from the current target bounded by a floor and a cap;
 * - population: the value that a chosen share of partners reached this period.
 */

export interface TrendSuggestion {
  readonly method: "trend" | "no history";
  /** The projected value before bounding (null without enough history). */
  readonly projected: number | null;
  /** The suggested target after the floor and cap on the change. */
  readonly suggested: number;
  /** True when the floor or the cap changed the projection. */
  readonly bounded: boolean;
}

/**
 * From a partner's history (oldest first; blanks skipped), project the next period with a
 * least-squares line; bound the change against the current target to [−maxDecrease, +maxIncrease]
 * (fractions, e.g. 0.05 and 0.2). With fewer than two periods the current target stays.
 */
export function suggestFromHistory(
  history: readonly (number | null)[],
  currentTarget: number,
  maxIncrease = 0.2,
  maxDecrease = 0.05,
): TrendSuggestion {
  const points: [number, number][] = [];
  history.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) points.push([i, v]);
  });
  if (points.length < 2) return { method: "no history", projected: null, suggested: currentTarget, bounded: false };
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const projected = meanY + slope * (history.length - meanX);
  const low = currentTarget * (1 - maxDecrease);
  const high = currentTarget * (1 + maxIncrease);
  const suggested = Math.min(high, Math.max(low, projected));
  return { method: "trend", projected, suggested, bounded: suggested !== projected };
}

/**
 * The value that `share` of partners reached (e.g. 0.6: 60% of partners are at or above it), by
 * the nearest-rank percentile of the values (blanks skipped); null without values.
 * For lower-is-better KPIs pass `higherIsBetter = false`: 60% are at or below it.
 */
export function populationTarget(
  values: readonly (number | null)[],
  share: number,
  higherIsBetter = true,
): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const s = Math.min(1, Math.max(0, share));
  // Higher is better: the value with ceil(share × n) partners at or above it.
  const atOrBeyond = Math.max(1, Math.ceil(s * sorted.length));
  return higherIsBetter ? sorted[sorted.length - atOrBeyond] : sorted[atOrBeyond - 1];
}
