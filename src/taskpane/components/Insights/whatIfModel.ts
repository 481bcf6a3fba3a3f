/*
 * The What-if section: a scenario checked with the engine's own messages, its cost against the
 * current plan, who moves tier, whose pay changes, and what Apply would change, in words.
 */
import { describeChange, scenarioChanges, whatIf, type WhatIf } from "../../../engine/analytics";
import { IncentiveError } from "../../../engine/errors";
import type { ProgramDefinition } from "../../../engine/program/types";
import { validateProgram, type ProgramIssue } from "../../../engine/program/validate";
import type { UiLanguage } from "../../i18n/language";
import { formatNumber, formatPercent, formatWithUnit } from "../shared/format";
import type { InsightsPartner } from "../../services/InsightsSource";
import {
  Fx,
  kpiValue,
  money,
  partnerName,
  partnersCount,
  signedMoney,
  tierInputIsScore,
  tierTitle,
  whole,
} from "./insightsWords";

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
