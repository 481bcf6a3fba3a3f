/*
 * The Rewards step's live preview: a worked example for one partner and the payout curve, both
 * computed by the engine (evaluatePartner, payoutCurve). This file only picks an example input,
 * words the result and scales the chart.
 */
import {
  evaluatePartner,
  payoutCurve,
  programTierTable,
  type PartnerInput,
  type PartnerOutcome,
} from "../../../engine/program/evaluate";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { TierTable } from "../../../engine/tierTable";
import type { Catalog } from "../../i18n/catalog";
import { formatMoney, formatPercent, formatWithUnit, isPercentUnit } from "../shared/format";

/** What the user changed in the example: an actual and (per-partner targets) a target per KPI position. */
export interface ExampleOverrides {
  actuals: Record<number, number | null>;
  targets: Record<number, number | null>;
}

export const NO_OVERRIDES: ExampleOverrides = { actuals: {}, targets: {} };

/** The example partner is 12% better than target on every KPI unless the user says otherwise. */
export const EXAMPLE_ATTAINMENT = 1.12;

/** A per-partner target to show the example with: 100% for a % KPI, 100,000 otherwise. */
export function defaultExampleTarget(unit: string): number {
  return isPercentUnit(unit) ? 1 : 100000;
}

export function exampleInput(p: ProgramDefinition, o: ExampleOverrides): PartnerInput {
  const targets = p.kpis.map((k, i) =>
    k.targetMode === "fixed" ? k.target : i in o.targets ? o.targets[i] : defaultExampleTarget(k.unit),
  );
  const actuals = p.kpis.map((k, i) => {
    if (i in o.actuals) return o.actuals[i];
    const t = targets[i];
    if (t === null || !Number.isFinite(t)) return null;
    // 12% better: above the target when higher is better, below it when lower is better.
    return Number((k.direction === "higher" ? t * EXAMPLE_ATTAINMENT : t * (2 - EXAMPLE_ATTAINMENT)).toPrecision(12));
  });
  return { actuals, targets };
}

export interface CurveData {
  points: { x: number; y: number }[];
  /** Tier bounds on the horizontal axis. */
  bounds: number[];
  example: { x: number; y: number } | null;
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
}

export type RewardsPreview =
  | { ok: false; reason: string }
  | { ok: true; table: TierTable; outcome: PartnerOutcome; sentence: string; curve: CurveData };

const paysOnKpi = (p: ProgramDefinition) => p.payKind === "commission" || p.payKind === "rebate";

/** Evaluates the example partner and the curve, or says (in the pane's language) what is missing for them. */
export function rewardsPreview(p: ProgramDefinition, o: ExampleOverrides, t: Catalog, locale: string): RewardsPreview {
  let table: TierTable;
  try {
    table = programTierTable(p);
  } catch {
    return { ok: false, reason: t.wizard.example.fixTiers };
  }
  const basis = paysOnKpi(p) ? p.basisKpi : null;
  if (paysOnKpi(p) && (basis === null || !p.kpis[basis])) {
    return { ok: false, reason: t.wizard.example.choosePaidKpi };
  }
  const input = exampleInput(p, o);
  const outcome = evaluatePartner(p, table, input);
  if (outcome.tierInput === null || !Number.isFinite(outcome.tierInput)) {
    return { ok: false, reason: t.wizard.example.enterResults };
  }
  return {
    ok: true,
    table,
    outcome,
    sentence: exampleSentence(p, outcome, input, t, locale),
    curve: curveData(p, table, input, outcome, t, locale),
  };
}

function tierPhrase(tier: PartnerOutcome["tier"], t: Catalog): string {
  if (tier === null) return "";
  return typeof tier === "number" ? t.wizard.example.tierNumber(String(tier)) : t.wizard.example.tierNamed(tier);
}

/** "A partner at 112% of target earns CNY 26,000.00 (Silver tier)." */
export function exampleSentence(
  p: ProgramDefinition,
  outcome: PartnerOutcome,
  input: PartnerInput,
  t: Catalog,
  locale: string,
): string {
  const money = (n: number) => formatMoney(n, p.currency, p.decimals, locale);
  let lead: string;
  if (paysOnKpi(p) && p.basisKpi !== null) {
    const k = p.kpis[p.basisKpi];
    const actual = input.actuals[p.basisKpi];
    const att = outcome.attainments[p.basisKpi];
    const shown = actual === null || actual === undefined ? "–" : formatWithUnit(actual, k.unit, locale);
    lead = t.wizard.example.leadKpi(k.name.trim() || t.wizard.example.paidKpi, shown);
    if (att !== null && att !== undefined) lead += t.wizard.example.leadAttainment(formatPercent(att, 1, locale));
  } else {
    const weighted = p.kpis.filter((k) => k.weight > 0).length;
    const score = formatPercent(outcome.score ?? 0, 1, locale);
    lead = weighted > 1 ? t.wizard.example.leadScoreOverall(score) : t.wizard.example.leadScore(score);
  }
  if (!outcome.gateMet) {
    return p.payKind === "discount"
      ? t.wizard.example.missesListPrice(lead, money(p.listPrice ?? 0))
      : t.wizard.example.missesEarns(lead, money(0));
  }
  const tier = tierPhrase(outcome.tier, t);
  if (p.payKind === "discount") {
    return t.wizard.example.pays(lead, money(outcome.netPrice ?? 0), money(p.listPrice ?? 0), tier);
  }
  return t.wizard.example.earns(lead, money(outcome.payout), tier);
}

/**
 * The curve over a range that shows every tier and the example. Target-relative tiers with
 * per-partner targets are drawn for the example partner's target.
 */
function curveData(
  p: ProgramDefinition,
  table: TierTable,
  input: PartnerInput,
  outcome: PartnerOutcome,
  t: Catalog,
  locale: string,
): CurveData {
  const basis = paysOnKpi(p) ? p.basisKpi : null;
  let drawn = p;
  let scale = 1;
  if (basis !== null && p.boundsRelativeToTarget) {
    const target = input.targets?.[basis] ?? null;
    scale = target !== null && target > 0 ? target : 1;
    if (p.kpis[basis].targetMode === "perPartner") {
      drawn = { ...p, kpis: p.kpis.map((k, i) => (i === basis ? { ...k, targetMode: "fixed", target: scale } : k)) };
    }
  }
  const bounds = Array.from(table.bounds, (b) => b * scale);
  const x = outcome.tierInput ?? 0;
  const last = bounds[bounds.length - 1];
  let hi = Math.max(last * 1.25, x * 1.15, bounds[0] + Math.abs(last - bounds[0]) * 1.25);
  if (basis === null) hi = Math.max(hi, 1.5);
  if (!(hi > 0)) hi = 1;
  const lo = Math.min(0, bounds[0]);
  const points = payoutCurve(drawn, table, lo, hi, 60);
  const [at] = payoutCurve(drawn, table, x, x, 1);

  const kpi = basis !== null ? p.kpis[basis] : null;
  const kpiName = kpi ? kpi.name.trim() || t.wizard.example.axisPaidKpi : "";
  const xLabel = kpi
    ? kpi.unit.trim()
      ? t.wizard.example.axisWithUnit(kpiName, kpi.unit.trim())
      : kpiName
    : t.wizard.example.axisScore;
  const formatX = kpi ? (v: number) => formatWithUnit(v, kpi.unit, locale) : (v: number) => formatPercent(v, 0, locale);
  const discount = p.payKind === "discount";
  return {
    points,
    bounds,
    example: outcome.gateMet ? { x, y: at.y } : null,
    xLabel,
    yLabel: discount ? t.wizard.example.axisDiscount : t.wizard.example.axisPayout(p.currency),
    formatX,
    formatY: discount
      ? (v: number) => formatPercent(v, 1, locale)
      : (v: number) => formatMoney(v, p.currency, p.decimals, locale),
  };
}
