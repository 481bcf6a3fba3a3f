import { attainment } from "../attainment";
import { bonus } from "../bonus";
import { explainPayout, Explanation } from "../explain";
import { meetsGate } from "../gate";
import { tierIndex } from "../lookup";
import { payout, rateAt } from "../payout";
import { netPrice } from "../price";
import { parseTierTable, TierLabel, TierTable, tierName } from "../tierTable";
import type { ProgramDefinition } from "./types";
import { tierCells } from "./validate";

/** One partner's results: an actual per KPI, and a target per KPI where targets are per partner. */
export interface PartnerInput {
  readonly actuals: readonly (number | null)[];
  readonly targets?: readonly (number | null)[];
}

/** What the program's sheet formulas compute for one partner, computed by the engine. */
export interface PartnerOutcome {
  readonly attainments: readonly (number | null)[];
  readonly score: number | null;
  readonly gateMet: boolean;
  /** The value the tier table reads: the score (bonus, discount) or the basis KPI's actual. */
  readonly tierInput: number | null;
  readonly tier: TierLabel | null;
  /** Money owed (commission, rebate, bonus) or, for a discount, the discount per unit. */
  readonly payout: number;
  /** Discount programs: the partner's net price. */
  readonly netPrice: number | null;
  readonly explanation: Explanation | null;
}

/** A program's tier table, parsed once (throws the parser's IncentiveError when invalid). */
export function programTierTable(p: ProgramDefinition): TierTable {
  return parseTierTable(tierCells(p.tiers));
}

export function targetOf(p: ProgramDefinition, kpi: number, input: PartnerInput): number | null {
  const k = p.kpis[kpi];
  return k.targetMode === "fixed" ? k.target : (input.targets?.[kpi] ?? null);
}

/**
 * Evaluates one partner exactly as the generated formulas do: attainment per KPI, weighted
 * score, gates, the tier reached and the payout (0 when a gate is missed).
 */
export function evaluatePartner(p: ProgramDefinition, table: TierTable, input: PartnerInput): PartnerOutcome {
  const attainments = p.kpis.map((k, i) => {
    const actual = input.actuals[i];
    const target = targetOf(p, i, input);
    return actual === null || actual === undefined || !(target !== null && target > 0)
      ? null
      : attainment(actual, target, k.direction);
  });
  let score: number | null = 0;
  let weights = 0;
  p.kpis.forEach((k, i) => {
    if (k.weight === 0 || score === null) return;
    const a = attainments[i];
    if (a === null) score = null;
    else {
      score += k.weight * a;
      weights += k.weight;
    }
  });
  if (score !== null) score = weights > 0 ? score / weights : null;
  const gateMet = p.kpis.every((k, i) => meetsGate(input.actuals[i] ?? null, k.gate, k.direction));

  const usesBasis = p.payKind === "commission" || p.payKind === "rebate";
  const basis = usesBasis && p.basisKpi !== null ? p.basisKpi : null;
  const tierInput = basis !== null ? (input.actuals[basis] ?? null) : score;
  const scale = basis !== null && p.boundsRelativeToTarget ? (targetOf(p, basis, input) ?? NaN) : 1;
  const reached = tierInput === null || Number.isNaN(scale) ? -1 : tierIndex(table, tierInput, scale);
  const tier = reached < 0 ? null : tierName(table, reached);
  const cap = p.cap ?? Infinity;

  let money = 0;
  let price: number | null = null;
  let explanation: Explanation | null = null;
  if (tierInput !== null && !Number.isNaN(scale) && gateMet) {
    switch (p.payKind) {
      case "commission":
      case "rebate":
        money = payout(table, p.method, tierInput, 0, cap, scale);
        explanation = explainPayout(table, p.method, tierInput, 0, scale);
        break;
      case "bonus":
        money = bonus(table, tierInput, p.targetIncentive ?? 0, cap);
        break;
      case "discount":
        price = netPrice(p.listPrice ?? 0, table, tierInput);
        money = (p.listPrice ?? 0) * rateAt(table, "retro", tierInput);
        break;
    }
  } else if (p.payKind === "discount") {
    price = p.listPrice;
  }
  return { attainments, score, gateMet, tierInput, tier, payout: money, netPrice: price, explanation };
}

/** Points of the payout curve over the value the tiers read, for the wizard's live chart. */
export function payoutCurve(
  p: ProgramDefinition,
  table: TierTable,
  from: number,
  to: number,
  steps = 60,
): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  const basis = (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.basisKpi : null;
  const basisKpi = basis === null ? null : p.kpis[basis];
  const scale = basisKpi && p.boundsRelativeToTarget && basisKpi.targetMode === "fixed" ? (basisKpi.target ?? 1) : 1;
  const cap = p.cap ?? Infinity;
  for (let i = 0; i <= steps; i++) {
    const x = from + ((to - from) * i) / steps;
    let y: number;
    switch (p.payKind) {
      case "bonus":
        y = bonus(table, x, p.targetIncentive ?? 0, cap);
        break;
      case "discount":
        y = rateAt(table, "retro", x);
        break;
      default:
        y = payout(table, p.method, x, 0, cap, scale);
    }
    points.push({ x, y });
  }
  return points;
}
