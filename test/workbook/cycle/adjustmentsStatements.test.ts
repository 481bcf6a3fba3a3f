/*
 * The adjustment line on the statements, on the strict Excel model: after Update adjustments, the
 * live statements sum the open period's lines of the partner's exact ID (MMULT of a match matrix), and a values-only statement
 * shows the partner's amount, under "Adjustment for 2026-Q1" (Chinese: "2026-Q1 调整额"). Before
 * any line there is no such line.
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, updateAdjustments } from "../../../src/workbook/cycle";
import { generateDashboard, generateStatements, generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import { blockHeight } from "../../../src/workbook/dashboard/statementLayout";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
// Rows of one statement block of the SolarWave template: the live sheet copies the first block down by this.
const BLOCK = blockHeight(programTemplate("solarwave"));
const DATA = `PI_${KEY}_Data`;
const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P3", name: "-Minus", actuals: [0.8, 4.2] },
];

async function withLine(language: "en" | "zh"): Promise<{ excel: ModelExcel; amount: number }> {
  const excel = new ModelExcel();
  await createProgram(excel.context, { ...programTemplate("solarwave"), sheetLanguage: language }, { partners: SEEDS });
  await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 3, 2)) });
  const table = excel.table(DATA);
  const values = table.values();
  const r = values.findIndex((v) => v.includes("P3"));
  const c = values[r].indexOf(0.8);
  excel.userEdit(table.sheet.name, `${String.fromCharCode(65 + table.box.column + c)}${table.box.row + r + 1}`, [
    [0.95],
  ]);
  const update = await updateAdjustments(excel.context, KEY, new Date(Date.UTC(2026, 4, 10)));
  return { excel, amount: update.added[0].adjustment };
}

/** The line's formula: the lines whose partner ID is exactly `ids`'s (as text), times their amounts in `period`. */
function sumOf(ids: string, [partnerId, settledIn, amount]: string[], period: string): string {
  const t = `PI_${KEY}_Adjustments`;
  return `=MMULT(--(${ids}&""=TRANSPOSE(${t}[${partnerId}]&"")),(${t}[${settledIn}]="${period}")*${t}[${amount}])`;
}

/** The cell right of the one holding `label` on `sheet`, and that label's count. */
function besides(excel: ModelExcel, sheet: string, label: string): { count: number; next: unknown[] } {
  const cells = [...excel.sheet(sheet).cells.entries()];
  const at = cells.filter(([, c]) => c.value === label).map(([rc]) => rc.split(",").map(Number));
  return {
    count: at.length,
    next: at.map(([row, col]) => excel.sheet(sheet).cell(row, col + 1)?.value),
  };
}

describe("the adjustment line on the statements", () => {
  test("values only: the partner's amount under 'Adjustment for 2026-Q1'; a partner without a line shows 0", async () => {
    const { excel, amount } = await withLine("en");
    const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
    expect(besides(excel, all.sheet, "Adjustment for 2026-Q1")).toEqual({ count: 2, next: [0, amount] });
  });

  test("live: the Adjustments table's lines of the block's partner ID (matched exactly) in the open period", async () => {
    const { excel } = await withLine("en");
    const live = await generateStatements(excel.context, KEY);
    const found = besides(excel, live.sheet, "Adjustment for 2026-Q1");
    const sum = (id: string) => sumOf(id, ["Partner ID", "Settled in", "Adjustment"], "2026-Q2");
    // Each block (copied down from the first) reads its own partner ID cell.
    expect(found.next).toEqual([sum("$B6"), sum(`$B${6 + BLOCK}`)]);
  });

  test("Chinese: the line and the table's own headers", async () => {
    const { excel, amount } = await withLine("zh");
    const one = await generateValuesOnlyStatements(excel.context, KEY, 1);
    expect(besides(excel, one.sheet, "2026-Q1 调整额")).toEqual({ count: 1, next: [amount] });
    const live = await generateStatements(excel.context, KEY);
    expect(besides(excel, live.sheet, "2026-Q1 调整额").next[0]).toBe(
      sumOf("$B6", ["合作伙伴编号", "结算于", "调整额"], "2026-Q2"),
    );
  });

  test("the dashboard: a per-partner column over the dashboard's spilled partner IDs, spilling", async () => {
    const { excel } = await withLine("en");
    const dashboard = await generateDashboard(excel.context, KEY);
    expect(besides(excel, dashboard.sheet, "Adjustment for 2026-Q1").count).toBe(1);
    const cells = [...excel.sheet(dashboard.sheet).cells.entries()];
    const [row, col] = cells
      .find(([, c]) => c.value === "Adjustment for 2026-Q1")![0]
      .split(",")
      .map(Number);
    const spill = excel.sheet(dashboard.sheet).cell(row + 1, col)?.value as string;
    const sum = sumOf(`A${row + 2}#`, ["Partner ID", "Settled in", "Adjustment"], "2026-Q2").slice(1);
    expect(spill).toBe(`=IF(A${row + 2}#="","",${sum})`);
    // The formula rules (test/workbook/dashboard/formulaRules.test.ts): short, no LET.
    expect(spill.length).toBeLessThanOrEqual(250);
    expect(spill).not.toMatch(/\bLET\(/);
  });

  test("no line before any adjustment", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"), { partners: SEEDS });
    await closePeriod(excel.context, KEY);
    const all = await generateValuesOnlyStatements(excel.context, KEY, "all");
    expect(besides(excel, all.sheet, "Adjustment for 2026-Q1").count).toBe(0);
    const dashboard = await generateDashboard(excel.context, KEY);
    expect(besides(excel, dashboard.sheet, "Adjustment for 2026-Q1").count).toBe(0);
  });
});
