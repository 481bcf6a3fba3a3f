/* How the wizard shows and reads numbers: display only, en-US like the engine's messages. */
import type { ProgramDefinition } from "../../../engine/program/types";

/** 50,000 or 0.035: up to `maxDecimals` decimals, no float noise. */
export function formatNumber(n: number, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return "";
  return clean(n).toLocaleString("en-US", { maximumFractionDigits: maxDecimals });
}

/** 0.896 → "89.6%". */
export function formatPercent(fraction: number, maxDecimals = 1): string {
  return `${formatNumber(fraction * 100, maxDecimals)}%`;
}

/** "CNY 22,400.00": the ISO code, then the amount with the program's decimals. */
export function formatMoney(n: number, currency: string, decimals: number): string {
  const d = Number.isInteger(decimals) && decimals >= 0 && decimals <= 4 ? decimals : 2;
  const code = currency.trim() || "";
  const amount = clean(n).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  return code ? `${code} ${amount}` : amount;
}

/** A KPI value with its unit: "89.6%", "USD 560,000", "4.7 score (1-5)". */
export function formatWithUnit(n: number, unit: string): string {
  const u = unit.trim();
  if (isPercentUnit(u)) return formatPercent(n);
  if (/^[A-Z]{3}$/.test(u)) return `${u} ${formatNumber(n, 2)}`;
  return u ? `${formatNumber(n, 2)} ${u}` : formatNumber(n, 2);
}

/** KPIs measured in % hold fractions (0.8) and are shown as percentages (80%), as Excel formats them. */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%";
}

/** Removes binary noise such as 0.7 × 100 = 70.00000000000001. */
export function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads what the user typed: null for nothing, NaN for text that is not a number. Accepts
 * thousands separators, spaces and a trailing % (the caller says whether the field is in %).
 */
export function parseNumberText(text: string): number | null {
  const t = text.replace(/[\s,_]/g, "").replace(/%$/, "");
  if (t === "") return null;
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** The text a number field starts with. */
export function numberText(value: number | null, percent: boolean): string {
  if (value === null || !Number.isFinite(value)) return "";
  return percent ? formatNumber(value * 100, 6) : formatNumber(value, 6);
}

/** Column titles for the tier editor, worded for what the program's tiers read and pay. */
export function tierTitles(p: ProgramDefinition): { bound: string; rate: string; percent: boolean } {
  const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
  switch (p.payKind) {
    case "bonus":
      return { bound: "From score (%)", rate: "Pays (% of target incentive)", percent: true };
    case "discount":
      return { bound: "From score (%)", rate: "Discount (%)", percent: true };
    default:
      if (p.boundsRelativeToTarget) return { bound: "From (% of target)", rate: "Rate (%)", percent: true };
      if (basis && isPercentUnit(basis.unit)) return { bound: "From (%)", rate: "Rate (%)", percent: true };
      return { bound: basis?.unit.trim() ? `From (${basis.unit.trim()})` : "From", rate: "Rate (%)", percent: false };
  }
}
