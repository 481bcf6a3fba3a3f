/*
 * Requirement sets: a member newer than the host's ExcelApi fails the sync with ApiNotFound
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * each member's set from its reference page (https://learn.microsoft.com/javascript/api/excel),
 * generated into test/excel-model/apiTable.ts.
 */
import { requiredSet } from "../excel-model/requirementSets";
import { excel, outcome } from "./helpers";

const data = { workbook: { sheets: [{ name: "Data", cells: { A1: 1, A2: 2 } }] } };

test.each([
  // [what, the set the docs give, a call that uses it]
  ["Range.copyFrom", "1.9", (c: any) => c.workbook.worksheets.getItem("Data").getRange("B1:B2").copyFrom("A1:A2")],
  ["Application.suspendScreenUpdatingUntilNextSync", "1.9", (c: any) => c.workbook.application.suspendScreenUpdatingUntilNextSync()],
  ["Application.suspendApiCalculationUntilNextSync", "1.6", (c: any) => c.workbook.application.suspendApiCalculationUntilNextSync()],
  ["Worksheet.customProperties", "1.12", (c: any) => c.workbook.worksheets.getItem("Data").customProperties.add("owner", "addin")],
  ["Worksheet.freezePanes", "1.7", (c: any) => c.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1)],
  ["Worksheet.getRangeByIndexes", "1.7", (c: any) => (c.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 2, 1, 1).values = [[3]])],
  ["Worksheet.horizontalPageBreaks", "1.9", (c: any) => c.workbook.worksheets.getItem("Data").horizontalPageBreaks.add("A2")],
  ["Worksheet.pageLayout", "1.9", (c: any) => (c.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape")],
  ["Workbook.properties", "1.7", (c: any) => c.workbook.properties.custom.add("k", "v")],
  ["Table.resize", "1.13", (c: any) => c.workbook.worksheets.getItem("Data").tables.add("A1:A2", true).resize("A1:A3")],
  ["Range.conditionalFormats", "1.6", (c: any) => c.workbook.worksheets.getItem("Data").getRange("A1").conditionalFormats.add("DataBar")],
])("%s needs ExcelApi %s: ApiNotFound below it, fine from it", async (api, set, call) => {
  const [cls, member] = api.split(".");
  expect(requiredSet(cls, member)).toBe(set);
  const below = `1.${Number(set.split(".")[1]) - 1}`;
  expect(await outcome(excel(data, { excelApi: below }), call)).toBe("ApiNotFound");
  expect(await outcome(excel(data, { excelApi: set }), call)).toBe("ok");
});

test("the calls before the missing member stay applied (a batch is not a transaction)", async () => {
  const x = excel(data, { excelApi: "1.8" });
  const code = await outcome(x, (c) => {
    const s = c.workbook.worksheets.getItem("Data");
    s.getRange("C1").values = [[9]];
    s.getRange("B1:B2").copyFrom("A1:A2");
  });
  expect(code).toBe("ApiNotFound");
  expect(x.snapshot().sheets[0].cells.C1).toEqual({ v: 9 });
  expect(x.snapshot().sheets[0].cells.B1).toBeUndefined();
});

test("ExcelApiOnline members exist only in Excel on the web", async () => {
  const call = (c: any) => {
    const t = c.workbook.worksheets.getItem("Data").tables.add("A1:A2", true);
    t.rows.deleteRowsAt(0, 1);
  };
  expect(requiredSet("TableRowCollection", "deleteRowsAt")).toBe("online");
  expect(await outcome(excel(data, { host: "windows" }), call)).toBe("ApiNotFound");
  expect(await outcome(excel(data, { host: "web" }), call)).toBe("ok");
});

test("Excel.run({ mergeUndoGroup: true }) needs ExcelApi 1.20: below it the run's first sync fails", async () => {
  const write = (c: any) => {
    c.workbook.worksheets.getItem("Data").getRange("B1").values = [[1]];
  };
  const old = excel(data, { excelApi: "1.19" });
  expect(await outcome(old, write, { mergeUndoGroup: true })).toBe("ApiNotFound");
  expect(old.snapshot().sheets[0].cells.B1).toBeUndefined();
  expect(await outcome(old, write)).toBe("ok");
  expect(await outcome(excel(data, { excelApi: "1.20" }), write, { mergeUndoGroup: true })).toBe("ok");
});

test("Office.context.requirements.isSetSupported answers from the host's settings", () => {
  const r = excel({}, { host: "mac", excelApi: "1.12" }).requirements;
  expect(r.isSetSupported("ExcelApi", "1.12")).toBe(true);
  expect(r.isSetSupported("ExcelApi", "1.13")).toBe(false);
  expect(r.isSetSupported("ExcelApi", "1.9")).toBe(true);
  expect(r.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
  expect(r.isSetSupported("ExcelUndoApiAll", "1.0")).toBe(false);
  const web = excel().requirements;
  expect(web.isSetSupported("ExcelApi", "1.20")).toBe(true);
  expect(web.isSetSupported("ExcelApiOnline")).toBe(true);
  expect(web.isSetSupported("ExcelUndoApiAll", "1.0")).toBe(true);
});
