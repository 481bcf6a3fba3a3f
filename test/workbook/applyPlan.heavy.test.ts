/*
 * applyPlan.test.ts's largest writes, moved here with their checks (`npm run test:heavy`, run by
 * CI): 30,000 partners, 5,000 partners on a host without copyFrom (every row's formulas written),
 * and a 300,000-row grid. Each writes hundreds of thousands of cells through the strict Excel
 * model (ModelExcel).
 */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { applyWorkbookPlan } from "../../src/workbook/applyPlan";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { REQUEST_LIMIT_BYTES } from "../../src/workbook/requestBudget";
import type { WorkbookPlan } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { partnerSeeds as partners } from "../support/partnerSeeds";

function solarwavePlan(seeds: PartnerSeed[]): WorkbookPlan {
  return describeProgram(programTemplate("solarwave"), { partners: seeds });
}

describe("very large writes are chunked: one more sync per budget's worth of data", () => {
  test("30,000 partners with 120-character names: every request under 4 MB", async () => {
    const excel = new ModelExcel();
    const seeds = partners(30000, (i) => `${"阳".repeat(20)}${String(i).padStart(100, "x")}`);
    const { syncs } = await applyWorkbookPlan(excel.context, solarwavePlan(seeds));
    expect(syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.syncBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    const names = excel.table("PI_SolarWave_Installer_Data").column("Partner");
    expect(names).toHaveLength(30000);
    expect(names[29999]?.value).toBe(seeds[29999].name);
  });

  test("a host without copyFrom (ExcelApi 1.8) gets the formulas in every row, still under 4 MB per request", async () => {
    const excel = new ModelExcel({ excelApi: "1.8" });
    const plan = solarwavePlan(partners(5000));
    const { syncs } = await applyWorkbookPlan(excel.context, plan);
    expect(syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.syncBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(excel.model.syncStats.filter((s) => s.error)).toEqual([]);
    expect(excel.calls.some((c) => /\.copyFrom$/.test(c.what))).toBe(false);
    expect(excel.calls.some((c) => /\.customProperties\./.test(c.what))).toBe(false);
    expect(excel.calls.some((c) => /\.suspendScreenUpdatingUntilNextSync$/.test(c.what))).toBe(false);
    expect(excel.calls.some((c) => /\.suspendApiCalculationUntilNextSync$/.test(c.what))).toBe(true); // 1.6 has it
    const data = excel.table("PI_SolarWave_Installer_Data");
    const score = plan.sheets[1].tables[0].columns.find((c) => c.header === "Score")!;
    expect(
      data
        .column("Score")
        .every((c) => c?.kind === "formula" && c.value === score.formula!.formula && c.numberFormat === "0.0%"),
    ).toBe(true);
  });
});

describe("plans with very many rows of cells", () => {
  test("a grid of 300,000 rows (10,000 statements' worth) is written: no Math.max(...rows) stack overflow", async () => {
    const excel = new ModelExcel();
    const rows = Array.from({ length: 300000 }, (_, i) => [i, null]);
    const plan: WorkbookPlan = {
      key: "Big",
      programName: "Big",
      activeSheet: "Big",
      sheets: [
        {
          name: "Big",
          role: "statementValues",
          cells: [],
          tables: [],
          columnWidths: [],
          frozenRows: 0,
          grids: [{ topLeft: { row: 0, column: 0 }, rows, columnFormats: ["0", null] }],
        },
      ],
    };
    await applyWorkbookPlan(excel.context, plan);
    expect(excel.sheet("Big").at("A300000")).toMatchObject({ kind: "number", value: 299999, numberFormat: "0" });
    expect(Math.max(...excel.syncBytes)).toBeLessThan(REQUEST_LIMIT_BYTES);
  });
});
