import type { en } from "../en";

export const recognition: (typeof en)["recognition"] = {
  heading: "表彰",
  intro:
    "用于内部沟通的表彰通报：得分最高的合作伙伴、较上一个已结账考核期进步最大的合作伙伴，以及升档的合作伙伴。可复制到邮件或群聊中。",
  reading: "正在读取上一个已结账的考核期…",
  readFailed: (message) => `无法读取上一个已结账的考核期：${message} 仍显示得分最高的合作伙伴。`,
  noteLabel: "表彰通报",
  copy: "复制通报",
  copied: "已复制，可粘贴到您发布消息的地方。",
  selected: "已选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。",

  title: (program) => `合作伙伴表彰：${program}`,
  topHeading: (n) => `表现最佳（得分前 ${n} 名）`,
  topLine: (rank, partner, score, tier) => `${rank}. ${partner}：得分 ${score}，${tier}`,
  improvedHeading: (period) => `较 ${period} 进步最大`,
  improvedLine: (rank, partner, from, to, change) =>
    `${rank}. ${partner}：得分 ${from} → ${to}（提升 ${change} 个百分点）`,
  noneImproved: (period) => `较 ${period} 尚无合作伙伴得分提升。`,
  tiersHeading: (period) => `较 ${period} 升档`,
  tierLine: (partner, from, to) => `• ${partner}：由 ${from} 升至 ${to}`,
  noneTiers: "没有合作伙伴升档。",
  noClosedPeriod: "“进步最大”和“升档”与上一个已结账的考核期比较：请先在“激励方案”页面的“激励考核期”中结账一个考核期。",
  noScores: "还没有合作伙伴有得分。",
  belowFirstTier: "未达第一档",
  tierN: (n) => `第 ${n} 档`,
};
