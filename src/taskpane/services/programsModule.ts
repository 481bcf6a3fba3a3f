/*
 * The workbook layer as the pane loads it: src/workbook/programs.ts (the index of what the pane
 * calls) and selection.ts, in a chunk of their own. Its type is the modules' own, so the pane does
 * not describe the workbook's API a second time; each service picks what it uses.
 */
export type WorkbookModule = typeof import("../../workbook/programs") & typeof import("../../workbook/selection");

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

/** The workbook layer, in its own chunk: only the first Excel call loads it. */
export async function loadWorkbookModule(): Promise<WorkbookModule> {
  const [programs, selection] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../../workbook/programs"),
    import(/* webpackChunkName: "workbook" */ "../../workbook/selection"),
  ]);
  return { ...programs, ...selection };
}

/** The workbook service's loader (the same chunk). */
export const loadProgramsModule: () => Promise<ProgramsModule> = loadWorkbookModule;
