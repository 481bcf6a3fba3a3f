/*
 * What the task pane calls (contract.ts), in one index: preview a program's write, create it,
 * list the programs in the workbook, read one back, edit or delete it; dashboards and statements;
 * the Insights writes. Each takes the RequestContext of the caller's Excel.run (writes go through
 * runWrite from undoGroup.ts: one Ctrl+Z undoes them where Excel can group them; deleteProgram
 * runs in a plain Excel.run, since deleting sheets cannot be undone).
 *
 * Only re-exports: the code lives in program/ (describe, create, read, update, delete),
 * dashboard/, scenario/ and targets/, which import each other directly, never this index
 * (test/architecture/imports.test.ts).
 */
// Creating, reading and deleting a program (program/).
export { createProgram, previewProgramWrite, summaryOf } from "./program/createProgram";
export { listPrograms, readProgram } from "./program/readProgram";
export { deleteProgram } from "./program/deleteProgram";
export { runAsOneUndoStep, runWrite, writeRunOptions } from "./undoGroup";
export type { UndoOutcome, WriteResult } from "./undoGroup";
export { ProgramNotWritableError } from "./program/notWritable";
export { WorkbookWriteError } from "./applyPlan";
export { listSourceTables, readRangeSource, readSelectedRangeSource } from "./existingSource";
// Dashboards and statements (dashboard/generate.ts; docs/dashboard.md).
export { generateDashboard, generateStatements, generateValuesOnlyStatements } from "./dashboard/generate";
export { readPartnerInputs } from "./dashboard/programInWorkbook";

// Editing a program in place (program/update/).
export { updateProgram } from "./program/update/updateProgram";
export type { ChangeLogOptions, UpdatedProgram } from "./program/update/updateProgram";

// The program's Change log: read back, and a plan edited by hand since its last row (changeLog/).
export { readChangeLog } from "./changeLog/changeLogInWorkbook";
export { handEditsSince } from "./changeLog/handEdits";
export type { HandEdits } from "./changeLog/handEdits";
export type { LoggedChange } from "./changeLog/changeLogTable";

// Insights writes: a what-if saved as a sheet or applied, and reviewed targets (scenario/, targets/).
export { saveScenario } from "./scenario/writeScenario";
export type { SavedScenario, SaveScenarioOptions } from "./scenario/writeScenario";
export { applyScenario } from "./scenario/applyScenario";
export { ProgramChangedError } from "./scenario/unchanged";
export { writeTargets } from "./targets/writeTargets";
export type { NewTarget, WriteTargetsOptions, WrittenTargets } from "./targets/writeTargets";
