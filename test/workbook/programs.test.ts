/*
 * What the task pane calls: preview, create (with the SolarWave sample), list, read back and delete,
 * against the strict Excel model (ModelExcel, test/excel-model/fakeExcelFacade.ts): every call waits
 * for its sync, a property read before its load and sync throws as in Excel, and formulas, names,
 * requirement sets and request sizes are checked as docs/excel-rules.md says.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { PROGRAM_TEMPLATES, ProgramDefinition, programTemplate } from "../../src/engine";
import {
  ProgramNotWritableError,
  createProgram,
  deleteProgram,
  generateDashboard,
  generateStatements,
  listPrograms,
  previewProgramWrite,
  readProgram,
} from "../../src/workbook/programs";
import { PlanReadError, programFromTables } from "../../src/workbook/readPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const dir = join(__dirname, "../../assets/sample/solarwave");
const sample = {
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
};

describe("previewProgramWrite", () => {
  test("reads the workbook's names (one sync) and writes nothing", async () => {
    const excel = new ModelExcel({ sheets: ["Sheet1", "Reseller Rebate 2026 Plan"] });
    const sync = jest.spyOn(excel.context, "sync");
    const preview = await previewProgramWrite(excel.context, programTemplate("resellerRebate"), {
      partners: [{ id: "R1", name: "Acme" }],
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(preview.sheets.map((s) => s.name)).toEqual([
      "Reseller Rebate 2026 Plan (2)",
      "Reseller Rebate 2026 Data",
      "Reseller Rebate 2026 Change log",
    ]);
    expect(preview.sheets[1].tables[0]).toMatchObject({ name: "PI_Reseller_Rebate_2026_Data", rows: 1 });
    expect(excel.calls.filter((c) => c.kind !== "load" && /\.(add|values|formulas)$/.test(c.what))).toEqual([]);
    expect(excel.model.warnings).toEqual([]);
  });

  test("an invalid program is refused with the validator's words", async () => {
    const excel = new ModelExcel();
    const p = programTemplate("resellerRebate");
    p.name = "";
    await expect(previewProgramWrite(excel.context, p)).rejects.toThrow(ProgramNotWritableError);
  });
});

describe("createProgram", () => {
  test("three syncs: names, write, recalculate; returns the summary and what was written, formulas Excel accepts", async () => {
    const excel = new ModelExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const created = await createProgram(excel.context, programTemplate("salesCommission"), {
      partners: [
        { id: "EU-1", name: "Alpenglow", actuals: [130000], targets: [100000] },
        { id: "EU-2", name: "-Minus", actuals: [90000], targets: [100000] },
      ],
    });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(created.summary).toEqual({
      key: "Partner_Sales_Commission",
      name: "Partner Sales Commission 2026",
      planSheet: "Partner Sales Commission Plan",
      dataSheet: "Partner Sales Commission Data",
      partners: 2,
    });
    expect(created.preview.sheets[1].tables[0].rows).toBe(2);
    const data = excel.table("PI_Partner_Sales_Commission_Data");
    expect(data.column("Bookings target").map((c) => c?.value)).toEqual([100000, 100000]);
    expect(data.column("Partner")[1]).toMatchObject({ kind: "text", value: "-Minus" });
    expect(excel.model.warnings.filter((w) => w.kind === "textBecameFormula")).toEqual([]);
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("the SolarWave sample: 60 partners, 4,053 installations, KPI actuals as formulas, in three write syncs", async () => {
    const excel = new ModelExcel();
    const sync = jest.spyOn(excel.context, "sync");
    const created = await createProgram(excel.context, programTemplate("solarwave"), {
      withSolarWaveSample: true,
      sample,
    });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(created.summary.partners).toBe(60);
    expect(excel.sheetNames()).toEqual([
      "Sheet1",
      "SolarWave Installer Plan",
      "SolarWave Installer Data",
      "SolarWave Installations",
      "SolarWave Installer Change log",
    ]);
    const installations = excel.table("PI_SolarWave_Installer_Installations");
    expect(installations.box.rows).toBe(4054);
    expect(installations.column("Due date")[0]).toEqual({ kind: "number", value: 45684, numberFormat: "yyyy-mm-dd" });
    expect(installations.column("Completed date").filter((c) => c?.kind === "blank")).toHaveLength(273);
    const data = excel.table("PI_SolarWave_Installer_Data");
    const names = data.column("Partner");
    expect(names.every((c) => c?.kind === "text")).toBe(true);
    expect(names.map((c) => c?.value)).toContain('=HYPERLINK("http://example.invalid","click")');
    expect(names.map((c) => c?.value)).toContain("阳光屋顶 (Sunny Roof) 能源有限公司");
    // ONTIME per installation in the Installations table's On time column; the KPIs average its rows.
    expect(
      installations
        .column("On time")
        .every((c) => c?.kind === "formula" && String(c.value).includes("INCENTIVE.ONTIME(")),
    ).toBe(true);
    const averages = (column: string) =>
      data.column(column).every((c) => c?.kind === "formula" && String(c.value).startsWith("=AVERAGEIF("));
    expect([averages("On-time installs"), averages("CSAT")]).toEqual([true, true]);
    expect(Math.max(...excel.syncBytes)).toBeLessThan(1_000_000);
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("asking for the sample without its files is a clear error, before anything is read", async () => {
    const excel = new ModelExcel();
    await expect(
      createProgram(excel.context, programTemplate("solarwave"), { withSolarWaveSample: true }),
    ).rejects.toThrow("The SolarWave sample data was not included with the request, so the sample cannot be loaded.");
    expect(excel.sheetNames()).toHaveLength(1);
  });

  test("writing the same template twice gives a second, separately named program", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("resellerRebate"));
    const second = await createProgram(excel.context, programTemplate("resellerRebate"));
    expect(second.summary).toMatchObject({ key: "Reseller_Rebate_2026_2", planSheet: "Reseller Rebate 2026 Plan (2)" });
    expect(excel.sheetNames()).toHaveLength(7);
  });

  test("an older host (ExcelApi 1.8): no member newer than the host is called", async () => {
    const excel = new ModelExcel({ excelApi: "1.8", host: "windows" });
    await createProgram(excel.context, programTemplate("resellerRebate"), { partners: [{ id: "R1", name: "Acme" }] });
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
    expect(excel.sheetNames()).toContain("Reseller Rebate 2026 Plan");
  });
});

describe("listPrograms and readProgram", () => {
  test("programs are found from their tables, in two syncs", async () => {
    const excel = new ModelExcel({ tables: ["Sales", "PI_Stray_Settings"] });
    await createProgram(excel.context, programTemplate("resellerRebate"), {
      partners: [
        { id: "R1", name: "Acme" },
        { id: "R2", name: "Beta" },
      ],
    });
    await createProgram(excel.context, programTemplate("solarwave"), { withSolarWaveSample: true, sample });
    const sync = jest.spyOn(excel.context, "sync");
    const programs = await listPrograms(excel.context);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(programs).toEqual([
      {
        key: "Reseller_Rebate_2026",
        name: "Reseller Rebate 2026",
        planSheet: "Reseller Rebate 2026 Plan",
        dataSheet: "Reseller Rebate 2026 Data",
        partners: 2,
      },
      {
        key: "SolarWave_Installer",
        name: "SolarWave Installer Program 2026",
        planSheet: "SolarWave Installer Plan",
        dataSheet: "SolarWave Installer Data",
        partners: 60,
      },
    ]);
  });

  test("an empty workbook has no programs (one sync)", async () => {
    const excel = new ModelExcel();
    const sync = jest.spyOn(excel.context, "sync");
    expect(await listPrograms(excel.context)).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  test.each(PROGRAM_TEMPLATES.map((t) => [t.id]))("the %s template reads back as it was written", async (id) => {
    const excel = new ModelExcel();
    const p = programTemplate(id);
    const { summary } = await createProgram(excel.context, p);
    const sync = jest.spyOn(excel.context, "sync");
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("a discount program and a lower-is-better KPI read back too", async () => {
    const excel = new ModelExcel();
    const p: ProgramDefinition = {
      ...programTemplate("resellerRebate"),
      name: "Dealer Discount",
      payKind: "discount",
      basisKpi: null,
      method: "retro",
      cap: null,
      listPrice: 200,
      kpis: [
        {
          name: "Units",
          unit: "units",
          direction: "higher",
          targetMode: "fixed",
          target: 1000,
          weight: 0.5,
          gate: null,
        },
        { name: "Days late", unit: "days", direction: "lower", targetMode: "fixed", target: 5, weight: 0.5, gate: 10 },
      ],
    };
    const { summary } = await createProgram(excel.context, p);
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
  });

  test("edits made in the sheet are what is read: reordered rows, changed values", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"));
    const kpis = excel.table("PI_SolarWave_Installer_KPIs");
    // The user swaps the two KPI rows and raises the CSAT gate (typed over the table's body).
    const [, first, second] = kpis.formulas();
    const gate = kpis.header().indexOf("Gate");
    const edited = [[...second], [...first]];
    edited[0][gate] = 4;
    const { row, column } = kpis.box;
    const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    excel.userEdit(kpis.sheet.name, `${a1(row + 1, column)}:${a1(row + 2, column + 6)}`, edited);
    const read = await readProgram(excel.context, "SolarWave_Installer");
    expect(read.kpis.map((k) => [k.name, k.gate])).toEqual([
      ["CSAT", 4],
      ["On-time installs", null],
    ]);
  });

  test("a missing program or table says which", async () => {
    const excel = new ModelExcel();
    await expect(readProgram(excel.context, "Nope")).rejects.toThrow(
      "The program “Nope” is not complete in this workbook: these tables are missing: PI_Nope_Settings, PI_Nope_KPIs, PI_Nope_Tiers.",
    );
  });
});

describe("programFromTables", () => {
  const names = { settings: "S", kpis: "K", tiers: "T" };
  const settings = [
    ["Setting", "Value"],
    ["Program", "X"],
    ["Pays", "royalty"],
  ];
  test("an unknown pay kind or a missing column is an error that names the table", () => {
    expect(() => programFromTables(settings, [["KPI"]], [["Lower bound", "Rate", "Label"]], names)).toThrow(
      PlanReadError,
    );
    expect(() => programFromTables(settings, [["KPI"]], [["Lower bound", "Rate", "Label"]], names)).toThrow(
      "The setting Pays in S is “royalty”; it must be one of commission, bonus, rebate, discount.",
    );
    settings[2][1] = "bonus";
    expect(() => programFromTables(settings, [["KPI"]], [["Lower bound", "Rate", "Label"]], names)).toThrow(
      "The table K has no column “Unit”; it is needed to read the program.",
    );
  });

  test("columns are found by header in any order; unreadable numbers become NaN for the wizard to flag", () => {
    const kpis = [
      ["Weight", "Gate", "KPI", "Unit", "Direction", "Target", "Target mode"],
      ["lots", "", "Sales", "USD", "Higher", 100, "Fixed"],
      ["", "", "", "", "", "", ""],
    ];
    const p = programFromTables(
      settings,
      kpis,
      [
        ["Label", "Rate", "Lower bound"],
        ["Gold", 0.1, 0],
      ],
      names,
    );
    expect(p.kpis).toEqual([
      { name: "Sales", unit: "USD", direction: "higher", targetMode: "fixed", target: 100, weight: NaN, gate: null },
    ]);
    expect(p.tiers).toEqual([{ bound: 0, rate: 0.1, label: "Gold" }]);
  });
});

describe("deleteProgram", () => {
  test("deletes exactly the sheets marked as the program's, never the user's", async () => {
    // A user's sheet that happens to be named like a program sheet, without the mark, stays.
    const excel = new ModelExcel({ sheets: ["Sheet1", "Notes", "SolarWave Installer Notes"] });
    await createProgram(excel.context, programTemplate("resellerRebate"));
    await createProgram(excel.context, programTemplate("solarwave"), { withSolarWaveSample: true, sample });
    const sync = jest.spyOn(excel.context, "sync");
    const deleted = await deleteProgram(excel.context, "SolarWave_Installer");
    expect(sync).toHaveBeenCalledTimes(3);
    expect(deleted).toEqual([
      "SolarWave Installer Plan",
      "SolarWave Installer Data",
      "SolarWave Installations",
      "SolarWave Installer Change log",
    ]);
    expect(excel.sheetNames()).toEqual([
      "Sheet1",
      "Notes",
      "SolarWave Installer Notes",
      "Reseller Rebate 2026 Plan",
      "Reseller Rebate 2026 Data",
      "Reseller Rebate 2026 Change log",
    ]);
    expect((await listPrograms(excel.context)).map((p) => p.key)).toEqual(["Reseller_Rebate_2026"]);
  });

  test("its generated dashboard and statements go with it (they would only show #REF! without the program)", async () => {
    const excel = new ModelExcel({ sheets: ["Sheet1"] });
    await createProgram(excel.context, programTemplate("resellerRebate"));
    await generateDashboard(excel.context, "Reseller_Rebate_2026");
    await generateStatements(excel.context, "Reseller_Rebate_2026");
    expect(excel.sheetNames()).toHaveLength(6);
    const deleted = await deleteProgram(excel.context, "Reseller_Rebate_2026");
    expect(deleted).toHaveLength(5);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });

  test("an unknown key, or a host without custom properties, deletes nothing and says why", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("resellerRebate"));
    await expect(deleteProgram(excel.context, "Other")).rejects.toThrow(
      "No sheet of the program “Other” was found in this workbook.",
    );
    const old = new ModelExcel({ excelApi: "1.11" });
    await createProgram(old.context, programTemplate("resellerRebate"));
    await expect(deleteProgram(old.context, "Reseller_Rebate_2026")).rejects.toThrow(
      /cannot show which sheets the add-in created/,
    );
    expect(old.sheetNames()).toHaveLength(4);
  });
});
