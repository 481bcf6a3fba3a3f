/*
 * undoGroup.test.ts's refusals at every sync, moved here with their checks (`npm run test:heavy`,
 * run by CI): Excel refusing to group each write the pane makes (OfficeDev/office-js #6491, no
 * documented threshold), injected at each of its syncs in turn, on the strict Excel model.
 */
import { readProgram } from "../../src/workbook/programs";
import { runWrite } from "../../src/workbook/undoGroup";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { KEY, WRITES, type WriteUnderTest, refusedInGroup, sheetNames } from "./undoGroupWrites";

/** Excel refusing to group the request at the k-th sync from now (after its calls ran, the worst case). */
function refuseGroupAt(excel: ModelExcel, k: number): void {
  excel.model.failSync(excel.model.syncStats.length + k, {
    code: "UndoNotSupported",
    message: "Excel could not group this request.",
    afterOps: Number.MAX_SAFE_INTEGER,
  });
}

describe("runWrite", () => {
  /** Syncs a write makes in a grouped run that succeeds. */
  async function syncsOf(prepare: () => Promise<unknown>, write: WriteUnderTest): Promise<number> {
    const excel = new ModelExcel();
    await prepare();
    const before = excel.syncs;
    await runWrite(write);
    return excel.syncs - before;
  }

  test.each(WRITES)(
    "Excel refusing to group %s at any sync: taken back, then written step by step",
    async (_, prepare, write) => {
      const total = await syncsOf(prepare, write);
      expect(total).toBeGreaterThan(2);
      let expected: string[] | null = null;
      for (let k = 0; k <= total; k++) {
        const excel = new ModelExcel();
        await prepare();
        if (k > 0) refuseGroupAt(excel, k);
        const result = await runWrite(write);
        expect({ k, undo: result.undo }).toEqual({ k, undo: k === 0 ? "oneStep" : "stepByStep" });
        expect(refusedInGroup(excel)).toEqual([]);
        // The same workbook whichever sync was refused: nothing left twice, nothing half-written.
        const names = sheetNames(excel);
        expected ??= names;
        expect({ k, names }).toEqual({ k, names: expected });
        expect((await readProgram(excel.context, KEY)).kpis).toHaveLength(2);
      }
      expect(expected).toContain("SolarWave Installer Data");
    },
  );
});
