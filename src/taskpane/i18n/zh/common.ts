import type { en } from "../en";

/** The unit after a money label: 元 for renminbi, as Chinese forms write it (目标奖金（元）); else the code. */
export const moneyUnit = (currency: string): string => (currency === "CNY" ? "元" : currency);

export const common: (typeof en)["common"] = {
  retry: "重试",
  cancel: "取消",
  leftAsItWas: "工作簿保持原样，未做任何更改。",
  undo: {
    oneStep: "按一次 Ctrl+Z（撤消）即可撤回此更改。",
    stepByStep: "Excel 无法将此更改合并为一个撤消步骤，因此已分步写入：按 Ctrl+Z 可逐步撤回。",
    notUndoable: "此版本的 Excel 无法撤消加载项所做的更改：按 Ctrl+Z 不能撤回此更改。",
  },
  and: "和",
  sentenceSeparator: "",
  listSeparator: "、",
  clauseSeparator: "；",
  sheetInText: (name) => `“${name}”`,
  partnersOne: "1 个合作伙伴",
  partnersMany: (n) => `${n} 个合作伙伴`,
  sheetLanguages: { en: "英文", zh: "简体中文" },
  writePreview: {
    label: "将写入的内容",
    sheet: (name) => `工作表“${name}”`,
    table: (name) => `表格 ${name}`,
    size: (rows, columns) => `（共 ${rows}，${columns}）`,
    rowsOne: "1 行",
    rowsMany: (n) => `${n} 行`,
    columnsOne: "1 列",
    columnsMany: (n) => `${n} 列`,
    columns: (list) => `列：${list}`,
    formulasOn: (sheet) => `${sheet}上的公式`,
  },
};
