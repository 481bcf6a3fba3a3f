/*
 * Formulas Excel refuses (test/excel-model/formulaRules.ts): over 8,192 characters (Excel
 * specifications and limits), unbalanced parentheses or quotes, unknown functions, structured
 * references to a missing table or column, references to a missing sheet. Each fails the write's
 * sync with InvalidArgument; the same formula that is fine is written.
 */
import { excel, outcome } from "./helpers";

const book = {
  workbook: {
    sheets: [
      { name: "Plan", tables: [{ name: "Tiers", address: "A1:C3" }], cells: { A1: "Bound", B1: "Rate", C1: "Label" } },
      { name: "Q3 data", cells: { A1: 5 } },
    ],
    names: [{ name: "TaxRate", formula: "=0.2" }],
  },
};
const registered = () => ["PAYOUT", "TIER"];

async function write(formula: string, via: "formulas" | "values" = "formulas", at = "E1"): Promise<string> {
  const x = excel(book, { registeredFunctions: registered });
  return outcome(x, (c) => {
    c.workbook.worksheets.getItem("Plan").getRange(at)[via] = [[formula]];
  });
}

test("a formula of 8,192 characters is written; 8,193 is refused", async () => {
  const sum = (n: number) => "=" + "1+".repeat(n);
  const fits = sum(4095) + "1"; // "=" + 8,190 + "1" = 8,192
  expect(fits).toHaveLength(8192);
  expect(await write(fits)).toBe("ok");
  expect(await write(fits + "1")).toBe("InvalidArgument");
});

test.each([
  ["=SUM(1,2", "an unclosed parenthesis"],
  ["=SUM(1,2))", "a parenthesis closed twice"],
  ['=IF(A1="x,1,2)', "an unclosed quote"],
])("%s (%s) is refused", async (formula) => {
  expect(await write(formula)).toBe("InvalidArgument");
});

test('parentheses and quotes inside text do not count: =IF(A1=")",1,2) is fine', async () => {
  expect(await write('=IF(A1=")",1,2)')).toBe("ok");
});

test.each([
  ["=SUMM(1,2)", "InvalidArgument"],
  ["=INCENTIVE.NOPE(1)", "InvalidArgument"],
  ["=INCENTIVE.PAYOUT(1, Tiers)", "ok"],
  ["=_xlfn.XLOOKUP(1, Tiers[Bound], Tiers[Rate])", "ok"],
  ["=ROUND(SUMPRODUCT(Tiers[Rate]), 2)", "ok"],
])("function names: %s → %s", async (formula, expected) => {
  expect(await write(formula)).toBe(expected);
});

test.each([
  ["=SUM(Tiers[Amount])", "InvalidArgument"],
  ["=SUM(Tier[Rate])", "InvalidArgument"],
  ["=SUM(Tiers[[Bound]:[Label]])", "ok"],
  ["=Tiers[[#Totals],[Rate]]", "ok"],
  ["=SUM(TaxRate)", "ok"],
])("structured references: %s → %s", async (formula, expected) => {
  expect(await write(formula)).toBe(expected);
});

test("[@Column] works inside the table only", async () => {
  expect(await write("=[@Rate]*2", "formulas", "D2")).toBe("InvalidArgument");
  expect(await write("=[@Rate]*2", "formulas", "B2")).toBe("ok");
});

test.each([
  ["='Q3 data'!A1*2", "ok"],
  ["='Q4 data'!A1*2", "InvalidArgument"],
  ["=Nowhere!A1", "InvalidArgument"],
])("sheet references: %s → %s", async (formula, expected) => {
  expect(await write(formula)).toBe(expected);
});

test("text that Excel turns into a formula through values is checked the same way", async () => {
  expect(await write("=SUMM(1)", "values")).toBe("InvalidArgument");
  expect(await write("+1-555", "values")).toBe("ok");
});

test("post-hoc: checkFormulas() reports formulas broken since they were written", async () => {
  const x = excel(book, { registeredFunctions: registered });
  expect(
    await outcome(x, (c) => {
      c.workbook.worksheets.getItem("Plan").getRange("E1:E2").formulas = [["=SUM(Tiers[Label])"], ["='Q3 data'!A1"]];
    }),
  ).toBe("ok");
  expect(x.checkFormulas()).toEqual([]);
  await outcome(x, (c) => {
    c.workbook.worksheets.getItem("Q3 data").delete();
    c.workbook.tables.getItem("Tiers").columns.getItem("Label").name = "Tier";
  });
  expect(x.checkFormulas().map((p: { cell: string; problem: string }) => `${p.cell}: ${p.problem}`)).toEqual([
    'Plan!E1: table Tiers has no column "Label"',
    "Plan!E2: sheet Q3 data does not exist",
  ]);
});
