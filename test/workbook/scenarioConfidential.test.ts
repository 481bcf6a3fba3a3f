/*
 * A scenario sheet compares every partner's pay, so it says CONFIDENTIAL on the sheet (issue 16),
 * as the all-partner statements do: in A4, the free row under the note, so the totals, the changes
 * and the per-partner rows stay where they were; in the sheet's language; and on the sheet Save as
 * scenario writes (the strict Excel model).
 */
import { programTemplate } from "../../src/engine";
import { createProgram, readProgram } from "../../src/workbook/programs";
import { ScenarioPartner, describeScenario } from "../../src/workbook/scenario/describeScenario";
import { saveScenario } from "../../src/workbook/scenario/writeScenario";
import { SheetPlan, isText } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const current = programTemplate("solarwave");
const partners: ScenarioPartner[] = [
  { id: "P1", name: "Sunrise Solar", actuals: [0.97, 4.8] },
  { id: "P2", name: "Blue Roof", actuals: [0.9, 4.5] },
];
const richer = { ...current, tiers: current.tiers.map((t, i) => (i === 2 ? { ...t, bound: 1.05 } : t)) };
const opts = { key: KEY, sheetName: "SolarWave Installer Scenario", savedAt: 46000.5 };

/** The texts the sheet's plain cells and grids put in a row (zero-based). */
function textsIn(sheet: SheetPlan, row: number): string[] {
  const plain = sheet.cells.filter((c) => c.row === row).map((c) => c.value);
  const grid = (sheet.grids ?? []).flatMap((g) => g.rows.filter((_, i) => g.topLeft.row + i === row).flat());
  return [...plain, ...grid].filter(isText).map((c) => c.text);
}

test("A4 says CONFIDENTIAL, alone in its row; the blocks below start where they did", () => {
  const { sheet, layout } = describeScenario(current, richer, partners, opts);
  expect(textsIn(sheet, 3)).toEqual([expect.stringMatching(/^CONFIDENTIAL — every partner's pay\. .*do not send/)]);
  expect(sheet.cells.find((c) => c.row === 3)!.style).toBe("note");
  expect(layout.totalsRow).toBe(6);
  expect(layout.changesHeader).toBe(12);
});

test("in Chinese when the sheet is written in Chinese", () => {
  const { sheet } = describeScenario(current, richer, partners, { ...opts, language: "zh" });
  expect(textsIn(sheet, 3)).toEqual([expect.stringMatching(/^机密——含全部合作伙伴的激励金额。/)]);
});

test("Save as scenario writes the mark into A4 of the new sheet", async () => {
  const excel = new ModelExcel();
  await createProgram(excel.context, current, { partners });
  const p = await readProgram(excel.context, KEY);
  const saved = await saveScenario(excel.context, KEY, richer, { basedOn: p, now: new Date(2026, 10, 2, 9, 30) });
  expect(excel.sheet(saved.sheet).at("A4")?.value).toMatch(/^CONFIDENTIAL — every partner's pay\./);
});
