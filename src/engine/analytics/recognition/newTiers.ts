/*
 * Partners who reached a new tier this period: a tier higher, in the program's tier table as it
 * is now, than the one they were in at the last closed period. Partners not in that period's
 * snapshot are not listed (there is nothing to compare with). In the order the partners come in.
 */
import type { ProgramDefinition } from "../../program/types";
import type { TierLabel } from "../../tierTable";
import { PartnerStanding, byPartner, partnerKey, tierPosition } from "./standing";

export interface TierStep {
  readonly standing: PartnerStanding;
  /** The tier at the last closed period (null: below the first tier). */
  readonly from: TierLabel | null;
  readonly to: TierLabel;
}

export function newTiers(
  program: ProgramDefinition,
  now: readonly PartnerStanding[],
  before: readonly PartnerStanding[],
): TierStep[] {
  const last = byPartner(before);
  const steps: TierStep[] = [];
  for (const standing of now) {
    const was = last.get(partnerKey(standing.id));
    if (!was || standing.tier === null) continue;
    if (tierPosition(program, standing.tier) > tierPosition(program, was.tier))
      steps.push({ standing, from: was.tier, to: standing.tier });
  }
  return steps;
}
