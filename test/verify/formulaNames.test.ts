/*
 * A workbook saved as `npm run sample:xlsx` saves it keeps the names that refer to a formula
 * (PI_<key>_CapOrNone, which every Payout formula passes as its cap), not only the cell names:
 * exceljs keeps defined names as cell ranges, so snapshotToWorkbook adds them to what it writes.
 * Without them the file's Payout formulas would show #NAME? in Excel.
 */
import { programTemplate } from "../../src/engine";
import { createProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { Snap, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { zipEntries } from "../../scripts/verify/xlsxTables";
import { xlsxBytes } from "./xlsxBytes";

test("every defined name the formulas use is in the saved file, a formula name with its formula", async () => {
  const excel = new ModelExcel({ excelApi: "1.20" });
  await createProgram(excel.context, programTemplate("solarwave"), {
    partners: [{ id: "P1", name: "One", actuals: [0.9, 4.5] }],
  });
  const snap = excel.model.snapshot() as unknown as Snap;
  const xml = zipEntries(xlsxBytes(snapshotToWorkbook(snap, engineResults(snap)))).get("xl/workbook.xml")!().toString(
    "utf8",
  );
  const names = [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
  expect(names).toContainEqual([
    "PI_SolarWave_Installer_CapOrNone",
    "IF(PI_SolarWave_Installer_Cap=&quot;&quot;,&quot;&quot;,PI_SolarWave_Installer_Cap)",
  ]);
  expect(names.map(([n]) => n).sort()).toEqual(snap.names.map((n) => n.name).sort());
});
