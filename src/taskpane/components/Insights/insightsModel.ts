/*
 * What the Insights screen shows, worked out from the engine's analytics: pure functions, no
 * React, no Excel. Words and numbers only; the components lay them out.
 */
import {
  describeChange,
  planCost,
  populationTarget,
  programImpact,
  suggestFromHistory,
  whatIf,
  type Impact,
  type ImpactEvent,
  type PlanCost,
  type TrendSuggestion,
  type WhatIf,
} from "../../../engine/analytics";
import { IncentiveError } from "../../../engine/errors";
import type { TierLabel } from "../../../engine/tierTable";
import type { Frequency, ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import { validateProgram, type ProgramIssue } from "../../../engine/program/validate";
import { isoToSerial, serialToIso } from "../../../workbook/excelDates";
import { formatMoney, formatNumber, formatPercent, formatWithUnit, isPercentUnit } from "../Wizard/format";
import type { InsightsPartner, ProgramActivity } from "./InsightsSource";

export const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function money(p: ProgramDefinition, n: number): string {
  return formatMoney(n, p.currency, p.decimals);
}

/** "+CNY 1,200.00", "−CNY 50.00", "CNY 0.00": the sign is written, never only coloured. */
export function signedMoney(p: ProgramDefinition, n: number): string {
  const text = money(p, Math.abs(n));
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

export function tierTitle(tier: TierLabel | null): string {
  if (tier === null) return "Below the first tier";
  return typeof tier === "number" ? `Tier ${tier}` : tier;
}

/** What the tier table reads for this program: the score, or the basis KPI's actual. */
export function tierInputIsScore(p: ProgramDefinition): boolean {
  return !((p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null);
}

/** A near miss's gap in the units the tier input is in: "4.5 points of score", "USD 2,000". */
export function gapText(p: ProgramDefinition, gap: number): string {
  if (tierInputIsScore(p)) return `${formatNumber(gap * 100, 1)} points of score`;
  const basis = p.kpis[p.basisKpi as number];
  return isPercentUnit(basis.unit) ? `${formatNumber(gap * 100, 1)} points` : formatWithUnit(gap, basis.unit);
}

export interface CostView {
  readonly cost: PlanCost;
  readonly total: string;
  readonly partners: string;
  /** "2.6% of Purchase volume (USD 1,215,000)", or why there is no such share. */
  readonly share: string;
  readonly byTier: readonly { tier: string; partners: number; paid: string }[];
  readonly nearMisses: readonly { tier: string; who: readonly { name: string; gap: string }[] }[];
}

export function partnerName(partners: readonly InsightsPartner[], index: number): string {
  const p = partners[index];
  if (!p) return `Partner ${index + 1}`;
  return p.name.trim() || p.id.trim() || `Row ${index + 1}`;
}

export function costView(p: ProgramDefinition, partners: readonly InsightsPartner[]): CostView {
  const cost = planCost(
    p,
    partners.map((x) => x.input),
  );
  return describeCost(p, partners, cost);
}

export function describeCost(p: ProgramDefinition, partners: readonly InsightsPartner[], cost: PlanCost): CostView {
  let share: string;
  if (cost.measured === null) {
    share =
      p.payKind === "bonus"
        ? "A bonus is not paid on a measured amount, so there is no payout share of revenue or volume."
        : p.payKind === "discount"
          ? "A discount is not paid on a measured amount, so there is no payout share of revenue or volume."
          : "The program names no KPI it pays on, so there is no payout share.";
  } else if (cost.shareOfMeasured === null) {
    share = "The measured amount is zero, so the payout has no share of it yet.";
  } else {
    const basis = p.kpis[p.basisKpi as number];
    share = `${formatPercent(cost.shareOfMeasured, 2)} of ${basis.name} (${formatWithUnit(cost.measured, basis.unit)} in total)`;
  }
  const nearMisses = new Map<string, { name: string; gap: string }[]>();
  for (const m of cost.nearMisses) {
    const key = tierTitle(m.tier);
    const list = nearMisses.get(key) ?? [];
    list.push({ name: partnerName(partners, m.index), gap: gapText(p, m.gap) });
    nearMisses.set(key, list);
  }
  return {
    cost,
    total: money(p, cost.total),
    partners: count(partners.length, "partner"),
    share,
    byTier: cost.byTier.map((t) => ({ tier: tierTitle(t.tier), partners: t.partners, paid: money(p, t.paid) })),
    nearMisses: [...nearMisses].map(([tier, who]) => ({ tier, who })),
  };
}

/** The attainment histogram's bins as the chart and its table label them. */
export function histogramBars(cost: PlanCost): { label: string; value: number }[] {
  return cost.histogram.map((b) => ({
    label: Number.isFinite(b.to)
      ? `${formatNumber(b.from * 100, 0)}–${formatNumber(b.to * 100, 0)}%`
      : `${formatNumber(b.from * 100, 0)}% or more`,
    value: b.partners,
  }));
}

// ---------------------------------------------------------------- what-if

/** The fields of a scenario the pane lets the user change, with the engine's messages for them. */
const SCENARIO_PATHS = /^(tiers|kpis|weights|cap|targetIncentive|listPrice|basisKpi)/;

export function scenarioIssues(p: ProgramDefinition): ProgramIssue[] {
  return validateProgram(p).filter((i) => SCENARIO_PATHS.test(i.path));
}

export type WhatIfOutcome = { ok: true; result: WhatIf } | { ok: false; issues: readonly string[] };

export function runWhatIf(
  current: ProgramDefinition,
  scenario: ProgramDefinition,
  partners: readonly InsightsPartner[],
): WhatIfOutcome {
  const issues = scenarioIssues(scenario);
  if (issues.length > 0) return { ok: false, issues: issues.map((i) => i.message) };
  try {
    return {
      ok: true,
      result: whatIf(
        current,
        scenario,
        partners.map((x) => x.input),
      ),
    };
  } catch (e) {
    if (e instanceof IncentiveError || e instanceof Error) return { ok: false, issues: [e.message] };
    throw e;
  }
}

/** "CNY 1,200.00 more than now (+4.1%)": the delta in words, with its sign. */
export function deltaWords(p: ProgramDefinition, r: WhatIf): string {
  const d = r.totalDelta;
  if (d === 0) return "No change: the scenario costs the same as now.";
  const relative = r.current.total !== 0 ? ` (${describeChange(d / r.current.total)})` : "";
  return d > 0 ? `Costs ${money(p, d)} more than now${relative}.` : `Costs ${money(p, -d)} less than now${relative}.`;
}

export function moversWords(r: WhatIf): string {
  if (r.movedUp === 0 && r.movedDown === 0) return "No partner changes tier.";
  const parts: string[] = [];
  if (r.movedUp) parts.push(`${count(r.movedUp, "partner")} ${r.movedUp === 1 ? "moves" : "move"} up a tier`);
  if (r.movedDown) parts.push(`${count(r.movedDown, "partner")} ${r.movedDown === 1 ? "moves" : "move"} down a tier`);
  return `${parts.join(", ")}.`;
}

export interface Mover {
  readonly name: string;
  readonly move: "up" | "down";
  readonly from: string;
  readonly to: string;
}

export function movers(r: WhatIf, partners: readonly InsightsPartner[]): Mover[] {
  return r.changes
    .filter((c) => c.move !== "same")
    .map((c) => ({
      name: partnerName(partners, c.index),
      move: c.move as "up" | "down",
      from: tierTitle(c.tierBefore),
      to: tierTitle(c.tierAfter),
    }));
}

export interface PartnerDelta {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  readonly delta: string;
  readonly raw: number;
}

/** Partners whose pay changes, largest change first (then in data order). */
export function partnerDeltas(p: ProgramDefinition, r: WhatIf, partners: readonly InsightsPartner[]): PartnerDelta[] {
  return r.changes
    .filter((c) => c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.index - b.index)
    .map((c) => ({
      name: partnerName(partners, c.index),
      before: money(p, c.before),
      after: money(p, c.after),
      delta: signedMoney(p, c.delta),
      raw: c.delta,
    }));
}

export function cloneProgram(p: ProgramDefinition): ProgramDefinition {
  return {
    ...p,
    tiers: p.tiers.map((t) => ({ ...t })),
    kpis: p.kpis.map((k) => ({ ...k })),
    source: p.source.kind === "existing" ? { ...p.source, kpiColumns: [...p.source.kpiColumns] } : { kind: "new" },
  };
}

export { tierTitles } from "../Wizard/format";

/** A KPI's value with its unit, or "—" where there is none. */
export function kpiValue(k: ProgramKpi, v: number | null): string {
  return v === null || !Number.isFinite(v) ? "—" : formatWithUnit(v, k.unit);
}

// ---------------------------------------------------------------- suggested targets

export const DEFAULT_SHARE = 0.6;
/** History: the change from the current target is capped at +20% and floored at −5%. */
export const MAX_INCREASE = 0.2;
export const MAX_DECREASE = 0.05;
export const HISTORY_PERIODS = 4;

export interface PartnerSuggestion {
  readonly name: string;
  readonly current: number;
  readonly suggestion: TrendSuggestion;
}

export interface KpiSuggestion {
  readonly kpi: ProgramKpi;
  readonly index: number;
  /** The current target: one number, or null where each partner has its own. */
  readonly currentTarget: number | null;
  readonly population: number | null;
  /** Per partner from its own history; null where the workbook holds no history for this KPI. */
  readonly history: readonly PartnerSuggestion[] | null;
}

export function suggestTargets(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  share: number,
  history: HistoryTable | null,
): KpiSuggestion[] {
  return p.kpis.map((kpi, index) => {
    const population = populationTarget(
      partners.map((x) => x.input.actuals[index] ?? null),
      share,
      kpi.direction === "higher",
    );
    let perPartner: PartnerSuggestion[] | null = null;
    if (history && history.kpi === index) {
      perPartner = partners.flatMap((x, i) => {
        const current = kpi.targetMode === "fixed" ? kpi.target : (x.input.targets?.[index] ?? null);
        const past = history.byPartner.get(x.id.trim().toLowerCase()) ?? [];
        if (current === null) return [];
        return [
          {
            name: partnerName(partners, i),
            current,
            suggestion: suggestFromHistory(past, current, MAX_INCREASE, MAX_DECREASE),
          },
        ];
      });
    }
    return {
      kpi,
      index,
      currentTarget: kpi.targetMode === "fixed" ? kpi.target : null,
      population,
      history: perPartner,
    };
  });
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------- activity: impact and history

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, annual: 12 };

/**
 * Items → impact events, counted as INCENTIVE.ONTIME counts them: completed on or before the due
 * date is a success; still open and due before the cut-off is late; still open and not yet due
 * is not counted.
 */
export function activityEvents(a: ProgramActivity): ImpactEvent[] {
  const events: ImpactEvent[] = [];
  for (const x of a.items) {
    if (x.completed === null) {
      if (Math.floor(x.due) < Math.floor(a.asOf)) events.push({ partner: key(x.partner), day: x.due, success: false });
      continue;
    }
    events.push({ partner: key(x.partner), day: x.due, success: Math.floor(x.completed) <= Math.floor(x.due) });
  }
  return events;
}

const key = (id: string) => id.trim().toLowerCase();

function addMonths(serial: number, months: number): number {
  const d = new Date((serial - 25569) * 86400000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / 86400000 + 25569;
}

export interface HistoryTable {
  readonly kpi: number;
  /** The past periods, oldest first, as "2025-01-01 – 2025-03-31". */
  readonly periods: readonly string[];
  /** Per partner ID (lower case): the KPI per past period, oldest first (null: no items). */
  readonly byPartner: ReadonlyMap<string, readonly (number | null)[]>;
}

/** The KPI's value per partner in the periods before the program started, from its dated items. */
export function activityHistory(
  p: ProgramDefinition,
  a: ProgramActivity,
  periods = HISTORY_PERIODS,
): HistoryTable | null {
  const start = isoToSerial(p.periodStart);
  if (a.kpi === null || start === null) return null;
  const months = MONTHS[p.frequency] ?? 3;
  const edges = Array.from({ length: periods + 1 }, (_, i) => addMonths(start, -months * (periods - i)));
  const tallies = new Map<string, { n: number; ok: number }[]>();
  for (const e of activityEvents(a)) {
    if (e.day < edges[0] || e.day >= start) continue;
    let slot = 0;
    while (slot < periods - 1 && e.day >= edges[slot + 1]) slot++;
    const t = tallies.get(e.partner) ?? Array.from({ length: periods }, () => ({ n: 0, ok: 0 }));
    tallies.set(e.partner, t);
    t[slot].n++;
    if (e.success) t[slot].ok++;
  }
  if (tallies.size === 0) return null;
  return {
    kpi: a.kpi,
    periods: edges.slice(0, -1).map((from, i) => `${serialToIso(from)} – ${serialToIso(edges[i + 1] - 1)}`),
    byPartner: new Map([...tallies].map(([k, t]) => [k, t.map((x) => (x.n ? x.ok / x.n : null))])),
  };
}

export interface ImpactView {
  readonly impact: Impact;
  readonly startIso: string;
  readonly kpiName: string;
  /** "+32%", or null where it cannot be said. */
  readonly change: string | null;
  readonly sentence: string;
  readonly partners: readonly {
    name: string;
    before: string;
    after: string;
    change: string;
    raw: number | null;
  }[];
}

const share = (s: number | null) => (s === null ? "no data" : formatPercent(s, 1));

export function impactView(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  a: ProgramActivity,
): ImpactView | null {
  const start = isoToSerial(p.periodStart);
  if (start === null) return null;
  const impact = programImpact(activityEvents(a), start);
  const o = impact.overall;
  const kpiName = a.kpi === null ? "On-time share" : p.kpis[a.kpi].name;
  const change = o.relativeChange === null ? null : describeChange(o.relativeChange);
  const word = a.itemWord ?? "item";
  const counts = `${count(o.before.events, word)} before, ${count(o.after.events, word)} after`;
  let sentence: string;
  if (o.before.share === null || o.after.share === null || o.relativeChange === null) {
    sentence = `Not enough dated ${word}s on both sides of ${p.periodStart} to compare (${counts}).`;
  } else {
    const verb = o.relativeChange > 0 ? "rose" : o.relativeChange < 0 ? "fell" : "stayed";
    const to = o.relativeChange === 0 ? "at" : "to";
    sentence = `${kpiName} ${verb} from ${share(o.before.share)} before ${p.periodStart} ${to} ${share(o.after.share)} after: ${change} (${counts}).`;
  }
  const names = new Map(partners.map((x, i) => [key(x.id), partnerName(partners, i)]));
  for (const x of a.items) if (!names.has(key(x.partner))) names.set(key(x.partner), x.partner.trim());
  const rows = [...impact.partners].map(([id, c]) => ({
    name: names.get(id) ?? id,
    before: share(c.before.share),
    after: share(c.after.share),
    change: c.relativeChange === null ? "cannot compare" : describeChange(c.relativeChange),
    raw: c.relativeChange,
  }));
  rows.sort((x, y) => (y.raw ?? -Infinity) - (x.raw ?? -Infinity) || x.name.localeCompare(y.name));
  return { impact, startIso: p.periodStart, kpiName, change, sentence, partners: rows };
}
