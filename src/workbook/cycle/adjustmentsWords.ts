/*
 * The Adjustments sheet's words, English and Chinese (the program's sheet language): a key group
 * of its own, apart from cycleWords, so the sheets' other words can change without it.
 */
import type { SheetLanguage } from "../../engine";

export interface AdjustmentsWords {
  /** Appended to the program's name for the sheet: "<program> Adjustments". */
  readonly sheet: string;
  readonly title: (program: string) => string;
  readonly note: string;
  /** The table's headers, in its column order (adjustmentsTable.ts). */
  readonly headers: readonly [
    settledIn: string,
    forPeriod: string,
    partnerId: string,
    line: string,
    paidBefore: string,
    recomputed: string,
    adjustment: string,
    at: string,
  ];
  /** The line's wording on the sheet, the dashboard and the statement. */
  readonly lineFor: (period: string) => string;
  /** The balance carried into the open period, on the statement: "Carried in from 2026-Q1". */
  readonly carriedInFrom: (period: string) => string;
}

export const ADJUSTMENTS_EN: AdjustmentsWords = {
  sheet: "Adjustments",
  title: (p) => `${p} — adjustments for closed periods`,
  note: "Late data for a closed period, paid (or clawed back) in the open period: recomputed − paid so far, per partner. Added by Update adjustments; rows are only ever appended.",
  headers: ["Settled in", "For period", "Partner ID", "Line", "Paid so far", "Recomputed", "Adjustment", "At"],
  lineFor: (period) => `Adjustment for ${period}`,
  carriedInFrom: (period) => `Carried in from ${period}`,
};

export const ADJUSTMENTS_ZH: AdjustmentsWords = {
  sheet: "调整",
  title: (p) => `${p} — 已结账考核期的调整`,
  note: "已结账考核期的迟到数据，在当前考核期补发（或追回）：按合作伙伴计算的重算金额 − 已付金额。由“更新调整”添加，只追加不改写。",
  headers: ["结算于", "所属考核期", "合作伙伴编号", "项目", "已付金额", "重算金额", "调整额", "时间"],
  lineFor: (period) => `${period} 调整额`,
  carriedInFrom: (period) => `上期结转（${period}）`,
};

export const ADJUSTMENTS_WORDS: Readonly<Record<SheetLanguage, AdjustmentsWords>> = {
  en: ADJUSTMENTS_EN,
  zh: ADJUSTMENTS_ZH,
};
