/*
 * How the Insights screen writes the things every section names: counts, amounts, tiers, a
 * partner, a KPI's value, a near miss's gap. Pure: words from the pane's catalogue (`fx.t`),
 * numbers through Intl for `fx.locale`.
 */
import type { NearMiss } from "../../../engine/analytics";
import type { TierLabel, TierTable } from "../../../engine/tierTable";
import type { ProgramDefinition, ProgramKpi } from "../../../engine/program/types";
import { gapSentence } from "../../../workbook/dashboard/gapText";
import { ProgramRefs } from "../../../workbook/dashboard/programRefs";
import type { UiLanguage } from "../../i18n/language";
import type { Catalog } from "../../i18n/catalog";
import { formatCount, formatMoney, formatWithUnit } from "../shared/format";
import type { InsightsPartner } from "../../services/InsightsSource";

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

/** A KPI's value with its unit, or "—" where there is none. */
export function kpiValue(k: ProgramKpi, v: number | null, locale?: string): string {
  return v === null || !Number.isFinite(v) ? "—" : formatWithUnit(v, k.unit, locale);
}

export { tierTitles } from "../shared/format";
