/* global Office, globalThis */
/*
 * Which optional Excel APIs this host has. Office.js defines every method on every host; calling
 * one the host lacks fails the whole batch, so the writer asks the requirement sets first.
 */

export interface ExcelFeatures {
  /** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  readonly suspendCalculation: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync and Range.copyFrom (ExcelApi 1.9). */
  readonly suspendScreenUpdating: boolean;
  readonly copyFrom: boolean;
  /** Worksheet.customProperties, the ownership mark (ExcelApi 1.12). */
  readonly customProperties: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7): frozen header rows; without it the rows simply scroll. */
  readonly freezePanes?: boolean;
  /** Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20). */
  readonly mergeUndoGroup: boolean;
}

export function supportsExcelApi(version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/**
 * True where Ctrl+Z can take back changes made by add-ins: ExcelApi 1.20 added undo support
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set),
 * and Microsoft's undo page checks ExcelUndoApiAll 1.0
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
export function supportsUndo(): boolean {
  if (supportsExcelApi("1.20")) return true;
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported("ExcelUndoApiAll", "1.0") === true;
  } catch {
    return false;
  }
}

export function detectExcelFeatures(): ExcelFeatures {
  const v19 = supportsExcelApi("1.9");
  return {
    suspendCalculation: supportsExcelApi("1.6"),
    suspendScreenUpdating: v19,
    copyFrom: v19,
    customProperties: supportsExcelApi("1.12"),
    freezePanes: supportsExcelApi("1.7"),
    mergeUndoGroup: supportsExcelApi("1.20"),
  };
}
