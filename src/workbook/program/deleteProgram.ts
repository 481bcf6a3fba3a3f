/* global Excel */
/*
 * Deleting a program: only sheets carrying its ownership mark, and its settings' defined names. Runs in a plain Excel.run (deleting
 * sheets cannot be undone, so it cannot run in an undo group).
 *
 * Syncs: 3 (5 more when a failed deletion is finished).
 */
import { detectExcelFeatures } from "../excelFeatures";
import { NamedSetting, SETTING_NAME_SUFFIXES, capOrNoneName, settingName } from "../names";
import { OWNER_PROPERTY, parseOwnerMark } from "../ownership";
import { isGroupedRun } from "../undoGroup";
import { formatMessage } from "../words";
import { WorkbookWriteError, failureReason } from "../writeError";

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
  const parts = await findProgramParts(context, key);
  if (parts.sheets.length === 0) throw new Error(formatMessage("deleteNothingFound", { key }));
  if (parts.sheets.length === parts.sheetCount) {
    throw new Error(formatMessage("deleteLastSheets"));
  }
  const deleted = parts.sheets.map((s) => s.name);
  try {
    await removeParts(context, parts);
  } catch {
    // Excel may have applied only part of the failed sync (some sheets or names gone, not all),
    // and a deleted sheet cannot be brought back: finish the job instead, so the program is gone
    // whole rather than left half-deleted.
    try {
      await removeParts(context, await findProgramParts(context, key));
    } catch (again) {
      throw new WorkbookWriteError(formatMessage("deleteStoppedPartway", { key, reason: failureReason(again) }), {
        cause: again,
        restored: false,
      });
    }
  }
  return deleted;
}

interface ProgramParts {
  readonly sheets: readonly Excel.Worksheet[];
  /** All the workbook's sheets, the program's and others. */
  readonly sheetCount: number;
  readonly names: readonly Excel.NamedItem[];
}

/** The sheets carrying the program's ownership mark and its settings' defined names (2 syncs). */
async function findProgramParts(context: Excel.RequestContext, key: string): Promise<ProgramParts> {
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
  const ours = marks
    .filter((m) => !m.mark.isNullObject && parseOwnerMark(m.mark.value)?.key.toLowerCase() === key.toLowerCase())
    .map((m) => m.sheet);
  const settingNames = new Set(
    [...(Object.keys(SETTING_NAME_SUFFIXES) as NamedSetting[]).map((s) => settingName(key, s)), capOrNoneName(key)].map(
      (n) => n.toLowerCase(),
    ),
  );
  const names = context.workbook.names.items.filter((n) => settingNames.has(n.name.toLowerCase()));
  return { sheets: ours, sheetCount: sheets.items.length, names };
}

/** Deletes the parts found (1 sync). The settings' names go with the plan sheet: else they stay as #REF! and keep the key taken. */
async function removeParts(context: Excel.RequestContext, parts: ProgramParts): Promise<void> {
  if (parts.sheets.length === 0 && parts.names.length === 0) return;
  parts.names.forEach((n) => n.delete());
  parts.sheets.forEach((s) => s.delete());
  await context.sync();
}
