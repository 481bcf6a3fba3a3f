import type { en } from "../en";

export const help: (typeof en)["help"] = {
  heading: "可在任意单元格中输入的函数",
  introBefore: "在单元格中输入",
  introAfter: "，即可根据您自己的档位表计算佣金、返利、奖金和折扣。",
  listLabel: "INCENTIVE 函数",
  functions: {
    PAYOUT: "按档位表计算某一金额应得的激励金额。",
    TIER: "某个值所达到的档位。",
    RATE: "某个值所适用的比例。",
    GAP: "距下一档位还差多少。",
    ATTAINMENT: "实际与目标之比（达成率），可设越高越好或越低越好。",
    BONUS: "按达成率从奖金曲线计算奖金。",
    SCORE: "多个 KPI 达成率的加权得分。",
    ONTIME: "按时交付的里程碑所占比例。",
    PRICE: "扣除业绩挂钩折扣后的净价。",
    EXPLAIN: "激励金额的逐档明细。",
  },
};
