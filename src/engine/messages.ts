import type { ErrorKind, MessageParams } from "./errors";
import type { Language } from "./language";

interface MessageSpec {
  readonly kind: ErrorKind;
  /** English text; `{name}` placeholders are filled from the error's params. */
  readonly en: string;
  /** Simplified Chinese text, same placeholders. */
  readonly zh: string;
}

/**
 * Every failure the engine can report, in one table: its Excel error kind and its message.
 * Messages name the argument (and the tier-table row) and say how to fix the input.
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
  resultNotFinite: {
    kind: "num",
    en: "The result is too large to represent as a number.",
    zh: "结果太大，无法表示为数字。",
  },
  unexpected: {
    kind: "value",
    en: "Unexpected problem: {reason}. Please report it with the formula's inputs.",
    zh: "意外问题：{reason}。请连同公式的输入一起报告。",
  },
  zeroTarget: {
    kind: "div0",
    en: "{what} is zero, and the result divides by it.",
    zh: "{what}为零，而结果需要除以它。",
  },
  notSingleCell: {
    kind: "value",
    en: "{what} must be a single cell, not a range of {rows}×{cols}.",
    zh: "{what}必须是单个单元格，而不是 {rows}×{cols} 的区域。",
  },

  // Ranges
  emptyRange: { kind: "value", en: "{what} is an empty range.", zh: "{what}是空区域。" },
  raggedRange: { kind: "value", en: "{what} is not a rectangular range.", zh: "{what}不是矩形区域。" },
  shapeMismatch: {
    kind: "value",
    en: "{what} is {shape} but {other} is {otherShape}; ranges must have the same shape, or be a single cell.",
    zh: "{what}是 {shape}，但{other}是 {otherShape}；区域的形状必须相同，或为单个单元格。",
  },

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
  scoreShape: {
    kind: "value",
    en: "Weights are {weightsShape} but attainments are {shape}. Give one weight per attainment, or a row of weights with one attainment row per partner.",
    zh: "权重是 {weightsShape}，但达成率是 {shape}。请为每个达成率提供一个权重，或提供一行权重并让每个合作伙伴占一行达成率。",
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
    zh: "货币必须是三个字母的 ISO 代码，例如 CNY、USD 或 EUR，而不是“{found}”。",
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

  // The workbook layer: reading, writing and editing a program's sheets.
  planPaysInvalid: {
    kind: "value",
    en: "The setting {setting} in {table} is “{found}”; it must be one of {allowed}.",
    zh: "{table} 中的设置“{setting}”为“{found}”；它必须是 {allowed} 之一。",
  },
  planNoHeader: { kind: "value", en: "The table {table} has no header row.", zh: "表 {table} 没有标题行。" },
  planColumnMissing: {
    kind: "value",
    en: "The table {table} has no column “{column}”; it is needed to read the program.",
    zh: "表 {table} 没有“{column}”列；读取方案需要这一列。",
  },
  updateLanguageChanged: {
    kind: "value",
    en: "The program's sheets are in “{before}”; they cannot be switched to “{after}” in place, because the formulas name the headers as written. Create a new program in that language instead. Nothing was written.",
    zh: "该方案的工作表语言为“{before}”，无法在原处改为“{after}”，因为公式引用的是已写入的标题。请改用该语言新建方案。未写入任何内容。",
  },
  programIncomplete: {
    kind: "value",
    en: "The program “{key}” is not complete in this workbook: these tables are missing: {tables}.",
    zh: "此工作簿中的方案“{key}”不完整：缺少以下表：{tables}。",
  },
  dataColumnsMissing: {
    kind: "value",
    en: "The table {table} has no column {columns}; the dashboard and statements read it. Restore the column's header, or create the program again.",
    zh: "表 {table} 没有列 {columns}；仪表板和结算单需要读取它。请恢复该列的标题，或重新创建方案。",
  },
  noPartnersYet: {
    kind: "value",
    en: "The data table has no partners yet, so there is no statement to write.",
    zh: "数据表中还没有合作伙伴，因此没有可生成的结算单。",
  },
  noSuchPartner: {
    kind: "value",
    en: "There is no partner number {which}: the data table has {count}.",
    zh: "没有第 {which} 号合作伙伴：数据表中共有 {count} 个。",
  },
  programNotWritable: {
    kind: "value",
    en: "The program cannot be written yet: {problem}{more}",
    zh: "暂时无法写入该方案：{problem}{more}",
  },
  changesNotSavable: {
    kind: "value",
    en: "The changes cannot be saved yet: {problem}{more}",
    zh: "暂时无法保存这些更改：{problem}{more}",
  },
  moreToFix: { kind: "value", en: " (and {count} more to fix)", zh: "（另有 {count} 处需要修改）" },
  existingNoSeeds: {
    kind: "value",
    en: "A program over an existing table reads its partners from that table: sample data and partner rows cannot be added to it.",
    zh: "基于现有表的方案从该表读取合作伙伴：不能再为它添加示例数据或合作伙伴行。",
  },
  sampleNotIncluded: {
    kind: "value",
    en: "The SolarWave sample data was not included with the request, so the sample cannot be loaded.",
    zh: "请求中未包含 SolarWave 示例数据，因此无法加载示例。",
  },

  // Editing a program in place (updateProgram.ts).
  updateTablesUnreadable: {
    kind: "value",
    en: "Could not read the program's tables ({reason}). Nothing was written.",
    zh: "无法读取该方案的表（{reason}）。未写入任何内容。",
  },
  updateWriteFailed: {
    kind: "value",
    en: "Excel could not finish saving the changes to “{name}”: {reason}. {outcome}",
    zh: "Excel 未能完成保存对“{name}”的更改：{reason}。{outcome}",
  },
  tablesRestored: {
    kind: "value",
    en: "The program's tables were put back as they were.",
    zh: "该方案的表已恢复原样。",
  },
  tablesMaybeChanged: {
    kind: "value",
    en: "The program's tables may be partly changed: press Ctrl+Z, or open the program again and check it.",
    zh: "该方案的表可能已被部分更改：请按 Ctrl+Z，或重新打开该方案进行检查。",
  },
  updateTablesGone: {
    kind: "value",
    en: "The program cannot be saved: the table {tables} is no longer in this workbook. Nothing was written.",
    zh: "无法保存该方案：此工作簿中已没有表 {tables}。未写入任何内容。",
  },
  updatePayKindChanged: {
    kind: "value",
    en: "What the program pays cannot be changed in place ({before} → {after}): its payout columns and settings differ. Create a new program instead. Nothing was written.",
    zh: "方案的计酬类型无法在原处更改（{before} → {after}）：两者的计酬列和设置不同。请改为新建方案。未写入任何内容。",
  },
  updateSourceKindChanged: {
    kind: "value",
    en: "Where the partner results live cannot be changed in place ({before} → {after}): the data sheet is built differently. Create a new program instead. Nothing was written.",
    zh: "合作伙伴结果的来源无法在原处更改（{before} → {after}）：两者的数据表结构不同。请改为新建方案。未写入任何内容。",
  },
  sourceOwnTable: { kind: "value", en: "the program's own table", zh: "方案自己的表" },
  sourceUserTable: { kind: "value", en: "your table", zh: "您自己的表" },
  updateColumnMissing: {
    kind: "value",
    en: "The table {table} has no column “{column}”; the add-in needs it to save the program. Nothing was written.",
    zh: "表 {table} 没有“{column}”列；加载项需要这一列才能保存方案。未写入任何内容。",
  },
  updateColumnGone: {
    kind: "value",
    en: "The table {table} has no column “{column}” any more; the add-in needs it to save the program. Nothing was written.",
    zh: "表 {table} 已不再有“{column}”列；加载项需要这一列才能保存方案。未写入任何内容。",
  },
  updateAttainmentApart: {
    kind: "value",
    en: "The attainment columns of {table} are no longer side by side (a column was put between them), so the score cannot read them: move that column out of the way and save again. Nothing was written.",
    zh: "{table} 的达成率列已不再相邻（中间插入了一列），得分无法读取它们：请移开那一列后再次保存。未写入任何内容。",
  },
  columnKeptOne: {
    kind: "value",
    en: "The column {columns} of {table} was kept: it holds your data. The program no longer reads it; delete it when you no longer need it.",
    zh: "{table} 的列 {columns} 已保留：其中是您的数据。方案不再读取它；不再需要时可将其删除。",
  },
  columnKeptMany: {
    kind: "value",
    en: "The columns {columns} of {table} were kept: they hold your data. The program no longer reads them; delete them when you no longer need them.",
    zh: "{table} 的列 {columns} 已保留：其中是您的数据。方案不再读取这些列；不再需要时可将其删除。",
  },
  sourceRowsAddedOne: {
    kind: "value",
    en: "{count} row of {table} added since the program was created now has its results row.",
    zh: "自方案创建以来在 {table} 中新增的 {count} 行现已有对应的结果行。",
  },
  sourceRowsAddedMany: {
    kind: "value",
    en: "{count} rows of {table} added since the program was created now have their results row.",
    zh: "自方案创建以来在 {table} 中新增的 {count} 行现已各有对应的结果行。",
  },
  sourceRowsRemovedOne: {
    kind: "value",
    en: "{count} results row pointing past the end of {table} (or repeating a row) was removed.",
    zh: "已删除 {count} 个指向 {table} 末尾之后（或重复某一行）的结果行。",
  },
  sourceRowsRemovedMany: {
    kind: "value",
    en: "{count} results rows pointing past the end of {table} (or repeating a row) were removed.",
    zh: "已删除 {count} 个指向 {table} 末尾之后（或重复某一行）的结果行。",
  },
  changeSetting: { kind: "value", en: "Setting changed: {setting}", zh: "设置已更改：{setting}" },
  changeKpiAdded: { kind: "value", en: "KPI added: {kpi}", zh: "已添加 KPI：{kpi}" },
  changeKpiRemoved: { kind: "value", en: "KPI removed: {kpi}", zh: "已删除 KPI：{kpi}" },
  changeKpiChanged: { kind: "value", en: "KPI changed: {kpi}", zh: "已更改 KPI：{kpi}" },
  changeKpisReordered: { kind: "value", en: "KPIs reordered", zh: "KPI 顺序已调整" },
  changeTierRows: { kind: "value", en: "Tier rows: {before} → {after}", zh: "档位行数：{before} → {after}" },
  changeTiers: { kind: "value", en: "Tiers changed", zh: "档位已更改" },

  // Writing a plan into the workbook (applyPlan.ts).
  namesUnreadable: {
    kind: "value",
    en: "Could not read the workbook's sheet and table names ({reason}). Nothing was written.",
    zh: "无法读取工作簿的工作表和表名称（{reason}）。未写入任何内容。",
  },
  nameClash: {
    kind: "value",
    en: "{clash} Nothing was written: review the program again to get fresh names.",
    zh: "{clash}未写入任何内容：请重新检查方案以获取新的名称。",
  },
  sheetToRewriteGone: {
    kind: "value",
    en: "The sheet “{sheet}” to rewrite is no longer in the workbook.",
    zh: "要重写的工作表“{sheet}”已不在此工作簿中。",
  },
  sheetNameTaken: {
    kind: "value",
    en: "The workbook already has a sheet named “{sheet}”.",
    zh: "此工作簿中已有名为“{sheet}”的工作表。",
  },
  tableNameTaken: {
    kind: "value",
    en: "The workbook already has a table or name called {table}.",
    zh: "此工作簿中已有名为 {table} 的表或名称。",
  },
  writeFailed: {
    kind: "value",
    en: "Excel could not finish writing “{program}” while {doing}: {reason}. {outcome}",
    zh: "Excel 在{doing}时未能完成写入“{program}”：{reason}。{outcome}",
  },
  writeUndoneAll: {
    kind: "value",
    en: "The workbook is as it was: the sheets this write had started to add were removed.",
    zh: "工作簿已恢复原样：本次写入已开始添加的工作表已被删除。",
  },
  writeUndoneAdded: {
    kind: "value",
    en: "The sheets this write had started to add were removed.",
    zh: "本次写入已开始添加的工作表已被删除。",
  },
  writeSheetsLeft: {
    kind: "value",
    en: "The add-in could not remove the sheets it had added ({sheets}); please delete them.",
    zh: "加载项未能删除它已添加的工作表（{sheets}）；请手动删除。",
  },
  writeSheetsCleared: {
    kind: "value",
    en: "The sheet {sheets} was left empty with a note, so no half-written numbers remain: generate it again.",
    zh: "工作表 {sheets} 已清空并留下说明，不会残留写了一半的数字：请重新生成。",
  },
  writeSheetsHalfWritten: {
    kind: "value",
    en: "The sheet {sheets} may be half written: clear it or generate it again.",
    zh: "工作表 {sheets} 可能只写入了一半：请清空或重新生成。",
  },
  sheetNotRegenerated: {
    kind: "value",
    en: "This sheet could not be regenerated ({reason}). Generate it again from the Partner Incentives add-in.",
    zh: "无法重新生成此工作表（{reason}）。请在 Partner Incentives 加载项中重新生成。",
  },
  unknownError: { kind: "value", en: "an unknown error", zh: "未知错误" },
  stepsMore: { kind: "value", en: "{steps} and {count} more steps", zh: "{steps}及另外 {count} 个步骤" },
  stepStarting: { kind: "value", en: "starting the write", zh: "开始写入" },
  stepRecalculating: { kind: "value", en: "recalculating the new tables", zh: "重新计算新表" },
  stepAddSheet: { kind: "value", en: "adding the sheet “{sheet}”", zh: "添加工作表“{sheet}”" },
  stepTitles: { kind: "value", en: "writing the titles on “{sheet}”", zh: "写入“{sheet}”的标题" },
  stepTable: { kind: "value", en: "setting up the table {table}", zh: "设置表 {table}" },
  stepTableFormats: { kind: "value", en: "setting the number formats of {table}", zh: "设置 {table} 的数字格式" },
  stepRows: { kind: "value", en: "writing rows {first}–{last} of {table}", zh: "写入 {table} 的第 {first}–{last} 行" },
  stepFormulas: { kind: "value", en: "writing the formulas of {table}", zh: "写入 {table} 的公式" },
  stepLayout: { kind: "value", en: "laying out “{sheet}”", zh: "排版“{sheet}”" },
  stepClear: { kind: "value", en: "clearing “{sheet}” to rewrite it", zh: "清空“{sheet}”以便重写" },
  stepFormat: { kind: "value", en: "formatting “{sheet}”", zh: "设置“{sheet}”的格式" },
  stepWrite: { kind: "value", en: "writing “{sheet}”", zh: "写入“{sheet}”" },
  stepCopy: { kind: "value", en: "copying the blocks of “{sheet}”", zh: "复制“{sheet}”的区块" },
  stepConditionalFormats: {
    kind: "value",
    en: "adding the conditional formats of “{sheet}”",
    zh: "添加“{sheet}”的条件格式",
  },
  stepChart: { kind: "value", en: "adding the chart “{chart}”", zh: "添加图表“{chart}”" },
  stepPrint: { kind: "value", en: "setting up printing of “{sheet}”", zh: "设置“{sheet}”的打印" },
  stepPageBreaks: { kind: "value", en: "adding the page breaks of “{sheet}”", zh: "添加“{sheet}”的分页符" },
  statementsInParts: {
    kind: "value",
    en: "Excel allows 1,026 page breaks per sheet, so the statements are written in {parts} parts of at most {size} partners, each statement on a printed page of its own: {sheets}.",
    zh: "Excel 每个工作表最多允许 1,026 个分页符，因此结算单分为 {parts} 部分写入，每部分最多 {size} 个合作伙伴，每份结算单各自从新的一页开始打印：{sheets}。",
  },
  statementsPartsUnused: {
    kind: "value",
    en: "No longer needed with fewer partners, so emptied with a note (not deleted: Excel cannot undo deleting a sheet): {sheets}.",
    zh: "合作伙伴减少后已不再需要，因此已清空并附说明（未删除：Excel 无法撤消删除工作表）：{sheets}。",
  },
  formulaTooLong: {
    kind: "value",
    en: "A formula on “{sheet}” would be {length} characters long, and Excel allows 8,192. Nothing was written: shorten the KPI names in the program's KPI table (at most 80 characters each) and try again.",
    zh: "“{sheet}”上的一个公式将有 {length} 个字符，而 Excel 最多允许 8,192 个。未写入任何内容：请缩短方案 KPI 表中的 KPI 名称（每个最多 80 个字符）后重试。",
  },
  copyRangesUnsupported: {
    kind: "value",
    en: "This version of Excel cannot copy ranges (ExcelApi 1.9), which “{sheet}” needs. Nothing was written: use Excel 2019 or later, or Excel on the web.",
    zh: "此版本的 Excel 无法复制区域（ExcelApi 1.9），而“{sheet}”需要这一功能。未写入任何内容：请使用 Excel 2019 或更高版本，或 Excel 网页版。",
  },

  // The user's own table a program reads (existingSource.ts).
  sourceNotExisting: {
    kind: "value",
    en: "The program does not read an existing table.",
    zh: "该方案不读取现有的表。",
  },
  sourceRangeNoSheet: {
    kind: "value",
    en: "“{source}” does not say which sheet the range is on: give it as 'Sheet name'!A1:D61, or select the cells and use the selection.",
    zh: "“{source}”没有指明区域所在的工作表：请写成 'Sheet name'!A1:D61 的形式，或选中这些单元格后使用所选区域。",
  },
  sourceRangeWholeColumns: {
    kind: "value",
    en: "“{source}” is whole columns: select the cells that hold the data, from the header row down to the last partner.",
    zh: "“{source}”是整列：请选中包含数据的单元格，从标题行一直到最后一个合作伙伴。",
  },
  sourceRangeTooSmall: {
    kind: "value",
    en: "“{source}” has no row below its header row: the range needs the headers in its first row and one partner per row below.",
    zh: "“{source}”在标题行下没有任何行：该区域的第一行应为标题，下面每行一个合作伙伴。",
  },
  sourceRangeTooLarge: {
    kind: "value",
    en: "“{source}” has more than {max} rows below its header: select only the rows with partners (or make the data a table with Insert › Table).",
    zh: "“{source}”的标题下超过 {max} 行：请只选中有合作伙伴的行（或用“插入 › 表格”把数据做成表）。",
  },
  sourceRangeInvalid: {
    kind: "value",
    en: "“{source}” is neither a table in this workbook nor a range address such as 'Sales data'!A1:D61.",
    zh: "“{source}”既不是此工作簿中的表，也不是 'Sales data'!A1:D61 这样的区域地址。",
  },
  sourceRangeSheetMissing: {
    kind: "value",
    en: "The workbook has no sheet named “{sheet}” for the range {source}.",
    zh: "此工作簿中没有名为“{sheet}”的工作表（区域 {source}）。",
  },
  excelUnavailable: {
    kind: "value",
    en: "Excel is not available here. Open Partner Incentives from the Home tab in Excel to read and write programs.",
    zh: "此处无法使用 Excel。请在 Excel 的“开始”选项卡中打开“合作伙伴激励”，以读取和写入方案。",
  },
  excelTalkFailed: {
    kind: "value",
    en: "Something went wrong while talking to Excel.",
    zh: "与 Excel 通信时出错。",
  },
  sourceRangeMoved: {
    kind: "value",
    en: "Rows were inserted or deleted in or above the range {source} since the program was written, and its formulas now read {now}. Edit the program and set its partner data to {now} (or to where the data now is). Nothing was written.",
    zh: "自写入方案以来，区域 {source} 之内或上方插入或删除了行，其公式现在读取的是 {now}。请编辑方案，把合作伙伴数据设为 {now}（或数据现在所在的位置）。未写入任何内容。",
  },
  sourceRangeUnreadable: {
    kind: "value",
    en: "The range {source} cannot be read: check its sheet and address, or select the cells again.",
    zh: "无法读取区域 {source}：请检查其工作表和地址，或重新选中这些单元格。",
  },
  sourceSelectionNotRange: {
    kind: "value",
    en: "Select the partner results in the sheet first: the header row and the rows below it (the selection is {selection}).",
    zh: "请先在工作表中选中合作伙伴结果：标题行及其下方的各行（当前所选为 {selection}）。",
  },
  sourceTableMissing: {
    kind: "value",
    en: "The workbook has no table named “{source}”: choose one of its tables.",
    zh: "此工作簿中没有名为“{source}”的表：请选择其中的一个表。",
  },
  sourceColumnMissing: {
    kind: "value",
    en: "The table {table} has no column “{column}” (mapped to {what}). Its columns are {columns}.",
    zh: "表 {table} 没有“{column}”列（对应{what}）。它的列有：{columns}。",
  },
  mappedPartner: { kind: "value", en: "the partner", zh: "合作伙伴" },
  mappedPartnerName: { kind: "value", en: "the partner's name", zh: "合作伙伴名称" },
  mappedKpi: { kind: "value", en: "the KPI {kpi}", zh: "KPI“{kpi}”的实际值" },
  mappedTarget: { kind: "value", en: "the target of {kpi}", zh: "“{kpi}”的目标" },

  // Other refusals of the workbook layer.
  cellTextTooLong: {
    kind: "value",
    en: "{what} has {count} characters; an Excel cell holds at most 32,767.",
    zh: "{what}有 {count} 个字符；一个 Excel 单元格最多容纳 32,767 个字符。",
  },
  settingText: { kind: "value", en: "The setting {setting}", zh: "设置“{setting}”" },
  partnerIdText: { kind: "value", en: "Partner {row}'s ID", zh: "第 {row} 个合作伙伴的 ID" },
  partnerNameText: { kind: "value", en: "Partner {row}'s name", zh: "第 {row} 个合作伙伴的名称" },
  deleteUnsupported: {
    kind: "value",
    en: "This version of Excel cannot show which sheets the add-in created, so it will not delete any: delete the program's sheets by hand.",
    zh: "此版本的 Excel 无法显示哪些工作表是加载项创建的，因此加载项不会删除任何工作表：请手动删除该方案的工作表。",
  },
  deleteNothingFound: {
    kind: "value",
    en: "No sheet of the program “{key}” was found in this workbook.",
    zh: "此工作簿中找不到方案“{key}”的任何工作表。",
  },
  deleteLastSheets: {
    kind: "value",
    en: "The program's sheets are the only sheets in the workbook, and Excel needs one: add a sheet first.",
    zh: "该方案的工作表是工作簿中仅有的工作表，而 Excel 至少需要保留一个：请先添加一个工作表。",
  },
  programChangedSince: {
    kind: "value",
    en: "The program “{name}” was changed in the workbook after Insights read it. Nothing was written: read the workbook again and redo the change.",
    zh: "在“洞察”读取后，工作簿中的方案“{name}”已被更改。未写入任何内容：请重新读取工作簿后再做一次更改。",
  },
  targetsColumnMissing: {
    kind: "value",
    en: "The table {table} has no column “{column}”, so the targets cannot be written. Nothing was written.",
    zh: "表 {table} 没有“{column}”列，因此无法写入目标。未写入任何内容。",
  },
  targetNotNumber: {
    kind: "value",
    en: "The target for {partner} is not a number. Nothing was written.",
    zh: "{partner} 的目标不是数字。未写入任何内容。",
  },
  noSuchKpi: {
    kind: "value",
    en: "The program has no KPI number {number}. Nothing was written.",
    zh: "该方案没有第 {number} 个 KPI。未写入任何内容。",
  },
  targetsInUserTable: {
    kind: "value",
    en: "The targets of “{kpi}” are read from your table {table}, and the add-in does not write to your tables. Nothing was written: copy the targets there yourself.",
    zh: "“{kpi}”的目标读取自您的表 {table}，而加载项不会写入您的表。未写入任何内容：请自行把目标复制到该表中。",
  },
  targetFixed: {
    kind: "value",
    en: "“{kpi}” has one fixed target for every partner, so there is no column for per-partner targets. Nothing was written.",
    zh: "“{kpi}”对所有合作伙伴使用同一个固定目标，因此没有按合作伙伴设定目标的列。未写入任何内容。",
  },
  nothingWasWritten: { kind: "value", en: "Nothing was written.", zh: "未写入任何内容。" },
  targetsWriteFailed: {
    kind: "value",
    en: "Excel could not finish writing the targets of “{kpi}”: {reason}. {outcome}",
    zh: "Excel 未能完成写入“{kpi}”的目标：{reason}。{outcome}",
  },

  explainOneAmount: {
    kind: "value",
    en: "EXPLAIN explains one payout: {what} must be a single cell.",
    zh: "EXPLAIN 一次只解释一笔计酬：{what}必须是单个单元格。",
  },
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
  inputErrorNotReturnable: {
    kind: "value",
    en: "{what} holds the error {code}, which Excel does not let a custom function return. Correct the cell it comes from.",
    zh: "{what}包含错误 {code}，而 Excel 不允许自定义函数返回该错误。请更正其来源单元格。",
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageId = keyof typeof MESSAGES;


let currentLanguage: Language = "en";

/** Chooses the language of every message formatted from now on (the user's Office language). */
export function setMessageLanguage(language: Language): void {
  currentLanguage = language;
}

export function messageLanguage(): Language {
  return currentLanguage;
}

/**
 * Argument names and other English fragments that messages quote, in Chinese. Names the user
 * typed (KPI names) match nothing here and are shown as typed.
 */
const NAMES_ZH: readonly (readonly [RegExp, string])[] = [
  [/^Amount$/, "金额"],
  [/^Actual$/, "实际值"],
  [/^Attainments?$/, "达成率"],
  [/^Attainment (\d+)$/, "第 $1 个达成率"],
  [/^Completion dates$/, "完成日期"],
  [/^Due dates$/, "到期日"],
  [/^(The )?[Ll]ist price$/, "标价"],
  [/^(The )?[Tt]arget incentive$/, "目标奖金"],
  [/^Target$/, "目标"],
  [/^Value$/, "数值"],
  [/^Prior$/, "此前已计金额"],
  [/^Weights$/, "权重"],
  [/^Weight (\d+)$/, "第 $1 个权重"],
  [/^Grace days$/, "宽限天数"],
  [/^As of$/, "截至日期"],
  [/^Cap$/, "上限"],
  [/^Method$/, "方法"],
  [/^Direction$/, "方向"],
  [/^The tier table$/, "档位表"],
  [/^The due date in row (\d+)$/, "第 $1 行的到期日"],
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

export function formatMessage(id: MessageId, params: MessageParams = {}, language: Language = currentLanguage): string {
  return MESSAGES[id][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return language === "zh" && ENGINE_WORDS.has(name) ? translateName(value) : value;
  });
}

/** Formats a number for a message the way a finance user reads it: 50,000 or 0.035. */
export function showNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 10 });
}
