/* The workbook floor's messages in Simplified Chinese: the same keys and placeholders as messages.en.ts. */
import type { WorkbookMessages } from "./messages.en";

export const MESSAGES_ZH: WorkbookMessages = {
  // The workbook layer: reading, writing and editing a program's sheets.
  planPaysInvalid: "{table} 中的设置“{setting}”为“{found}”；它必须是 {allowed} 之一。",
  planNoHeader: "表 {table} 没有标题行。",
  planColumnMissing: "表 {table} 没有“{column}”列；读取方案需要这一列。",
  updateLanguageChanged:
    "该方案的工作表语言为“{before}”，无法在原处改为“{after}”，因为公式引用的是已写入的标题。请改用该语言新建方案。未写入任何内容。",
  programIncomplete: "此工作簿中的方案“{key}”不完整：缺少以下表：{tables}。",
  dataColumnsMissing: "表 {table} 没有列 {columns}；仪表板和结算单需要读取它。请恢复该列的标题，或重新创建方案。",
  noPartnersYet: "数据表中还没有合作伙伴，因此没有可生成的结算单。",
  noSuchPartner: "没有第 {which} 号合作伙伴：数据表中共有 {count} 个。",
  programNotWritable: "暂时无法写入该方案：{problem}{more}",
  changesNotSavable: "暂时无法保存这些更改：{problem}{more}",
  moreToFix: "（另有 {count} 处需要修改）",
  existingNoSeeds: "基于现有表的方案从该表读取合作伙伴：不能再为它添加示例数据或合作伙伴行。",
  sampleNotIncluded: "请求中未包含 SolarWave 示例数据，因此无法加载示例。",

  // Editing a program in place (program/update/).
  updateTablesUnreadable: "无法读取该方案的表（{reason}）。未写入任何内容。",
  updateWriteFailed: "Excel 未能完成保存对“{name}”的更改：{reason}。{outcome}",
  tablesRestored: "该方案的表已恢复原样。",
  tablesMaybeChanged: "该方案的表可能已被部分更改：请按 Ctrl+Z，或重新打开该方案进行检查。",
  updateTablesGone: "无法保存该方案：此工作簿中已没有表 {tables}。未写入任何内容。",
  updatePayKindChanged:
    "方案的计酬类型无法在原处更改（{before} → {after}）：两者的计酬列和设置不同。请改为新建方案。未写入任何内容。",
  updateSourceKindChanged:
    "合作伙伴结果的来源无法在原处更改（{before} → {after}）：两者的数据表结构不同。请改为新建方案。未写入任何内容。",
  sourceOwnTable: "方案自己的表",
  sourceUserTable: "您自己的表",
  updateColumnMissing: "表 {table} 没有“{column}”列；加载项需要这一列才能保存方案。未写入任何内容。",
  updateColumnGone: "表 {table} 已不再有“{column}”列；加载项需要这一列才能保存方案。未写入任何内容。",
  updateAttainmentApart:
    "{table} 的达成率列已不再相邻（中间插入了一列），得分无法读取它们：请移开那一列后再次保存。未写入任何内容。",
  columnKeptOne: "{table} 的列 {columns} 已保留：其中是您的数据。方案不再读取它；不再需要时可将其删除。",
  columnKeptMany: "{table} 的列 {columns} 已保留：其中是您的数据。方案不再读取这些列；不再需要时可将其删除。",
  sourceRowsAddedOne: "自方案创建以来在 {table} 中新增的 {count} 行现已有对应的结果行。",
  sourceRowsAddedMany: "自方案创建以来在 {table} 中新增的 {count} 行现已各有对应的结果行。",
  sourceRowsRemovedOne: "已删除 {count} 个指向 {table} 末尾之后（或重复某一行）的结果行。",
  sourceRowsRemovedMany: "已删除 {count} 个指向 {table} 末尾之后（或重复某一行）的结果行。",

  // Writing a plan into the workbook (applyPlan.ts).
  namesUnreadable: "无法读取工作簿的工作表和表名称（{reason}）。未写入任何内容。",
  nameClash: "{clash}未写入任何内容：请重新检查方案以获取新的名称。",
  sheetToRewriteGone: "要重写的工作表“{sheet}”已不在此工作簿中。",
  sheetNameTaken: "此工作簿中已有名为“{sheet}”的工作表。",
  tableNameTaken: "此工作簿中已有名为 {table} 的表或名称。",
  writeFailed: "Excel 在{doing}时未能完成写入“{program}”：{reason}。{outcome}",
  writeUndoneAll: "工作簿已恢复原样：本次写入已开始添加的工作表已被删除。",
  writeUndoneAdded: "本次写入已开始添加的工作表已被删除。",
  writeRowsUndone: "本次写入已添加到 {tables} 的行已被删除。",
  writeRowsLeft: "加载项未能删除它已添加到 {tables} 的行；请手动删除。",
  writeSheetsLeft: "加载项未能删除它已添加的工作表（{sheets}）；请手动删除。",
  writeNamesLeft: "加载项未能删除它已添加的定义名称（{names}）；请在“公式 > 名称管理器”中删除。",
  writeSheetsCleared: "工作表 {sheets} 已清空并留下说明，不会残留写了一半的数字：请重新生成。",
  writeSheetsHalfWritten: "工作表 {sheets} 可能只写入了一半：请清空或重新生成。",
  sheetNotRegenerated: "无法重新生成此工作表（{reason}）。请在 Partner Incentives 加载项中重新生成。",
  unknownError: "未知错误",
  stepsMore: "{steps}及另外 {count} 个步骤",
  stepStarting: "开始写入",
  stepRecalculating: "重新计算新表",
  stepAddSheet: "添加工作表“{sheet}”",
  stepTitles: "写入“{sheet}”的标题",
  stepTable: "设置表 {table}",
  stepTableFormats: "设置 {table} 的数字格式",
  stepRows: "写入 {table} 的第 {first}–{last} 行",
  stepFormulas: "写入 {table} 的公式",
  stepLayout: "排版“{sheet}”",
  stepClear: "清空“{sheet}”以便重写",
  stepFormat: "设置“{sheet}”的格式",
  stepWrite: "写入“{sheet}”",
  stepCopy: "复制“{sheet}”的区块",
  stepConditionalFormats: "添加“{sheet}”的条件格式",
  stepChart: "添加图表“{chart}”",
  stepPrint: "设置“{sheet}”的打印",
  stepPageBreaks: "添加“{sheet}”的分页符",
  statementsInParts:
    "Excel 每个工作表最多允许 1,026 个分页符，因此结算单分为 {parts} 部分写入，每部分最多 {size} 个合作伙伴，每份结算单各自从新的一页开始打印：{sheets}。",
  statementsPartsUnused: "合作伙伴减少后已不再需要，因此已清空并附说明（未删除：Excel 无法撤消删除工作表）：{sheets}。",
  formulaTooLong:
    "“{sheet}”上的一个公式将有 {length} 个字符，而 Excel 最多允许 8,192 个。未写入任何内容：请缩短方案 KPI 表中的 KPI 名称（每个最多 80 个字符）后重试。",
  copyRangesUnsupported:
    "此版本的 Excel 无法复制区域（ExcelApi 1.9），而“{sheet}”需要这一功能。未写入任何内容：请使用 Excel 2019 或更高版本，或 Excel 网页版。",

  // The user's own table a program reads (existingSource.ts).
  sourceNotExisting: "该方案不读取现有的表。",
  sourceRangeNoSheet:
    "“{source}”没有指明区域所在的工作表：请写成 'Sheet name'!A1:D61 的形式，或选中这些单元格后使用所选区域。",
  sourceRangeWholeColumns: "“{source}”是整列：请选中包含数据的单元格，从标题行一直到最后一个合作伙伴。",
  sourceRangeTooSmall: "“{source}”在标题行下没有任何行：该区域的第一行应为标题，下面每行一个合作伙伴。",
  sourceRangeTooLarge: "“{source}”的标题下超过 {max} 行：请只选中有合作伙伴的行（或用“插入 › 表格”把数据做成表）。",
  sourceRangeInvalid: "“{source}”既不是此工作簿中的表，也不是 'Sales data'!A1:D61 这样的区域地址。",
  sourceRangeSheetMissing: "此工作簿中没有名为“{sheet}”的工作表（区域 {source}）。",
  sourceRangeMoved:
    "自写入方案以来，区域 {source} 之内或上方插入或删除了行，其公式现在读取的是 {now}。请编辑方案，把合作伙伴数据设为 {now}（或数据现在所在的位置）。未写入任何内容。",
  sourceSelectionNotRange: "请先在工作表中选中合作伙伴结果：标题行及其下方的各行（当前所选为 {selection}）。",
  sourceTableMissing: "此工作簿中没有名为“{source}”的表：请选择其中的一个表。",
  sourceColumnMissing: "表 {table} 没有“{column}”列（对应{what}）。它的列有：{columns}。",
  mappedPartner: "合作伙伴",
  mappedPartnerName: "合作伙伴名称",
  mappedKpi: "KPI“{kpi}”的实际值",
  mappedTarget: "“{kpi}”的目标",

  // Other refusals of the workbook layer.
  cellTextTooLong: "{what}有 {count} 个字符；一个 Excel 单元格最多容纳 32,767 个字符。",
  settingText: "设置“{setting}”",
  partnerIdText: "第 {row} 个合作伙伴的 ID",
  partnerNameText: "第 {row} 个合作伙伴的名称",
  deleteUnsupported:
    "此版本的 Excel 无法显示哪些工作表是加载项创建的，因此加载项不会删除任何工作表：请手动删除该方案的工作表。",
  deleteNothingFound: "此工作簿中找不到方案“{key}”的任何工作表。",
  deleteStoppedPartway:
    "删除方案“{key}”时中途停止（{reason}）。方案仍有部分留在工作簿中：请再次运行“删除方案”以删除其余部分。",
  deleteLastSheets: "该方案的工作表是工作簿中仅有的工作表，而 Excel 至少需要保留一个：请先添加一个工作表。",
  programChangedSince:
    "在“洞察”读取后，工作簿中的方案“{name}”已被更改。未写入任何内容：请重新读取工作簿后再做一次更改。",
  targetsColumnMissing: "表 {table} 没有“{column}”列，因此无法写入目标。未写入任何内容。",
  targetNotNumber: "{partner} 的目标不是数字。未写入任何内容。",
  noSuchKpi: "该方案没有第 {number} 个 KPI。未写入任何内容。",
  targetsInUserTable:
    "“{kpi}”的目标读取自您的表 {table}，而加载项不会写入您的表。未写入任何内容：请自行把目标复制到该表中。",
  targetFixed: "“{kpi}”对所有合作伙伴使用同一个固定目标，因此没有按合作伙伴设定目标的列。未写入任何内容。",
  nothingWasWritten: "未写入任何内容。",
  targetsWriteFailed: "Excel 未能完成写入“{kpi}”的目标：{reason}。{outcome}",

  // The task pane's gateway to Excel (src/taskpane/services): words the pane shows in its language.
  excelUnavailable: "此处无法使用 Excel。请在 Excel 的“开始”选项卡中打开“合作伙伴激励”，以读取和写入方案。",
  excelTalkFailed: "与 Excel 通信时出错。",
  sourceRangeUnreadable: "无法读取区域 {source}：请检查其工作表和地址，或重新选中这些单元格。",

  // Undo. Excel's own Chinese UI calls Undo 撤消 (Ctrl+Z).
  undoNotSupportedReason: "Excel 无法将其记录为一个撤消步骤",
  notGroupedNotRetried:
    "Excel 无法将此更改记录为一个撤消步骤。加载项无法确定工作簿是否保持原样，因此没有重试：请检查该方案的工作表。",
};
