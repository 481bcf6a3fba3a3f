/*
 * The plan health check's findings as data (issue 17 item 3): each one an id, the numbers behind
 * it and a fix the what-if can try. The floors that show a finding word it; the engine holds no words.
 */
import type { TierLabel } from "../../tierTable";

/** One change a suggested fix makes to the plan: only what the what-if can edit. */
export type HealthEdit =
  | { readonly kind: "tier"; readonly tier: number; readonly field: "bound" | "rate"; readonly value: number }
  | {
      readonly kind: "kpi";
      readonly kpi: number;
      readonly field: "target" | "weight" | "gate";
      readonly value: number | null;
    }
  | { readonly kind: "cap"; readonly value: number | null };

/** A suggested fix: the edits to try together, or null where the what-if cannot make it. */
export type HealthFix = readonly HealthEdit[] | null;

/** A partner by its position in the inputs, with the value the check looked at. */
export interface HealthPartner {
  readonly index: number;
  /** In the tier table's units (the score, the basis KPI's actual, or its share of the target). */
  readonly value: number;
  /** How much more of that value reaches the tier (0 where it does not apply). */
  readonly gap: number;
}

/**
 * Tier values (bounds, partners' values) are in the tier table's own units: a score, the basis
 * KPI's amount, or a share of the target where bounds are relative to it. Money is at `scale`
 * (see `TierAxis`).
 */
export type HealthFinding =
  | {
      /** Retro: reaching the tier's bound pays `jump` at once, more than the whole tier below pays. */
      readonly check: "cliff";
      readonly severity: HealthSeverity;
      readonly tier: number;
      readonly label: TierLabel;
      readonly bound: number;
      readonly rateBelow: number;
      readonly rate: number;
      readonly jump: number;
      /** What the whole tier below pays, from its bound up to this one. */
      readonly tierBelowPays: number;
      /** Partners below the bound by at most `reach` of it, closest first. */
      readonly withinReach: readonly HealthPartner[];
      readonly reach: number;
      /** The tier's rate that brings the jump down to what the tier below pays (null: the tier below pays nothing). */
      readonly suggestedRate: number | null;
      readonly fix: HealthFix;
    }
  | {
      /** No partner's value reaches these tiers (the highest ones). */
      readonly check: "tierNeverReached";
      readonly severity: HealthSeverity;
      readonly tiers: readonly number[];
      readonly labels: readonly TierLabel[];
      readonly bound: number;
      readonly best: HealthPartner;
      readonly partners: number;
      /** The value the top `share` of partners reached, suggested as the lowest unreached tier's bound. */
      readonly suggestedBound: number | null;
      readonly share: number;
      readonly fix: HealthFix;
    }
  | {
      /** Every partner's value reaches this tier (the highest such tier above a bound of 0). */
      readonly check: "tierAlwaysReached";
      readonly severity: HealthSeverity;
      readonly tier: number;
      readonly label: TierLabel;
      readonly bound: number;
      readonly lowest: HealthPartner;
      readonly partners: number;
      /** The median value, suggested as its bound (half the partners reach it). */
      readonly suggestedBound: number | null;
      readonly fix: HealthFix;
    }
  | {
      /** The cap is reached below `tier`'s bound: from that tier up, reaching a tier pays nothing more. */
      readonly check: "capBlocksTiers";
      readonly severity: HealthSeverity;
      /** Money for commission and rebate; the curve's percentage for a bonus. */
      readonly cap: number;
      readonly tier: number;
      readonly label: TierLabel;
      readonly tiersBlocked: number;
      /** What the plan pays before the tier, without the cap (retro: just below its bound; marginal: at it; a curve: at the point below). */
      readonly paysBelow: number;
      /** True when the cap is below what the first tier pays at its own bound. */
      readonly belowFirstTier: boolean;
      readonly firstTierPays: number;
      /** What the top tier pays at its bound, suggested as the cap. */
      readonly suggestedCap: number;
      readonly fix: HealthFix;
    }
  | {
      /** A gate on the basis KPI above whole tiers: partners in them never qualify, so they never pay. */
      readonly check: "gateBlocksTiers";
      readonly severity: HealthSeverity;
      readonly kpi: number;
      readonly gate: number;
      /** The tiers wholly below the gate (indices). */
      readonly tiers: readonly number[];
      readonly labels: readonly TierLabel[];
      /** The first tier's bound in the KPI's units, suggested as the gate (null: no gate). */
      readonly suggestedGate: number | null;
      readonly fix: HealthFix;
    }
  | {
      /** No partner meets this gate, so nobody is paid. */
      readonly check: "gateNeverMet";
      readonly severity: HealthSeverity;
      readonly kpi: number;
      readonly gate: number;
      readonly best: HealthPartner;
      readonly partners: number;
      /** The median actual, suggested as the gate (half the partners meet it). */
      readonly suggestedGate: number;
      readonly fix: HealthFix;
    }
  | {
      readonly check: "weightsNotWhole";
      readonly severity: HealthSeverity;
      readonly total: number;
      readonly weights: readonly number[];
      /** The weights scaled to add up to 100% (the score already divides by their sum). */
      readonly suggested: readonly number[];
      readonly fix: HealthFix;
    }
  | {
      /** A fixed target outside the range of the partners' actuals: nobody reaches it, or everybody does. */
      readonly check: "targetOutOfRange";
      readonly severity: HealthSeverity;
      readonly kpi: number;
      readonly side: "nobodyReaches" | "everybodyReaches";
      readonly target: number;
      readonly min: number;
      readonly median: number;
      readonly max: number;
      readonly partners: number;
      readonly suggestedTarget: number;
      readonly fix: HealthFix;
    }
  | {
      /** The share of the total payout the best-paid tenth of partners receives. */
      readonly check: "costConcentration";
      readonly severity: HealthSeverity;
      readonly top: number;
      readonly partners: number;
      readonly topPaid: number;
      readonly total: number;
      readonly share: number;
      /** The pay of the last partner in the top tenth, suggested as a cap (money, or the curve's percentage). */
      readonly suggestedCap: number | null;
      readonly fix: HealthFix;
    };

export type HealthSeverity = "warning" | "info";

export type HealthCheck = HealthFinding["check"];

export interface PlanHealth {
  readonly findings: readonly HealthFinding[];
  /** Partners with a value the tier table reads. */
  readonly partners: number;
}
