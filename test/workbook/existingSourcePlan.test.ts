/* A program over the user's table keeps its column mapping in the Settings table and reads it back. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { ProgramNotWritableError, createProgram, readProgram } from "../../src/workbook/programs";
import { updateProgram } from "../../src/workbook/program/update/updateProgram";
import { SETTING, settingsFor } from "../../src/workbook/planTables";
import { programFromTables } from "../../src/workbook/readPlan";
import { TablePlan, WorkbookPlan } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { colName } from "../excel-model/addresses";

/** The user's sheet "Sales data" with the table Sales; one header starts like a formula (typed as text). */
function workbook(): ModelExcel {
  return new ModelExcel({
    workbook: {
      sheets: [
        {
          name: "Sales data",
          values: [
            ["Partner ID", "Partner name", "'+Units sold", "Quota"],
            ["P1", "Acme", 1200, 1000],
            ["P2", "Bolt", 800, 1000],
          ],
          tables: [{ name: "Sales", address: "A1:D3" }],
        },
      ],
    },
  });
}

/** A1 address of a box (0-based row and column, sizes). */
const a1 = (row: number, column: number, rows = 1, columns = 1) =>
  `${colName(column)}${row + 1}:${colName(column + columns - 1)}${row + rows}`;

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
    expect(excel.model.warnings).toEqual([]);
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
      const excel = new ModelExcel();
      const { summary } = await createProgram(excel.context, p);
      expect((await readProgram(excel.context, summary.key)).source).toEqual({ kind: "new" });
    },
  );
});

describe("editing a program over an existing table", () => {
  const follow = (column: string) =>
    `=IF([@[Source row]]="","",IF(INDEX(Sales[${column}],[@[Source row]])="","",INDEX(Sales[${column}],[@[Source row]])))`;
  const userCells = (excel: ModelExcel) => JSON.stringify(excel.table("Sales").formulas());

  /** The user types a partner into the row under their table and Excel grows the table. */
  async function addSalesRow(excel: ModelExcel, row: (string | number)[]): Promise<void> {
    const { row: top, column, rows, columns } = excel.table("Sales").box;
    excel.userEdit("Sales data", a1(top + rows, column, 1, row.length), [row]);
    await excel.userResizeTable("Sales", a1(top, column, rows + 1, columns));
  }

  test("settings and a remapped column are written in four syncs; the results follow the new column; the user's table is untouched", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    const before = userCells(excel);
    const edited: ProgramDefinition = {
      ...p,
      cap: 5000,
      source: { ...(p.source as Extract<ProgramDefinition["source"], { kind: "existing" }>), kpiColumns: ["Quota"] },
    };
    const sync = jest.spyOn(excel.context, "sync");
    const result = await updateProgram(excel.context, summary.key, edited);
    expect(sync).toHaveBeenCalledTimes(4);
    expect(result.summary.partners).toBe(2);
    expect(await readProgram(excel.context, summary.key)).toEqual(edited);
    const results = excel.table(`PI_${summary.key}_Data`);
    expect(results.column("Bookings").map((c) => c?.value)).toEqual([follow("Quota"), follow("Quota")]);
    expect(results.column("Bookings target").map((c) => c?.value)).toEqual([follow("Quota"), follow("Quota")]);
    expect(userCells(excel)).toBe(before);
  });

  test("partners added to the user's table later get their results rows; rows already there keep the user's own cells", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    const resultsName = `PI_${summary.key}_Data`;
    // The user adds a Notes column to the results table and writes on P2's row.
    const box = excel.table(resultsName).box;
    excel.userEdit(excel.table(resultsName).sheet.name, a1(box.row, box.column + box.columns, 3), [
      ["Notes"],
      [null],
      ["check P2"],
    ]);
    await excel.userResizeTable(resultsName, a1(box.row, box.column, box.rows, box.columns + 1));
    await addSalesRow(excel, ["P3", "Comet", 1500, 1000]);
    await addSalesRow(excel, ["P4", "Dune", 100, 1000]);
    const before = userCells(excel);

    const result = await updateProgram(excel.context, summary.key, p);
    const results = excel.table(resultsName);
    expect(result.summary.partners).toBe(4);
    expect(result.notes).toEqual(["2 rows of Sales added since the program was created now have their results row."]);
    expect(results.column("Source row").map((c) => c?.value)).toEqual([1, 2, 3, 4]);
    expect(results.column("Partner ID").map((c) => c?.value)).toEqual(Array(4).fill(follow("Partner ID")));
    const payout = results.header().find((h) => h.startsWith("Payout"))!;
    expect(results.column(payout).every((c) => c?.kind === "formula")).toBe(true);
    expect(results.column("Notes").map((c) => c?.value ?? "")).toEqual(["", "check P2", "", ""]);
    expect(userCells(excel)).toBe(before);
    // Nothing changed in the definition itself.
    expect(result.changes).toEqual([]);
  });

  test("rows past the end of a shrunk table, or repeating a row, are removed; the others keep their partner", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    await addSalesRow(excel, ["P3", "Comet", 1500, 1000]);
    const { summary } = await createProgram(excel.context, p);
    const results = () => excel.table(`PI_${summary.key}_Data`);
    expect(results().header()[0]).toBe("Source row");
    // The user sorted the results (Source rows 3, 1, 2) and took P2 out of their table (one row fewer).
    const { row, column } = results().box;
    excel.userEdit(results().sheet.name, a1(row + 1, column, 3), [[3], [1], [2]]);
    await excel.userResizeTable("Sales", "A1:D3");
    const result = await updateProgram(excel.context, summary.key, p);
    expect(
      results()
        .column("Source row")
        .map((c) => c?.value),
    ).toEqual([1, 2]);
    expect(result.summary.partners).toBe(2);
    expect(result.notes).toEqual(["1 results row pointing past the end of Sales (or repeating a row) was removed."]);
  });

  test("a removed KPI's columns over the user's table are the add-in's formulas, so they go", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const two: ProgramDefinition = {
      ...p,
      kpis: [p.kpis[0], { ...p.kpis[0], name: "Units", targetMode: "fixed", target: 1000, weight: 0 }],
      source: {
        ...(p.source as Extract<ProgramDefinition["source"], { kind: "existing" }>),
        kpiColumns: ["+Units sold", "+Units sold"],
        targetColumns: ["Quota", ""],
      },
    };
    two.kpis[0] = { ...two.kpis[0], weight: 1 };
    const { summary } = await createProgram(excel.context, two);
    const results = () => excel.table(`PI_${summary.key}_Data`);
    expect(results().header()).toContain("Units");
    const result = await updateProgram(excel.context, summary.key, p);
    expect(results().header()).not.toContain("Units");
    expect(results().header()).not.toContain("Units attainment");
    expect(result.notes).toEqual([]);
    expect(await readProgram(excel.context, summary.key)).toEqual(p);
  });

  test("a user's table that is gone, or a switch to the program's own table, is refused before anything is written", async () => {
    const excel = workbook();
    const p = commissionOverSales();
    const { summary } = await createProgram(excel.context, p);
    const calls = excel.calls.length;
    await expect(updateProgram(excel.context, summary.key, { ...p, source: { kind: "new" } })).rejects.toThrow(
      "Where the partner results live cannot be changed in place",
    );
    // The user turns their table into a plain range.
    await excel.model.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.tables.getItem("Sales").convertToRange();
    });
    expect(excel.tables.map((t) => t.name)).not.toContain("Sales");
    await expect(updateProgram(excel.context, summary.key, { ...p, cap: 10 })).rejects.toThrow(ProgramNotWritableError);
    await expect(updateProgram(excel.context, summary.key, { ...p, cap: 10 })).rejects.toThrow(
      "The workbook has no table named “Sales”",
    );
    // Writes only (a read's load names the properties it reads).
    expect(
      excel.calls
        .slice(calls)
        .filter((c) => c.kind !== "load" && /\.(values|formulas|numberFormat|add|delete|insert|clear)$/.test(c.what)),
    ).toEqual([]);
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
