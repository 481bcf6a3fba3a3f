/*
 * The Excel model's Range.getSpecialCells("Formulas", "Errors") (ExcelApi 1.9): formula cells
 * whose value is an error, as RangeAreas; none is ItemNotFound, or a null object with
 * getSpecialCellsOrNullObject ("Find special cells within a range",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
 * The model calculates nothing: what a formula shows is set by the test with setComputed. Also
 * what a test reads back of the user's view: the active sheet, the selection, event handlers added.
 */
import { createExcelModel } from "../excel-model/excelModel";

function model(excelApi = "1.20") {
  return createExcelModel(
    {
      workbook: { sheets: [{ name: "S", cells: { A1: "=1/0", A2: "=1/0", A3: "=1", B2: "#VALUE!", C1: "=NA()" } }] },
      notLoaded: "throw",
    },
    { excelApi },
  );
}

test("error formulas only, as one area per run of rows in a column; a constant that looks like an error is not one", async () => {
  const m = model();
  m.setComputed("S", "A1:A3", [["#DIV/0!"], ["#DIV/0!"], [1]]);
  m.setComputed("S", "C1", [["#N/A"]]);
  const ctx = m.newContext();
  const areas = ctx.workbook.worksheets.getItem("S").getUsedRange().getSpecialCellsOrNullObject("Formulas", "Errors");
  areas.load("cellCount,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
  await ctx.sync();
  expect(areas.isNullObject).toBe(false);
  expect(areas.cellCount).toBe(3);
  expect(areas.areas.items.map((a: any) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount])).toEqual([
    [0, 0, 2, 1],
    [0, 2, 1, 1],
  ]);
});

test("no error cells: a null object, or ItemNotFound without OrNullObject; older hosts lack it", async () => {
  const m = model();
  const ctx = m.newContext();
  const none = ctx.workbook.worksheets.getItem("S").getRange("A1:C3").getSpecialCellsOrNullObject("Formulas", "Errors");
  await ctx.sync();
  expect(none.isNullObject).toBe(true);
  ctx.workbook.worksheets.getItem("S").getRange("A1:C3").getSpecialCells("Formulas", "Errors").load("cellCount");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  const old = model("1.8");
  const c8 = old.newContext();
  c8.workbook.worksheets
    .getItem("S")
    .getRange("A1")
    .getSpecialCellsOrNullObject("Formulas", "Errors")
    .load("cellCount");
  await expect(c8.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("activate and select show in activeSheet and selection; an event handler added is kept for the test to call", async () => {
  const m = createExcelModel({ workbook: { sheets: [{ name: "A" }, { name: "B" }] } });
  expect(m.activeSheet).toBe("A");
  const ctx = m.newContext();
  ctx.workbook.worksheets.getItem("B").activate();
  ctx.workbook.worksheets.getItem("B").getRange("C3:D4").select();
  const handler = jest.fn();
  ctx.workbook.onSelectionChanged.add(handler);
  await ctx.sync();
  expect(m.activeSheet).toBe("B");
  expect(m.selection).toEqual({ sheet: "B", address: "C3:D4" });
  const added = m.log.find((e) => e.target === "workbook.onSelectionChanged" && e.member === "add");
  expect(added?.functions).toEqual([handler]);
});
