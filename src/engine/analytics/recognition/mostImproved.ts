/*
 * Most improved: the partners whose score (or payout) rose most against the last closed period's
 * snapshot. Only partners in both periods with the figure in both, and only a rise (> 0), are
 * listed; largest rise first, ties in the order the partners come in (the data table's), as the
 * dashboard's "Most improved" block sorts them. Payout changes are taken in minor units (cents),
 * so they are exact; score changes are plain differences, as the sheet computes them.
 */
import { fromMinorUnits, toMinorUnits } from "../../cycle/adjustments";
import { PartnerStanding, byPartner, partnerKey } from "./standing";
import { RecognitionMeasure, stableTop } from "./topPerformers";

export interface ImprovedPartner {
  readonly standing: PartnerStanding;
  readonly before: number;
  readonly now: number;
  readonly change: number;
}

export function mostImproved(
  now: readonly PartnerStanding[],
  before: readonly PartnerStanding[],
  measure: RecognitionMeasure,
  n: number,
  decimals = 2,
): ImprovedPartner[] {
  const last = byPartner(before);
  const rises: ImprovedPartner[] = [];
  for (const standing of now) {
    const was = last.get(partnerKey(standing.id))?.[measure] ?? null;
    const is = standing[measure];
    if (was === null || is === null || !Number.isFinite(was) || !Number.isFinite(is)) continue;
    const change =
      measure === "payout"
        ? fromMinorUnits(toMinorUnits(is, decimals) - toMinorUnits(was, decimals), decimals)
        : is - was;
    if (change > 0) rises.push({ standing, before: was, now: is, change });
  }
  return stableTop(rises, (r) => r.change, n);
}
