/*
 * Whether this Excel can open a statement file: Excel.createWorkbook is ExcelApi 1.8
 * (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1): "[API set: ExcelApi 1.8]").
 * A file of its own so the first screen can ask without loading the writer.
 */
import { supportsExcelApi } from "../excelFeatures";

/** True where Excel.createWorkbook exists (ExcelApi 1.8); elsewhere the statement goes on a sheet. */
export function canOpenStatementFiles(): boolean {
  return supportsExcelApi("1.8");
}
