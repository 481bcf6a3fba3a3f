/*
 * How the pane shows and reads numbers, money, percentages and dates, through Intl for the pane's
 * locale ("en-US" or "zh-CN"; English when none is given). Display only.
 */
import type { Catalog } from "../../i18n/catalog";
import type { ProgramDefinition } from "../../../engine/program/types";

const EN = "en-US";

/** 50,000 or 0.035: up to `maxDecimals` decimals, no float noise. */
export function formatNumber(n: number, maxDecimals = 6, locale = EN): string {
  if (!Number.isFinite(n)) return "";
  return clean(n).toLocaleString(locale, { maximumFractionDigits: maxDecimals });
}

/** 0.896 → "89.6%" (the same in both languages). */
export function formatPercent(fraction: number, maxDecimals = 1, locale = EN): string {
  return `${formatNumber(fraction * 100, maxDecimals, locale)}%`;
}

/**
 * Money with the program's decimals. English: "CNY 22,400.00", the ISO code first, unambiguous for
 * head office. Chinese: Intl's currency style, "¥22,400.00" for CNY, "US$1,000.00" for USD.
 */
export function formatMoney(n: number, currency: string, decimals: number, locale = EN): string {
  const d = Number.isInteger(decimals) && decimals >= 0 && decimals <= 4 ? decimals : 2;
  const code = currency.trim() || "";
  const digits = { minimumFractionDigits: d, maximumFractionDigits: d };
  if (locale !== EN && /^[A-Z]{3}$/.test(code)) {
    try {
      return clean(n).toLocaleString(locale, { style: "currency", currency: code, ...digits });
    } catch {
      // Not a currency Intl knows: the code and the amount, as in English.
    }
  }
  const amount = clean(n).toLocaleString(locale, digits);
  return code ? `${code} ${amount}` : amount;
}

/** A KPI value with its unit: "89.6%", "USD 560,000", "4.7 score (1-5)". */
export function formatWithUnit(n: number, unit: string, locale = EN): string {
  const u = unit.trim();
  if (isPercentUnit(u)) return formatPercent(n, 1, locale);
  if (/^[A-Z]{3}$/.test(u)) return `${u} ${formatNumber(n, 2, locale)}`;
  return u ? `${formatNumber(n, 2, locale)} ${u}` : formatNumber(n, 2, locale);
}

/** "1 partner" / "1,200 partners": the catalogue's words for one and for more, the count via Intl. */
export function formatCount(n: number, one: string, many: (n: string) => string, locale = EN): string {
  return n === 1 ? one : many(n.toLocaleString(locale));
}

/**
 * An ISO date ("2026-01-01") for reading. English keeps the ISO form, which reads the same in every
 * English-speaking office; Chinese shows "2026年1月1日". Text that is not a date is shown as typed.
 */
export function formatDate(iso: string, locale = EN): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m || locale === EN) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
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

/**
 * Column titles for the tier editor, worded for what the program's tiers read and pay, in the
 * pane's catalogue `t`.
 */
export function tierTitles(p: ProgramDefinition, t: Catalog): { bound: string; rate: string; percent: boolean } {
  const basis = p.basisKpi === null ? undefined : p.kpis[p.basisKpi];
  switch (p.payKind) {
    case "bonus":
      return { bound: t.wizard.tierTitles.fromScore, rate: t.wizard.tierTitles.paysShare, percent: true };
    case "discount":
      return { bound: t.wizard.tierTitles.fromScore, rate: t.wizard.tierTitles.discount, percent: true };
    default: {
      const rate = t.wizard.tierTitles.rate;
      if (p.boundsRelativeToTarget) return { bound: t.wizard.tierTitles.fromTarget, rate, percent: true };
      if (basis && isPercentUnit(basis.unit)) return { bound: t.wizard.tierTitles.fromPercent, rate, percent: true };
      const unit = basis?.unit.trim();
      return { bound: unit ? t.wizard.tierTitles.fromUnit(unit) : t.wizard.tierTitles.from, rate, percent: false };
    }
  }
}
