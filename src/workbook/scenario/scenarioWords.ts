/*
 * The scenario sheet's words in the two languages the pane speaks. The sheet is a snapshot a
 * person reads (and forwards), so it is written in the language the pane was in when it was saved.
 */
import type { SheetLanguage } from "../../engine";

export type { SheetLanguage };

export interface ScenarioWords {
  /** Appended to the program's name for the sheet's name: "<program> Scenario". */
  readonly sheetLabel: string;
  readonly title: (program: string) => string;
  readonly owner: (program: string, key: string) => string;
  readonly snapshot: (decimals: number) => string;
  readonly savedAt: string;
  readonly totals: string;
  readonly current: string;
  readonly scenario: string;
  readonly change: string;
  readonly totalPayout: string;
  readonly movedUp: string;
  readonly movedDown: string;
  readonly payoutChanges: string;
  readonly changes: string;
  readonly setting: string;
  readonly noChange: string;
  readonly perPartner: string;
  readonly partnerId: string;
  readonly partner: string;
  readonly currentTier: string;
  readonly scenarioTier: string;
  readonly move: string;
  readonly currentPayout: string;
  readonly scenarioPayout: string;
  readonly up: string;
  readonly down: string;
  readonly total: string;
  readonly belowFirstTier: string;
  readonly tier: (n: number) => string;
  readonly none: string;
  readonly tierField: Readonly<Record<"bound" | "rate" | "label", (tier: number) => string>>;
  readonly tierAdded: (tier: number) => string;
  readonly tierRemoved: (tier: number) => string;
  readonly kpiField: Readonly<Record<"target" | "weight" | "gate", (kpi: string) => string>>;
  readonly setting_: Readonly<Record<"cap" | "targetIncentive" | "listPrice", string>>;
}

const en: ScenarioWords = {
  sheetLabel: "Scenario",
  title: (p) => `${p} — scenario compared with the current plan`,
  owner: (p, key) =>
    `Created by Partner Incentives for Excel for the program “${p}” (key ${key}) from Insights › What if. ` +
    "The program's own tables were not changed; delete this sheet when you no longer need it.",
  snapshot: (d) =>
    `Values, not formulas: a snapshot of the partner data when it was saved. Each payout is rounded to ${d} decimal${d === 1 ? "" : "s"}, and totals add the rounded payouts, so they reconcile to the cent.`,
  savedAt: "Saved",
  totals: "Totals",
  current: "Current",
  scenario: "Scenario",
  change: "Change",
  totalPayout: "Total payout",
  movedUp: "Partners moving up a tier",
  movedDown: "Partners moving down a tier",
  payoutChanges: "Partners whose payout changes",
  changes: "What the scenario changes",
  setting: "Setting",
  noChange: "Nothing: the scenario is the current plan.",
  perPartner: "Per partner",
  partnerId: "Partner ID",
  partner: "Partner",
  currentTier: "Current tier",
  scenarioTier: "Scenario tier",
  move: "Move",
  currentPayout: "Current payout",
  scenarioPayout: "Scenario payout",
  up: "Up",
  down: "Down",
  total: "Total",
  belowFirstTier: "Below first tier",
  tier: (n) => `Tier ${n}`,
  none: "none",
  tierField: {
    bound: (t) => `Tier ${t} lower bound`,
    rate: (t) => `Tier ${t} rate`,
    label: (t) => `Tier ${t} label`,
  },
  tierAdded: (t) => `Tier ${t} added (lower bound)`,
  tierRemoved: (t) => `Tier ${t} removed (lower bound)`,
  kpiField: {
    target: (k) => `${k}: target`,
    weight: (k) => `${k}: weight`,
    gate: (k) => `${k}: gate`,
  },
  setting_: { cap: "Cap", targetIncentive: "Target incentive", listPrice: "List price" },
};

const zh: ScenarioWords = {
  sheetLabel: "情景",
  title: (p) => `${p} — 情景与当前方案对比`,
  owner: (p, key) =>
    `由 Partner Incentives for Excel 在“分析洞察 › 模拟分析”中为方案“${p}”（键 ${key}）创建。` +
    "方案自身的表格未被更改；不再需要时可删除此工作表。",
  snapshot: (d) =>
    `此处为数值而非公式：保存时合作伙伴数据的快照。每笔激励按 ${d} 位小数舍入，合计为舍入后金额之和，可精确核对到分。`,
  savedAt: "保存时间",
  totals: "合计",
  current: "当前",
  scenario: "情景",
  change: "变化",
  totalPayout: "激励总额",
  movedUp: "升档的合作伙伴",
  movedDown: "降档的合作伙伴",
  payoutChanges: "激励金额变化的合作伙伴",
  changes: "情景的调整内容",
  setting: "设置",
  noChange: "无：情景与当前方案相同。",
  perPartner: "按合作伙伴",
  partnerId: "合作伙伴编号",
  partner: "合作伙伴",
  currentTier: "当前档位",
  scenarioTier: "情景档位",
  move: "变动",
  currentPayout: "当前激励金额",
  scenarioPayout: "情景激励金额",
  up: "升档",
  down: "降档",
  total: "合计",
  belowFirstTier: "未达第一档",
  tier: (n) => `第 ${n} 档`,
  none: "无",
  tierField: {
    bound: (t) => `第 ${t} 档下限`,
    rate: (t) => `第 ${t} 档比例`,
    label: (t) => `第 ${t} 档名称`,
  },
  tierAdded: (t) => `新增第 ${t} 档（下限）`,
  tierRemoved: (t) => `删除第 ${t} 档（下限）`,
  kpiField: {
    target: (k) => `${k}：目标`,
    weight: (k) => `${k}：权重`,
    gate: (k) => `${k}：门槛`,
  },
  setting_: { cap: "封顶", targetIncentive: "目标奖金", listPrice: "标价" },
};

export const SCENARIO_WORDS: Readonly<Record<SheetLanguage, ScenarioWords>> = { en, zh };
