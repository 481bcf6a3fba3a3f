/*
 * Statements in parts (statementParts.ts): a sheet per 1,026 partners, so every statement starts
 * a printed page (Excel's 1,026 page breaks per sheet) and no sheet nears Excel's 1,048,576 rows.
 * On the strict Excel model (test/excel-model), which enforces sheet rows, page breaks and
 * formulas, and throws on reads of what was not loaded.
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import { blockHeight, blockRows, STATEMENT_TOP } from "../../../src/workbook/dashboard/statementLayout";
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
import { ModelExcel, ModelSheet } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const P = programTemplate("solarwave");
const H = blockHeight(P);
const AT = blockRows(P);
/** Excel row (1-based) of block k's (0-based) first row, and of its statement number. */
const blockTop = (k: number) => STATEMENT_TOP + 1 + k * H;
const numberRow = (k: number) => blockTop(k) + AT.identity;

function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}

async function modelWith(n: number): Promise<ModelExcel> {
  // Excel on the web: its 5 MB request limit, and TableRowCollection.deleteRowsAt for the tests' edits.
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  await createProgram(excel.context, P, { partners: seeds(n) });
  return excel;
}

/** Removes partners from, or adds partners to, the data table's end, as a user would (then regenerates). */
async function resizeData(excel: ModelExcel, n: number): Promise<void> {
  const table = excel.context.workbook.tables.getItem(`PI_${KEY}_Data`);
  const body = table.getDataBodyRange().load("rowCount");
  const header = table.getHeaderRowRange().load("values");
  await excel.context.sync();
  if (n < body.rowCount) {
    table.rows.deleteRowsAt(n, body.rowCount - n);
  } else if (n > body.rowCount) {
    // The partner's own cells; null leaves the calculated columns' formulas as they are.
    const h = header.values[0] as string[];
    const rows = seeds(n)
      .slice(body.rowCount)
      .map((s) => h.map((col) => (col === "Partner ID" ? s.id : col === "Partner" ? s.name : null)));
    table.rows.add(undefined, rows);
  }
  await excel.context.sync();
}

/** The statement number a live block's formula gives, evaluated for its own row. */
function liveNumber(sheet: ModelSheet, k: number): number {
  const f = String(sheet.at(`F${numberRow(k)}`)?.value);
  const m = /^=\(ROW\(\)-ROW\(\$F\$(\d+)\)\)\/(\d+)\+(\d+)$/.exec(f);
  if (!m) throw new Error(`not a statement number formula: ${f}`);
  return (numberRow(k) - Number(m[1])) / Number(m[2]) + Number(m[3]);
}

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
  const mark = (sheet: ModelSheet) =>
    parseOwnerMark(sheet.customProperties.find((p) => p.key === OWNER_PROPERTY)?.value);

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

describe("regenerating in place (strict model)", () => {
  const mark = (sheet: ModelSheet) =>
    parseOwnerMark(sheet.customProperties.find((p) => p.key === OWNER_PROPERTY)?.value);

  test("with fewer partners the extra part is emptied with a note, not deleted; with more, it is rewritten and one is added", async () => {
    const excel = await modelWith(1030);
    const first = await generateStatements(excel.context, KEY);
    expect(first.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2"]);
    const sheetsBefore = excel.sheetNames().length;

    await resizeData(excel, 1020);
    const fewer = await generateStatements(excel.context, KEY);
    expect(fewer).toMatchObject({ sheet: "SolarWave Installer Statements", inPlace: true, partners: 1020 });
    expect(fewer.sheets).toEqual(["SolarWave Installer Statements"]);
    expect(excel.sheetNames()).toHaveLength(sheetsBefore); // nothing deleted, nothing added
    const unused = excel.sheet("SolarWave Statements 2");
    expect([...unused.cells.entries()].filter(([, c]) => c.kind !== "blank")).toEqual([
      [
        "0,0",
        expect.objectContaining({
          kind: "text",
          value:
            "No longer used: with fewer partners, the statements now end before this part (part 1 is “SolarWave Installer Statements”). " +
            "The add-in keeps this sheet (Excel cannot undo deleting one) and writes here again if more partners need it; you may delete it.",
        }),
      ],
    ]);
    expect(unused.pageBreaks).toEqual([]);
    expect(mark(unused)).toEqual({ key: KEY, role: "statements", part: 2 }); // still the add-in's: reused later
    const one = excel.sheet("SolarWave Installer Statements");
    expect(liveNumber(one, 1019)).toBe(1020);
    expect(one.at(`F${numberRow(1020)}`)).toBeUndefined();
    expect(one.pageBreaks).toHaveLength(1019);
    expect(one.at("A4")).toBeUndefined(); // one part: no part note
    expect(fewer.notes).toEqual([
      "No longer needed with fewer partners, so emptied with a note (not deleted: Excel cannot undo deleting a sheet): “SolarWave Statements 2”.",
    ]);

    await resizeData(excel, 2060);
    const more = await generateStatements(excel.context, KEY);
    expect(more.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2", "SolarWave Statements 3"]);
    expect(excel.sheetNames()).toHaveLength(sheetsBefore + 1); // part 2 written again in place, part 3 added
    const two = excel.sheet("SolarWave Statements 2");
    expect(liveNumber(two, 0)).toBe(1027);
    expect(liveNumber(two, 1025)).toBe(2052);
    expect(two.pageBreaks).toHaveLength(1025);
    const three = excel.sheet("SolarWave Statements 3");
    expect(liveNumber(three, 0)).toBe(2053);
    expect(liveNumber(three, 7)).toBe(2060);
    expect(mark(three)).toEqual({ key: KEY, role: "statements", part: 3 });
    expect(more.notes).toEqual([
      "Excel allows 1,026 page breaks per sheet, so the statements are written in 3 parts of at most 1,026 partners, each statement on a printed page of its own: “SolarWave Installer Statements”, “SolarWave Statements 2”, “SolarWave Statements 3”.",
    ]);
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
