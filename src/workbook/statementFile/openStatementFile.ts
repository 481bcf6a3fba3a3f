/* global Excel */
/*
 * A partner's statement file opened in Excel: Excel.createWorkbook(base64) (ExcelApi 1.8) opens
 * the .xlsx as a new, unsaved workbook in a window of its own, outside this add-in's reach: the
 * add-in cannot name, save or close it, nor tell whether the user kept it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook).
 * Excel is passed in, not read as a global, so tests run it on the Excel model.
 */
import { partnerRecords, readProgramInWorkbook } from "../dashboard/programInWorkbook";
import { readAdjustmentsInForce } from "../cycle/adjustmentsInForce";
import { beforeWriting } from "../writeError";
import type { StatementFile, StatementFileSource } from "./statementFile";
import { toBase64 } from "./statementFileBytes";

/** The part of the Excel namespace a statement file needs. */
export type WorkbookOpener = Pick<typeof Excel, "createWorkbook">;

/** The program, its partners and the open period's adjustments, read once (2 syncs and the adjustments' own). */
export async function readStatementFileSource(
  context: Excel.RequestContext,
  key: string,
): Promise<StatementFileSource> {
  const w = await beforeWriting(() => readProgramInWorkbook(context, key, true));
  const adjustment = await beforeWriting(() => readAdjustmentsInForce(context, w));
  return { key: w.key, program: w.program, partners: partnerRecords(w), adjustment };
}

/** Opens the file as a new workbook; resolves with the size of the Base64 sent, rejects with Excel's error. */
export async function openStatementFile(excel: WorkbookOpener, file: StatementFile): Promise<{ base64Bytes: number }> {
  const base64 = toBase64(file.bytes);
  await excel.createWorkbook(base64);
  return { base64Bytes: base64.length };
}
