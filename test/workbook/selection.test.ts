/* The task pane's selection reads: the selected cell and its data-table row, the program's sheets, INCENTIVE error cells, selecting a cell. */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { generateDashboard } from "../../src/workbook/dashboard";
import {
  INCENTIVE_PAYOUT_CALL,
  findIncentiveErrors,
  listProgramSheets,
  readSelectedCell,
  selectCell,
  sheetAddress,
  watchSelection,
} from "../../src/workbook/selection";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const DATA = "SolarWave Installer Data";
const PLAN = "SolarWave Installer Plan";

function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({ id: `P${100 + i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));
}

async function workbookWith(n: number, options: ConstructorParameters<typeof ModelExcel>[0] = {}): Promise<ModelExcel> {
  const excel = new ModelExcel(options);
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(n) });
  return excel;
}

/** The data table's header and its column of the header `h` (0-based column on the sheet). */
function columnOf(excel: ModelExcel, header: string): number {
  const t = excel.table(`PI_${KEY}_Data`);
  return t.box.column + t.header().indexOf(header);
}

const letter = (c: number) => String.fromCharCode(65 + c);

describe("readSelectedCell", () => {
  test("a payout cell of the data table: its formula, value, and the row's cells and plan tables, in 2 syncs", async () => {
    const excel = await workbookWith(3);
    const t = excel.table(`PI_${KEY}_Data`);
    const payoutCol = columnOf(excel, "Payout (CNY)");
    const row = t.box.row + 2; // second data row (0-based sheet row)
    excel.setResult(DATA, `${letter(payoutCol)}${row + 1}`, 14000); // what Excel calculated: the model calculates nothing
    excel.selection = { sheet: DATA, address: `${letter(payoutCol)}${row + 1}` };
    const sync = jest.spyOn(excel.context, "sync");

    const cell = await readSelectedCell(excel.context);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(cell.sheet).toBe(DATA);
    expect(cell.address).toBe(`${letter(payoutCol)}${row + 1}`);
    expect(cell.formula).toMatch(INCENTIVE_PAYOUT_CALL);
    expect(cell.value).toBe(14000);
    expect(cell.valueType).toBe("Double");
    expect(cell.dataRow).toMatchObject({ key: KEY, table: `PI_${KEY}_Data`, row: 2, column: "Payout (CNY)" });
    const onTime = cell.dataRow!.cells.find((c) => c.header === "On-time installs");
    expect(onTime?.address).toBe(`'${DATA}'!${letter(columnOf(excel, "On-time installs"))}${row + 1}`);
    const tiers = excel.table(`PI_${KEY}_Tiers`).box;
    expect(cell.dataRow!.tiers).toBe(
      `'${PLAN}'!${letter(tiers.column)}${tiers.row + 1}:${letter(tiers.column + tiers.columns - 1)}${tiers.row + tiers.rows}`,
    );
    expect(cell.dataRow!.kpis).toMatch(/^'SolarWave Installer Plan'!D\d+:J\d+$/);
    expect(cell.dataRow!.settings).toMatch(/^'SolarWave Installer Plan'!A\d+:B\d+$/);
  });

  test("the top-left cell of a larger selection; a header or a cell outside the table has no data row", async () => {
    const excel = await workbookWith(2);
    const t = excel.table(`PI_${KEY}_Data`);
    excel.selection = { sheet: DATA, address: `A${t.box.row + 1}:C${t.box.row + 3}` };
    const header = await readSelectedCell(excel.context);
    expect(header.address).toBe(`A${t.box.row + 1}`);
    expect(header.value).toBe("Partner ID");
    expect(header.formula).toBe("");
    expect(header.dataRow).toBeNull();

    excel.selection = { sheet: PLAN, address: "A1" };
    expect((await readSelectedCell(excel.context)).dataRow).toBeNull();
  });

  test("a workbook without programs: one sync", async () => {
    const excel = new ModelExcel();
    excel.selection = { sheet: "Sheet1", address: "B2" };
    const sync = jest.spyOn(excel.context, "sync");
    const cell = await readSelectedCell(excel.context);
    expect(cell).toEqual({ sheet: "Sheet1", address: "B2", formula: "", value: "", valueType: "Empty", dataRow: null });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("listProgramSheets", () => {
  test("every sheet carrying the program's mark, with its role, in 2 syncs; the user's sheets are not listed", async () => {
    const excel = await workbookWith(2);
    await generateDashboard(excel.context, KEY, { now: new Date(2026, 9, 31) });
    const sync = jest.spyOn(excel.context, "sync");
    expect(await listProgramSheets(excel.context, KEY)).toEqual([
      { name: PLAN, role: "plan" },
      { name: DATA, role: "data" },
      { name: "SolarWave Installer Change log", role: "changeLog" },
      { name: "SolarWave Installer Dashboard", role: "dashboard" },
    ]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(await listProgramSheets(excel.context, "Other")).toEqual([]);
  });

  test("null on a host without worksheet custom properties", async () => {
    const excel = new ModelExcel({ excelApi: "1.11" });
    expect(await listProgramSheets(excel.context, KEY)).toBeNull();
  });
});

describe("findIncentiveErrors", () => {
  function breakCells(excel: ModelExcel, header: string, rows: number[], error: string) {
    const t = excel.table(`PI_${KEY}_Data`);
    const column = letter(columnOf(excel, header));
    for (const r of rows) excel.setResult(DATA, `${column}${t.box.row + 2 + r}`, error);
  }

  /** The ranges whose formulas were loaded since log entry `from`, as "Sheet!A1:B2" (the getRange each load was made on). */
  function formulaLoads(excel: ModelExcel, from: number): string[] {
    const log = excel.model.log.slice(from);
    return log
      .filter((e) => e.kind === "load" && String(e.args?.[0] ?? "").includes("formulas"))
      .map((load) => {
        const made = log.find(
          (c) =>
            c.kind === "call" &&
            c.member === "getRange" &&
            `${c.target}.getRange(${JSON.stringify(c.args[0])})` === load.target,
        );
        return String(made?.address ?? load.target).replace(/^'(.*)'!/, "$1!");
      });
  }

  test("lists INCENTIVE formulas showing an error, not other formulas' errors nor values, in 3 syncs", async () => {
    const excel = await workbookWith(5, { sheets: ["Sheet1", "Notes"] });
    breakCells(excel, "Score", [1, 2], "#VALUE!");
    breakCells(excel, "Payout (CNY)", [4], "#NAME?");
    excel.userEdit("Notes", "A1:A2", [["=1/0"], ["#VALUE!"]]);
    excel.setResult("Notes", "A1", "#DIV/0!");
    const sync = jest.spyOn(excel.context, "sync");
    const from = excel.model.log.length;

    const scan = await findIncentiveErrors(excel.context, [PLAN, DATA, "Notes", "Gone"]);
    expect(sync).toHaveBeenCalledTimes(3); // sheet names; error cells; their formulas
    const t = excel.table(`PI_${KEY}_Data`);
    const score = letter(columnOf(excel, "Score"));
    const payout = letter(columnOf(excel, "Payout (CNY)"));
    expect(scan.issues.map((i) => [i.sheet, i.address, i.error])).toEqual([
      [DATA, `${score}${t.box.row + 3}`, "#VALUE!"],
      [DATA, `${score}${t.box.row + 4}`, "#VALUE!"],
      [DATA, `${payout}${t.box.row + 6}`, "#NAME?"],
    ]);
    expect(scan.issues[0].formula).toMatch(/INCENTIVE\.SCORE\(/);
    expect(scan).toMatchObject({ errorCells: 4, truncated: false });
    // Only the error blocks' formulas are read, never a whole used range.
    expect(formulaLoads(excel, from)).toEqual([
      "Notes!A1",
      `${DATA}!${score}${t.box.row + 3}:${score}${t.box.row + 4}`,
      `${DATA}!${payout}${t.box.row + 6}`,
    ]);
  });

  test("reads at most `limit` error cells and says more were found", async () => {
    const excel = await workbookWith(30);
    breakCells(
      excel,
      "Score",
      Array.from({ length: 30 }, (_, i) => i),
      "#VALUE!",
    );
    const scan = await findIncentiveErrors(excel.context, [DATA], 10);
    expect(scan.issues).toHaveLength(10);
    expect(scan).toMatchObject({ errorCells: 30, truncated: true });
  });

  test("nothing wrong: an empty list, and no second sync", async () => {
    const excel = await workbookWith(2);
    const sync = jest.spyOn(excel.context, "sync");
    expect(await findIncentiveErrors(excel.context, [PLAN, DATA])).toEqual({
      issues: [],
      errorCells: 0,
      truncated: false,
    });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("without getSpecialCells (ExcelApi < 1.9) the used ranges are read in one more sync", async () => {
    const excel = await workbookWith(3, { excelApi: "1.8" });
    breakCells(excel, "Payout (CNY)", [0], "#N/A");
    const sync = jest.spyOn(excel.context, "sync");
    const scan = await findIncentiveErrors(excel.context, [PLAN, DATA]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(scan.issues.map((i) => i.error)).toEqual(["#N/A"]);
  });
});

describe("selectCell and watchSelection", () => {
  test("selectCell shows the sheet and selects the cell in one sync", async () => {
    const excel = await workbookWith(1);
    const sync = jest.spyOn(excel.context, "sync");
    await selectCell(excel.context, DATA, "H6");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.activeSheet).toBe(DATA);
    expect(excel.selection).toEqual({ sheet: DATA, address: "H6" });
  });

  test("watchSelection adds a handler that calls back; null without the event", async () => {
    const excel = new ModelExcel();
    const onChange = jest.fn();
    const handler = await watchSelection(excel.context, onChange);
    expect(handler).not.toBeNull();
    await excel.selectionHandlers[0]({});
    expect(onChange).toHaveBeenCalledTimes(1);

    const old = new ModelExcel({ excelApi: "1.1" });
    expect(await watchSelection(old.context, onChange)).toBeNull();
  });

  test("sheetAddress quotes names that need it", () => {
    expect(sheetAddress("Sheet1", "A1")).toBe("Sheet1!A1");
    expect(sheetAddress("SolarWave Data", "A1")).toBe("'SolarWave Data'!A1");
    expect(sheetAddress("O'Brien", "B2")).toBe("'O''Brien'!B2");
    expect(sheetAddress("AB12", "B2")).toBe("'AB12'!B2");
  });
});
