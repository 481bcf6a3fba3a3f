/*
 * Top performers: the partners with the highest score (or payout) this period. Ties keep the
 * order the partners come in (the data table's), as the dashboard's leaderboard does (SORTBY is
 * stable); partners without the figure are left out.
 */
import type { PartnerStanding } from "./standing";

export type RecognitionMeasure = "score" | "payout";

export interface RankedPartner {
  readonly standing: PartnerStanding;
  readonly value: number;
}

/** The first `n` partners by `measure`, largest first. */
export function topPerformers(
  standings: readonly PartnerStanding[],
  measure: RecognitionMeasure,
  n: number,
): RankedPartner[] {
  const ranked: RankedPartner[] = [];
  for (const standing of standings) {
    const value = standing[measure];
    if (value !== null && Number.isFinite(value)) ranked.push({ standing, value });
  }
  return stableTop(ranked, (r) => r.value, n);
}

/** The first `n` items by `key`, largest first; equal keys keep their order (Array.sort is stable). */
export function stableTop<T>(items: readonly T[], key: (item: T) => number, n: number): T[] {
  return [...items].sort((a, b) => key(b) - key(a)).slice(0, Math.max(0, Math.floor(n)));
}
