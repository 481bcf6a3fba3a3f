/*
 * The adjustment line matches partner IDs exactly (apart from letter case), computed by a real
 * spreadsheet engine (HyperFormula, test/formulas): "0012" and "12", "A*1" and "AB1" in one program
 * each get only their own line on the dashboard and the live statements. SUMIFS would give "12"
 * the line of "0012" (a criterion that looks like a number is one) and "A*1" that of "AB1" (*).
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, updateAdjustments } from "../../../src/workbook/cycle";
import { generateDashboard, generateStatements } from "../../../src/workbook/dashboard";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { Snapshot, evaluateWorkbook } from "../../formulas/hyperformulaWorkbook";
import { address, cellsHolding as at } from "./snapshotCells";

const KEY = "SolarWave_Installer";
const LABEL = "Adjustment for 2026-Q1";
const SEEDS: PartnerSeed[] = ["0012", "12", "A*1", "AB1"].map((id) => ({ id, name: `P ${id}`, actuals: [0.8, 4.6] }));

/** Late data for "0012" and "AB1" only, then Update adjustments, the dashboard and the statements. */
async function evaluated() {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: SEEDS });
  await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 3, 2)) });
  const table = excel.table(`PI_${KEY}_Data`);
  const column = String.fromCharCode(65 + table.box.column + table.values()[1].indexOf(0.8));
  for (const [id, actual] of [
    ["0012", 0.95],
    ["AB1", 0.9],
  ] as const) {
    const r = table.values().findIndex((v) => v.includes(id));
    excel.userEdit(table.sheet.name, `${column}${table.box.row + r + 1}`, [[actual]]);
  }
  const update = await updateAdjustments(excel.context, KEY, new Date(Date.UTC(2026, 4, 10)));
  const dashboard = await generateDashboard(excel.context, KEY);
  const live = await generateStatements(excel.context, KEY);
  const snapshot = excel.model.snapshot() as Snapshot;
  const own = new Map(update.added.map((l) => [l.partnerId, l.adjustment]));
  return { snapshot, wb: evaluateWorkbook(snapshot), dashboard: dashboard.sheet, live: live.sheet, own };
}

describe("the adjustment line matches partner IDs exactly", () => {
  test("each of '0012', '12', 'A*1', 'AB1' gets only its own line, on the dashboard and the live statements", async () => {
    const { snapshot, wb, dashboard, live, own } = await evaluated();
    expect([...own.keys()].sort()).toEqual(["0012", "AB1"]);
    const expected = Object.fromEntries(SEEDS.map((s) => [s.id, own.get(s.id) ?? 0]));

    const [head] = at(snapshot, dashboard, LABEL);
    const shown = Object.fromEntries(
      SEEDS.map((_, i) => [
        wb.value(dashboard, address(head.r + 1 + i, 0)),
        wb.value(dashboard, address(head.r + 1 + i, head.c)),
      ]),
    );
    expect(shown).toEqual(expected);

    const lines = at(snapshot, live, LABEL).map(({ r, c }) => {
      const formula = snapshot.sheets.find((s) => s.name === live)!.cells[address(r, c + 1)].f!;
      const idCell = /\$(B\d+)/.exec(formula)![1];
      return [wb.value(live, idCell), wb.value(live, address(r, c + 1))];
    });
    expect(Object.fromEntries(lines)).toEqual(expected);
  });
});
