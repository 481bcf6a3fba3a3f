/* The number formats the add-in gives the cells it writes (SPEC §4: money to the currency's decimals). */
import type { ProgramDefinition, ProgramKpi } from "../engine";

/** Text: what is typed into the cell later stays text too (IDs like 0012 keep their zeros). */
export const TEXT = "@";
export const GENERAL = "General";
/** Attainment and score. */
export const PERCENT = "0.0%";
export const DATE = "yyyy-mm-dd";
export const WHOLE_NUMBER = "0";
/** Averages such as a 1–5 satisfaction score. */
export const TWO_DECIMALS = "0.00";

/** Money with the currency's decimals and a thousands separator: #,##0.00 for 2 decimals. */
export function moneyFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** A percentage with as many decimals as the rates need (at least one, at most four): 3.5% and 2.25% both show exactly. */
export function rateFormat(rates: readonly number[]): string {
  let decimals = 1;
  for (const r of rates) {
    while (decimals < 4 && Math.abs(Math.round(r * 100 * 10 ** decimals) - r * 100 * 10 ** decimals) > 1e-6) decimals++;
  }
  return `0.${"0".repeat(decimals)}%`;
}

/** How a KPI's actuals, targets and gates are shown, from its unit. */
export function kpiFormat(kpi: ProgramKpi, program: ProgramDefinition): string {
  const unit = kpi.unit.trim();
  if (unit === "%") return PERCENT;
  if (unit.toUpperCase() === program.currency || /^[A-Z]{3}$/.test(unit)) return moneyFormat(program.decimals);
  if (/score|rating/i.test(unit)) return TWO_DECIMALS;
  return GENERAL;
}
