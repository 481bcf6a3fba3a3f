/* The number formats the add-in gives the cells it writes (SPEC §4: money to the currency's decimals). */
import type { ProgramDefinition, ProgramKpi } from "../engine";

/** Text: what is typed into the cell later stays text too (IDs like 0012 keep their zeros). */
export const TEXT = "@";
export const GENERAL = "General";
/** Attainment and score. */
export const PERCENT = "0.0%";
/** English sheets' dates; each language's are in its label catalogue (labels/). */
export const DATE = "yyyy-mm-dd";
export const WHOLE_NUMBER = "0";
/** Averages such as a 1–5 satisfaction score. */
export const TWO_DECIMALS = "0.00";

/**
 * Money with the currency's decimals and a thousands separator, marked with the currency: CNY as
 * ¥#,##0.00 (the sign Chinese readers expect; a literal ¥ needs no quotes in a format), any other
 * code as "USD "#,##0.00 — quoted literal text, which every Excel (desktop, Mac, web) renders the
 * same, unlike [$USD] locale tags. Without a currency: the bare number (#,##0.00).
 */
export function moneyFormat(decimals: number, currency?: string): string {
  const number = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const code = (currency ?? "").trim().toUpperCase();
  if (code === "") return number;
  return code === "CNY" ? `¥${number}` : `"${code} "${number}`;
}

/** A percentage with as many decimals as the rates need (at least one, at most four): 3.5% and 2.25% both show exactly. */
export function rateFormat(rates: readonly number[]): string {
  let decimals = 1;
  for (const r of rates) {
    while (decimals < 4 && Math.abs(Math.round(r * 100 * 10 ** decimals) - r * 100 * 10 ** decimals) > 1e-6) decimals++;
  }
  return `0.${"0".repeat(decimals)}%`;
}

/** What a KPI's unit says its values are: money carries its currency code. */
export type KpiUnitKind =
  | { readonly kind: "percent" }
  | { readonly kind: "money"; readonly code: string }
  | { readonly kind: "score" }
  | { readonly kind: "plain" };

export function kpiUnitKind(kpi: ProgramKpi, program: ProgramDefinition): KpiUnitKind {
  const unit = kpi.unit.trim();
  if (unit === "%") return { kind: "percent" };
  if (unit.toUpperCase() === program.currency || /^[A-Z]{3}$/.test(unit))
    return { kind: "money", code: unit.toUpperCase() };
  if (/score|rating|评分|分数/i.test(unit)) return { kind: "score" };
  return { kind: "plain" };
}

/** How a KPI's actuals, targets and gates are shown, from its unit. */
export function kpiFormat(kpi: ProgramKpi, program: ProgramDefinition): string {
  const unit = kpiUnitKind(kpi, program);
  switch (unit.kind) {
    case "percent":
      return PERCENT;
    case "money":
      return moneyFormat(program.decimals, unit.code);
    case "score":
      return TWO_DECIMALS;
    case "plain":
      return GENERAL;
  }
}
