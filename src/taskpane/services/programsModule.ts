import type { ProgramsModule } from "./excelWorkbookService";

/** The workbook layer, in its own chunk: only the first Excel call loads it. */
export async function loadProgramsModule(): Promise<ProgramsModule> {
  const [programs, selection] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../../workbook/programs"),
    import(/* webpackChunkName: "workbook" */ "../../workbook/selection"),
  ]);
  return { ...programs, ...selection };
}
