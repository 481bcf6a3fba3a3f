import type { Language } from "./language";

/** The Excel error an engine failure becomes; the functions layer maps each to a CustomFunctions.ErrorCode. */
export type ErrorKind = "value" | "div0" | "num" | "na";

/** The values a message's `{name}` placeholders are filled with. */
export type MessageParams = Record<string, string | number>;

interface MessageSpec {
  readonly kind: ErrorKind;
  /** English text; `{name}` placeholders are filled from the error's params. */
  readonly en: string;
  /** Simplified Chinese text, same placeholders. */
  readonly zh: string;
}

/**
 * Every failure the engine can report, in one table: its Excel error kind and its message in
 * English and Chinese. Messages name the argument (and the tier-table row) and say how to fix the
 * input. Only the engine's own failures live here: each is raised by an engine file (the functions
 * may raise one too with the engine's fail()); the functions' own messages are in
 * src/functions/words, the workbook's in src/workbook/words, the pane's in src/taskpane/i18n. A
 * test fails on a key missing in a language, left in English, or raised by no engine file.
 */
export const MESSAGES = {
  // Cell values
  textNotNumber: {
    kind: "value",
    en: '{what} must be a number, but it is the text "{text}".',
    zh: "{what}必须是数字，但它是文本“{text}”。",
  },
  numberStoredAsText: {
    kind: "value",
    en: '{what} is the text "{text}", not a number. Convert numbers stored as text with VALUE().',
    zh: "{what}是文本“{text}”，不是数字。请用 VALUE() 把以文本存储的数字转换为数字。",
  },
  booleanNotNumber: {
    kind: "value",
    en: "{what} must be a number, but it is {bool}.",
    zh: "{what}必须是数字，但它是 {bool}。",
  },
  blankNotAllowed: { kind: "value", en: "{what} is blank; a number is needed.", zh: "{what}为空；这里需要一个数字。" },
  notFinite: {
    kind: "num",
    en: "{what} must be a finite number, but it is {found}.",
    zh: "{what}必须是有限的数字，但它是 {found}。",
  },
  unreadableCell: {
    kind: "value",
    en: "{what} holds a value that is not a number, text or blank.",
    zh: "{what}中的值既不是数字、文本，也不是空白。",
  },
  negativeNotAllowed: {
    kind: "num",
    en: "{what} cannot be negative (it is {value}).",
    zh: "{what}不能为负数（当前为 {value}）。",
  },
  blankTarget: {
    kind: "div0",
    en: "{what} is blank, and the result divides by it.",
    zh: "{what}为空，而结果需要除以它。",
  },
  zeroTarget: {
    kind: "div0",
    en: "{what} is zero, and the result divides by it.",
    zh: "{what}为零，而结果需要除以它。",
  },

  // Ranges
  raggedRange: { kind: "value", en: "{what} is not a rectangular range.", zh: "{what}不是矩形区域。" },

  // Options
  unknownMethod: {
    kind: "value",
    en: 'Unknown method "{found}". Use "marginal" (or "graduated", "incremental"), "retro" (or "retroactive", "flat") or "linear" (or "interpolated", "pay curve").',
    zh: '未知的方法“{found}”。请使用 "marginal"（或 "graduated"、"incremental"）、"retro"（或 "retroactive"、"flat"）或 "linear"（或 "interpolated"、"pay curve"）。',
  },
  unknownDirection: {
    kind: "value",
    en: 'Unknown direction "{found}". Use "higher" (higher is better) or "lower" (lower is better).',
    zh: '未知的方向“{found}”。请使用 "higher"（越高越好）或 "lower"（越低越好）。',
  },

  // Tier tables
  tierColumns: {
    kind: "value",
    en: "The tier table needs 2 or 3 columns (lower bound, rate, optional label), but it has {cols}.",
    zh: "档位表需要 2 或 3 列（下限、比例、可选标签），但它有 {cols} 列。",
  },
  tierEmpty: { kind: "value", en: "The tier table has no tiers.", zh: "档位表中没有任何档位。" },
  tierHeaderOnly: {
    kind: "value",
    en: "The tier table has no tiers (only a header row).",
    zh: "档位表中没有任何档位（只有标题行）。",
  },
  tierGap: {
    kind: "value",
    en: "Tier table row {row} is blank, but more tiers follow it. Remove the blank row.",
    zh: "档位表第 {row} 行为空，但其后还有档位。请删除该空行。",
  },
  tierBoundBlank: {
    kind: "value",
    en: "Tier table row {row}: the lower bound is blank.",
    zh: "档位表第 {row} 行：下限为空。",
  },
  tierBoundText: {
    kind: "value",
    en: 'Tier table row {row}: the lower bound must be a number, not the text "{text}".',
    zh: "档位表第 {row} 行：下限必须是数字，而不是文本“{text}”。",
  },
  tierBoundNotNumber: {
    kind: "value",
    en: "Tier table row {row}: the lower bound must be a number, not {found}.",
    zh: "档位表第 {row} 行：下限必须是数字，而不是 {found}。",
  },
  tierBoundNotFinite: {
    kind: "num",
    en: "Tier table row {row}: the lower bound must be a finite number, not {found}.",
    zh: "档位表第 {row} 行：下限必须是有限的数字，而不是 {found}。",
  },
  tierRateBlank: { kind: "value", en: "Tier table row {row}: the rate is blank.", zh: "档位表第 {row} 行：比例为空。" },
  tierRateText: {
    kind: "value",
    en: 'Tier table row {row}: the rate must be a number, not the text "{text}".',
    zh: "档位表第 {row} 行：比例必须是数字，而不是文本“{text}”。",
  },
  tierRateNotNumber: {
    kind: "value",
    en: "Tier table row {row}: the rate must be a number, not {found}.",
    zh: "档位表第 {row} 行：比例必须是数字，而不是 {found}。",
  },
  tierRateNotFinite: {
    kind: "num",
    en: "Tier table row {row}: the rate must be a finite number, not {found}.",
    zh: "档位表第 {row} 行：比例必须是有限的数字，而不是 {found}。",
  },
  tierLabelNotText: {
    kind: "value",
    en: "Tier table row {row}: the label must be text or a number, not {found}.",
    zh: "档位表第 {row} 行：标签必须是文本或数字，而不是 {found}。",
  },
  tierNotAscending: {
    kind: "value",
    en: "Tier table row {row}: the lower bound {bound} is not above the row before it ({previous}). Bounds must be strictly ascending.",
    zh: "档位表第 {row} 行：下限 {bound} 不大于上一行（{previous}）。下限必须严格递增。",
  },
  tierCellError: {
    kind: "value",
    en: "Tier table row {row} holds an error value.",
    zh: "档位表第 {row} 行包含错误值。",
  },

  // Function-specific
  belowFirstTier: {
    kind: "na",
    en: "{value} is below the first tier, which starts at {first}.",
    zh: "{value} 低于第一个档位，第一个档位从 {first} 开始。",
  },
  weightsSumZero: {
    kind: "div0",
    en: "The weights add up to zero, and the score divides by their sum.",
    zh: "权重之和为零，而得分需要除以权重之和。",
  },
  missingAttainment: {
    kind: "na",
    en: "Attainment {index} of this row is blank; every weighted KPI needs a value.",
    zh: "本行第 {index} 个达成率为空；每个有权重的 KPI 都需要一个值。",
  },
  dueMissing: {
    kind: "value",
    en: "Row {row} has a completion date but no due date.",
    zh: "第 {row} 行有完成日期，但没有约定完工日。",
  },
  dateAsText: {
    kind: "value",
    en: '{what} is the text "{text}", not a date. Convert dates stored as text with DATEVALUE().',
    zh: "{what}是文本“{text}”，不是日期。请用 DATEVALUE() 把以文本存储的日期转换为日期。",
  },
  noMilestoneCounted: {
    kind: "na",
    en: "No milestone counts yet: none is completed and none is overdue as of {asOf}.",
    zh: "截至 {asOf} 还没有可计入的里程碑：没有已完成的，也没有已逾期的。",
  },
  // Programs (wizard validation)
  programNameMissing: { kind: "value", en: "Give the program a name.", zh: "请为方案命名。" },
  programNameTooLong: {
    kind: "value",
    en: "Keep the program name to {max} characters or fewer.",
    zh: "方案名称请不要超过 {max} 个字符。",
  },
  nameHasReservedCharacter: {
    kind: "value",
    en: "{what} cannot contain [ ] # ' or @: Excel uses them in table formulas.",
    zh: "{what}不能包含 [ ] # ' 或 @：Excel 在表格公式中使用这些字符。",
  },
  currencyInvalid: {
    kind: "value",
    en: 'Currency must be a three-letter ISO code such as CNY, USD or EUR, not "{found}".',
    zh: "币种必须是三个字母的 ISO 代码，例如 CNY、USD 或 EUR，而不是“{found}”。",
  },
  decimalsInvalid: {
    kind: "value",
    en: "Decimals must be a whole number from 0 to 4.",
    zh: "小数位数必须是 0 到 4 之间的整数。",
  },
  dateInvalid: { kind: "value", en: "{what} must be a date (yyyy-mm-dd).", zh: "{what}必须是日期（yyyy-mm-dd）。" },
  periodReversed: { kind: "value", en: "The period ends before it starts.", zh: "考核期的结束日期早于开始日期。" },
  kpisMissing: { kind: "value", en: "Add at least one KPI.", zh: "请至少添加一个 KPI。" },
  kpiNameMissing: { kind: "value", en: "KPI {index} needs a name.", zh: "KPI {index} 需要一个名称。" },
  kpiNameDuplicate: {
    kind: "value",
    en: 'Two KPIs are called "{name}"; names must be different.',
    zh: "有两个 KPI 都叫“{name}”；名称必须各不相同。",
  },
  kpiNameTooLong: {
    kind: "value",
    en: "Keep KPI {index}'s name to {max} characters or fewer: the program's formulas repeat every KPI name, and Excel allows 8,192 characters in a formula.",
    zh: "KPI {index} 的名称请不要超过 {max} 个字符：方案的公式会重复每个 KPI 的名称，而 Excel 的一个公式最多允许 8,192 个字符。",
  },
  kpisTooMany: {
    kind: "value",
    en: "Use at most {max} KPIs: the program's formulas name every KPI, and Excel allows 8,192 characters in a formula.",
    zh: "KPI 最多 {max} 个：方案的公式会列出每个 KPI，而 Excel 的一个公式最多允许 8,192 个字符。",
  },
  columnNameTooLong: {
    kind: "value",
    en: "The column name “{column}…” is over {max} characters: rename the column in your table, then choose it again.",
    zh: "列名“{column}…”超过 {max} 个字符：请在您的表中重命名该列，然后重新选择。",
  },
  kpiTargetMissing: {
    kind: "value",
    en: "{what}: enter a target above zero, or choose a target per partner.",
    zh: "{what}：请输入大于零的目标，或选择按合作伙伴设定目标。",
  },
  weightInvalid: {
    kind: "value",
    en: "{what}: the weight must be between 0% and 100%.",
    zh: "{what}：权重必须在 0% 到 100% 之间。",
  },
  weightsNotWhole: {
    kind: "value",
    en: "Weights add up to {total}; they must add up to 100%.",
    zh: "权重合计为 {total}；必须合计为 100%。",
  },
  gateInvalid: {
    kind: "value",
    en: "{what}: the gate must be a number, or left empty.",
    zh: "{what}：门槛必须是数字，或留空。",
  },
  basisKpiMissing: { kind: "value", en: "Choose the KPI whose result is paid on.", zh: "请选择作为计酬基础的 KPI。" },
  basisKpiNoTarget: {
    kind: "value",
    en: "Tier bounds relative to target need a target for {what}.",
    zh: "档位下限按目标的比例设定时，{what}需要一个目标。",
  },
  amountInvalid: { kind: "value", en: "{what} must be a number above zero.", zh: "{what}必须是大于零的数字。" },
  capInvalid: {
    kind: "value",
    en: "The cap must be zero or more, or left empty.",
    zh: "封顶必须大于或等于零，或留空。",
  },
  sheetLanguageInvalid: {
    kind: "value",
    en: 'The sheet language must be "en" (English) or "zh" (Simplified Chinese), not "{found}".',
    zh: "表格语言必须是 “en”（英文）或 “zh”（简体中文），而不是“{found}”。",
  },
  sourceIncomplete: {
    kind: "value",
    en: "Choose the table with the partner results and map the partner and every KPI to a column.",
    zh: "请选择包含合作伙伴结果的表，并把合作伙伴和每个 KPI 都对应到一列。",
  },

  // Added later: discount tables, dates.
  discountOutOfRange: {
    kind: "value",
    en: "Discount table row {row}: the discount is {discount}; a discount must be from 0% to 100% of the list price.",
    zh: "折扣表第 {row} 行：折扣为 {discount}；折扣必须在标价的 0% 到 100% 之间。",
  },
  dateOutOfRange: {
    kind: "num",
    en: "{what} is {value}, which is not an Excel date: dates run from 0 to 2,958,465 (9999-12-31).",
    zh: "{what}为 {value}，不是 Excel 日期：日期的范围是 0 到 2,958,465（9999-12-31）。",
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageId = keyof typeof MESSAGES;

/**
 * Argument names and other English fragments that messages quote, in Chinese. Names the user
 * typed (KPI names) match nothing here and are shown as typed.
 */
const NAMES_ZH: readonly (readonly [RegExp, string])[] = [
  [/^Amount$/, "金额"],
  [/^Actuals?$/, "实际值"],
  [/^Gates$/, "门槛"],
  [/^Attainments?$/, "达成率"],
  [/^Attainment (\d+)$/, "第 $1 个达成率"],
  [/^Completion dates$/, "完成日期"],
  [/^Due dates$/, "约定完工日"],
  [/^(The )?[Ll]ist price$/, "标价"],
  [/^(The )?[Tt]arget incentive$/, "目标奖金"],
  [/^Target$/, "目标"],
  [/^Value$/, "数值"],
  [/^Prior$/, "此前已计金额"],
  [/^Weights$/, "权重"],
  [/^Weight (\d+)$/, "第 $1 个权重"],
  [/^Grace days$/, "宽限天数"],
  [/^As of$/, "截至日期"],
  [/^Cap$/, "封顶"],
  [/^Method$/, "方法"],
  [/^Directions?$/, "方向"],
  [/^The tier table$/, "档位表"],
  [/^The due date in row (\d+)$/, "第 $1 行的约定完工日"],
  [/^The completion date in row (\d+)$/, "第 $1 行的完成日期"],
  [/^The start$/, "开始日期"],
  [/^The end$/, "结束日期"],
  [/^The program name$/, "方案名称"],
  [/^KPI (\d+)'s name$/, "KPI $1 的名称"],
  [/^the basis KPI$/, "计酬基础 KPI"],
  [/^an error value$/, "错误值"],
  [/^Tier table row (\d+)$/, "档位表第 $1 行"],
  [/^An input cell$/, "某个输入单元格"],
  [/^(\d+) rows? × (\d+) columns?$/, "$1 行 × $2 列"],
];

function translateName(value: string): string {
  for (const [pattern, zh] of NAMES_ZH) if (pattern.test(value)) return value.replace(pattern, zh);
  return value;
}

/**
 * The placeholders that carry the engine's own words (argument names, value descriptions,
 * shapes). Only these are translated: a table, sheet, column or KPI the user named "Target" or
 * "Value" is quoted as named, never turned into 目标 or 数值.
 */
const ENGINE_WORDS = new Set(["what", "other", "found", "shape", "weightsShape", "otherShape"]);

/**
 * A message template with its `{name}` placeholders filled from `params`, in `language`. Every
 * floor's catalogue formats through this, so the engine's words inside any message (argument
 * names, shapes) are put into Chinese the same way. A placeholder without a param stays as written.
 */
export function fillMessage(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return language === "zh" && ENGINE_WORDS.has(name) ? translateName(value) : value;
  });
}

/**
 * An engine message in `language`. The engine holds no language of its own: each floor passes the
 * one it speaks (the pane's, the functions' Excel display language).
 */
export function formatMessage(id: MessageId, params: MessageParams, language: Language): string {
  return fillMessage(MESSAGES[id][language], params, language);
}

/** Formats a number for a message the way a finance user reads it: 50,000 or 0.035. */
export function showNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 10 });
}
