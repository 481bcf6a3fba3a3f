/* global Excel */
/*
 * Deleting a program: only sheets carrying its ownership mark. Runs in a plain Excel.run (deleting
 * sheets cannot be undone, so it cannot run in an undo group).
 *
 * Syncs: 3.
 */
import { detectExcelFeatures } from "../excelFeatures";
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
  ours.forEach((m) => m.sheet.delete());
  await context.sync();
  return ours.map((m) => m.sheet.name);
}
