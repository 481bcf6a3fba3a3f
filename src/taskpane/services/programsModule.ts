/* global Excel */
import type { DashboardApi, ProgramsApi } from "../../workbook/contract";
import type { WriteResult } from "../../workbook/undoGroup";
import type {
  findIncentiveErrors,
  listProgramSheets,
  readSelectedCell,
  selectCell,
  watchSelection,
} from "../../workbook/selection";
import type { listSourceTables, readRangeSource, readSelectedRangeSource } from "../../workbook/existingSource";

/** What the workbook service (excelWorkbookService.ts) uses of src/workbook/programs.ts and src/workbook/selection.ts. */
export type ProgramsModule = Pick<
  ProgramsApi,
  "previewProgramWrite" | "createProgram" | "listPrograms" | "readProgram" | "updateProgram"
> &
  Pick<
    DashboardApi,
    "generateDashboard" | "generateStatements" | "generateValuesOnlyStatements" | "readPartnerInputs"
  > & {
    runWrite<T>(write: (context: Excel.RequestContext) => Promise<T>): Promise<WriteResult<T>>;
    deleteProgram(context: Excel.RequestContext, key: string): Promise<string[]>;
    readSelectedCell: typeof readSelectedCell;
    listProgramSheets: typeof listProgramSheets;
    findIncentiveErrors: typeof findIncentiveErrors;
    selectCell: typeof selectCell;
    watchSelection: typeof watchSelection;
    listSourceTables: typeof listSourceTables;
    readRangeSource: typeof readRangeSource;
    readSelectedRangeSource: typeof readSelectedRangeSource;
  };

/** The workbook layer, in its own chunk: only the first Excel call loads it. */
export async function loadProgramsModule(): Promise<ProgramsModule> {
  const [programs, selection] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../../workbook/programs"),
    import(/* webpackChunkName: "workbook" */ "../../workbook/selection"),
  ]);
  return { ...programs, ...selection };
}
