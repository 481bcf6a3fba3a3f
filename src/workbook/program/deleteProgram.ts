/* global Excel */
/*
 * Deleting a program: only sheets carrying its ownership mark, and its settings' defined names. Runs in a plain Excel.run (deleting
 * sheets cannot be undone, so it cannot run in an undo group).
 *
 * Syncs: 3.
 */
import { detectExcelFeatures } from "../excelFeatures";
import { NamedSetting, SETTING_NAME_SUFFIXES, settingName } from "../names";
import { OWNER_PROPERTY, parseOwnerMark } from "../ownership";
import { isGroupedRun } from "../undoGroup";
import { formatMessage } from "../words";

/**
 * Deletes a program: exactly the sheets whose ownership mark names it (their tables go with
 * them). Sheets without the mark are never touched, even if they hold the program's tables.
 * Call it only after the user confirmed: deleting sheets also clears Excel's undo history.
 * Returns the names of the sheets deleted. Needs ExcelApi 1.12 (worksheet custom properties).
 */
export async function deleteProgram(context: Excel.RequestContext, key: string): Promise<string[]> {
  if (!detectExcelFeatures().customProperties) {
    throw new Error(formatMessage("deleteUnsupported"));
  }
  // Worksheet.delete cannot be undone, so it throws UndoNotSupported inside an undo group.
  if (isGroupedRun(context)) throw new Error("Internal error: deleteProgram must run outside an undo group.");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  context.workbook.names.load("items/name");
  await context.sync();
  const marks = sheets.items.map((sheet) => ({
    sheet,
    mark: sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY),
  }));
  marks.forEach((m) => m.mark.load("value"));
  await context.sync();
  const ours = marks.filter(
    (m) => !m.mark.isNullObject && parseOwnerMark(m.mark.value)?.key.toLowerCase() === key.toLowerCase(),
  );
  if (ours.length === 0) throw new Error(formatMessage("deleteNothingFound", { key }));
  if (ours.length === sheets.items.length) {
    throw new Error(formatMessage("deleteLastSheets"));
  }
  // The settings' names go with the plan sheet (else they stay behind as #REF! and keep the key taken).
  const settingNames = new Set(
    (Object.keys(SETTING_NAME_SUFFIXES) as NamedSetting[]).map((s) => settingName(key, s).toLowerCase()),
  );
  context.workbook.names.items.filter((n) => settingNames.has(n.name.toLowerCase())).forEach((n) => n.delete());
  ours.forEach((m) => m.sheet.delete());
  await context.sync();
  return ours.map((m) => m.sheet.name);
}
