/*
 * The workbook floor's messages in English: what reading, writing and editing a program's sheets
 * can report (refusals, failures, progress steps, change descriptions). `{name}` placeholders are
 * filled by formatMessage (./index.ts). The Chinese file has the same keys; a test fails on a key
 * missing in either language, a Chinese entry left in English or a key nothing uses.
 */
export const MESSAGES_EN = {
  // The workbook layer: reading, writing and editing a program's sheets.
  planPaysInvalid: "The setting {setting} in {table} is “{found}”; it must be one of {allowed}.",
  planNoHeader: "The table {table} has no header row.",
  planColumnMissing: "The table {table} has no column “{column}”; it is needed to read the program.",
  updateLanguageChanged:
    "The program's sheets are in “{before}”; they cannot be switched to “{after}” in place, because the formulas name the headers as written. Create a new program in that language instead. Nothing was written.",
  programIncomplete: "The program “{key}” is not complete in this workbook: these tables are missing: {tables}.",
  dataColumnsMissing:
    "The table {table} has no column {columns}; the dashboard and statements read it. Restore the column's header, or create the program again.",
  noPartnersYet: "The data table has no partners yet, so there is no statement to write.",
  noSuchPartner: "There is no partner number {which}: the data table has {count}.",
  programNotWritable: "The program cannot be written yet: {problem}{more}",
  changesNotSavable: "The changes cannot be saved yet: {problem}{more}",
  moreToFix: " (and {count} more to fix)",
  existingNoSeeds:
    "A program over an existing table reads its partners from that table: sample data and partner rows cannot be added to it.",
  sampleNotIncluded: "The SolarWave sample data was not included with the request, so the sample cannot be loaded.",

  // Editing a program in place (program/update/).
  updateTablesUnreadable: "Could not read the program's tables ({reason}). Nothing was written.",
  updateWriteFailed: "Excel could not finish saving the changes to “{name}”: {reason}. {outcome}",
  tablesRestored: "The program's tables were put back as they were.",
  tablesMaybeChanged:
    "The program's tables may be partly changed: press Ctrl+Z, or open the program again and check it.",
  updateTablesGone:
    "The program cannot be saved: the table {tables} is no longer in this workbook. Nothing was written.",
  updatePayKindChanged:
    "What the program pays cannot be changed in place ({before} → {after}): its payout columns and settings differ. Create a new program instead. Nothing was written.",
  updateSourceKindChanged:
    "Where the partner results live cannot be changed in place ({before} → {after}): the data sheet is built differently. Create a new program instead. Nothing was written.",
  sourceOwnTable: "the program's own table",
  sourceUserTable: "your table",
  updateColumnMissing:
    "The table {table} has no column “{column}”; the add-in needs it to save the program. Nothing was written.",
  updateColumnGone:
    "The table {table} has no column “{column}” any more; the add-in needs it to save the program. Nothing was written.",
  updateAttainmentApart:
    "The attainment columns of {table} are no longer side by side (a column was put between them), so the score cannot read them: move that column out of the way and save again. Nothing was written.",
  columnKeptOne:
    "The column {columns} of {table} was kept: it holds your data. The program no longer reads it; delete it when you no longer need it.",
  columnKeptMany:
    "The columns {columns} of {table} were kept: they hold your data. The program no longer reads them; delete them when you no longer need them.",
  sourceRowsAddedOne: "{count} row of {table} added since the program was created now has its results row.",
  sourceRowsAddedMany: "{count} rows of {table} added since the program was created now have their results row.",
  sourceRowsRemovedOne: "{count} results row pointing past the end of {table} (or repeating a row) was removed.",
  sourceRowsRemovedMany: "{count} results rows pointing past the end of {table} (or repeating a row) were removed.",

  // Writing a plan into the workbook (applyPlan.ts).
  namesUnreadable: "Could not read the workbook's sheet and table names ({reason}). Nothing was written.",
  nameClash: "{clash} Nothing was written: review the program again to get fresh names.",
  sheetToRewriteGone: "The sheet “{sheet}” to rewrite is no longer in the workbook.",
  sheetNameTaken: "The workbook already has a sheet named “{sheet}”.",
  tableNameTaken: "The workbook already has a table or name called {table}.",
  writeFailed: "Excel could not finish writing “{program}” while {doing}: {reason}. {outcome}",
  writeUndoneAll: "The workbook is as it was: the sheets this write had started to add were removed.",
  writeUndoneAdded: "The sheets this write had started to add were removed.",
  writeRowsUndone: "The rows this write had added to {tables} were removed.",
  writeRowsLeft: "The add-in could not remove the rows it had added to {tables}; please delete them.",
  writeSheetsLeft: "The add-in could not remove the sheets it had added ({sheets}); please delete them.",
  writeNamesLeft:
    "The add-in could not remove the defined names it had added ({names}); please delete them in Formulas > Name Manager.",
  writeSheetsCleared:
    "The sheet {sheets} was left empty with a note, so no half-written numbers remain: generate it again.",
  writeSheetsHalfWritten: "The sheet {sheets} may be half written: clear it or generate it again.",
  sheetNotRegenerated:
    "This sheet could not be regenerated ({reason}). Generate it again from the Partner Incentives add-in.",
  unknownError: "an unknown error",
  stepsMore: "{steps} and {count} more steps",
  stepStarting: "starting the write",
  stepRecalculating: "recalculating the new tables",
  stepAddSheet: "adding the sheet “{sheet}”",
  stepTitles: "writing the titles on “{sheet}”",
  stepTable: "setting up the table {table}",
  stepTableFormats: "setting the number formats of {table}",
  stepRows: "writing rows {first}–{last} of {table}",
  stepFormulas: "writing the formulas of {table}",
  stepLayout: "laying out “{sheet}”",
  stepClear: "clearing “{sheet}” to rewrite it",
  stepFormat: "formatting “{sheet}”",
  stepWrite: "writing “{sheet}”",
  stepCopy: "copying the blocks of “{sheet}”",
  stepConditionalFormats: "adding the conditional formats of “{sheet}”",
  stepChart: "adding the chart “{chart}”",
  stepPrint: "setting up printing of “{sheet}”",
  stepPageBreaks: "adding the page breaks of “{sheet}”",
  statementsInParts:
    "Excel allows 1,026 page breaks per sheet, so the statements are written in {parts} parts of at most {size} partners, each statement on a printed page of its own: {sheets}.",
  statementsPartsUnused:
    "No longer needed with fewer partners, so emptied with a note (not deleted: Excel cannot undo deleting a sheet): {sheets}.",
  formulaTooLong:
    "A formula on “{sheet}” would be {length} characters long, and Excel allows 8,192. Nothing was written: shorten the KPI names in the program's KPI table (at most 80 characters each) and try again.",
  copyRangesUnsupported:
    "This version of Excel cannot copy ranges (ExcelApi 1.9), which “{sheet}” needs. Nothing was written: use Excel 2019 or later, or Excel on the web.",

  // The user's own table a program reads (existingSource.ts).
  sourceNotExisting: "The program does not read an existing table.",
  sourceRangeNoSheet:
    "“{source}” does not say which sheet the range is on: give it as 'Sheet name'!A1:D61, or select the cells and use the selection.",
  sourceRangeWholeColumns:
    "“{source}” is whole columns: select the cells that hold the data, from the header row down to the last partner.",
  sourceRangeTooSmall:
    "“{source}” has no row below its header row: the range needs the headers in its first row and one partner per row below.",
  sourceRangeTooLarge:
    "“{source}” has more than {max} rows below its header: select only the rows with partners (or make the data a table with Insert › Table).",
  sourceRangeInvalid: "“{source}” is neither a table in this workbook nor a range address such as 'Sales data'!A1:D61.",
  sourceRangeSheetMissing: "The workbook has no sheet named “{sheet}” for the range {source}.",
  sourceRangeMoved:
    "Rows were inserted or deleted in or above the range {source} since the program was written, and its formulas now read {now}. Edit the program and set its partner data to {now} (or to where the data now is). Nothing was written.",
  sourceSelectionNotRange:
    "Select the partner results in the sheet first: the header row and the rows below it (the selection is {selection}).",
  sourceTableMissing: "The workbook has no table named “{source}”: choose one of its tables.",
  sourceColumnMissing: "The table {table} has no column “{column}” (mapped to {what}). Its columns are {columns}.",
  mappedPartner: "the partner",
  mappedPartnerName: "the partner's name",
  mappedKpi: "the KPI {kpi}",
  mappedTarget: "the target of {kpi}",

  // Other refusals of the workbook layer.
  cellTextTooLong: "{what} has {count} characters; an Excel cell holds at most 32,767.",
  settingText: "The setting {setting}",
  partnerIdText: "Partner {row}'s ID",
  partnerNameText: "Partner {row}'s name",
  deleteUnsupported:
    "This version of Excel cannot show which sheets the add-in created, so it will not delete any: delete the program's sheets by hand.",
  deleteNothingFound: "No sheet of the program “{key}” was found in this workbook.",
  deleteStoppedPartway:
    "Deleting the program “{key}” stopped partway ({reason}). Part of it is still in the workbook: run Delete program again to remove the rest.",
  deleteLastSheets: "The program's sheets are the only sheets in the workbook, and Excel needs one: add a sheet first.",
  programChangedSince:
    "The program “{name}” was changed in the workbook after Insights read it. Nothing was written: read the workbook again and redo the change.",
  targetsColumnMissing:
    "The table {table} has no column “{column}”, so the targets cannot be written. Nothing was written.",
  targetNotNumber: "The target for {partner} is not a number. Nothing was written.",
  noSuchKpi: "The program has no KPI number {number}. Nothing was written.",
  targetsInUserTable:
    "The targets of “{kpi}” are read from your table {table}, and the add-in does not write to your tables. Nothing was written: copy the targets there yourself.",
  targetFixed:
    "“{kpi}” has one fixed target for every partner, so there is no column for per-partner targets. Nothing was written.",
  nothingWasWritten: "Nothing was written.",
  targetsWriteFailed: "Excel could not finish writing the targets of “{kpi}”: {reason}. {outcome}",

  // The task pane's gateway to Excel (src/taskpane/services): words the pane shows in its language.
  excelUnavailable:
    "Excel is not available here. Open Partner Incentives from the Home tab in Excel to read and write programs.",
  excelTalkFailed: "Something went wrong while talking to Excel.",
  sourceRangeUnreadable: "The range {source} cannot be read: check its sheet and address, or select the cells again.",

  // Undo. Excel's own Chinese UI calls Undo 撤消 (Ctrl+Z).
  undoNotSupportedReason: "Excel could not record it as one undo step",
  notGroupedNotRetried:
    "Excel could not record this change as one undo step. The add-in did not try again, because it could not tell whether the workbook was left as it was: check the program's sheets.",
} as const;

/** A workbook message's key. */
export type WorkbookMessageId = keyof typeof MESSAGES_EN;

/** The workbook's messages in one language: one template per key. */
export type WorkbookMessages = { readonly [id in WorkbookMessageId]: string };
