/* Reading the user's tables, and a program written over one of them: the user's table is only read. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import {
  listSourceTables,
  readNamesAndSource,
  readSelectedRangeSource,
  resolveSource,
} from "../../src/workbook/existingSource";
import { updateProgram } from "../../src/workbook/program/update/updateProgram";
import { ProgramNotWritableError, createProgram, listPrograms, previewProgramWrite } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { colName } from "../excel-model/addresses";

/** A1 address of a box (0-based row and column, sizes). */
const a1 = (row: number, column: number, rows = 1, columns = 1) =>
  `${colName(column)}${row + 1}:${colName(column + columns - 1)}${row + rows}`;

/** A workbook with the user's sheet "Sales data" holding the table Sales (A1:D4) and an unrelated table. */
function workbook(): { excel: ModelExcel; sheet: string } {
  const excel = new ModelExcel({
    workbook: {
      sheets: [
        {
          name: "Sales data",
          values: [
            ["Partner", "Region", "Volume (units)", "Rep's quota"],
            ["'=Acme", "North", 1200, 1000],
            ["Bolt", "South", 800, 1000],
            ["Cobalt", "East", 1500, 1200],
          ],
          tables: [{ name: "Sales", address: "A1:D4" }],
        },
        { name: "Notes", values: [["Note"]], tables: [{ name: "Notes_tbl", address: "A1:A2" }] },
      ],
    },
  });
  expect(excel.sheet("Sales data").at("A2")).toEqual({ kind: "text", value: "=Acme", numberFormat: undefined });
  return { excel, sheet: "Sales data" };
}

function rebateOverSales(): ProgramDefinition {
  const p = programTemplate("resellerRebate");
  p.source = { kind: "existing", source: "Sales", partnerColumn: "Partner", kpiColumns: ["Volume (units)"] };
  return p;
}

/** Everything the model keeps of one sheet: cells (values, formulas, formats), properties, formatting calls, charts, frozen panes, tables. */
const snapshot = (excel: ModelExcel, name: string) =>
  JSON.stringify(excel.model.snapshot().sheets.find((s: { name: string }) => s.name === name));

describe("listSourceTables", () => {
  test("the user's tables with sheet, headers and row count, in two syncs; the add-in's own tables left out", async () => {
    const { excel } = workbook();
    await createProgram(excel.context, programTemplate("resellerRebate"));
    const sync = jest.spyOn(excel.context, "sync");
    const tables = await listSourceTables(excel.context);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(tables).toEqual([
      { name: "Sales", sheet: "Sales data", headers: ["Partner", "Region", "Volume (units)", "Rep's quota"], rows: 3 },
      { name: "Notes_tbl", sheet: "Notes", headers: ["Note"], rows: 1 },
    ]);
  });

  test("one sync when the workbook has no table", async () => {
    const excel = new ModelExcel();
    const sync = jest.spyOn(excel.context, "sync");
    expect(await listSourceTables(excel.context)).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("readNamesAndSource and resolveSource", () => {
  test("names and the table, ignoring the case of its name; a missing table is null", async () => {
    const { excel } = workbook();
    const read = await readNamesAndSource(excel.context, "sales");
    expect(read.existing.sheets).toEqual(["Sales data", "Notes"]);
    expect(read.existing.tables).toEqual(["Sales", "Notes_tbl"]);
    expect(read.table).toMatchObject({ name: "Sales", rows: 3 });
    expect((await readNamesAndSource(excel.context, "Nope")).table).toBeNull();
  });

  test("columns are found ignoring case and spaces, and spelled as the table has them", () => {
    const p = rebateOverSales();
    if (p.source.kind === "existing") p.source.kpiColumns = [" volume (UNITS) "];
    const r = resolveSource(p, { name: "Sales", sheet: "S", headers: ["Partner", "Volume (units)"], rows: 3 });
    expect(r).toEqual({
      ok: true,
      source: {
        table: "Sales",
        sheet: "S",
        rows: 3,
        partner: "Partner",
        partnerName: "Partner",
        kpis: ["Volume (units)"],
        targets: [null],
      },
    });
  });
});

describe("createProgram over an existing table", () => {
  test("adds a plan and a results sheet in four syncs; the user's sheet and table are untouched", async () => {
    const { excel, sheet } = workbook();
    const before = snapshot(excel, sheet);
    const sync = jest.spyOn(excel.context, "sync");
    const created = await createProgram(excel.context, rebateOverSales());
    expect(sync).toHaveBeenCalledTimes(4);
    expect(created.summary).toEqual({
      key: "Reseller_Rebate_2026",
      name: "Reseller Rebate 2026",
      planSheet: "Reseller Rebate 2026 Plan",
      dataSheet: "Reseller Rebate 2026 Results",
      partners: 3,
    });
    expect(snapshot(excel, sheet)).toBe(before);
    expect(excel.model.userChanges).toEqual([]);
    expect(excel.table("Sales").box).toEqual({ row: 0, column: 0, rows: 4, columns: 4 });
    // Nothing the writer queued reached for the user's sheet by name.
    expect(excel.calls.filter((c) => c.what.includes("Sales data"))).toEqual([]);
    expect(excel.sheetNames()).toEqual([
      "Sales data",
      "Notes",
      "Reseller Rebate 2026 Plan",
      "Reseller Rebate 2026 Results",
      "Reseller Rebate 2026 Change log",
    ]);

    const results = excel.table("PI_Reseller_Rebate_2026_Data");
    expect(results.sheet.name).toBe("Reseller Rebate 2026 Results");
    expect(results.column("Source row").map((c) => c?.value)).toEqual([1, 2, 3]);
    const follow = (column: string) =>
      `=IF([@[Source row]]="","",IF(INDEX(Sales[${column}],[@[Source row]])="","",INDEX(Sales[${column}],[@[Source row]])))`;
    expect(results.column("Partner ID").map((c) => c?.value)).toEqual(Array(3).fill(follow("Partner")));
    expect(results.column("Purchase volume").map((c) => c?.value)).toEqual(Array(3).fill(follow("[Volume (units)]")));
    expect(results.column("Payout (USD)").every((c) => c?.kind === "formula")).toBe(true);
    // The program is listed like any other.
    expect((await listPrograms(excel.context)).map((p) => p.key)).toEqual(["Reseller_Rebate_2026"]);
    // Listed with the table it reads (the pane offers "Update partners from Sales").
    expect((await listPrograms(excel.context))[0].source).toBe("Sales");
  });

  test("previewProgramWrite reads the table (two syncs) and shows one row per partner, writing nothing", async () => {
    const { excel } = workbook();
    const sync = jest.spyOn(excel.context, "sync");
    const preview = await previewProgramWrite(excel.context, rebateOverSales());
    expect(sync).toHaveBeenCalledTimes(2);
    expect(preview.sheets[1]).toMatchObject({ name: "Reseller Rebate 2026 Results" });
    expect(preview.sheets[1].tables[0]).toMatchObject({ name: "PI_Reseller_Rebate_2026_Data", rows: 3 });
    expect(excel.sheetNames()).toHaveLength(2);
  });

  test("a missing column is refused by name before anything is written", async () => {
    const { excel, sheet } = workbook();
    const before = snapshot(excel, sheet);
    const p = rebateOverSales();
    if (p.source.kind === "existing") p.source.kpiColumns = ["Units"];
    const run = createProgram(excel.context, p);
    await expect(run).rejects.toThrow(ProgramNotWritableError);
    await expect(createProgram(excel.context, p)).rejects.toThrow(
      "The table Sales has no column “Units” (mapped to the KPI Purchase volume).",
    );
    expect(excel.sheetNames()).toEqual(["Sales data", "Notes"]);
    expect(excel.calls.filter((c) => c.kind !== "load" && /worksheets\.add|values|formulas/.test(c.what))).toEqual([]);
    expect(snapshot(excel, sheet)).toBe(before);
  });

  test("a table that is not in the workbook is refused by name", async () => {
    const { excel } = workbook();
    const p = rebateOverSales();
    if (p.source.kind === "existing") p.source.source = "Sales2";
    await expect(createProgram(excel.context, p)).rejects.toThrow("The workbook has no table named “Sales2”");
    expect(excel.sheetNames()).toHaveLength(2);
  });
});

describe("a program over a plain range (no Excel table)", () => {
  /** The user's sheet "Q3 data" with results in B2:D5 (headers in row 2) and no table. */
  function rangeWorkbook(): { excel: ModelExcel; sheet: string } {
    const excel = new ModelExcel({
      workbook: {
        sheets: [
          {
            name: "Q3 data",
            valuesAt: "B2",
            values: [
              ["Partner", "Region", "Volume (units)"],
              ["上海阳光", "East", 1200],
              ["'=Bolt", "South", 800],
              ["Cobalt", "North", 1500],
            ],
          },
        ],
      },
    });
    expect(excel.sheet("Q3 data").at("B4")).toMatchObject({ kind: "text", value: "=Bolt" });
    return { excel, sheet: "Q3 data" };
  }
  const overRange = (address: string): ProgramDefinition => {
    const p = rebateOverSales();
    if (p.source.kind === "existing") p.source.source = address;
    return p;
  };
  const follow = (ref: string) =>
    `=IF([@[Source row]]="","",IF(INDEX(${ref},[@[Source row]])="","",INDEX(${ref},[@[Source row]])))`;

  test("created in four syncs: one results row per range row, formulas naming the range by address; the user's cells untouched", async () => {
    const { excel, sheet } = rangeWorkbook();
    const before = snapshot(excel, sheet);
    const sync = jest.spyOn(excel.context, "sync");
    const { summary } = await createProgram(excel.context, overRange("'Q3 data'!B2:D5"));
    expect(sync).toHaveBeenCalledTimes(4);
    expect(summary.partners).toBe(3);
    const results = excel.table(`PI_${summary.key}_Data`);
    expect(results.column("Source row").map((c) => c?.value)).toEqual([1, 2, 3]);
    expect(results.column("Partner ID").map((c) => c?.value)).toEqual(Array(3).fill(follow("'Q3 data'!$B$3:$B$5")));
    expect(results.column("Purchase volume").map((c) => c?.value)).toEqual(
      Array(3).fill(follow("'Q3 data'!$D$3:$D$5")),
    );
    expect(snapshot(excel, sheet)).toBe(before);
    expect(excel.model.userChanges).toEqual([]);
    expect(excel.tables.map((t) => t.name).some((n) => !n.startsWith("PI_"))).toBe(false);
  });

  test("a column missing from the range's header row is refused by name, listing the range's headers", async () => {
    const { excel } = rangeWorkbook();
    const p = overRange("'Q3 data'!B2:D5");
    if (p.source.kind === "existing") p.source.kpiColumns = ["Units"];
    await expect(createProgram(excel.context, p)).rejects.toThrow(/no column “Units”/);
    expect(excel.sheetNames()).toEqual(["Q3 data"]);
  });

  test("the sheet's name is matched ignoring case, as Excel does", async () => {
    const { excel } = rangeWorkbook();
    const { summary } = await createProgram(excel.context, overRange("'q3 DATA'!B2:D5"));
    expect(summary.partners).toBe(3);
  });

  test("a range on a sheet that does not exist is refused, naming the sheet", async () => {
    const { excel } = rangeWorkbook();
    await expect(createProgram(excel.context, overRange("'Q4 data'!B2:D5"))).rejects.toThrow(
      /no sheet named “Q4 data”/,
    );
  });

  test("edited later: the range is read again and the formulas follow a remapped column", async () => {
    const { excel, sheet } = rangeWorkbook();
    const p = overRange("'Q3 data'!B2:D5");
    const { summary } = await createProgram(excel.context, p);
    const before = snapshot(excel, sheet);
    const edited = overRange("'Q3 data'!B2:D5");
    if (edited.source.kind === "existing") edited.source.partnerNameColumn = "Region";
    const result = await updateProgram(excel.context, summary.key, edited);
    expect(result.summary.partners).toBe(3);
    const results = excel.table(`PI_${summary.key}_Data`);
    expect(results.column("Partner").map((c) => c?.value)).toEqual(Array(3).fill(follow("'Q3 data'!$C$3:$C$5")));
    expect(snapshot(excel, sheet)).toBe(before);
  });

  test("the selected cells as the source: their address and header row; one row or whole columns are refused", async () => {
    const { excel } = rangeWorkbook();
    excel.selection = { sheet: "Q3 data", address: "B2:D5" };
    await expect(readSelectedRangeSource(excel.context)).resolves.toEqual({
      name: "'Q3 data'!$B$2:$D$5",
      sheet: "Q3 data",
      headers: ["Partner", "Region", "Volume (units)"],
      rows: 3,
      range: { sheet: "Q3 data", top: 1, left: 1, bottom: 4, right: 3 },
    });
    excel.selection = { sheet: "Q3 data", address: "B2:D2" };
    await expect(readSelectedRangeSource(excel.context)).rejects.toThrow(/Select the partner results/);
  });
});

describe("a range that moved under the program", () => {
  test("rows inserted above the range since: Excel moved the formulas, so an update is refused with the address they read now", async () => {
    const excel = new ModelExcel({
      workbook: {
        sheets: [
          {
            name: "Q3 data",
            values: [
              ["Partner", "Volume (units)"],
              ["A", 1],
              ["B", 2],
            ],
          },
        ],
      },
    });
    const p = rebateOverSales();
    if (p.source.kind === "existing") {
      p.source.source = "'Q3 data'!A1:B3";
      p.source.kpiColumns = ["Volume (units)"];
    }
    const { summary } = await createProgram(excel.context, p);
    // What Excel does to the results formulas when two rows are inserted above the range (the model
    // does not move references on an insert: the formulas are set as Excel leaves them).
    const results = () => excel.table(`PI_${summary.key}_Data`);
    const ids = results().column("Partner ID");
    expect(ids.every((cell) => cell?.kind === "formula" && String(cell.value).includes("$A$2:$A$3"))).toBe(true);
    const { row, column } = results().box;
    excel.userEdit(
      results().sheet.name,
      a1(row + 1, column + results().header().indexOf("Partner ID"), ids.length),
      ids.map((cell) => [String(cell!.value).replace("$A$2:$A$3", "$A$4:$A$5")]),
    );
    const before = JSON.stringify(results().formulas());
    await expect(updateProgram(excel.context, summary.key, p)).rejects.toThrow(
      "its formulas now read 'Q3 data'!$A$3:$B$5",
    );
    expect(JSON.stringify(results().formulas())).toBe(before);
    // Setting the address to where the data now is passes the check.
    const fixed = {
      ...p,
      source: {
        ...(p.source as Extract<ProgramDefinition["source"], { kind: "existing" }>),
        source: "'Q3 data'!$A$3:$B$5",
      },
    };
    excel.userEdit("Q3 data", "A3:B5", [
      ["Partner", "Volume (units)"],
      ["A", 1],
      ["B", 2],
    ]);
    await expect(updateProgram(excel.context, summary.key, fixed)).resolves.toMatchObject({ summary: { partners: 2 } });
  });
});
