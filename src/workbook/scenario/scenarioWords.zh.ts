/* The scenario sheet's words in Simplified Chinese: the same keys as scenarioWords.en.ts. */
import type { ScenarioWords } from "./scenarioWords.en";

export const SCENARIO_ZH: ScenarioWords = {
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
