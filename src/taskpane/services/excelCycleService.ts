/* global Excel */
/*
 * The real cycle service: each call one Excel.run handed to the workbook layer's cycle room
 * (src/workbook/cycle), loaded on first use. The close is a write (runWrite: one Ctrl+Z where
 * Excel can group it); protecting is not undoable, so it runs in a plain Excel.run of its own,
 * after the close ("Excel add-ins undo capabilities", unsupported APIs:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
import { ExcelUnavailableError } from "./WorkbookService";
import type { CycleService } from "./CycleService";
import { excelAvailable } from "./excelWorkbookService";

type CycleModule = typeof import("../../workbook/cycle") &
  typeof import("../../workbook/changeLog/logHandEdits") &
  Pick<typeof import("../../workbook/undoGroup"), "runWrite">;

async function loadCycleModule(): Promise<CycleModule> {
  const [cycle, handEdits, undo] = await Promise.all([
    import(/* webpackChunkName: "workbook-cycle" */ "../../workbook/cycle"),
    import(/* webpackChunkName: "workbook-cycle" */ "../../workbook/changeLog/logHandEdits"),
    import(/* webpackChunkName: "workbook" */ "../../workbook/undoGroup"),
  ]);
  return { ...cycle, ...handEdits, runWrite: undo.runWrite };
}

export function createExcelCycleService(load: () => Promise<CycleModule> = loadCycleModule): CycleService {
  async function prepare(): Promise<CycleModule> {
    if (!excelAvailable()) throw new ExcelUnavailableError();
    return load();
  }
  return {
    async previewClose(key) {
      const m = await prepare();
      return Excel.run((context) => m.previewClosePeriod(context, key));
    },
    async close(key, period) {
      const m = await prepare();
      const { value, undo } = await m.runWrite((context) => m.closePeriod(context, key, { period }));
      return { ...value, undo };
    },
    async protect(sheet) {
      const m = await prepare();
      await Excel.run((context) => m.protectSnapshot(context, sheet));
    },
    async check(key) {
      const m = await prepare();
      return Excel.run((context) => m.checkClosedPeriods(context, key));
    },
    async reopen(key, period, reason) {
      const m = await prepare();
      return (await m.runWrite((context) => m.reopenPeriod(context, key, period, reason))).value;
    },
    async updateAdjustments(key, forPeriod) {
      const m = await prepare();
      return (await m.runWrite((context) => m.updateAdjustments(context, key, new Date(), forPeriod))).value;
    },
    async previewAdjustments(key, forPeriod) {
      const m = await prepare();
      return Excel.run((context) => m.previewAdjustments(context, key, forPeriod));
    },
    async previewEarlierAdjustments(key) {
      const m = await prepare();
      return Excel.run((context) => m.previewEarlierAdjustments(context, key));
    },
    async handEdits(key) {
      const m = await prepare();
      return Excel.run((context) => m.readHandEdits(context, key));
    },
    async logHandEdits(key, reason) {
      const m = await prepare();
      return (await m.runWrite((context) => m.logHandEdits(context, key, reason))).value;
    },
  };
}
