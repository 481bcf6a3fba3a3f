import type { FunctionSpec } from "./types";

/** The functions of KPI results: ATTAINMENT, BONUS, SCORE, ONTIME, GATE. */
export const KPI_FUNCTIONS = {
  ATTAINMENT: {
    description: {
      en: "Attainment ratio of an actual against its target: actual/target, or for lower-is-better KPIs max(0, 2 - actual/target).",
      zh: "实际值相对目标的达成率：实际/目标；对越低越好的 KPI 为 max(0, 2 - 实际/目标)。",
    },
    args: [
      {
        name: "actual",
        kind: "values",
        optional: false,
        label: { en: "Actual", zh: "实际值" },
        en: "The measured result. A cell or a range (results spill).",
        zh: "实际结果。可以是单元格或区域（结果会溢出）。",
      },
      {
        name: "target",
        kind: "target",
        optional: false,
        label: { en: "Target", zh: "目标" },
        en: "The value that counts as 100%. A cell or a range.",
        zh: "计为 100% 的数值。可以是单元格或区域。",
      },
      {
        name: "direction",
        kind: "direction",
        optional: true,
        label: { en: "Direction", zh: "方向" },
        en: '"higher" (default: higher is better) or "lower" (lower is better).',
        zh: '"higher"（默认：越高越好）或 "lower"（越低越好）。',
      },
    ],
  },
  BONUS: {
    description: {
      en: "Bonus from a pay curve: target incentive × the payout percentage read from the curve at the attainment, interpolated between points.",
      zh: "按奖金曲线计算奖金：目标奖金 × 在达成率处从曲线读出的发放比例（点之间插值）。",
    },
    args: [
      {
        name: "attainment",
        kind: "values",
        optional: false,
        label: { en: "Attainment", zh: "达成率" },
        en: "Attainment ratio (1 = 100%). A cell or a range (results spill).",
        zh: "达成率（1 = 100%）。可以是单元格或区域（结果会溢出）。",
      },
      {
        name: "target_incentive",
        kind: "values",
        optional: false,
        label: { en: "Target incentive", zh: "目标奖金" },
        en: "The bonus paid at 100% of the curve. A cell or a range.",
        zh: "曲线达到 100% 时发放的奖金。可以是单元格或区域。",
      },
      {
        name: "curve",
        kind: "tiers",
        optional: false,
        label: { en: "The tier table", zh: "档位表" },
        en: "Pay curve: attainment point, payout percentage, optional label per row; 0 below the first point, the last percentage beyond the last.",
        zh: "奖金曲线：每行为达成率点、发放比例、可选标签；低于第一个点为 0，超过最后一个点按最后的比例。",
      },
      {
        name: "cap",
        kind: "limit",
        optional: true,
        label: { en: "Cap", zh: "封顶" },
        en: "Maximum payout percentage (e.g. 2 = 200%).",
        zh: "发放比例的封顶（例如 2 = 200%）。",
      },
    ],
  },
  SCORE: {
    description: {
      en: "Weighted score of KPI attainments: sum of weight × attainment divided by the sum of weights. One row per partner gives one score per row.",
      zh: "各 KPI 达成率的加权得分：权重 × 达成率之和除以权重之和。每个合作伙伴一行时，每行得出一个得分。",
    },
    args: [
      {
        name: "attainments",
        kind: "block",
        optional: false,
        label: { en: "Attainments", zh: "达成率" },
        en: "Attainments of one partner, or a block with one row per partner and one column per KPI.",
        zh: "一个合作伙伴的各项达成率，或每个合作伙伴一行、每个 KPI 一列的区域。",
      },
      {
        name: "weights",
        kind: "block",
        optional: false,
        label: { en: "Weights", zh: "权重" },
        en: "One weight per KPI (any scale: 60/40 or 0.6/0.4), as a row or a column.",
        zh: "每个 KPI 一个权重（比例任意：60/40 或 0.6/0.4），可为一行或一列。",
      },
      {
        name: "cap",
        kind: "limit",
        optional: true,
        label: { en: "Cap", zh: "封顶" },
        en: "Maximum attainment counted per KPI (e.g. 1.2).",
        zh: "每个 KPI 计入的达成率上限（例如 1.2）。",
      },
    ],
  },
  ONTIME: {
    description: {
      en: "Share of milestones delivered on time. Completed ones count; open ones count as late once due date + grace days is before the as-of date.",
      zh: "按时完成的里程碑占比。已完成的计入；未完成的在约定完工日加宽限天数早于截至日期后计为逾期。",
    },
    args: [
      {
        name: "due_dates",
        kind: "dates",
        optional: false,
        label: { en: "Due dates", zh: "约定完工日" },
        en: "Due dates (Excel dates), one per milestone.",
        zh: "约定完工日（Excel 日期），每个里程碑一个。",
      },
      {
        name: "done_dates",
        kind: "dates",
        optional: false,
        label: { en: "Completion dates", zh: "完成日期" },
        en: "Completion dates, same shape as the due dates; blank while open.",
        zh: "完成日期，形状与约定完工日相同；未完成时留空。",
      },
      {
        name: "as_of",
        kind: "date",
        optional: true,
        label: { en: "As of", zh: "截至日期" },
        en: "Date to judge open milestones at (default: today when last calculated; pass TODAY() to keep it current, or a fixed date).",
        zh: "判断未完成里程碑的日期（默认：上次计算时的今天；传入 TODAY() 可保持最新，或传入固定日期）。",
      },
      {
        name: "grace_days",
        kind: "days",
        optional: true,
        label: { en: "Grace days", zh: "宽限天数" },
        en: "Days of grace after the due date (default 0).",
        zh: "约定完工日之后的宽限天数（默认 0）。",
      },
    ],
  },
  GATE: {
    description: {
      en: "TRUE when every KPI's actual meets its gate: at or above it, or at or below it for lower-is-better KPIs; a blank gate is no gate. One row per partner gives one result per row.",
      zh: "每个 KPI 的实际值都达到其门槛时为 TRUE：不低于门槛，对越低越好的 KPI 为不高于门槛；门槛留空表示无门槛。每个合作伙伴一行时，每行得出一个结果。",
    },
    args: [
      {
        name: "actuals",
        kind: "block",
        optional: false,
        label: { en: "Actuals", zh: "实际值" },
        en: "Actuals of one partner, or a block with one row per partner and one column per KPI. A blank or text actual misses its gate.",
        zh: "一个合作伙伴的各项实际值，或每个合作伙伴一行、每个 KPI 一列的区域。实际值为空白或文本时未达到门槛。",
      },
      {
        name: "gates",
        kind: "block",
        optional: false,
        label: { en: "Gates", zh: "门槛" },
        en: 'One gate per KPI, as a row or a column: a number (or a number as text, as &"" makes it); blank or empty text for no gate.',
        zh: '每个 KPI 一个门槛，可为一行或一列：数字（或 &"" 得到的文本形式的数字）；留空或为空文本表示无门槛。',
      },
      {
        name: "directions",
        kind: "block",
        optional: true,
        label: { en: "Directions", zh: "方向" },
        en: '"higher" (default: higher is better) or "lower" (lower is better): one per gate, or one for all.',
        zh: '"higher"（默认：越高越好）或 "lower"（越低越好）：每个门槛一个，或为全部提供一个。',
      },
    ],
  },
} as const satisfies Record<string, FunctionSpec>;
