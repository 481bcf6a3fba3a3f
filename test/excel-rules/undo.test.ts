/*
 * Undo: inside Excel.run({ mergeUndoGroup: true }), an API that does not support undo on the host
 * fails the sync with UndoNotSupported; outside a group it clears the user's undo stack
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
import { UNDO_TABLE, undoSupported } from "../excel-model/undoRules";
import type { HostKind } from "../excel-model/requirementSets";
import { excel, outcome, sheetNames } from "./helpers";

const book = {
  workbook: {
    sheets: [{ name: "Data", cells: { A1: 1 } }, { name: "Other" }],
    names: [{ name: "Rate", formula: "=Data!$A$1" }],
  },
};
const HOSTS: HostKind[] = ["web", "windows", "mac"];

// [API, a call that uses it, supported on the web, supported on Windows and Mac] — as the page's table says.
const CASES: [string, (c: any) => void, boolean, boolean][] = [
  ["Worksheet.delete", (c) => c.workbook.worksheets.getItem("Other").delete(), false, false],
  ["Worksheet.copy", (c) => c.workbook.worksheets.getItem("Data").copy(), false, false],
  ["WorksheetProtection.protect", (c) => c.workbook.worksheets.getItem("Data").protection.protect(), false, false],
  ["WorkbookProtection.protect", (c) => c.workbook.protection.protect(), false, false],
  ["Workbook.save", (c) => c.workbook.save(), false, false],
  ["Worksheet.name", (c) => (c.workbook.worksheets.getItem("Other").name = "Renamed"), true, false],
  ["Worksheet.position", (c) => (c.workbook.worksheets.getItem("Other").position = 0), true, false],
  ["Worksheet.visibility", (c) => (c.workbook.worksheets.getItem("Other").visibility = "Hidden"), true, false],
  ["DocumentProperties.title", (c) => (c.workbook.properties.title = "Plan"), false, true],
  ["DocumentProperties.author", (c) => (c.workbook.properties.author = "Finance"), false, true],
  ["NamedItem.comment", (c) => (c.workbook.names.getItem("Rate").comment = "tier rate"), false, true],
  ["Style.wrapText", (c) => (c.workbook.styles.getItem("Normal").wrapText = true), false, true],
  ["Range.values", (c) => (c.workbook.worksheets.getItem("Data").getRange("B1").values = [[2]]), true, true],
];

describe.each(HOSTS)("on %s", (host) => {
  test.each(CASES)("%s in an undo group", async (api, call, web, desktop) => {
    const supported = host === "web" ? web : desktop;
    expect(undoSupported(host, api)).toBe(supported);
    const x = excel(book, { host });
    expect(await outcome(x, call, { mergeUndoGroup: true })).toBe(supported ? "ok" : "UndoNotSupported");
    expect(x.undoStackCleared).toEqual([]);
  });

  test.each(CASES)("%s outside a group runs, and clears the undo stack where unsupported", async (api, call, web, desktop) => {
    const supported = host === "web" ? web : desktop;
    const x = excel(book, { host });
    expect(await outcome(x, call)).toBe("ok");
    expect(x.undoStackCleared.map((u) => u.api)).toEqual(supported ? [] : [api]);
  });
});

test("the writes before an unsupported call in the group stay applied; the sheet is not deleted", async () => {
  const x = excel(book);
  const code = await outcome(
    x,
    (c) => {
      c.workbook.worksheets.getItem("Data").getRange("C1").values = [[3]];
      c.workbook.worksheets.getItem("Other").delete();
    },
    { mergeUndoGroup: true },
  );
  expect(code).toBe("UndoNotSupported");
  expect(sheetNames(x)).toEqual(["Data", "Other"]);
  expect(x.snapshot().sheets[0].cells.C1).toEqual({ v: 3 });
});

test("the table is the page's: 90 APIs, each with its web and Windows/Mac answer", () => {
  expect(UNDO_TABLE).toHaveLength(90);
  expect(new Set(UNDO_TABLE.map((r) => r[0])).size).toBe(90);
  expect(UNDO_TABLE.filter(([, web]) => web).map((r) => r[0])).toEqual([
    "Worksheet.name",
    "Worksheet.position",
    "Worksheet.visibility",
  ]);
});
