/*
 * Worksheet protection: what a protected sheet refuses, as the model enforces it.
 *
 * - Excel.WorksheetProtection (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection):
 *   `protected`, `options` and protect(options?, password?) [ExcelApi 1.2; 1.7 for the password],
 *   "Protects a worksheet. Fails if the worksheet has already been protected."; unprotect(password?)
 *   [ExcelApi 1.7]. The code Excel gives for either on a sheet already in that state is AccessDenied
 *   (OfficeDev/office-js#6784, where unprotect on an unprotected sheet also throws).
 * - Data protection (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection)
 *   and the options (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions):
 *   a protected sheet refuses edits to locked cells (every cell is locked until
 *   Range.format.protection.locked is set false, https://learn.microsoft.com/javascript/api/excel/excel.formatprotection),
 *   formatting unless allowFormatCells/Columns/Rows, inserting and deleting rows and columns unless
 *   allowInsertRows/… . What Office.js answers to such a write is not documented for add-ins; the
 *   Excel service answers AccessDenied ("You cannot perform the requested operation.") to a write
 *   into a locked cell (microsoftgraph/microsoft-graph-docs#4546), and the model does the same for
 *   every refused write (model's choice where the docs are silent: the strict reading, fail).
 * - Tables on a protected sheet cannot grow, shrink or be added (Excel's "Protect a worksheet":
 *   inserting rows into a table is not among the allowed actions). Model's choice: every table
 *   change on a protected sheet fails.
 * - Sheet protection is not workbook structure protection: deleting, renaming, moving a protected
 *   sheet is allowed (https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
 *   protects the structure).
 */
import { OfficeExtensionError } from "./errors";

/** Excel.WorksheetProtectionOptions with Excel's defaults (every action refused, selection normal). */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export interface SheetProtection {
  protected: boolean;
  options: ProtectionOptions;
  password: string | null;
}

export function defaultOptions(): ProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

export function unprotected(): SheetProtection {
  return { protected: false, options: defaultOptions(), password: null };
}

/** WorksheetProtection.protect: AccessDenied on a protected sheet. */
export function protect(p: SheetProtection, sheet: string, options?: Partial<ProtectionOptions>, password?: string) {
  if (p.protected) throw denied(`The worksheet "${sheet}" is already protected: protect() fails on a protected sheet.`);
  p.protected = true;
  p.options = { ...defaultOptions(), ...(options || {}) };
  p.password = password === undefined || password === null || password === "" ? null : String(password);
}

/** WorksheetProtection.unprotect: AccessDenied on an unprotected sheet, BadPassword for a wrong password. */
export function unprotect(p: SheetProtection, sheet: string, password?: string) {
  if (!p.protected) throw denied(`The worksheet "${sheet}" is not protected: unprotect() fails on it.`);
  if (p.password !== null && password !== p.password)
    throw new OfficeExtensionError("BadPassword", "The password you supplied is incorrect.");
  p.protected = false;
  p.password = null;
}

/**
 * What a write does to a protected sheet's cells:
 *  - "content": values, formulas, clearing contents (refused on locked cells);
 *  - "format": cell formats, number formats, styles (allowFormatCells);
 *  - "columnFormat" / "rowFormat": widths and heights (allowFormatColumns / allowFormatRows);
 *  - "insertRows" / "deleteRows" / "insertColumns" / "deleteColumns": whole rows or columns;
 *  - "objects": charts and shapes (allowEditObjects);
 *  - "structure": anything else that moves or adds cells (cells shifted, tables, objects): refused.
 */
export type ProtectedWrite =
  | "content"
  | "format"
  | "columnFormat"
  | "rowFormat"
  | "insertRows"
  | "deleteRows"
  | "insertColumns"
  | "deleteColumns"
  | "objects"
  | "structure";

const ALLOWED_BY: Partial<Record<ProtectedWrite, keyof ProtectionOptions>> = {
  format: "allowFormatCells",
  columnFormat: "allowFormatColumns",
  rowFormat: "allowFormatRows",
  insertRows: "allowInsertRows",
  deleteRows: "allowDeleteRows",
  insertColumns: "allowInsertColumns",
  deleteColumns: "allowDeleteColumns",
  objects: "allowEditObjects",
};

/**
 * Fails a write of kind `kind` to a protected sheet, unless its option allows it; a content write
 * is refused when `anyLocked()` says a cell it touches is locked.
 */
export function checkWrite(
  p: SheetProtection | undefined,
  sheet: string,
  where: string,
  kind: ProtectedWrite,
  what: string,
  anyLocked: () => boolean,
) {
  if (!p || !p.protected) return;
  if (kind === "content") {
    if (!anyLocked()) return;
    throw denied(`${what} at ${where}: the cell is locked on the protected sheet "${sheet}".`);
  }
  const option = ALLOWED_BY[kind];
  if (option && p.options[option] === true) return;
  throw denied(
    `${what} at ${where}: the sheet "${sheet}" is protected${option ? ` (${option} is false)` : ""}; unprotect it first.`,
  );
}

function denied(message: string) {
  return new OfficeExtensionError("AccessDenied", `You cannot perform the requested operation. ${message}`);
}

/** The kind of write a Range.format property path is ("columnWidth" → columnFormat …); "protection.*" is cell formatting. */
export function formatWriteKind(path: string): ProtectedWrite {
  if (path === "columnWidth" || path.startsWith("autofitColumns")) return "columnFormat";
  if (path === "rowHeight" || path.startsWith("autofitRows")) return "rowFormat";
  return "format";
}
