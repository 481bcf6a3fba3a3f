/*
 * The workbook layer as the pane uses it. Its type is the modules' own, so the pane does not
 * describe the workbook's API a second time; each service picks what it uses.
 *
 * What the first screen reads (the programs list, the selected cell and why it fails, a program's
 * issues) is in the first screen's script: Explain already needs those modules there, and a chunk
 * loaded for them would be fetched before the user asked for anything. Everything that writes
 * (src/workbook/programs.ts: create, update, dashboards, scenarios, reading a source table for the
 * wizard) is a chunk of its own, loaded by the first call to one of its functions.
 */
import { listPrograms, readProgram } from "../../workbook/program/readProgram";
import { readPartnerInputs } from "../../workbook/dashboard/programInWorkbook";
import {
  dataTableKeyIn,
  findIncentiveErrors,
  listProgramSheets,
  readIssueReasons,
  readSelectedCell,
  selectCell,
  watchSelection,
} from "../../workbook/selection";

export type WorkbookModule = typeof import("../../workbook/programs") & typeof import("../../workbook/selection");

/** The reads, at hand from the start. */
const READS = {
  listPrograms,
  readProgram,
  readPartnerInputs,
  readSelectedCell,
  listProgramSheets,
  findIncentiveErrors,
  readIssueReasons,
  dataTableKeyIn,
  selectCell,
  watchSelection,
};

/** The workbook layer's functions in the lazily loaded chunk. */
const LATER = [
  "previewProgramWrite",
  "createProgram",
  "updateProgram",
  "generateDashboard",
  "generateStatements",
  "generateValuesOnlyStatements",
  "runWrite",
  "deleteProgram",
  "listSourceTables",
  "readRangeSource",
  "readSelectedRangeSource",
  "saveScenario",
  "applyScenario",
  "writeTargets",
] as const;
type LaterKey = (typeof LATER)[number];

/** What the workbook service (excelWorkbookService.ts) uses of the workbook layer. */
export type ProgramsModule = Pick<
  WorkbookModule,
  | "previewProgramWrite"
  | "createProgram"
  | "listPrograms"
  | "readProgram"
  | "updateProgram"
  | "generateDashboard"
  | "generateStatements"
  | "generateValuesOnlyStatements"
  | "readPartnerInputs"
  | "runWrite"
  | "deleteProgram"
  | "readSelectedCell"
  | "listProgramSheets"
  | "findIncentiveErrors"
  | "readIssueReasons"
  | "dataTableKeyIn"
  | "selectCell"
  | "watchSelection"
  | "listSourceTables"
  | "readRangeSource"
  | "readSelectedRangeSource"
>;

/** What the Insights source (excelInsightsSource.ts) uses of the workbook layer. */
export type InsightsWorkbookModule = Pick<
  WorkbookModule,
  "listPrograms" | "readProgram" | "readPartnerInputs" | "saveScenario" | "applyScenario" | "writeTargets" | "runWrite"
>;

/** `name` of the writing chunk: the chunk is fetched by the first call (webpack keeps it after). */
function later<K extends LaterKey>(name: K): WorkbookModule[K] {
  const call = async (...args: unknown[]) => {
    const m = await import(/* webpackChunkName: "workbook" */ "../../workbook/programs");
    return (m[name] as unknown as (...a: unknown[]) => unknown)(...args);
  };
  return call as unknown as WorkbookModule[K];
}

const WORKBOOK = {
  ...READS,
  ...(Object.fromEntries(LATER.map((name) => [name, later(name)])) as Pick<WorkbookModule, LaterKey>),
};

/** The workbook layer: nothing is fetched until a function of the writing chunk is called. */
export async function loadWorkbookModule(): Promise<ProgramsModule & InsightsWorkbookModule> {
  return WORKBOOK;
}

/** The workbook service's loader (the same module). */
export const loadProgramsModule: () => Promise<ProgramsModule> = loadWorkbookModule;
