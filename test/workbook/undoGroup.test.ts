/*
 * One Ctrl+Z for one write where Excel can give it, and never an API without undo support inside
 * an undo group (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 *
 * Played on the strict Excel model (ModelExcel): Excel.run is the model's, each run gets a context
 * of its own, Excel.run({ mergeUndoGroup: true }) needs ExcelApi 1.20 (ApiNotFound before), and
 * inside a group an API without undo support on that host (Worksheet.delete among them) fails its
 * sync with UndoNotSupported, while outside a group it clears the user's undo stack
 * (test/excel-model/undoRules.ts). Excel refusing a large grouped write (OfficeDev/office-js #6491,
 * no documented threshold) is not a rule the model can know: undoGroup.heavy.test.ts injects it
 * at every sync of every write (`npm run test:heavy`).
 */
import { programTemplate } from "../../src/engine";
import { createProgram, deleteProgram } from "../../src/workbook/programs";
import { runAsOneUndoStep, runWrite, writeRunOptions } from "../../src/workbook/undoGroup";
import { WorkbookWriteError } from "../../src/workbook/writeError";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { KEY, WRITES, partners, refusedInGroup, runs, sheetNames } from "./undoGroupWrites";
import type { HostKind } from "../excel-model/excelModel";

describe("runWrite", () => {
  test("ExcelApi 1.20: one grouped run that Excel accepts, one Ctrl+Z, the user's undo stack kept", async () => {
    const excel = new ModelExcel();
    const result = await runWrite((context) =>
      createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
    );
    expect(result.undo).toBe("oneStep");
    expect(runs(excel)).toEqual([{ mergeUndoGroup: true }]);
    expect(writeRunOptions()).toEqual({ mergeUndoGroup: true });
    expect(result.value.summary.key).toBe(KEY);
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
    expect(excel.model.undoStackCleared).toEqual([]);
  });

  test.each([
    ["1.12", "windows"],
    ["1.19", "mac"],
    ["1.19", "web"],
  ] as const)(
    "before ExcelApi 1.20 (%s on %s): a plain run (a group would fail with ApiNotFound), and Ctrl+Z cannot take it back",
    async (excelApi, host) => {
      const excel = new ModelExcel({ excelApi, host });
      const result = await runWrite((context) =>
        createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
      );
      expect(result.undo).toBe("notUndoable");
      expect(runs(excel)).toEqual([{}]);
      expect(writeRunOptions()).toEqual({});
      expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
    },
  );

  test("the model refuses a group before ExcelApi 1.20, so the test above can fail", async () => {
    const excel = new ModelExcel({ excelApi: "1.19", host: "mac" });
    await expect(
      excel.model.Excel.run({ mergeUndoGroup: true }, async (context: Excel.RequestContext) => {
        context.workbook.worksheets.add("S");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a failed create inside a group deletes its sheets in a run of its own, never inside the group", async () => {
    const excel = new ModelExcel();
    const before = sheetNames(excel);
    excel.failAtSync = 2; // the first write sync of the create (after reading the names)
    const failure = await runWrite((context) =>
      createProgram(context, programTemplate("solarwave"), { partners: partners(3) }),
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkbookWriteError);
    expect((failure as Error).message).toMatch(/The workbook is as it was/);
    expect(refusedInGroup(excel)).toEqual([]);
    expect(runs(excel)).toEqual([{ mergeUndoGroup: true }, {}]);
    expect(sheetNames(excel)).toEqual(before);
    // The clean-up's deletes ran in the plain second run (where Excel allows them).
    const cleanUpRun = excel.model.log.filter((e) => e.kind === "run")[1].run;
    expect(excel.model.undoStackCleared.map((u) => [u.api, u.run])).toEqual([
      ["Worksheet.delete", cleanUpRun],
      ["Worksheet.delete", cleanUpRun],
      ["Worksheet.delete", cleanUpRun],
    ]);
  });

  test("the model refuses Worksheet.delete inside a group, so the tests above can fail", async () => {
    const excel = new ModelExcel({ sheets: ["Sheet1", "S"] });
    await expect(
      excel.model.Excel.run({ mergeUndoGroup: true }, async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("S").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(refusedInGroup(excel)).toEqual(['workbook.worksheets.getItem("S").delete']);
  });

  test.each(
    WRITES.flatMap(([name, prepare, write]) =>
      (["web", "windows", "mac"] as HostKind[]).map((host) => [name, host, prepare, write] as const),
    ),
  )(
    "%s on Excel on %s (ExcelApi 1.20): one group Excel accepts, no API without undo inside it, the undo stack kept",
    async (_, host, prepare, write) => {
      const excel = new ModelExcel({ host });
      await prepare();
      const from = excel.model.log.length;
      const result = await runWrite(write);
      expect(result.undo).toBe("oneStep");
      expect(refusedInGroup(excel)).toEqual([]);
      expect(excel.model.undoStackCleared).toEqual([]);
      expect(
        excel.model.log
          .slice(from)
          .filter((e) => e.kind === "run")
          .map((e) => e.options),
      ).toEqual([{ mergeUndoGroup: true }]);
    },
  );

  test("a refusal the write could not take back is not repeated, and the message is in words", async () => {
    const excel = new ModelExcel();
    const failure = (await runWrite(async () => {
      throw Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" });
    }).catch((e: unknown) => e)) as Error;
    expect(failure).toBeInstanceOf(WorkbookWriteError);
    expect(failure.message).toMatch(/could not record this change as one undo step/);
    expect(failure.message).not.toMatch(/^UndoNotSupported/);
    expect(runs(excel)).toHaveLength(1);
  });

  test("other failures are passed on as they are, not retried", async () => {
    const excel = new ModelExcel();
    await expect(
      runAsOneUndoStep(async () => {
        throw new Error("ItemNotFound");
      }),
    ).rejects.toThrow("ItemNotFound");
    expect(runs(excel)).toHaveLength(1);
  });
});

describe("deleteProgram", () => {
  test("refuses to run inside an undo group (Worksheet.delete cannot be grouped)", async () => {
    const excel = new ModelExcel();
    await runWrite((context) => createProgram(context, programTemplate("solarwave"), { partners: partners(3) }));
    await expect(runWrite((context) => deleteProgram(context, KEY))).rejects.toThrow(/outside an undo group/);
    expect(refusedInGroup(excel)).toEqual([]);
    expect(sheetNames(excel)).toContain("SolarWave Installer Data");
    // In a plain run of its own it deletes the program's sheets: Excel has no undo for that, so the
    // user's undo stack is cleared there (the pane asks first).
    await expect(
      excel.model.Excel.run((context: Excel.RequestContext) => deleteProgram(context, KEY)),
    ).resolves.toEqual(["SolarWave Installer Plan", "SolarWave Installer Data", "SolarWave Installer Change log"]);
    expect(excel.model.undoStackCleared.map((u) => u.api)).toEqual([
      "Worksheet.delete",
      "Worksheet.delete",
      "Worksheet.delete",
    ]);
    expect(sheetNames(excel)).toEqual(["Sheet1"]);
  });
});
