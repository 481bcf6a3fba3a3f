/*
 * The adapter: what is written where, sync counts, suspension, ownership marks, failures and request
 * sizes, against the strict Excel model (ModelExcel; Excel on the web unless a test says otherwise):
 * calls take effect at sync, formulas and names are checked, members newer than the host fail.
 */
import type { PartnerSeed } from "../../src/workbook/contract";
import { programTemplate } from "../../src/engine";
import { WorkbookWriteError, applyWorkbookPlan } from "../../src/workbook/applyPlan";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { OWNER_PROPERTY, parseOwnerMark } from "../../src/workbook/ownership";
import { REQUEST_LIMIT_BYTES } from "../../src/workbook/requestBudget";
import { WorkbookPlan } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { partnerSeeds as partners } from "../support/partnerSeeds";

const AWKWARD = [
  '=HYPERLINK("http://example.invalid","click")',
  "+86 Solar & Sons",
  "-Minus Energy",
  '@Home Solar; "Quoted", Ltd.',
  "\t=1+1",
  "\r=1+1",
  "'quoted",
  "0012",
  "阳光屋顶 (Sunny Roof) 能源有限公司",
  "A".repeat(120),
];

function solarwavePlan(seeds: PartnerSeed[]): WorkbookPlan {
  return describeProgram(programTemplate("solarwave"), { partners: seeds });
}

describe("what is written where", () => {
  const plan = solarwavePlan(partners(3, (i) => AWKWARD[i]));
  let excel: ModelExcel;
  let syncs = 0;

  beforeAll(async () => {
    excel = new ModelExcel({ sheets: ["Sheet1", "Budget"] });
    excel.userEdit("Budget", "A1", [["the user's own cell"]]);
    syncs = (await applyWorkbookPlan(excel.context, plan)).syncs;
  });

  test("new sheets are added after the user's, whose cells are untouched", () => {
    expect(excel.sheetNames()).toEqual(["Sheet1", "Budget", "SolarWave Installer Plan", "SolarWave Installer Data"]);
    expect(excel.sheet("Budget").cells.size).toBe(1);
    expect(excel.sheet("Budget").at("A1")).toEqual({ kind: "text", value: "the user's own cell" });
    expect(syncs).toBe(3);
  });

  test("the plan sheet: title, ownership note, captions and three tables side by side", () => {
    const s = excel.sheet("SolarWave Installer Plan");
    expect(s.at("A1")).toMatchObject({ kind: "text", value: "SolarWave Installer Program 2026 — plan" });
    expect(String(s.at("A2")!.value)).toMatch(
      /^Created by Partner Incentives for Excel for the program “SolarWave Installer Program 2026” \(key SolarWave_Installer\)/,
    );
    expect([s.at("A5")?.value, s.at("D5")?.value, s.at("L5")?.value]).toEqual([
      "Settings",
      "KPIs",
      "Pay curve (score → % of target incentive)",
    ]);
    expect(excel.tables.filter((t) => t.sheet.name === s.name).map((t) => [t.name, t.box])).toEqual([
      ["PI_SolarWave_Installer_Settings", { row: 5, column: 0, rows: 11, columns: 2 }],
      ["PI_SolarWave_Installer_KPIs", { row: 5, column: 3, rows: 3, columns: 7 }],
      ["PI_SolarWave_Installer_Tiers", { row: 5, column: 11, rows: 4, columns: 3 }],
    ]);
    expect(excel.table("PI_SolarWave_Installer_Settings").values()).toEqual([
      ["Setting", "Value"],
      ["Program", "SolarWave Installer Program 2026"],
      ["Currency", "CNY"],
      ["Decimals", 2],
      ["Period start", 46023],
      ["Period end", 46295],
      ["Frequency", "quarterly"],
      ["Pays", "bonus"],
      ["Target incentive", 20000],
      ["Cap", 1.5],
      ["Sheet language", "en"],
    ]);
    expect(s.at("B10")?.numberFormat).toBe("yyyy-mm-dd");
    expect(s.at("B15")?.numberFormat).toBe("0.0%");
    expect(excel.table("PI_SolarWave_Installer_KPIs").values()[2]).toEqual([
      "CSAT",
      "score (1-5)",
      "higher",
      4.2,
      "fixed",
      0.3,
      3.8,
    ]);
    expect(s.at("I7")?.numberFormat).toBe("0.0%");
  });

  test("the data table: partner names arrive as the exact text, whatever they start with", () => {
    const data = excel.table("PI_SolarWave_Installer_Data");
    expect(data.box).toEqual({ row: 3, column: 0, rows: 4, columns: 10 });
    expect(data.column("Partner")).toEqual(
      AWKWARD.slice(0, 3).map((value) => ({ kind: "text", value, numberFormat: "@" })),
    );
    expect(data.column("Partner ID").map((c) => c?.value)).toEqual(["P100000", "P100001", "P100002"]);
    expect(data.column("On-time installs").map((c) => c?.value)).toEqual([0.5, 0.6, 0.7]);
    expect(data.column("On-time installs")[0]?.numberFormat).toBe("0.0%");
  });

  test("every row of every calculated column holds the column's formula, with its number format", () => {
    const data = excel.table("PI_SolarWave_Installer_Data");
    const described = plan.sheets[1].tables[0];
    for (const col of described.columns.filter((c) => c.formula)) {
      expect(data.column(col.header)).toEqual(
        // The model shows a General number format as none.
        Array(3).fill({
          kind: "formula",
          value: col.formula!.formula,
          numberFormat: col.numberFormat === "General" ? undefined : col.numberFormat,
        }),
      );
    }
  });

  test("each sheet carries the ownership mark and the visible note", () => {
    for (const [name, role] of [
      ["SolarWave Installer Plan", "plan"],
      ["SolarWave Installer Data", "data"],
    ]) {
      const s = excel.sheet(name);
      expect(s.customProperties).toHaveLength(1);
      expect(s.customProperties[0].key).toBe(OWNER_PROPERTY);
      expect(parseOwnerMark(s.customProperties[0].value)).toEqual({ key: "SolarWave_Installer", role });
      expect(String(s.at("A2")?.value)).toContain("Created by Partner Incentives for Excel");
    }
    expect(excel.sheet("Budget").customProperties).toEqual([]);
  });

  test("layout: column widths, frozen header, styles; the data sheet is shown and its tables calculated", () => {
    const data = excel.sheet("SolarWave Installer Data");
    expect(data.frozenRows).toBe(4);
    expect(data.columnWidths.get(1)).toBeGreaterThan(data.columnWidths.get(0)!);
    expect(data.format("A1")).toEqual({ "font.bold": true, "font.size": 14 });
    expect(excel.activeSheet).toBe("SolarWave Installer Data");
    expect(excel.calls.filter((c) => /\.calculate$/.test(c.what)).map((c) => c.what)).toEqual([
      'workbook.worksheets.add("SolarWave Installer Data").getRange("A4:J7").calculate',
    ]); // never the user's whole workbook (workbook.application.calculate)
    expect(excel.model.checkFormulas()).toEqual([]);
  });
});

describe("round trips", () => {
  async function syncsFor(n: number): Promise<{ spied: number; reported: number; maxBytes: number }> {
    const excel = new ModelExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const { syncs } = await applyWorkbookPlan(
      excel.context,
      solarwavePlan(partners(n, (i) => `${AWKWARD[i % AWKWARD.length]} ${i}`)),
    );
    return { spied: sync.mock.calls.length, reported: syncs, maxBytes: Math.max(...excel.syncBytes) };
  }

  test("the same number of syncs for 10 and 5,000 partners, and no request near 4 MB", async () => {
    const small = await syncsFor(10);
    const large = await syncsFor(5000);
    expect(small.spied).toBe(3);
    expect(large.spied).toBe(small.spied);
    expect(large.reported).toBe(large.spied);
    expect(large.maxBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  test("calculation and screen updating are suspended before every write batch", async () => {
    const excel = new ModelExcel();
    await applyWorkbookPlan(excel.context, solarwavePlan(partners(10)));
    const suspends = excel.calls.filter((c) => /\.suspend\w+UntilNextSync$/.test(c.what));
    expect(suspends.map((c) => c.what)).toEqual([
      "workbook.application.suspendApiCalculationUntilNextSync",
      "workbook.application.suspendScreenUpdatingUntilNextSync",
    ]);
    const writeSync = excel.calls.find((c) => /\.worksheets\.add$/.test(c.what))!.sync;
    expect(suspends.map((c) => c.sync)).toEqual([writeSync, writeSync]);
    const firstCall = excel.calls.find((c) => c.sync === writeSync)!;
    expect(firstCall.what).toBe("workbook.application.suspendApiCalculationUntilNextSync");
    // Every write of that sync ran with both suspended.
    const writes = excel.model.log.filter((e) => e.sync === writeSync && (e.kind === "set" || e.kind === "call"));
    expect(writes.length).toBeGreaterThan(10);
    expect(writes.slice(2).every((e) => e.suspended?.calculation && e.suspended?.screenUpdating)).toBe(true);
  });

  test("names read earlier in the same run spare the check's sync", async () => {
    const excel = new ModelExcel();
    const { syncs } = await applyWorkbookPlan(excel.context, solarwavePlan(partners(10)), {
      existing: { sheets: ["Sheet1"], tables: [] },
    });
    expect(syncs).toBe(2);
  });
});

describe("older hosts", () => {
  test("ExcelApi 1.6 (no Worksheet.freezePanes, 1.7): the program is written without frozen rows", async () => {
    const excel = new ModelExcel({ excelApi: "1.6" });
    await applyWorkbookPlan(excel.context, solarwavePlan(partners(3)));
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
    expect(excel.calls.some((c) => /\.freezeRows$/.test(c.what))).toBe(false);
    expect(excel.table("PI_SolarWave_Installer_Data").column("Partner")).toHaveLength(3);
  });

  test("the model refuses freezePanes on ExcelApi 1.6, so the test above can fail", async () => {
    const excel = new ModelExcel({ excelApi: "1.6" });
    const sheet = excel.context.workbook.worksheets.add("S");
    sheet.freezePanes.freezeRows(1);
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringMatching(/Worksheet\.freezePanes needs ExcelApi 1\.7/),
    });
  });
});

describe("failures leave the workbook as it was", () => {
  const plan = solarwavePlan(partners(20, (i) => AWKWARD[i % AWKWARD.length]));

  test("the model itself turns an unmarked name into a formula (so the text tests can fail)", async () => {
    const excel = new ModelExcel();
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [[AWKWARD[0]], ["-Minus Energy"]];
    await excel.context.sync();
    expect(excel.sheet("Sheet1").at("A1")).toMatchObject({ kind: "formula", value: AWKWARD[0] });
    expect(excel.sheet("Sheet1").at("A2")?.kind).toBe("formula");
  });

  test.each([1, 2, 3])(
    "a failure at sync %i: no added sheet or table left, and a message that says what failed",
    async (k) => {
      const excel = new ModelExcel({ sheets: ["Sheet1"], tables: ["Sales"] });
      excel.failAtSync = k;
      const error = await applyWorkbookPlan(excel.context, plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(excel.sheetNames()).toEqual(["Sheet1"]);
      expect(excel.tables.map((t) => t.name)).toEqual(["Sales"]);
      expect(excel.names).toEqual([]);
      const message = (error as Error).message;
      if (k === 1) {
        expect(message).toBe(
          "Could not read the workbook's sheet and table names (An internal error has occurred). Nothing was written.",
        );
      } else {
        expect(message).toMatch(/^Excel could not finish writing “SolarWave Installer Program 2026” while /);
        expect(message).toMatch(
          /: An internal error has occurred\. The workbook is as it was: the sheets this write had started to add were removed\.$/,
        );
        expect(message).toContain(
          k === 2 ? "adding the sheet “SolarWave Installer Plan”" : "recalculating the new tables",
        );
      }
    },
  );

  test("a failure in every sync of a chunked write is cleaned up too", async () => {
    // A small budget makes a 2,000-partner write take several syncs, as 40,000 would at 4 MB.
    const big = solarwavePlan(partners(2000, (i) => `${"x".repeat(110)}${i}`));
    const options = { budgetBytes: 100_000 };
    const probe = new ModelExcel();
    const total = (await applyWorkbookPlan(probe.context, big, options)).syncs;
    expect(total).toBeGreaterThan(4);
    expect(Math.max(...probe.syncBytes)).toBeLessThan(100_000);
    for (let k = 2; k <= total; k++) {
      const excel = new ModelExcel();
      excel.failAtSync = k;
      await expect(applyWorkbookPlan(excel.context, big, options)).rejects.toThrow(/The workbook is as it was/);
      expect(excel.sheetNames()).toEqual(["Sheet1"]);
      expect(excel.names).toEqual([]);
    }
  });

  test("when even the clean-up fails, the message names the sheets and the names to delete", async () => {
    const excel = new ModelExcel();
    excel.failAtSync = 2;
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    excel.context.sync = () => (++n >= 3 ? Promise.reject(new Error("connection lost")) : sync());
    const failure = applyWorkbookPlan(excel.context, plan);
    await expect(failure).rejects.toThrow(
      /could not remove the sheets it had added \(“SolarWave Installer Plan”, “SolarWave Installer Data”\); please delete them\./,
    );
    await expect(failure).rejects.toThrow(
      /could not remove the defined names it had added \(“PI_SolarWave_Installer_Decimals”, [^)]*“PI_SolarWave_Installer_Cap”, “PI_SolarWave_Installer_CapOrNone”\); please delete them in Formulas > Name Manager\.$/,
    );
    await expect(failure).rejects.toMatchObject({ restored: false });
  });

  test("a name taken since the preview: refused before anything is written", async () => {
    const excel = new ModelExcel({ sheets: ["Sheet1", "SolarWave Installer Data"] });
    await expect(applyWorkbookPlan(excel.context, plan)).rejects.toThrow(
      "The workbook already has a sheet named “SolarWave Installer Data”. Nothing was written: review the program again to get fresh names.",
    );
    const tables = new ModelExcel({ names: ["PI_SolarWave_Installer_Tiers"] });
    await expect(applyWorkbookPlan(tables.context, plan)).rejects.toThrow(
      "The workbook already has a table or name called PI_SolarWave_Installer_Tiers.",
    );
    expect(excel.calls.some((c) => /\.worksheets\.add$/.test(c.what))).toBe(false);
    expect(tables.calls.some((c) => /\.worksheets\.add$/.test(c.what))).toBe(false);
  });
});
