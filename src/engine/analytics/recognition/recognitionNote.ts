/*
 * What a recognition note says, as data: top performers, most improved since the last closed
 * period, and partners who reached a new tier. Each floor words it in its own language.
 */
import type { ProgramDefinition } from "../../program/types";
import { ImprovedPartner, mostImproved } from "./mostImproved";
import { TierStep, newTiers } from "./newTiers";
import type { PartnerStanding } from "./standing";
import { RankedPartner, topPerformers } from "./topPerformers";

/** Partners named in each list of a note. */
export const RECOGNITION_SIZE = 5;

export interface RecognitionNote {
  readonly top: readonly RankedPartner[];
  /** null when no period is closed yet (nothing to compare with). */
  readonly improved: readonly ImprovedPartner[] | null;
  readonly promoted: readonly TierStep[] | null;
  /** The closed period compared with ("2026-Q1"), or null. */
  readonly since: string | null;
}

export function recognitionNote(
  program: ProgramDefinition,
  now: readonly PartnerStanding[],
  last: { readonly period: string; readonly standings: readonly PartnerStanding[] } | null,
  n = RECOGNITION_SIZE,
): RecognitionNote {
  return {
    top: topPerformers(now, "score", n),
    improved: last ? mostImproved(now, last.standings, "score", n, program.decimals) : null,
    promoted: last ? newTiers(program, now, last.standings) : null,
    since: last?.period ?? null,
  };
}
