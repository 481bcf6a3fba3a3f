import type { ProgramsModule } from "./excelWorkbookService";

/** The workbook layer, in its own chunk: only the first Excel call loads it. */
export function loadProgramsModule(): Promise<ProgramsModule> {
  return import(/* webpackChunkName: "workbook" */ "../../workbook/programs");
}
