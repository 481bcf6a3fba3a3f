/*
 * The table names an earlier version wrote on Chinese plan and data sheets, before the glossary
 * (docs/glossary.md, "Old names still read"). The one alias table every reader uses: a program
 * whose tables carry these names still reads, edits and regenerates, and keeps being written with
 * them (`names: "old"`), since a formula a user typed may name its columns. New programs get only
 * the glossary's words (zh.ts).
 */
import type { SheetLabels } from "./types";
import { ZH } from "./zh";

/** Each renamed label, with the name it had. */
export const OLD_ZH_NAMES = {
  plan: {
    setting: {
      program: "计划名称",
      currency: "货币",
      periodStart: "期间开始",
      periodEnd: "期间结束",
      frequency: "频率",
      pays: "支付类型",
      basisKpi: "计酬基础指标",
      cap: "上限",
      sheetLanguage: "表格语言",
    },
    tierHeaders: { rate: "费率" },
  },
  data: { headers: { payout: "支付金额（{currency}）" } },
  installations: { headers: { dueDate: "到期日" } },
} as const satisfies {
  plan: { setting: Partial<SheetLabels["plan"]["setting"]>; tierHeaders: Partial<SheetLabels["plan"]["tierHeaders"]> };
  data: { headers: Partial<SheetLabels["data"]["headers"]> };
  installations: { headers: Partial<SheetLabels["installations"]["headers"]> };
};

/** The Chinese catalogue with the old table names: how a program written before the glossary reads and is written. */
export const ZH_OLD_NAMES: SheetLabels = {
  ...ZH,
  plan: {
    ...ZH.plan,
    setting: { ...ZH.plan.setting, ...OLD_ZH_NAMES.plan.setting },
    tierHeaders: { ...ZH.plan.tierHeaders, ...OLD_ZH_NAMES.plan.tierHeaders },
  },
  data: { ...ZH.data, headers: { ...ZH.data.headers, ...OLD_ZH_NAMES.data.headers } },
  installations: {
    ...ZH.installations,
    headers: { ...ZH.installations.headers, ...OLD_ZH_NAMES.installations.headers },
  },
};
