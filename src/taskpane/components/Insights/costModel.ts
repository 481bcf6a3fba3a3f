/*
 * The Cost section: what the plan pays over the partners' current results, by tier, and who
 * nearly reached the next tier.
 */
import { planCost, type PlanCost } from "../../../engine/analytics";
import { programTierTable } from "../../../engine/program/evaluate";
import type { ProgramDefinition } from "../../../engine/program/types";
import { formatNumber, formatPercent, formatWithUnit } from "../shared/format";
import type { InsightsPartner } from "../../services/InsightsSource";
import { Fx, gapText, money, partnerName, tierTitle, whole } from "./insightsWords";

export interface CostView {
  readonly cost: PlanCost;
  readonly total: string;
  readonly partners: string;
  /** "2.6% of Purchase volume (USD 1,215,000)", or why there is no such share. */
  readonly share: string;
  readonly byTier: readonly { tier: string; partners: string; paid: string }[];
  readonly nearMisses: readonly { tier: string; who: readonly { name: string; gap: string }[] }[];
}

/** The plan's cost over the partners' current results: computed once per program read, worded per language. */
export function programCost(p: ProgramDefinition, partners: readonly InsightsPartner[]): PlanCost {
  return planCost(
    p,
    partners.map((x) => x.input),
  );
}

export function describeCost(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  cost: PlanCost,
  fx: Fx,
): CostView {
  const { t, locale } = fx;
  let share: string;
  if (cost.measured === null) {
    share =
      p.payKind === "bonus"
        ? t.insights.shareBonus
        : p.payKind === "discount"
          ? t.insights.shareDiscount
          : t.insights.shareNoBasis;
  } else if (cost.shareOfMeasured === null) {
    share = t.insights.shareZero;
  } else {
    const basis = p.kpis[p.basisKpi as number];
    share = t.insights.shareOf(
      formatPercent(cost.shareOfMeasured, 2, locale),
      basis.name,
      formatWithUnit(cost.measured, basis.unit, locale),
    );
  }
  const nearMisses = new Map<string, { name: string; gap: string }[]>();
  const table = cost.nearMisses.length > 0 ? programTierTable(p) : null;
  for (const m of cost.nearMisses) {
    const key = tierTitle(m.tier, fx);
    const list = nearMisses.get(key) ?? [];
    list.push({ name: partnerName(partners, m.index, fx), gap: gapText(p, table!, m, fx) });
    nearMisses.set(key, list);
  }
  return {
    cost,
    total: money(p, cost.total, locale),
    partners: whole(partners.length, fx),
    share,
    byTier: cost.byTier.map((x) => ({
      tier: tierTitle(x.tier, fx),
      partners: whole(x.partners, fx),
      paid: money(p, x.paid, locale),
    })),
    nearMisses: [...nearMisses].map(([tier, who]) => ({ tier, who })),
  };
}

/** The attainment histogram's bins as the chart and its table label them. */
export function histogramBars(cost: PlanCost, fx: Fx): { label: string; value: number; text: string }[] {
  const pct = (x: number) => formatNumber(x * 100, 0, fx.locale);
  return cost.histogram.map((b) => ({
    label: Number.isFinite(b.to)
      ? fx.t.insights.histogramBin(pct(b.from), pct(b.to))
      : fx.t.insights.histogramTop(pct(b.from)),
    value: b.partners,
    text: whole(b.partners, fx),
  }));
}
