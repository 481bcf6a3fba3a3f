/* The Change log sheet's words in Simplified Chinese: the same keys as changeLogWords.en.ts. */
import type { ChangeLogWords } from "./changeLogWords.en";

export const CHANGE_LOG_ZH: ChangeLogWords = {
  sheet: "变更记录",
  title: (program) => `${program} — 变更记录`,
  note: "Partner Incentives for Excel 每写入一次方案变更添加一行，按时间先后排列。方案指纹是对方案规范值计算的 SHA-256：若方案指纹与最后一行不符，说明此后方案被手动修改过。",
  headers: ["时间", "操作", "变更内容", "原因", "方案指纹", "记录时的方案"],
  actions: {
    created: "已创建",
    edited: "已编辑",
    scenarioApplied: "已应用模拟分析",
    targetsWritten: "已写入目标",
    periodClosed: "考核期已结账",
    periodReopened: "考核期已重新开放",
  },
  periodLine: (period, fingerprint) => `考核期 ${period}，快照指纹 ${fingerprint}`,
};
