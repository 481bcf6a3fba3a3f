import { tierIndex } from "../lookup";
import { TierLabel, tierName } from "../tierTable";
import { PartnerInput, PartnerOutcome, evaluatePartner, programTierTable } from "../program/evaluate";
import type { ProgramDefinition } from "../program/types";

/** Money as a partner is told it: rounded to the currency's decimals, half away from zero like Excel's ROUND. */
export function roundMoney(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // Nudge by the value's own rounding error so 1.005 (really 1.00499…) rounds like Excel's ROUND.
  const scaled = Math.abs(x) * f;
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / f;
  return x < 0 ? -rounded : rounded;
}

export interface PartnerCost {
  readonly index: number;
  readonly outcome: PartnerOutcome;
  /** Payout rounded to the program's decimals: what the partner is paid. */
  readonly paid: number;
}

export interface TierCost {
  /** null: below the first tier (or no tier input). */
  readonly tier: TierLabel | null;
  readonly partners: number;
  readonly paid: number;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly partners: number;
}

export interface NearMiss {
  readonly index: number;
  readonly tier: TierLabel;
  /** How much more of the tier input reaches that tier. */
  readonly gap: number;
  /** What the tier table reads for this partner now (score, or the basis KPI's actual). */
  readonly value: number;
  /** The scale its bounds are read at (the basis target where bounds are relative; else 1). */
  readonly scale: number;
}

export interface PlanCost {
  readonly partners: readonly PartnerCost[];
  /** Σ of the rounded payouts, so the total reconciles to the cent with each partner's statement. */
  readonly total: number;
  /** Σ of the basis KPI's actuals (commission, rebate), when the program has one. */
  readonly measured: number | null;
  /** total ÷ measured. */
  readonly shareOfMeasured: number | null;
  readonly byTier: readonly TierCost[];
  readonly histogram: readonly HistogramBin[];
  /** For each tier, the partners closest below its bound (those not yet in it). */
  readonly nearMisses: readonly NearMiss[];
}

/** Cost and distribution of a program over its partners' current results. */
export function planCost(p: ProgramDefinition, inputs: readonly PartnerInput[], nearMissesPerTier = 3): PlanCost {
  const table = programTierTable(p);
  const partners = inputs.map((input, index) => {
    const outcome = evaluatePartner(p, table, input);
    return { index, outcome, paid: roundMoney(outcome.payout, p.decimals) };
  });
  const total = roundMoney(
    partners.reduce((sum, c) => sum + c.paid, 0),
    p.decimals,
  );
  // A bonus or a discount pays on the score or a price: no amount is measured.
  const basis = p.payKind === "commission" || p.payKind === "rebate" ? p.basisKpi : null;
  const measured = basis === null ? null : inputs.reduce((sum, input) => sum + (input.actuals[basis] ?? 0), 0);

  const byTier = new Map<TierLabel | null, { partners: number; paid: number }>();
  byTier.set(null, { partners: 0, paid: 0 });
  for (let t = 0; t < table.size; t++) byTier.set(tierName(table, t), { partners: 0, paid: 0 });
  for (const c of partners) {
    const entry = byTier.get(c.outcome.tier) ?? { partners: 0, paid: 0 };
    entry.partners++;
    entry.paid += c.paid;
    byTier.set(c.outcome.tier, entry);
  }

  // Each partner not at the top tier is some distance below the next one; keep the closest per tier.
  const candidates: NearMiss[][] = Array.from({ length: table.size }, () => []);
  for (const c of partners) {
    const x = c.outcome.tierInput;
    if (x === null) continue;
    const scale = scaleFor(p, inputs[c.index]);
    const next = tierIndex(table, x, scale) + 1;
    if (next >= table.size) continue;
    candidates[next].push({
      index: c.index,
      tier: tierName(table, next),
      gap: table.bounds[next] * scale - x,
      value: x,
      scale,
    });
  }
  // Nearest first; a tie stays in the order of the rows (each list was filled in that order, and
  // Array.prototype.sort is stable).
  const nearMisses = candidates.flatMap((list) => list.sort((a, b) => a.gap - b.gap).slice(0, nearMissesPerTier));

  return {
    partners,
    total,
    measured,
    shareOfMeasured: measured !== null && measured !== 0 ? total / measured : null,
    byTier: [...byTier].map(([tier, v]) => ({ tier, partners: v.partners, paid: roundMoney(v.paid, p.decimals) })),
    histogram: histogram(partners.map((c) => c.outcome.score)),
    nearMisses,
  };
}

/** The scale tier bounds are read at for this partner (its basis target when bounds are relative). */
function scaleFor(p: ProgramDefinition, input: PartnerInput): number {
  if (!p.boundsRelativeToTarget || p.basisKpi === null || (p.payKind !== "commission" && p.payKind !== "rebate"))
    return 1;
  const k = p.kpis[p.basisKpi];
  return (k.targetMode === "fixed" ? k.target : input.targets?.[p.basisKpi]) ?? 1;
}

/** Scores in bins of 10 percentage points from 0% to 150%, plus one bin for everything above. */
export function histogram(scores: readonly (number | null)[], width = 0.1, top = 1.5): HistogramBin[] {
  const bins: HistogramBin[] = [];
  const count = Math.round(top / width);
  const counts = new Array(count + 1).fill(0);
  for (const s of scores) {
    if (s === null || !Number.isFinite(s)) continue;
    // A score at or above `top` is past the last band: Math.min puts it in the bin above them.
    counts[Math.min(Math.max(0, Math.floor(s / width + 1e-9)), count)]++;
  }
  for (let i = 0; i < count; i++) bins.push({ from: i * width, to: (i + 1) * width, partners: counts[i] });
  bins.push({ from: top, to: Infinity, partners: counts[count] });
  return bins;
}
