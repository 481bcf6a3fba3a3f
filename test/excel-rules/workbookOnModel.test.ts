/*
 * The workbook layer against the strict Excel model instead of test/workbook/fakeExcel.ts: a few
 * of test/workbook/programs.test.ts's cases, run through ModelExcel (test/excel-model/
 * fakeExcelFacade.ts), which keeps FakeExcel's inspection API. Here every call waits for its sync,
 * formulas, names, requirement sets and sizes are checked as docs/excel-rules.md says; a read of a
 * property before its sync would show as a notLoaded warning.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { programTemplate } from "../../src/engine";
import { createProgram, deleteProgram, listPrograms, previewProgramWrite, readProgram, runWrite } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";


const dir = join(__dirname, "../../assets/sample/solarwave");
const sample = {
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
};

test("previewProgramWrite reads the workbook's names in one sync and writes nothing", async () => {
  const excel = new ModelExcel({ sheets: ["Sheet1", "Reseller Rebate 2026 Plan"] });
  const sync = jest.spyOn(excel.context, "sync");
  const preview = await previewProgramWrite(excel.context, programTemplate("resellerRebate"), {
    partners: [{ id: "R1", name: "Acme" }],
  });
  expect(sync).toHaveBeenCalledTimes(1);
  expect(preview.sheets.map((s) => s.name)).toEqual(["Reseller Rebate 2026 Plan (2)", "Reseller Rebate 2026 Data"]);
  expect(excel.calls.filter((c) => c.kind !== "load" && /\.(add|values|formulas)$/.test(c.what))).toEqual([]);
  expect(excel.model.warnings).toEqual([]);
});

test("createProgram: three syncs, the tables Excel would have, valid formulas, nothing read before it was loaded", async () => {
  const excel = new ModelExcel();
  const sync = jest.spyOn(excel.context, "sync");
  const created = await createProgram(excel.context, programTemplate("salesCommission"), {
    partners: [
      { id: "EU-1", name: "Alpenglow", actuals: [130000], targets: [100000] },
      { id: "EU-2", name: "-Minus", actuals: [90000], targets: [100000] },
    ],
  });
  expect(sync).toHaveBeenCalledTimes(3);
  expect(created.summary).toMatchObject({ key: "Partner_Sales_Commission", partners: 2 });
  const data = excel.table("PI_Partner_Sales_Commission_Data");
  expect(data.column("Bookings target").map((c) => c?.value)).toEqual([100000, 100000]);
  expect(data.column("Partner")[1]).toMatchObject({ kind: "text", value: "-Minus" });
  expect(excel.model.warnings.filter((w) => w.kind === "notLoaded")).toEqual([]);
  expect(excel.model.warnings.filter((w) => w.kind === "textBecameFormula")).toEqual([]);
  const problems = excel.model.checkFormulas();
  expect(problems).toEqual([]);
});

test("the SolarWave sample on Excel on the web: every sync under 5 MB, KPI actuals as INCENTIVE formulas", async () => {
  const excel = new ModelExcel();
  const created = await createProgram(excel.context, programTemplate("solarwave"), { withSolarWaveSample: true, sample });
  expect(created.summary.partners).toBe(60);
  expect(excel.liveSheets().map((s) => s.name)).toEqual([
    "Sheet1",
    "SolarWave Installer Plan",
    "SolarWave Installer Data",
    "SolarWave Installations",
  ]);
  expect(excel.table("PI_SolarWave_Installer_Installations").box.rows).toBe(4054);
  const data = excel.table("PI_SolarWave_Installer_Data");
  expect(data.column("On-time installs").every((c) => c?.kind === "formula" && String(c.value).includes("INCENTIVE.ONTIME("))).toBe(true);
  expect(Math.max(...excel.syncBytes)).toBeLessThan(5_000_000);
  expect(excel.model.checkFormulas()).toEqual([]);
});

test("listPrograms and readProgram find what createProgram wrote", async () => {
  const excel = new ModelExcel({ tables: ["Sales"] });
  await createProgram(excel.context, programTemplate("resellerRebate"), {
    partners: [
      { id: "R1", name: "Acme" },
      { id: "R2", name: "Beta" },
    ],
  });
  const programs = await listPrograms(excel.context);
  expect(programs.map((p) => [p.key, p.partners])).toEqual([["Reseller_Rebate_2026", 2]]);
  const read = await readProgram(excel.context, "Reseller_Rebate_2026");
  expect(read).toEqual(programTemplate("resellerRebate"));
  expect(excel.model.warnings.filter((w) => w.kind === "notLoaded")).toEqual([]);
});

test("the same writer on an older host (ExcelApi 1.8): no member newer than the host is called", async () => {
  const excel = new ModelExcel({ excelApi: "1.8", host: "windows" });
  await createProgram(excel.context, programTemplate("resellerRebate"), { partners: [{ id: "R1", name: "Acme" }] });
  expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
  expect(excel.liveSheets().map((s) => s.name)).toContain("Reseller Rebate 2026 Plan");
});

describe("undo, as the model plays it", () => {
  const partners = { partners: [{ id: "R1", name: "Acme" }] };

  test("runWrite(createProgram) on ExcelApi 1.20 is one undo group that Excel accepts: one Ctrl+Z, the stack kept", async () => {
    const excel = new ModelExcel();
    const result = await runWrite((context) => createProgram(context, programTemplate("resellerRebate"), partners));
    expect(result.undo).toBe("oneStep");
    expect(excel.model.log.find((e) => e.kind === "run")?.options).toEqual({ mergeUndoGroup: true });
    expect(excel.model.undoStackCleared).toEqual([]);
  });

  test("on ExcelApi 1.19 runWrite does not ask for a group (which would fail with ApiNotFound) and says Ctrl+Z can't undo it", async () => {
    const excel = new ModelExcel({ excelApi: "1.19", host: "mac" });
    const result = await runWrite((context) => createProgram(context, programTemplate("resellerRebate"), partners));
    expect(result.undo).toBe("notUndoable");
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
  });

  test("deleteProgram deletes sheets: outside a group the model records that the user's undo stack was cleared", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("resellerRebate"), partners);
    await excel.model.Excel.run((context: Excel.RequestContext) => deleteProgram(context, "Reseller_Rebate_2026"));
    expect(excel.model.undoStackCleared.map((u) => u.api)).toEqual(["Worksheet.delete", "Worksheet.delete"]);
    expect(excel.liveSheets().map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
