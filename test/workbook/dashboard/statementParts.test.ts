/*
 * Statements in parts (statementParts.ts): a sheet per 1,026 partners, so every statement starts
 * a printed page (Excel's 1,026 page breaks per sheet) and no sheet nears Excel's 1,048,576 rows.
 * On the strict Excel model (test/excel-model), which enforces sheet rows, page breaks and
 * formulas, and throws on reads of what was not loaded. Regenerating in place with fewer and then
 * more partners: statementParts.heavy.test.ts (`npm run test:heavy`).
 */
import { generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import {
  EXCEL_SHEET_ROWS,
  PARTNERS_PER_PART,
  partLabel,
  statementParts,
} from "../../../src/workbook/dashboard/statementParts";
import { sheetLabels } from "../../../src/workbook/labels";
import { MAX_PAGE_BREAKS } from "../../../src/workbook/excelLimits";
import { OWNER_PROPERTY, markPart, ownerMarkValue, parseOwnerMark } from "../../../src/workbook/ownership";
import { MAX_SHEET_NAME, sheetNameProblem } from "../../../src/workbook/names";
import { STATEMENT_TOP } from "../../../src/workbook/dashboard/statementLayout";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { H, KEY, blockTop, liveNumber, mark, modelWith, numberRow } from "./statementPartsModel";

describe("the part arithmetic", () => {
  test("1,026 partners a part (Excel's page breaks per sheet): 1,025 breaks, every statement on its own page", () => {
    expect(PARTNERS_PER_PART).toBe(MAX_PAGE_BREAKS);
    expect(statementParts(0)).toEqual([{ part: 1, parts: 1, first: 0, count: 1 }]);
    expect(statementParts(1026)).toEqual([{ part: 1, parts: 1, first: 0, count: 1026 }]);
    expect(statementParts(1027)).toEqual([
      { part: 1, parts: 2, first: 0, count: 1026 },
      { part: 2, parts: 2, first: 1026, count: 1 },
    ]);
    expect(statementParts(2100).map((p) => [p.first, p.count])).toEqual([
      [0, 1026],
      [1026, 1026],
      [2052, 48],
    ]);
    expect(statementParts(7, 3).map((p) => [p.part, p.parts, p.first, p.count])).toEqual([
      [1, 3, 0, 3],
      [2, 3, 3, 3],
      [3, 3, 6, 1],
    ]);
    expect(() => statementParts(7, 0)).toThrow(RangeError);
  });

  test("50,000 partners: 49 parts, each far below Excel's rows, every partner in exactly one", () => {
    const parts = statementParts(50000);
    expect(parts).toHaveLength(49);
    let next = 0;
    for (const p of parts) {
      expect(p.first).toBe(next);
      next += p.count;
      expect(p.count - 1).toBeLessThanOrEqual(MAX_PAGE_BREAKS);
      expect(STATEMENT_TOP + p.count * H).toBeLessThan(EXCEL_SHEET_ROWS);
    }
    expect(next).toBe(50000);
    // One sheet would need rows up to 4 + 50,000 × 22 = 1,100,004: beyond Excel's 1,048,576.
    expect(STATEMENT_TOP + 50000 * H).toBeGreaterThan(EXCEL_SHEET_ROWS);
  });

  test("part names: the usual one, then “Statements 2”…, valid Excel sheet names in both languages", () => {
    for (const language of ["en", "zh"] as const) {
      const l = sheetLabels(language);
      expect(partLabel(l, "statements", 1)).toBe(l.sheet.statements);
      expect(partLabel(l, "statementValues", 1)).toBe(l.sheet.statementValues);
      for (const role of ["statements", "statementValues"] as const) {
        const label = partLabel(l, role, 49);
        expect(label).toContain("49");
        expect(sheetNameProblem(`X ${label}`)).toBeNull();
        expect(label.length).toBeLessThan(MAX_SHEET_NAME - 8);
      }
    }
    expect(partLabel(sheetLabels("en"), "statements", 2)).toBe("Statements 2");
    expect(partLabel(sheetLabels("zh"), "statements", 2)).toBe("结算单（第2部分）");
    expect(partLabel(sheetLabels("zh"), "statementValues", 3)).toBe("结算单（数值，第3部分）");
  });

  test("the ownership mark carries the part; a mark without one reads as part 1", () => {
    const old = ownerMarkValue({ key: KEY, role: "statements" });
    expect(parseOwnerMark(old)).toEqual({ key: KEY, role: "statements" });
    expect(markPart(parseOwnerMark(old)!)).toBe(1);
    expect(markPart(parseOwnerMark(old)!)).toBe(1);
    const third = ownerMarkValue({ key: KEY, role: "statements", part: 3 });
    expect(parseOwnerMark(third)).toEqual({ key: KEY, role: "statements", part: 3 });
    expect(parseOwnerMark(third)).toEqual({ key: KEY, role: "statements", part: 3 });
    expect(parseOwnerMark(JSON.stringify({ key: KEY, role: "statements", part: "x" }))).toEqual({
      key: KEY,
      role: "statements",
    });
  });
});

describe("2,100 partners on the strict Excel model", () => {
  let excel: ModelExcel;
  beforeAll(async () => {
    excel = await modelWith(2100);
  });

  const partOf = (names: readonly string[], k: number) => excel.sheet(names[k]);

  test("values-only: 3 parts, the right partners in each, at most 1,026 page breaks a part", async () => {
    const result = await generateValuesOnlyStatements(excel.context, KEY, "all");
    expect(result).toMatchObject({ sheet: "SolarWave Statement values", inPlace: false, partners: 2100 });
    expect(result.sheets).toEqual([
      "SolarWave Statement values",
      "SolarWave Statement values 2",
      "SolarWave Statement values 3",
    ]);
    expect(result.syncs).toBeLessThanOrEqual(6);
    const expected = [
      [0, 1025],
      [1026, 2051],
      [2052, 2099],
    ];
    expected.forEach(([first, last], k) => {
      const sheet = partOf(result.sheets!, k);
      const blocks = last - first + 1;
      expect(sheet.at(`A${blockTop(0)}`)).toMatchObject({ kind: "text", value: `Partner ${first}` });
      expect(sheet.at(`F${numberRow(0)}`)).toMatchObject({ kind: "number", value: first + 1 });
      expect(sheet.at(`A${blockTop(blocks - 1)}`)).toMatchObject({ kind: "text", value: `Partner ${last}` });
      expect(sheet.at(`F${numberRow(blocks - 1)}`)).toMatchObject({ kind: "number", value: last + 1 });
      expect(sheet.at(`A${blockTop(blocks)}`)).toBeUndefined();
      expect(sheet.pageBreaks).toHaveLength(blocks - 1);
      expect(sheet.pageBreaks.length).toBeLessThanOrEqual(MAX_PAGE_BREAKS);
      expect(sheet.pageBreaks[0]).toBe(`A${blockTop(1)}`);
      expect(mark(sheet)).toEqual({ key: KEY, role: "statementValues", part: k + 1 });
      expect(String(sheet.at("A4")?.value)).toBe(
        `Part ${k + 1} of 3: statements ${(first + 1).toLocaleString("en-US")} to ${(last + 1).toLocaleString("en-US")}. ` +
          "Excel allows 1,026 page breaks per sheet, so the statements are written on 3 sheets and each starts a printed page of its own.",
      );
      expect([...sheet.cells.values()].filter((c) => c.kind === "formula")).toEqual([]);
    });
    expect(result.notes).toEqual([
      "Excel allows 1,026 page breaks per sheet, so the statements are written in 3 parts of at most 1,026 partners, each statement on a printed page of its own: “SolarWave Statement values”, “SolarWave Statement values 2”, “SolarWave Statement values 3”.",
    ]);
  });

  test("live: 3 parts; each block's ROW() formula adds its part's offset, so part 2 reads partners 1,027 to 2,052", async () => {
    const result = await generateStatements(excel.context, KEY);
    expect(result.sheets).toEqual([
      "SolarWave Installer Statements",
      "SolarWave Statements 2",
      "SolarWave Statements 3",
    ]);
    expect(result).toMatchObject({ sheet: "SolarWave Installer Statements", inPlace: false, partners: 2100 });
    expect(result.syncs).toBe(4); // one write: three parts' page breaks (3,097) fit one request
    const two = partOf(result.sheets!, 1);
    expect(two.at(`F${numberRow(0)}`)?.value).toBe(`=(ROW()-ROW($F$6))/${H}+1027`);
    expect(two.at(`F${numberRow(1025)}`)?.value).toBe(`=(ROW()-ROW($F$6))/${H}+1027`);
    expect(liveNumber(two, 0)).toBe(1027);
    expect(liveNumber(two, 1025)).toBe(2052);
    // Every other formula of a block reads the partner whose number is in its own F cell.
    expect(two.at(`A${blockTop(1025)}`)?.value).toBe(
      `=IF($F${numberRow(1025)}>ROWS(PI_${KEY}_Data[Partner]),"(no partner in this row of the data table)",INDEX(PI_${KEY}_Data[Partner],$F${numberRow(1025)})&"")`,
    );
    const one = partOf(result.sheets!, 0);
    expect(one.at(`F${numberRow(0)}`)?.value).toBe(`=(ROW()-ROW($F$6))/${H}+1`); // part 1 as before
    expect(liveNumber(one, 1025)).toBe(1026);
    const three = partOf(result.sheets!, 2);
    expect(liveNumber(three, 0)).toBe(2053);
    expect(liveNumber(three, 47)).toBe(2100);
    expect(three.at(`F${numberRow(48)}`)).toBeUndefined();
    for (const [k, sheet] of [one, two, three].entries()) {
      expect(sheet.pageBreaks).toHaveLength(k < 2 ? 1025 : 47);
      expect(mark(sheet)).toEqual({ key: KEY, role: "statements", part: k + 1 });
    }
    expect(result.notes).toHaveLength(1);
  });
});

describe("older marks", () => {
  test("statements written before parts (a mark without a part) are rewritten in place as part 1", async () => {
    const excel = await modelWith(1027);
    const ws = excel.context.workbook.worksheets.add("SolarWave Installer Statements");
    ws.customProperties.add(OWNER_PROPERTY, ownerMarkValue({ key: KEY, role: "statements" }));
    await excel.context.sync();
    const result = await generateStatements(excel.context, KEY);
    expect(result).toMatchObject({ sheet: "SolarWave Installer Statements", inPlace: true });
    expect(result.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2"]);
    expect(liveNumber(excel.sheet("SolarWave Statements 2"), 0)).toBe(1027);
  });
});
