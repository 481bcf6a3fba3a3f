/*
 * The real workbook service's statement files on the Excel model: the partners read once, each
 * file opened with Excel.createWorkbook from the writer's chunk (fflate and the .xlsx parts), in
 * the language asked for; nothing written to the add-in's workbook.
 */
import { strFromU8, unzipSync } from "fflate";
import { programTemplate } from "../../src/engine";
import { createProgram } from "../../src/workbook/programs";
import { createExcelWorkbookService } from "../../src/taskpane/services/excelWorkbookService";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";

async function workbook(options: ConstructorParameters<typeof ModelExcel>[0] = {}) {
  const excel = new ModelExcel(options);
  await createProgram(excel.context, programTemplate("solarwave"), {
    partners: [
      { id: "P-1", name: "Sunrise Shanghai", actuals: [0.9, 4.5] },
      { id: "P-2", name: "阳光安装", actuals: [1.1, 4.8] },
    ],
  });
  return excel;
}

const sheetXml = (base64: string) =>
  strFromU8(unzipSync(new Uint8Array(Buffer.from(base64, "base64")))["xl/sharedStrings.xml"]);

test("opens each partner's file in turn, from one read, in the language asked for", async () => {
  const excel = await workbook();
  const service = createExcelWorkbookService();
  expect(service.canOpenStatementFiles()).toBe(true);
  const syncsBefore = excel.syncs;
  const files = await service.statementFiles(KEY, { language: "zh" });
  const readSyncs = excel.syncs - syncsBefore;
  expect(files.partners.map((p) => p.id)).toEqual(["P-1", "P-2"]);

  expect(await files.openFile(1)).toEqual({ sheet: "P-2 结算单" });
  expect(await files.openFile(0)).toEqual({ sheet: "P-1 结算单" });
  expect(excel.syncs - syncsBefore).toBe(readSyncs); // opening reads nothing more
  expect(excel.createdWorkbooks).toHaveLength(2);
  expect(sheetXml(excel.createdWorkbooks[0].base64!)).toContain("阳光安装");
  expect(sheetXml(excel.createdWorkbooks[0].base64!)).not.toContain("Sunrise");
  expect(sheetXml(excel.createdWorkbooks[1].base64!)).toContain("Sunrise Shanghai");
});

test("says no before ExcelApi 1.8, and Excel's refusal rejects the one file", async () => {
  const excel = await workbook({ host: "mac", excelApi: "1.7" });
  const service = createExcelWorkbookService();
  expect(service.canOpenStatementFiles()).toBe(false);
  const files = await service.statementFiles(KEY);
  await expect(files.openFile(0)).rejects.toMatchObject({ code: "ApiNotFound" });
  expect(excel.createdWorkbooks).toHaveLength(0);
});
