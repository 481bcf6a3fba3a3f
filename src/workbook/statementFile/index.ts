/* A partner's statement as a file of its own: described, written as .xlsx and opened by Excel. */
export { describeFileSheet } from "./fileSheet";
export type { FileCell, FileSheet } from "./fileSheet";
export { spreadsheetParts } from "./spreadsheetML";
export { statementFileBytes, toBase64 } from "./statementFileBytes";
export type { Zip } from "./statementFileBytes";
export { statementFile } from "./statementFile";
export type { StatementFile, StatementFileSource } from "./statementFile";
export { canOpenStatementFiles } from "./canOpen";
export { openStatementFile, readStatementFileSource } from "./openStatementFile";
export type { WorkbookOpener } from "./openStatementFile";
