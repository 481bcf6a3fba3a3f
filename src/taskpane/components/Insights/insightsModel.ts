/*
 * What the Insights screen shows, worked out from the engine's analytics: pure functions, no
 * React, no Excel. Words (from the pane's catalogue, `fx.t`) and numbers (Intl for `fx.locale`)
 * only; the components lay them out.
 */
import {
  describeChange,
  scenarioChanges,
  planCost,
  populationTarget,
  programImpact,
  suggestFromHistory,
  whatIf,
  type Impact,
  type ImpactEvent,
  type NearMiss,
  type PlanCost,
  type ShareChange,
  type TrendSuggestion,
  type WhatIf,
} from "../../../engine/analytics";
import { IncentiveError } from "../../../engine/errors";
import { programTierTable } from "../../../engine/program/evaluate";
import type { TierLabel, TierTable } from "../../../engine/tierTable";
import type { Frequency, ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import { validateProgram, type ProgramIssue } from "../../../engine/program/validate";
import { gapSentence } from "../../../workbook/dashboard/gapText";
import { ProgramRefs } from "../../../workbook/dashboard/programRefs";
import { isoToSerial, serialToIso } from "../../../workbook/excelDates";
import type { UiLanguage } from "../../i18n/language";
import type { Catalog } from "../../i18n/catalog";
import { formatCount, formatDate, formatMoney, formatNumber, formatPercent, formatWithUnit } from "../shared/format";
import type { InsightsPartner, ProgramActivity } from "../../services/InsightsSource";

/** The screen's words and the locale its numbers are written for. */
export interface Fx {
  readonly t: Catalog;
  readonly locale: string;
  /** The pane's language, for words shared with the sheets (the statements' gap sentence); English if absent. */
  readonly language?: UiLanguage;
}

/** "1 partner", "1,200 partners". */
export const partnersCount = (n: number, fx: Fx): string =>
  formatCount(n, fx.t.insights.partnerOne, fx.t.insights.partnerMany, fx.locale);

export const whole = (n: number, fx: Fx): string => n.toLocaleString(fx.locale);

export function money(p: ProgramDefinition, n: number, locale?: string): string {
  return formatMoney(n, p.currency, p.decimals, locale);
}

/** "+CNY 1,200.00", "−CNY 50.00", "CNY 0.00": the sign is written, never only coloured. */
export function signedMoney(p: ProgramDefinition, n: number, locale?: string): string {
  const text = money(p, Math.abs(n), locale);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

export function tierTitle(tier: TierLabel | null, fx: Fx): string {
  if (tier === null) return fx.t.insights.belowFirstTier;
  return typeof tier === "number" ? fx.t.insights.tierN(whole(tier, fx)) : tier;
}

/** What the tier table reads for this program: the score, or the basis KPI's actual. */
export function tierInputIsScore(p: ProgramDefinition): boolean {
  return !((p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null);
}

/**
 * A near miss's gap in the statements' own words ("11.7 percentage points more in score reaches
 * Gold", "得分再增加 11.7 个百分点，即可达到Gold"): the sentence a partner's statement prints
 * (gapSentence), in the pane's language, so Insights and the statements never word a gap two ways.
 */
export function gapText(p: ProgramDefinition, table: TierTable, m: NearMiss, fx: Fx): string {
  return gapSentence(new ProgramRefs(p, "", fx.language ?? "en"), table, m.value, m.scale);
}

export interface CostView {
  readonly cost: PlanCost;
  readonly total: string;
  readonly partners: string;
  /** "2.6% of Purchase volume (USD 1,215,000)", or why there is no such share. */
  readonly share: string;
  readonly byTier: readonly { tier: string; partners: string; paid: string }[];
  readonly nearMisses: readonly { tier: string; who: readonly { name: string; gap: string }[] }[];
}

/**
 * A partner as every Insights list names it: "Sunrise Solar (P017)". Names repeat (the SolarWave
 * sample has three "Sunrise Shanghai Solar Co., Ltd."), so the Partner ID always goes with the name.
 */
export function partnerName(partners: readonly InsightsPartner[], index: number, fx: Fx): string {
  const p = partners[index];
  if (!p) return fx.t.insights.partnerN(whole(index + 1, fx));
  const name = p.name.trim();
  const id = p.id.trim();
  if (name && id) return fx.t.insights.partnerWithId(name, id);
  return name || id || fx.t.insights.rowN(whole(index + 1, fx));
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

// ---------------------------------------------------------------- what-if

/** The fields of a scenario the pane lets the user change, with the engine's messages for them. */
const SCENARIO_PATHS = /^(tiers|kpis|weights|cap|targetIncentive|listPrice|basisKpi)/;

export function scenarioIssues(p: ProgramDefinition, language: UiLanguage = "en"): ProgramIssue[] {
  return validateProgram(p, language).filter((i) => SCENARIO_PATHS.test(i.path));
}

export type WhatIfOutcome = { ok: true; result: WhatIf } | { ok: false; issues: readonly string[] };

export function runWhatIf(
  current: ProgramDefinition,
  scenario: ProgramDefinition,
  partners: readonly InsightsPartner[],
  language: UiLanguage = "en",
): WhatIfOutcome {
  const issues = scenarioIssues(scenario, language);
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
    if (e instanceof IncentiveError) return { ok: false, issues: [e.messageIn(language)] };
    if (e instanceof Error) return { ok: false, issues: [e.message] };
    throw e;
  }
}

/** "Costs CNY 1,200.00 more than now (+4%).": the delta in words, with its sign. */
export function deltaWords(p: ProgramDefinition, r: WhatIf, fx: Fx): string {
  const d = r.totalDelta;
  if (d === 0) return fx.t.insights.noDelta;
  const amount = money(p, Math.abs(d), fx.locale);
  if (r.current.total === 0) return fx.t.insights.costsMoreFromZero(amount);
  const change = describeChange(d / r.current.total);
  return d > 0 ? fx.t.insights.costsMore(amount, change) : fx.t.insights.costsLess(amount, change);
}

export function moversWords(r: WhatIf, fx: Fx): string {
  const up = partnersCount(r.movedUp, fx);
  const down = partnersCount(r.movedDown, fx);
  if (r.movedUp && r.movedDown) return fx.t.insights.movesBoth(up, down);
  if (r.movedUp) return fx.t.insights.movesUp(up);
  if (r.movedDown) return fx.t.insights.movesDown(down);
  return fx.t.insights.noMovers;
}

export interface Mover {
  readonly name: string;
  readonly move: "up" | "down";
  readonly from: string;
  readonly to: string;
}

export function movers(r: WhatIf, partners: readonly InsightsPartner[], fx: Fx): Mover[] {
  return r.changes
    .filter((c) => c.move !== "same")
    .map((c) => ({
      name: partnerName(partners, c.index, fx),
      move: c.move as "up" | "down",
      from: tierTitle(c.tierBefore, fx),
      to: tierTitle(c.tierAfter, fx),
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
export function partnerDeltas(
  p: ProgramDefinition,
  r: WhatIf,
  partners: readonly InsightsPartner[],
  fx: Fx,
): PartnerDelta[] {
  return r.changes
    .filter((c) => c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.index - b.index)
    .map((c) => ({
      name: partnerName(partners, c.index, fx),
      before: money(p, c.before, fx.locale),
      after: money(p, c.after, fx.locale),
      delta: signedMoney(p, c.delta, fx.locale),
      raw: c.delta,
    }));
}

/** What the scenario changes, one line each, for the Apply confirmation. */
export function changeLines(current: ProgramDefinition, scenario: ProgramDefinition, fx: Fx): string[] {
  const { t, locale } = fx;
  const bound = (v: number) =>
    tierInputIsScore(scenario) || scenario.boundsRelativeToTarget
      ? formatPercent(v, 2, locale)
      : formatWithUnit(v, scenario.kpis[scenario.basisKpi as number]?.unit ?? "", locale);
  const rate = (v: number) => formatPercent(v, 4, locale);
  const amount = (v: number | null) => (v === null ? t.insights.none : formatNumber(v, scenario.decimals, locale));
  const cap = (v: number | null) =>
    v === null ? t.insights.none : scenario.payKind === "bonus" ? formatPercent(v, 2, locale) : amount(v);
  return scenarioChanges(current, scenario).map((c) => {
    switch (c.kind) {
      case "setting":
        return t.insights.change.setting[c.field](
          c.field === "cap" ? cap(c.before) : amount(c.before),
          c.field === "cap" ? cap(c.after) : amount(c.after),
        );
      case "kpi": {
        const k = scenario.kpis[c.kpi];
        const show = (v: number | null) =>
          v === null ? t.insights.none : c.field === "weight" ? formatPercent(v, 2, locale) : kpiValue(k, v, locale);
        return t.insights.change.kpi[c.field](k.name.trim(), show(c.before), show(c.after));
      }
      case "tier": {
        const show = (v: number | string | null) =>
          typeof v === "string"
            ? v || t.insights.blankLabel
            : v === null
              ? t.insights.none
              : c.field === "rate"
                ? rate(v)
                : bound(v);
        return t.insights.change.tier[c.field](whole(c.tier + 1, fx), show(c.before), show(c.after));
      }
      case "tierAdded":
        return t.insights.change.tierAdded(whole(c.tier + 1, fx), bound(c.row.bound), rate(c.row.rate));
      case "tierRemoved":
        return t.insights.change.tierRemoved(whole(c.tier + 1, fx), bound(c.row.bound));
    }
  });
}

export function cloneProgram(p: ProgramDefinition): ProgramDefinition {
  return {
    ...p,
    tiers: p.tiers.map((t) => ({ ...t })),
    kpis: p.kpis.map((k) => ({ ...k })),
    source: p.source.kind === "existing" ? { ...p.source, kpiColumns: [...p.source.kpiColumns] } : { kind: "new" },
  };
}

export { tierTitles } from "../shared/format";

/** A KPI's value with its unit, or "—" where there is none. */
export function kpiValue(k: ProgramKpi, v: number | null, locale?: string): string {
  return v === null || !Number.isFinite(v) ? "—" : formatWithUnit(v, k.unit, locale);
}

// ---------------------------------------------------------------- suggested targets

export const DEFAULT_SHARE = 0.6;
/** History: the change from the current target is capped at +20% and floored at −5%. */
export const MAX_INCREASE = 0.2;
export const MAX_DECREASE = 0.05;
export const HISTORY_PERIODS = 4;

export interface PartnerSuggestion {
  readonly id: string;
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
  fx: Fx,
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
            id: x.id,
            name: partnerName(partners, i, fx),
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

export type TargetsMethod = "history" | "population";

/** What writing one KPI's reviewed targets would write (the workbook layer decides and checks). */
export type TargetsWrite =
  /** One target for every partner: the KPI table's Target (through the program's edit path). */
  | { readonly kind: "fixed"; readonly kpi: number; readonly before: number | null; readonly after: number }
  /** Per-partner targets in the data table's target column; `switching` adds it first. */
  | {
      readonly kind: "column";
      readonly kpi: number;
      readonly switching: boolean;
      readonly rows: readonly { id: string; name: string; before: number | null; after: number }[];
    }
  /** The targets live in the user's own table, which the add-in does not write. */
  | { readonly kind: "existing"; readonly table: string };

/** The write a method's suggestions make for a KPI, or null when there is nothing to write. */
export function targetsWrite(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  s: KpiSuggestion,
  method: TargetsMethod,
  fx: Fx,
): TargetsWrite | null {
  if (p.source.kind === "existing") return { kind: "existing", table: p.source.source };
  const fixed = s.kpi.targetMode === "fixed";
  if (method === "population") {
    if (s.population === null) return null;
    if (fixed) return { kind: "fixed", kpi: s.index, before: s.kpi.target, after: s.population };
    const value = s.population;
    return {
      kind: "column",
      kpi: s.index,
      switching: false,
      rows: partners.map((x, i) => ({
        id: x.id,
        name: partnerName(partners, i, fx),
        before: x.input.targets?.[s.index] ?? null,
        after: value,
      })),
    };
  }
  if (!s.history || s.history.length === 0) return null;
  return {
    kind: "column",
    kpi: s.index,
    switching: fixed,
    rows: s.history.map((x) => ({ id: x.id, name: x.name, before: x.current, after: x.suggestion.suggested })),
  };
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
  /** The start as the language writes a date (2026-01-01; 2026年1月1日). */
  readonly start: string;
  readonly kpiName: string;
  /** "+14.3 percentage points, +25% relative": points first, or null where it cannot be said. */
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

export function impactView(
  p: ProgramDefinition,
  partners: readonly InsightsPartner[],
  a: ProgramActivity,
  fx: Fx,
): ImpactView | null {
  const { t, locale } = fx;
  const start = isoToSerial(p.periodStart);
  if (start === null) return null;
  const share = (s: number | null) => (s === null ? t.insights.noData : formatPercent(s, 1, locale));
  const impact = programImpact(activityEvents(a), start);
  const o = impact.overall;
  const kpiName = a.kpi === null ? t.insights.onTimeShare : p.kpis[a.kpi].name;
  const change = shareChangeWords(o, fx);
  const counts = t.insights.impactCounts(whole(o.before.events, fx), whole(o.after.events, fx));
  let sentence: string;
  if (o.before.share === null || o.after.share === null || o.pointChange === null || change === null) {
    sentence = t.insights.impactTooFew(formatDate(p.periodStart, locale), counts);
  } else {
    const points = Math.round(o.pointChange * 1000);
    const say = points > 0 ? t.insights.impactRose : points < 0 ? t.insights.impactFell : t.insights.impactSame;
    sentence = say(
      kpiName,
      share(o.before.share),
      formatDate(p.periodStart, locale),
      share(o.after.share),
      change,
      counts,
    );
  }
  const names = new Map(partners.map((x, i) => [key(x.id), partnerName(partners, i, fx)]));
  for (const x of a.items) if (!names.has(key(x.partner))) names.set(key(x.partner), x.partner.trim());
  const rows = [...impact.partners].map(([id, c]) => ({
    name: names.get(id) ?? id,
    before: share(c.before.share),
    after: share(c.after.share),
    change: shareChangeWords(c, fx) ?? t.insights.cannotCompare,
    raw: c.pointChange,
  }));
  rows.sort((x, y) => (y.raw ?? -Infinity) - (x.raw ?? -Infinity) || x.name.localeCompare(y.name, locale));
  return {
    impact,
    startIso: p.periodStart,
    start: formatDate(p.periodStart, locale),
    kpiName,
    change,
    sentence,
    partners: rows,
  };
}

/**
 * A share's change as a finance reader says it: in percentage points first ("+14.3 percentage
 * points" for 57.0% → 71.3%), the relative change second ("+25% relative"); null without both sides.
 */
export function shareChangeWords(c: ShareChange, fx: Fx): string | null {
  if (c.pointChange === null) return null;
  const n = Math.round(c.pointChange * 1000) / 10;
  const number = formatNumber(Math.abs(n), 1, fx.locale);
  const points = fx.t.insights.pointsChange(n > 0 ? `+${number}` : n < 0 ? `−${number}` : number);
  return c.relativeChange === null ? points : fx.t.insights.pointsAndRelative(points, describeChange(c.relativeChange));
}
