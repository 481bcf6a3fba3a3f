/* A program over the user's table keeps its column mapping in the Settings table and reads it back. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import { describeProgram } from "../../src/workbook/describeProgram";
import { ProgramNotWritableError, createProgram, readProgram } from "../../src/workbook/programs";
import { updateProgram } from "../../src/workbook/updateProgram";
import { SETTING, settingsFor } from "../../src/workbook/planTables";
import { programFromTables } from "../../src/workbook/readPlan";
import { TablePlan, WorkbookPlan } from "../../src/workbook/sheetPlan";
import { FakeExcel, FakeTable } from "./fakeExcel";

/** The user's sheet "Sales data" with the table Sales; one header starts like a formula. */
function workbook(): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Sales data"] });
  const sheet = excel.sheet("Sales data");
  const grid: (string | number)[][] = [
    ["Partner ID", "Partner name", "+Units sold", "Quota"],
    ["P1", "Acme", 1200, 1000],
    ["P2", "Bolt", 800, 1000],
  ];
  grid.forEach((row, r) =>
    row.forEach((v, c) =>
      sheet.put(r, c, typeof v === "number" ? { kind: "number", value: v } : { kind: "text", value: v }),
    ),
  );
  const sales = new FakeTable(sheet, { row: 0, column: 0, rows: 3, columns: 4 });
  sales.name = "Sales";
  excel.tables.push(sales);
  return excel;
}

/** Per-partner targets, a partner name column, and a header that needs the text guard. */
function commissionOverSales(): ProgramDefinition {
  const p = programTemplate("salesCommission");
  p.source = {
    kind: "existing",
    source: "Sales",
    partnerColumn: "Partner ID",
    partnerNameColumn: "Partner name",
    kpiColumns: ["+Units sold"],
    targetColumns: ["Quota"],
  };
  return p;
}

const settingsOf = (plan: WorkbookPlan): TablePlan => plan.sheets[0].tables[0];

describe("the mapping of a program over an existing table", () => {
  test("is written as settings rows after the program's own settings, as text", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    const settings = excel.table(`PI_${summary.key}_Settings`);
    const own = settingsFor(p.payKind).length;
    const kpi = p.kpis[0].name;
    expect(settings.values().slice(1 + own)).toEqual([
      ["Partner data", "Sales"],
      ["Partner column", "Partner ID"],
      ["Partner name column", "Partner name"],
      [`Column for ${kpi}`, "+Units sold"],
      [`Target column for ${kpi}`, "Quota"],
    ]);
    // "+Units sold" is stored as text, not turned into a formula.
    expect(
      settings
        .column("Value")
        .slice(own)
        .map((c) => c?.kind),
    ).toEqual(Array(5).fill("text"));
  });

  test("describe → Excel → readProgram gives back the identical program", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
  });

  test("a program as the wizard builds it (no name column, fixed targets) reads back identical too", async () => {
    const excel = workbook();
    const p = programTemplate("resellerRebate");
    p.source = {
      kind: "existing",
      source: "Sales",
      partnerColumn: "Partner name",
      kpiColumns: ["+Units sold"],
      targetColumns: p.kpis.map(() => ""),
    };
    const { summary } = await createProgram(excel.context, p);
    const settings = excel
      .table(`PI_${summary.key}_Settings`)
      .values()
      .map((r) => r[0]);
    expect(settings).not.toContain("Partner name column");
    expect(settings.some((s) => String(s).startsWith("Target column"))).toBe(false);
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
  });

  test("mapping rows are found by name, ignoring case, and follow the KPI by its name", () => {
    const p = commissionOverSales();
    const plan = describeProgram(p, {
      sourceTable: {
        name: "Sales",
        sheet: "Sales data",
        headers: ["Partner ID", "Partner name", "+Units sold", "Quota"],
        rows: 2,
      },
    });
    const [settings, kpis, tiers] = plan.sheets[0].tables;
    const grid = (t: TablePlan) => [
      t.columns.map((c) => c.header),
      ...t.rows.map((r) => r.map((c) => (c !== null && typeof c === "object" && "text" in c ? c.text : c))),
    ];
    const s = grid(settings);
    const reordered = [
      s[0],
      ...s
        .slice(1)
        .reverse()
        .map((r) => [String(r[0]).toUpperCase(), r[1]]),
    ];
    const names = { settings: "S", kpis: "K", tiers: "T" };
    expect(programFromTables(reordered, grid(kpis), grid(tiers), names).source).toEqual(p.source);
  });
});

describe("a program with its own data table", () => {
  test.each(["resellerRebate", "salesCommission", "solarwave"] as const)(
    "%s: the settings table has exactly the program's settings, and reads back as a new table",
    async (id) => {
      const p = programTemplate(id);
      const settings = settingsOf(describeProgram(p));
      expect(settings.rows.map((r) => r[0])).toEqual(settingsFor(p.payKind).map((k) => ({ text: SETTING[k] })));
      expect(settings.columns[1].numberFormat).toHaveLength(settingsFor(p.payKind).length);
      const excel = new FakeExcel();
      const { summary } = await createProgram(excel.context, p);
      expect((await readProgram(excel.context, summary.key)).source).toEqual({ kind: "new" });
    },
  );
});

describe("editing a program over an existing table", () => {
  test("is refused before anything is written; the mapping stays readable", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    const calls = excel.calls.length;
    const edited = { ...p, cap: 5000 };
    await expect(updateProgram(excel.context, summary.key, edited)).rejects.toThrow(ProgramNotWritableError);
    await expect(updateProgram(excel.context, summary.key, edited)).rejects.toThrow(
      "Programs that read an existing partner table cannot be edited yet",
    );
    expect(excel.calls.slice(calls).some((c) => /values|formulas|add|delete/.test(c.what))).toBe(false);
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
  });
});

test("the plan sheet says the mapping rows are changed from the add-in", () => {
  const plan = describeProgram(commissionOverSales(), {
    sourceTable: {
      name: "Sales",
      sheet: "Sales data",
      headers: ["Partner ID", "Partner name", "+Units sold", "Quota"],
      rows: 2,
    },
  });
  const note = plan.sheets[0].cells[2].value as { text: string };
  expect(note.text).toContain(
    "Currency, Sheet language and the rows from Partner data on shape the formulas themselves",
  );
});
