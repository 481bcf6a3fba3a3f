/* A program over the user's own table: a results sheet whose rows follow that table; the user's table is never written. */
import { ProgramDefinition, programTemplate, validateProgram } from "../../src/engine";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { ProgramNotWritableError } from "../../src/workbook/program/notWritable";
import type { SourceTable } from "../../src/workbook/existingSource";
import { cellAtRow } from "../../src/workbook/formulas";
import { previewOf } from "../../src/workbook/preview";
import { TablePlan, WorkbookPlan } from "../../src/workbook/sheetPlan";

const table = (plan: WorkbookPlan, suffix: string): TablePlan =>
  plan.sheets.flatMap((s) => s.tables).find((t) => t.name.endsWith(`_${suffix}`))!;
const formulaOf = (t: TablePlan, header: string) => t.columns.find((c) => c.header === header)?.formula?.formula;

/** The sales commission template (per-partner targets) over a user's table with awkward headers. */
function commissionOverSales(): ProgramDefinition {
  const p = programTemplate("salesCommission");
  p.source = {
    kind: "existing",
    source: "Sales_2026",
    partnerColumn: "rep id",
    partnerNameColumn: "Rep's name",
    kpiColumns: ["Bookings [EUR]"],
    targetColumns: ["Quota #1"],
  };
  return p;
}

const SALES: SourceTable = {
  name: "Sales_2026",
  sheet: "Q1 'raw' data",
  headers: ["Rep ID", "Rep's name", "Region", "Bookings [EUR]", "Quota #1"],
  rows: 42,
};

describe("a program over an existing table", () => {
  const plan = describeProgram(commissionOverSales(), { sourceTable: SALES });
  const data = table(plan, "Data");
  const S = "PI_Partner_Sales_Commission_Settings";
  const P = "PI_Partner_Sales_Commission";
  const T = "PI_Partner_Sales_Commission_Tiers";

  test("a plan sheet and a results sheet, both the add-in's own; nothing else", () => {
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([
      ["Partner Sales Commission Plan", "plan"],
      ["Partner Sales Results", "data"],
    ]);
    expect(plan.activeSheet).toBe("Partner Sales Results");
    // The write set: only the add-in's own tables; the user's table and sheet are not in it.
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual([S, "PI_Partner_Sales_Commission_KPIs", T, "PI_Partner_Sales_Commission_Data"]);
    expect(plan.sheets.map((s) => s.name)).not.toContain(SALES.sheet);
  });

  test("the results table: Source row, then the same headers as a new data table", () => {
    expect(data.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["Source row", "0"],
      ["Partner ID", "General"],
      ["Partner", "General"],
      ["Bookings", '"EUR "#,##0.00'],
      ["Bookings target", '"EUR "#,##0.00'],
      ["Bookings attainment", "0.0%"],
      ["Score", "0.0%"],
      ["Gate met", "General"],
      ["Tier", "General"],
      ["Payout (EUR)", '"EUR "#,##0.00'],
    ]);
    // One row per row of the user's table, each naming its source row; everything else is formulas.
    expect(data.rows).toHaveLength(42);
    expect(data.rows[0]).toEqual([1, ...Array(9).fill(null)]);
    expect(data.rows[41][0]).toBe(42);
    expect(previewOf(plan).sheets[1].tables[0].rows).toBe(42);
  });

  test("identity, actual and target columns follow the user's columns, headers spelled and escaped as the table has them", () => {
    const at = (column: string) =>
      `=IF([@[Source row]]="","",IF(INDEX(Sales_2026[${column}],[@[Source row]])="","",INDEX(Sales_2026[${column}],[@[Source row]])))`;
    // The partner column was typed "rep id": the table's own spelling is used.
    expect(formulaOf(data, "Partner ID")).toBe(at("Rep ID"));
    expect(formulaOf(data, "Partner")).toBe(at("[Rep''s name]"));
    expect(formulaOf(data, "Bookings")).toBe(at("[Bookings '[EUR']]"));
    expect(formulaOf(data, "Bookings target")).toBe(at("[Quota '#1]"));
  });

  test("the calculated columns are exactly those of a new data table", () => {
    const fresh = table(describeProgram(programTemplate("salesCommission")), "Data");
    for (const c of fresh.columns.filter((x) => x.formula)) {
      expect([c.header, formulaOf(data, c.header)]).toEqual([c.header, c.formula!.formula]);
    }
    expect(formulaOf(data, "Payout (EUR)")).toBe(
      `=IF([@[Bookings]]="","",IF([@[Gate met]],ROUND(INCENTIVE.PAYOUT([@[Bookings]],${T},${P}_Method,[@[Bookings target]],,${P}_CapOrNone),${P}_Decimals),0))`,
    );
  });

  test("the results sheet says where its rows come from and what to do after adding partners", () => {
    const note = plan.sheets[1].cells.find((c) => c.row === 2)!.value as { text: string };
    expect(note.text).toContain("the table Sales_2026 on the sheet “Q1 'raw' data”");
    expect(note.text).toContain("never changes that table");
    expect(note.text).toContain("add a row here with its row number");
  });

  test("without a name column, Partner repeats the partner column", () => {
    const p = commissionOverSales();
    if (p.source.kind === "existing") p.source.partnerNameColumn = "";
    const d = table(describeProgram(p, { sourceTable: SALES }), "Data");
    expect(formulaOf(d, "Partner")).toBe(formulaOf(d, "Partner ID"));
  });

  test("a KPI named Source row keeps its name; the results table's own column gives way", () => {
    const p = programTemplate("resellerRebate");
    p.kpis[0].name = "Source row";
    p.source = { kind: "existing", source: "T", partnerColumn: "P", kpiColumns: ["V"] };
    const d = table(
      describeProgram(p, { sourceTable: { name: "T", sheet: "S", headers: ["P", "V"], rows: 1 } }),
      "Data",
    );
    expect(d.columns.slice(0, 4).map((c) => c.header)).toEqual([
      "Source row (2)",
      "Partner ID",
      "Partner",
      "Source row",
    ]);
    expect(formulaOf(d, "Source row")).toBe(`=${cellAtRow("T", "V", "Source row (2)")}`);
  });
});

describe("refusals before anything is written, in the user's words", () => {
  test("a missing column is named, with the table's columns listed", () => {
    const p = commissionOverSales();
    if (p.source.kind === "existing") p.source.kpiColumns = ["Bookings"];
    expect(() => describeProgram(p, { sourceTable: SALES })).toThrow(ProgramNotWritableError);
    expect(() => describeProgram(p, { sourceTable: SALES })).toThrow(
      "The program cannot be written yet: The table Sales_2026 has no column “Bookings” (mapped to the KPI Bookings). " +
        "Its columns are “Rep ID”, “Rep's name”, “Region”, “Bookings [EUR]”, “Quota #1”.",
    );
  });

  test("a missing partner, name or target column is named too", () => {
    const p = commissionOverSales();
    if (p.source.kind !== "existing") throw new Error();
    p.source.partnerColumn = "Partner";
    expect(() => describeProgram(p, { sourceTable: SALES })).toThrow(/no column “Partner” \(mapped to the partner\)/);
    p.source.partnerColumn = "Rep ID";
    p.source.partnerNameColumn = "Name";
    expect(() => describeProgram(p, { sourceTable: SALES })).toThrow(
      /no column “Name” \(mapped to the partner's name\)/,
    );
    p.source.partnerNameColumn = undefined;
    p.source.targetColumns = ["Quota"];
    expect(() => describeProgram(p, { sourceTable: SALES })).toThrow(
      /no column “Quota” \(mapped to the target of Bookings\)/,
    );
  });

  test("a per-partner target must be mapped: the validator says so", () => {
    const p = commissionOverSales();
    if (p.source.kind === "existing") p.source.targetColumns = [""];
    expect(validateProgram(p).map((i) => i.path)).toEqual(["source"]);
  });

  test("a range address that cannot be read says why: no sheet named, whole columns, a missing sheet", () => {
    const p = commissionOverSales();
    const refusal = (address: string) => {
      if (p.source.kind === "existing") p.source.source = address;
      return () => describeProgram(p, { sourceTable: null });
    };
    expect(refusal("A1:F61")).toThrow(/does not say which sheet/);
    expect(refusal("'Q3 data'!A:F")).toThrow(/whole columns/);
    expect(refusal("'Q3 data'!A1:F1")).toThrow(/no row below its header row/);
    expect(refusal("'Q3 data'!A1:F61")).toThrow(/no sheet named “Q3 data”/);
  });

  test("over a plain range: the results read its columns by address, below the header row, the sheet quoted", () => {
    const p = commissionOverSales();
    if (p.source.kind === "existing") p.source.source = "'Q1 ''raw'' data'!B3:F45";
    const range = { sheet: "Q1 'raw' data", top: 2, left: 1, bottom: 44, right: 5 };
    const plan = describeProgram(p, {
      sourceTable: { ...SALES, name: "'Q1 ''raw'' data'!$B$3:$F$45", rows: 42, range },
    });
    const results = table(plan, "Data");
    const at = (ref: string) =>
      `=IF([@[Source row]]="","",IF(INDEX(${ref},[@[Source row]])="","",INDEX(${ref},[@[Source row]])))`;
    // Rep ID is the range's first column (B), Bookings its fourth (E), Quota its fifth (F).
    expect(formulaOf(results, "Partner ID")).toBe(at("'Q1 ''raw'' data'!$B$4:$B$45"));
    expect(formulaOf(results, "Bookings")).toBe(at("'Q1 ''raw'' data'!$E$4:$E$45"));
    expect(formulaOf(results, "Bookings target")).toBe(at("'Q1 ''raw'' data'!$F$4:$F$45"));
    expect(results.rows).toHaveLength(42);
    // The Settings table keeps the address as given, as text, to read the program back.
    const settings = table(plan, "Settings");
    expect(settings.rows).toContainEqual([{ text: "Partner data" }, { text: "'Q1 ''raw'' data'!B3:F45" }]);
  });

  test("sample data or partner rows cannot be added to a program over an existing table", () => {
    expect(() =>
      describeProgram(commissionOverSales(), { sourceTable: SALES, partners: [{ id: "1", name: "A" }] }),
    ).toThrow(/reads its partners from that table/);
  });
});
