/* Generating dashboards and statements through the adapter: syncs, request sizes, in-place regeneration, ownership, failures. */
import { programTemplate } from "../../../src/engine";
import { createProgram } from "../../../src/workbook/programs";
import { benchDashboard } from "../../../src/workbook/dashboard/benchDashboard";
import {
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  readPartnerInputs,
} from "../../../src/workbook/dashboard";
import { blockHeight, blockRows } from "../../../src/workbook/dashboard/statementLayout";
import { REQUEST_LIMIT_BYTES } from "../../../src/workbook/requestBudget";
import { WorkbookWriteError } from "../../../src/workbook/applyPlan";
import { OWNER_PROPERTY } from "../../../src/workbook/ownership";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { AWKWARD, seeds } from "./awkwardSeeds";

const KEY = "SolarWave_Installer";
const NOW = new Date(2026, 9, 31, 12, 0, 0);

async function workbookWith(n: number, options: ConstructorParameters<typeof ModelExcel>[0] = {}): Promise<ModelExcel> {
  const excel = new ModelExcel(options);
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(n) });
  return excel;
}

/** The calls made from `from` on, without the sync numbers (which differ between runs). */
function callsSince(excel: ModelExcel, from: number): string[] {
  return excel.calls.slice(from).map((c) => `${c.what} ${c.bytes}`);
}

describe("generateDashboard", () => {
  test("adds “<program> Dashboard” with the ownership mark, in 4 syncs, and shows it", async () => {
    const excel = await workbookWith(10);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await generateDashboard(excel.context, KEY, { now: NOW });
    expect(result).toEqual({ sheet: "SolarWave Installer Dashboard", inPlace: false, partners: 10, syncs: 4 });
    expect(sync).toHaveBeenCalledTimes(4);
    const sheet = excel.sheet("SolarWave Installer Dashboard");
    const mark = sheet.customProperties.find((p) => p.key === OWNER_PROPERTY)!.value;
    expect(typeof mark).toBe("string");
    expect(JSON.parse(mark as string)).toMatchObject({
      key: KEY,
      role: "dashboard",
    });
    expect(sheet.at("A1")).toMatchObject({ kind: "text", value: "SolarWave Installer Program 2026 — dashboard" });
    expect(sheet.at("A9")).toMatchObject({
      kind: "formula",
      value: `=IF(PI_${KEY}_Data[Partner ID]="","",PI_${KEY}_Data[Partner ID])`,
    });
    expect(sheet.at("J10")?.numberFormat).toBe("¥#,##0.00"); // formats copied below the spilling row
    expect(sheet.charts.map((c) => [c.type, c.title, c.legend])).toEqual([
      ["BarClustered", "Payout by partner", false],
      ["ColumnClustered", "Score distribution (partners per band)", false],
      ["Pie", "Tier mix (partners per tier)", true],
    ]);
    expect(sheet.conditionalFormats.map((c) => c.type)).toEqual([
      "ColorScale",
      "ColorScale",
      "ColorScale",
      "DataBar",
      "ContainsText",
    ]);
    expect(sheet.conditionalFormats[4].settings["textComparison.rule"]).toEqual({
      operator: "Contains",
      text: "Missed",
    });
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$8:$8" });
    expect(sheet.frozenRows).toBe(8);
    expect(excel.activeSheet).toBe("SolarWave Installer Dashboard");
    // What the strict model checks besides: every formula resolves, nothing was read unloaded or warned about.
    expect(excel.model.checkFormulas()).toEqual([]);
    expect(excel.model.warnings).toEqual([]);
  });

  test("the same syncs for 10 and 10,000 partners, and a request that does not grow", async () => {
    const measure = async (n: number) => {
      const excel = await workbookWith(n);
      const before = excel.syncs;
      const result = await generateDashboard(excel.context, KEY, { now: NOW });
      return { syncs: excel.syncs - before, reported: result.syncs, bytes: Math.max(...excel.syncBytes.slice(before)) };
    };
    const small = await measure(10);
    const large = await measure(10000);
    expect(small.syncs).toBe(4);
    expect(large.syncs).toBe(small.syncs);
    expect(large.reported).toBe(large.syncs);
    expect(large.bytes).toBeLessThan(small.bytes + 200);
  });

  test("calculation and screen updating are suspended for the write", async () => {
    const excel = await workbookWith(10);
    const from = excel.calls.length;
    await generateDashboard(excel.context, KEY, { now: NOW });
    const called = (what: string) =>
      excel.calls.slice(from).filter((c) => c.what === `workbook.application.${what}`).length;
    expect(called("suspendApiCalculationUntilNextSync")).toBe(1);
    expect(called("suspendScreenUpdatingUntilNextSync")).toBeGreaterThan(0);
  });

  test("regenerating rewrites the same sheet in place, with identical writes each time", async () => {
    const excel = await workbookWith(10);
    await generateDashboard(excel.context, KEY, { now: NOW });
    const sheet = excel.sheet("SolarWave Installer Dashboard");
    const first = new Map(sheet.cells);
    const deleted = excel.model.snapshot().deleted.length;
    const a = excel.calls.length;
    const again = await generateDashboard(excel.context, KEY, { now: NOW });
    const b = excel.calls.length;
    await generateDashboard(excel.context, KEY, { now: NOW });
    expect(again).toMatchObject({ sheet: "SolarWave Installer Dashboard", inPlace: true, syncs: 4 });
    expect(callsSince(excel, b)).toEqual(callsSince(excel, a).slice(0, b - a));
    // No sheet added or deleted (the model lists every deletion).
    expect(excel.calls.slice(a).some((c) => c.what === "workbook.worksheets.add")).toBe(false);
    expect(excel.model.snapshot().deleted).toHaveLength(deleted);
    expect(excel.calls.slice(a).some((c) => /\.charts\.getItemAt\(2\)\.delete$/.test(c.what))).toBe(true);
    // Same sheet, same cells; the old charts and conditional formats were replaced, not added to.
    const now = excel.sheet("SolarWave Installer Dashboard");
    expect(now.id).toBe(sheet.id);
    expect(now.cells).toEqual(first);
    expect(now.charts).toHaveLength(3);
    expect(now.conditionalFormats).toHaveLength(5);
    expect(excel.sheetNames().filter((s) => s.includes("Dashboard"))).toHaveLength(1);
  });

  test("a renamed dashboard is still found by its mark and rewritten where it is", async () => {
    const excel = await workbookWith(10);
    await generateDashboard(excel.context, KEY, { now: NOW });
    await excel.userRenameSheet("SolarWave Installer Dashboard", "Board");
    const result = await generateDashboard(excel.context, KEY, { now: NOW });
    expect(result).toMatchObject({ sheet: "Board", inPlace: true });
    expect(excel.sheetNames()).not.toContain("SolarWave Installer Dashboard");
  });

  test("a user's sheet with the dashboard's name is never touched: the dashboard gets a fresh name", async () => {
    const excel = await workbookWith(10, { sheets: ["Sheet1", "SolarWave Installer Dashboard"] });
    excel.userEdit("SolarWave Installer Dashboard", "A1", [["mine"]]);
    const result = await generateDashboard(excel.context, KEY, { now: NOW });
    // 31 characters at most: the program's name is shortened at a word boundary to make room for " (2)".
    expect(result).toMatchObject({ sheet: "SolarWave Dashboard (2)", inPlace: false });
    const users = excel.sheet("SolarWave Installer Dashboard");
    expect([...users.cells.values()]).toEqual([{ kind: "text", value: "mine" }]);
    expect(users.customProperties).toEqual([]);
    expect(excel.model.userChanges).toEqual([]);
    // Only read on that sheet (its mark, its charts' count): the model names every sheet of a loaded
    // collection getItem("<name>"), so the reads are there; nothing else is.
    const onUsers = excel.calls.filter((c) =>
      c.what.startsWith('workbook.worksheets.getItem("SolarWave Installer Dashboard")'),
    );
    expect(onUsers.filter((c) => c.kind !== "load" && !/\.(getItemOrNullObject|getCount)$/.test(c.what))).toEqual([]);
    // And again: the add-in's own (2) is the one rewritten.
    expect(await generateDashboard(excel.context, KEY, { now: NOW })).toMatchObject({
      sheet: "SolarWave Dashboard (2)",
      inPlace: true,
    });
  });

  test("a data table missing a column the dashboard reads: refused before anything is written", async () => {
    const excel = await workbookWith(3);
    const data = excel.table(`PI_${KEY}_Data`);
    excel.userEdit(data.sheet.name, `${String.fromCharCode(65 + data.box.column + 6)}${data.box.row + 1}`, [
      ["Points"],
    ]); // was "Score"
    const before = excel.calls.length;
    await expect(generateDashboard(excel.context, KEY, { now: NOW })).rejects.toThrow(
      `The table PI_${KEY}_Data has no column “Score”; the dashboard and statements read it. Restore the column's header, or create the program again.`,
    );
    expect(
      excel.calls
        .slice(before)
        .filter((c) => c.kind !== "load" && /\.(add|values|formulas|numberFormat)$/.test(c.what)),
    ).toEqual([]);
  });

  test("an unknown program: a plain message", async () => {
    const excel = new ModelExcel();
    await expect(generateDashboard(excel.context, "Nope")).rejects.toThrow(
      "The program “Nope” is not complete in this workbook: these tables are missing: PI_Nope_Settings, PI_Nope_KPIs, PI_Nope_Tiers, PI_Nope_Data.",
    );
  });
});

describe("failures midway", () => {
  test.each([1, 2, 3, 4])("a new dashboard failing at sync %i leaves no sheet behind and says why", async (k) => {
    const excel = await workbookWith(10);
    const sheetsBefore = excel.sheetNames();
    excel.failAtSync = excel.syncs + k;
    const error = await generateDashboard(excel.context, KEY, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(excel.sheetNames()).toEqual(sheetsBefore);
    const message = (error as Error).message;
    if (k >= 3) {
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(message).toMatch(/^Excel could not finish writing “SolarWave Installer Program 2026” while /);
      expect(message).toMatch(/The workbook is as it was: the sheets this write had started to add were removed\.$/);
    } else {
      // Excel's own error: OfficeExtension.Error's code and message (the message does not repeat the code).
      expect(error).toMatchObject({ code: "GeneralException", message: "An internal error has occurred." });
    }
  });

  test.each([3, 4])(
    "an in-place rewrite failing at sync %i leaves the sheet, emptied with a note, and says so",
    async (k) => {
      const excel = await workbookWith(10);
      await generateDashboard(excel.context, KEY, { now: NOW });
      const sheet = excel.sheet("SolarWave Installer Dashboard");
      excel.failAtSync = excel.syncs + k;
      const error = await generateDashboard(excel.context, KEY, { now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect((error as Error).message).toMatch(
        /The sheet “SolarWave Installer Dashboard” was left empty with a note, so no half-written numbers remain: generate it again\.$/,
      );
      const after = excel.sheet("SolarWave Installer Dashboard");
      expect(after.id).toBe(sheet.id); // never deleted
      expect([...after.cells.values()].map((c) => c.value)).toEqual([
        "This sheet could not be regenerated (An internal error has occurred). Generate it again from the Partner Incentives add-in.",
      ]);
      expect(after.charts).toEqual([]);
      expect(after.conditionalFormats).toEqual([]);
    },
  );
});

describe("statements", () => {
  test("live statements: one block per partner copied from the first, each reading its own partner; page breaks", async () => {
    const excel = await workbookWith(5);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await generateStatements(excel.context, KEY);
    expect(result).toMatchObject({ sheet: "SolarWave Installer Statements", inPlace: false, partners: 5 });
    expect(sync).toHaveBeenCalledTimes(4);
    const p = programTemplate("solarwave");
    const h = blockHeight(p);
    const b = blockRows(p);
    const sheet = excel.sheet("SolarWave Installer Statements");
    const copies = excel.copies.filter((c) => c.sheet === sheet.name && c.type === "All");
    expect(copies.map((c) => `${c.to} ← ${c.from}`)).toEqual([`A${5 + h}:J${4 + 5 * h} ← A5:J${4 + h}`]);
    for (let k = 0; k < 5; k++) {
      const indexRow = 5 + k * h + b.identity;
      expect(sheet.at(`A${5 + k * h}`)?.value).toBe(
        `=IF($F${indexRow}>ROWS(PI_${KEY}_Data[Partner]),"(no partner in this row of the data table)",INDEX(PI_${KEY}_Data[Partner],$F${indexRow})&"")`,
      );
      expect(sheet.at(`F${indexRow}`)?.value).toBe(`=(ROW()-ROW($F$6))/${h}+1`);
    }
    expect(sheet.pageBreaks).toEqual([1, 2, 3, 4].map((k) => `A${5 + k * h}`));
    expect(sheet.pageLayout).toMatchObject({ orientation: "Portrait", printArea: `A1:G${4 + 5 * h}` });
    // Partner names never enter the live sheet as typed text or inside a formula.
    expect([...sheet.cells.values()].some((c) => String(c.value).includes("HYPERLINK"))).toBe(false);
  });

  test("live statements for 10 and 10,000 partners: the same syncs, every request under 4 MB", async () => {
    const measure = async (n: number) => {
      const excel = await workbookWith(n);
      const before = excel.syncs;
      await generateStatements(excel.context, KEY);
      return { syncs: excel.syncs - before, bytes: Math.max(...excel.syncBytes.slice(before)) };
    };
    const small = await measure(10);
    const large = await measure(10000);
    expect(large.syncs).toBe(small.syncs);
    expect(large.bytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  test("values-only statements: every partner's, no formula anywhere, names as their exact text", async () => {
    const excel = await workbookWith(6);
    const result = await generateValuesOnlyStatements(excel.context, KEY, "all");
    expect(result).toMatchObject({ sheet: "SolarWave Statement values", inPlace: false, partners: 6 });
    const sheet = excel.sheet(result.sheet);
    expect([...sheet.cells.values()].filter((c) => c.kind === "formula")).toEqual([]);
    const h = blockHeight(programTemplate("solarwave"));
    AWKWARD.forEach((name, k) => expect(sheet.at(`A${5 + k * h}`)).toMatchObject({ kind: "text", value: name }));
    expect(sheet.pageBreaks).toHaveLength(5);
    // Formats of the first block copied to the others.
    expect(excel.copies.some((c) => c.sheet === sheet.name && c.type === "Formats")).toBe(true);
  });

  test("a values-only statement for one partner, regenerated in place on the same sheet", async () => {
    const excel = await workbookWith(3);
    const first = await generateValuesOnlyStatements(excel.context, KEY, 1);
    expect(first).toMatchObject({ sheet: "P100001 statement", inPlace: false, partners: 1 });
    expect(excel.sheet("P100001 statement").at("A5")).toMatchObject({ kind: "text", value: "+1-555" });
    expect(await generateValuesOnlyStatements(excel.context, KEY, 1)).toMatchObject({ inPlace: true });
    await expect(generateValuesOnlyStatements(excel.context, KEY, 7)).rejects.toThrow(
      "There is no partner number 7: the data table has 3.",
    );
  });
});

describe("readPartnerInputs", () => {
  test("the data table's partners as the engine reads them, in two syncs", async () => {
    const excel = await workbookWith(3);
    const sync = jest.spyOn(excel.context, "sync");
    const partners = await readPartnerInputs(excel.context, KEY);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(partners).toEqual(
      seeds(3).map((s, i) => ({ id: s.id, name: s.name, actuals: s.actuals, targets: [null, null], row: i + 1 })),
    );
  });
});

describe("Excel's 1,026 page breaks per sheet", () => {
  test("the Excel model refuses the 1,027th page break at sync, as Excel does", async () => {
    const excel = new ModelExcel();
    const breaks = excel.context.workbook.worksheets.add("S").horizontalPageBreaks;
    for (let i = 2; i <= 1027; i++) breaks.add(`A${i}`);
    await excel.context.sync();
    breaks.add("A2000");
    // No error code is documented for it: the model's is InvalidOperation (test/excel-rules/pageBreaks.test.ts).
    await expect(excel.context.sync()).rejects.toThrow(/S already has 1026 page breaks/);
  });

  test("1,200 partners: statements in two parts of at most 1,026, every statement starting a page; row 4 says which part", async () => {
    const excel = await workbookWith(1200);
    const live = await generateStatements(excel.context, KEY);
    const values = await generateValuesOnlyStatements(excel.context, KEY, "all");
    const h = blockHeight(programTemplate("solarwave"));
    expect(live.sheets).toEqual(["SolarWave Installer Statements", "SolarWave Statements 2"]);
    expect(values.sheets).toEqual(["SolarWave Statement values", "SolarWave Statement values 2"]);
    for (const [one, two] of [live.sheets!, values.sheets!]) {
      expect(excel.sheet(one).pageBreaks).toHaveLength(1025);
      expect(excel.sheet(one).pageBreaks[1024]).toBe(`A${5 + 1025 * h}`); // before statement 1,026
      expect(excel.sheet(two).pageBreaks).toHaveLength(173);
      expect(String(excel.sheet(one).at("A4")?.value)).toMatch(/^Part 1 of 2: statements 1 to 1,026\. /);
      expect(String(excel.sheet(two).at("A4")?.value)).toMatch(/^Part 2 of 2: statements 1,027 to 1,200\. /);
    }
    expect(excel.sheet(values.sheets![1]).at("A5")).toMatchObject({ kind: "text", value: "Partner 1026" });
    // The result says it too, for the pane to show.
    expect(live.notes).toEqual([
      "Excel allows 1,026 page breaks per sheet, so the statements are written in 2 parts of at most 1,026 partners, each statement on a printed page of its own: “SolarWave Installer Statements”, “SolarWave Statements 2”.",
    ]);
  });

  test("1,026 partners: one sheet, 1,025 breaks, no note", async () => {
    const excel = await workbookWith(1026);
    const live = await generateStatements(excel.context, KEY);
    expect(live.sheets).toEqual([live.sheet]);
    expect(excel.sheet(live.sheet).pageBreaks).toHaveLength(1025);
    expect(excel.sheet(live.sheet).at("A4")).toBeUndefined();
    expect(live.notes).toBeUndefined();
  });
});

describe("older hosts (feature detection)", () => {
  test("ExcelApi 1.5: the dashboard is written without conditional formats, print setup or marks", async () => {
    const excel = await workbookWith(10, { excelApi: "1.5" });
    const result = await generateDashboard(excel.context, KEY, { now: NOW });
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]); // no member newer than the host called
    const sheet = excel.sheet(result.sheet);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.charts).toHaveLength(3);
    expect(sheet.customProperties).toEqual([]);
    // Without marks the add-in cannot tell its sheet from a user's: the next one gets a fresh name.
    expect((await generateDashboard(excel.context, KEY, { now: NOW })).inPlace).toBe(false);
  });

  test("ExcelApi 1.8 (no Range.copyFrom): live statements are refused before anything is written", async () => {
    const excel = await workbookWith(3, { excelApi: "1.8" });
    const sheets = excel.sheetNames().length;
    await expect(generateStatements(excel.context, KEY)).rejects.toThrow(
      "This version of Excel cannot copy ranges (ExcelApi 1.9), which “SolarWave Installer Statements” needs. Nothing was written: use Excel 2019 or later, or Excel on the web.",
    );
    expect(excel.sheetNames()).toHaveLength(sheets);
  });
});

describe("benchDashboard", () => {
  test("reports syncs, the largest request and the time; the same syncs for 10 and 10,000", async () => {
    new ModelExcel();
    const office = (globalThis as { Office?: unknown }).Office;
    const small = await benchDashboard(10);
    const large = await benchDashboard(10000);
    expect(small).toEqual({
      partners: 10,
      syncs: 4,
      max_request_bytes: expect.any(Number),
      build_ms: expect.any(Number),
    });
    expect(large.syncs).toBe(small.syncs);
    expect(large.max_request_bytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect((globalThis as { Office?: unknown }).Office).toBe(office); // the test's own Office global is put back
  });
});
