/*
 * The statement file's writer as the pane loads it: the workbook's statementFile room and
 * fflate's zip, a chunk of their own fetched the first time a partner's file is made
 * (excelWorkbookService.ts), so the first screen does not carry them.
 */
import { zipSync } from "fflate";
import type { Zip } from "../../workbook/statementFile";

export { openStatementFile, readStatementFileSource, statementFile } from "../../workbook/statementFile";

/** The package's parts zipped (deflate, fflate's default level). */
export const zip: Zip = (files) => zipSync(files);
