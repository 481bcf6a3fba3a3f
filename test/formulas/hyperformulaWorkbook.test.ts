/*
 * The translator evaluated.test.ts relies on: each structured-reference form Excel documents
 * (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e)
 * turned into the A1 range the table's geometry gives, and the refusals that
 * keep a wrong translation from passing silently.
 */
import { HyperFormula } from "hyperformula";
import { Translator, evaluateWorkbook } from "./hyperformulaWorkbook";

const table = {
  name: "Sales",
  sheet: "Q3 'data'",
  address: "'Q3 ''data'''!B2:D5",
  headers: ["ID", "Amount (kW)", "[x]#"],
};
const t = new Translator([table]);
const at = (formula: string, r = 2, c = 1) => t.formula(formula, "Q3 'data'", r, c);
const S = "'Q3 ''data'''!";

test.each([
  ["Sales[ID]", `${S}$B$3:$B$5`],
  ["Sales[[Amount (kW)]]", `${S}$C$3:$C$5`],
  ["sales[['[x']'#]]", `${S}$D$3:$D$5`],
  ["Sales", `${S}$B$3:$D$5`],
  ["Sales[[ID]:[Amount (kW)]]", `${S}$B$3:$C$5`],
  ["Sales[#Headers]", `${S}$B$2:$D$2`],
  ["Sales[[#Headers],[ID]]", `${S}$B$2`],
  ["Sales[#All]", `${S}$B$2:$D$5`],
  ["Sales[#Data]", `${S}$B$3:$D$5`],
  ["Sales[@ID]", `${S}$B$3`],
  ["Sales[@[Amount (kW)]]", `${S}$C$3`],
  ["[@[Amount (kW)]]", `${S}$C$3`],
  ["[@[ID]:[Amount (kW)]]", `${S}$B$3:$C$3`],
  ["Sales[[#This Row],[ID]]", `${S}$B$3`],
  ['SUM(Sales[ID])&"Sales[ID]"', `SUM(${S}$B$3:$B$5)&"Sales[ID]"`],
])("%s → %s", (formula, a1) => {
  expect(at(formula)).toBe(a1);
});

test("a header it does not have, or [@…] outside the table's rows, is an error, not a guess", () => {
  expect(() => at("Sales[Amount]")).toThrow(/no column "Amount"/);
  expect(() => at("[@ID]", 9, 1)).toThrow(/outside a table's data rows/);
  expect(() => at("Sales[@ID]", 1, 1)).toThrow(/outside its data rows/);
});

test("TRUE and FALSE become HyperFormula's (in strings left alone)", () => {
  expect(at('IF(TRUE,"TRUE",FALSE)')).toBe('IF(TRUE(),"TRUE",FALSE())');
});

test("a function HyperFormula lacks leaves the cell #NAME?, never a half-computed value", () => {
  expect(at("SORTBY(Sales[ID],Sales[ID],-1)")).toBe("NOT_IN_HYPERFORMULA_SORTBY()");
});

test("a whole workbook: values, formulas over a table, XLOOKUP over an array of keys, a spill reference", () => {
  const wb = evaluateWorkbook({
    sheets: [
      {
        name: "Data",
        cells: {
          A1: { v: "Key" },
          B1: { v: "Value" },
          A2: { v: "a" },
          B2: { v: 2 },
          A3: { v: "b" },
          B3: { v: 3 },
          A4: { v: "c" },
          B4: { v: "" },
          D1: { f: '=SUM(XLOOKUP({"a","b"},T[Key],T[Value]))' },
          D2: { f: '=IF(XLOOKUP("c",T[Key],T[Value])="","blank",XLOOKUP("c",T[Key],T[Value]))' },
          D3: { f: "=SEQUENCE(3)" },
          E3: { f: "=SUM(D3#)" },
        },
      },
    ],
    tables: [{ name: "T", sheet: "Data", address: "Data!A1:B4", headers: ["Key", "Value"] }],
    names: [],
  });
  expect(wb.value("Data", "D1")).toBe(5);
  // XLOOKUP finds a blank as Excel's reference does: ="" is TRUE (incentivePlugin.ts).
  expect(wb.value("Data", "D2")).toBe("blank");
  expect(wb.value("Data", "E3")).toBe(6);
  expect(wb.formulas.map((f) => f.address).sort()).toEqual(["D1", "D2", "D3", "E3"]);
  wb.hf.destroy();
  expect(HyperFormula.getRegisteredFunctionNames("enGB")).toEqual(
    expect.arrayContaining(["INCENTIVE.PAYOUT", "RANK.EQ", "FIXED"]),
  );
});
