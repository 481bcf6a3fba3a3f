/*
 * Names Excel accepts (test/excel-model/nameRules.ts). Sheets: at most 31 characters, none of
 * [ ] : * ? / \, not blank, not starting or ending with an apostrophe, not "History". Tables and
 * defined names: start with a letter, underscore or backslash; letters, digits, periods and
 * underscores; no spaces; not a cell reference (A1, R1C1, R, C) nor TRUE/FALSE; at most 255 characters; unique
 * among tables and workbook names, ignoring case.
 */
import { excel, outcome, sheetNames } from "./helpers";

const addSheet = (name: string) => outcome(excel(), (c) => c.workbook.worksheets.add(name));

test.each([
  ["x".repeat(31), "ok"],
  ["x".repeat(32), "InvalidArgument"],
  ...["[", "]", ":", "*", "?", "/", "\\"].map((ch) => [`Q3${ch}Q4`, "InvalidArgument"]),
  ["", "InvalidArgument"],
  ["   ", "InvalidArgument"],
  ["'Plan", "InvalidArgument"],
  ["Plan'", "InvalidArgument"],
  ["Partner's plan", "ok"],
  ["History", "InvalidArgument"],
  ["history", "InvalidArgument"],
  ["Plan 2026 (draft)", "ok"],
])("sheet name %j → %s", async (name, expected) => {
  expect(await addSheet(name)).toBe(expected);
});

test("renaming a sheet follows the same rules, and names are unique ignoring case", async () => {
  const x = excel({ workbook: { sheets: [{ name: "Data" }, { name: "Plan" }] } });
  expect(
    await outcome(x, (c) => {
      c.workbook.worksheets.getItem("Plan").name = "Q3/Q4";
    }),
  ).toBe("InvalidArgument");
  expect(
    await outcome(x, (c) => {
      c.workbook.worksheets.getItem("Plan").name = "DATA";
    }),
  ).toBe("ItemAlreadyExists");
  expect(await outcome(x, (c) => c.workbook.worksheets.add("data"))).toBe("ItemAlreadyExists");
  expect(sheetNames(x)).toEqual(["Data", "Plan"]);
});

const nameTable = (name: string) =>
  outcome(excel({ workbook: { sheets: [{ name: "Data", cells: { A1: "x" } }] } }), (c) => {
    c.workbook.worksheets.getItem("Data").tables.add("A1:A2", true).name = name;
  });
const addName = (name: string) =>
  outcome(excel(), (c) => c.workbook.names.add(name, c.workbook.worksheets.getItem("Sheet1").getRange("A1")));

test.each([
  ["Tiers", "ok"],
  ["_tiers", "ok"],
  ["\\tiers", "ok"],
  ["Tiers.2026", "ok"],
  ["2026Tiers", "InvalidArgument"],
  ["My Tiers", "InvalidArgument"],
  ["Tiers-2026", "InvalidArgument"],
  ["A1", "InvalidArgument"],
  ["xfd1048576", "InvalidArgument"],
  ["R1C1", "InvalidArgument"],
  ["R", "InvalidArgument"],
  ["c", "InvalidArgument"],
  ["TRUE", "InvalidArgument"],
  ["false", "InvalidArgument"],
  ["T".repeat(255), "ok"],
  ["T".repeat(256), "InvalidArgument"],
  ["", "InvalidArgument"],
])("table and defined name %j → %s", async (name, expected) => {
  expect(await nameTable(name)).toBe(expected);
  expect(await addName(name)).toBe(expected);
});

test("table names and defined names share one namespace, ignoring case", async () => {
  const book = {
    workbook: {
      sheets: [{ name: "Data", cells: { A1: "x", C1: "y" }, tables: [{ name: "Tiers", address: "A1:A2" }] }],
      names: [{ name: "TaxRate", formula: "=0.2" }],
    },
  };
  expect(await outcome(excel(book), (c) => c.workbook.names.add("TIERS", "=1"))).toBe("ItemAlreadyExists");
  expect(
    await outcome(excel(book), (c) => {
      c.workbook.worksheets.getItem("Data").tables.add("C1:C2", true).name = "taxrate";
    }),
  ).toBe("ItemAlreadyExists");
  expect(await outcome(excel(book), (c) => c.workbook.names.add("taxRATE", "=1"))).toBe("ItemAlreadyExists");
});
