/*
 * A partner's statement file on the Excel model: read from the program's tables, opened with
 * Excel.createWorkbook (ExcelApi 1.8), what Excel was given read back; nothing written to the
 * workbook the add-in runs in.
 */
import { unzipSync, strFromU8, zipSync } from "fflate";
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import {
  canOpenStatementFiles,
  openStatementFile,
  readStatementFileSource,
  statementFile,
} from "../../../src/workbook/statementFile";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const zip = (files: Record<string, Uint8Array>) => zipSync(files);
const PARTNERS: PartnerSeed[] = [
  { id: "P-1", name: "Sunrise Shanghai", actuals: [0.9, 4.5] },
  { id: "P-2", name: "阳光安装", actuals: [1.1, 4.8] },
  { id: "P-3", name: "Delta Solar", actuals: [0.6, 3.9] },
];

async function workbookWith(options: ConstructorParameters<typeof ModelExcel>[0] = {}): Promise<ModelExcel> {
  const excel = new ModelExcel(options);
  await createProgram(excel.context, programTemplate("solarwave"), { partners: PARTNERS });
  return excel;
}

/** The text of every part of a created workbook's package. */
const packageText = (base64: string) =>
  Object.values(unzipSync(new Uint8Array(Buffer.from(base64, "base64"))))
    .map((b) => strFromU8(b))
    .join("\n");

test("opens the partner's statement as a new workbook; the add-in's workbook is left as it was", async () => {
  const excel = await workbookWith({ host: "web", excelApi: "1.20" });
  expect(canOpenStatementFiles()).toBe(true);
  const source = await readStatementFileSource(excel.context, KEY);
  expect(source.partners.map((p) => p.id)).toEqual(["P-1", "P-2", "P-3"]);
  const sheetsBefore = excel.model.snapshot().sheets.map((s: { name: string }) => s.name);

  const file = statementFile(source, 1, zip, "zh");
  const opened = await openStatementFile(excel.model.Excel, file);

  expect(excel.createdWorkbooks).toHaveLength(1);
  const created = excel.createdWorkbooks[0];
  expect(opened.base64Bytes).toBe(created.base64!.length);
  expect(created.parts).toEqual(
    expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
  );
  const text = packageText(created.base64!);
  expect(text).toContain("P-2 结算单");
  expect(text).toContain("阳光安装");
  for (const other of ["P-1", "Sunrise Shanghai", "P-3", "Delta Solar"]) expect(text).not.toContain(other);
  expect(excel.model.snapshot().sheets.map((s: { name: string }) => s.name)).toEqual(sheetsBefore);
});

test("a host before ExcelApi 1.8 cannot open one: the pane is told before anything is made", async () => {
  const excel = await workbookWith({ host: "windows", excelApi: "1.7" });
  expect(canOpenStatementFiles()).toBe(false);
  const file = statementFile(await readStatementFileSource(excel.context, KEY), 0, zip);
  await expect(openStatementFile(excel.model.Excel, file)).rejects.toMatchObject({ code: "ApiNotFound" });
  expect(excel.createdWorkbooks).toHaveLength(0);
});

test("Excel's refusal reaches the caller as it is", async () => {
  const excel = await workbookWith();
  const file = statementFile(await readStatementFileSource(excel.context, KEY), 0, zip);
  excel.model.failNextCreateWorkbook("AccessDenied", "The user declined.");
  await expect(openStatementFile(excel.model.Excel, file)).rejects.toMatchObject({ code: "AccessDenied" });
  await openStatementFile(excel.model.Excel, file);
  expect(excel.createdWorkbooks).toHaveLength(1);
});
