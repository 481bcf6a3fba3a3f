/*
 * A partner's standing in one period, as recognition compares them: score, payout and tier, from
 * the engine's evaluation now or from a closed period's snapshot. Partners are matched across
 * periods by ID as Excel's lookups match text: ignoring letter case (the dashboard's XLOOKUP does
 * the same, so the pane and the sheet name the same partners).
 */
import type { TierLabel } from "../../tierTable";
import type { ProgramDefinition } from "../../program/types";

export interface PartnerStanding {
  readonly id: string;
  readonly name: string;
  /** null: no score (missing results). */
  readonly score: number | null;
  /** The period's payout, rounded to the currency's decimals; null when unknown. */
  readonly payout: number | null;
  /** The tier reached (its label, or its number when the tier has none); null below the first tier. */
  readonly tier: TierLabel | null;
}

/** The key partners are matched by across periods. */
export const partnerKey = (id: string): string => id.trim().toLowerCase();

/**
 * A tier's position in the program's tier table, from 0; -1 below the first tier or for a tier
 * the table no longer has. A label is found among the tiers' labels (ignoring case and spaces at
 * the ends), a number is the tier's number from 1 (how a tier without a label is named).
 */
export function tierPosition(program: ProgramDefinition, tier: TierLabel | null): number {
  if (tier === null) return -1;
  if (typeof tier === "number")
    return Number.isInteger(tier) && tier >= 1 && tier <= program.tiers.length ? tier - 1 : -1;
  const wanted = tier.trim().toLowerCase();
  if (wanted === "") return -1;
  return program.tiers.findIndex((t) => t.label.trim().toLowerCase() === wanted);
}

/** The standings by partner key; the first of two partners with the same key wins. */
export function byPartner(standings: readonly PartnerStanding[]): Map<string, PartnerStanding> {
  const out = new Map<string, PartnerStanding>();
  for (const s of standings) if (!out.has(partnerKey(s.id))) out.set(partnerKey(s.id), s);
  return out;
}
