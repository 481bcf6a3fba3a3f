/* Insights › What if › Save as scenario and Apply: the pure sheet description and the writes against the strict Excel model. */
import { ProgramDefinition, programTemplate, roundMoney, scenarioChanges, whatIf } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { WorkbookWriteError } from "../../src/workbook/applyPlan";
import { createProgram, readProgram } from "../../src/workbook/programs";
import { applyScenario } from "../../src/workbook/scenario/applyScenario";
import { ScenarioPartner, describeScenario } from "../../src/workbook/scenario/describeScenario";
import { ProgramChangedError } from "../../src/workbook/scenario/unchanged";
import { saveScenario } from "../../src/workbook/scenario/writeScenario";
import { parseOwnerMark, OWNER_PROPERTY } from "../../src/workbook/ownership";
import { Cell, GridPlan, isText } from "../../src/workbook/sheetPlan";
import { valueInput } from "../../src/workbook/cellInput";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const NOW = new Date(2026, 10, 2, 9, 30);

// On-time and CSAT per partner: Gold, Silver, below the gate, Bronze, and a name that looks like a formula.
const RESULTS: [string, string, number, number][] = [
  ["P1", "Sunrise Solar", 0.97, 4.8],
  ["P2", "Blue Roof", 0.9, 4.5],
  ["P3", "Gate Miss Co", 0.95, 3.5],
  ["P4", "Slow Build", 0.8, 4.2],
  ["P5", '=HYPERLINK("http://x.invalid","Click")', 0.93, 4.6],
];
const partners: ScenarioPartner[] = RESULTS.map(([id, name, onTime, csat]) => ({ id, name, actuals: [onTime, csat] }));
const seeds: PartnerSeed[] = RESULTS.map(([id, name, onTime, csat]) => ({ id, name, actuals: [onTime, csat] }));

const current = programTemplate("solarwave");
/** A richer second tier and a higher on-time target. */
function changed(p: ProgramDefinition): ProgramDefinition {
  return {
    ...p,
    tiers: p.tiers.map((t, i) => (i === 1 ? { ...t, bound: t.bound - 0.05, rate: t.rate + 0.1 } : { ...t })),
    kpis: p.kpis.map((k, i) => (i === 0 ? { ...k, target: 0.92 } : { ...k })),
  };
}

/** Every cell a grid puts on the sheet, by "row,column". */
function gridCells(grids: readonly GridPlan[]): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const g of grids)
    g.rows.forEach((row, r) => row.forEach((c, k) => out.set(`${g.topLeft.row + r},${g.topLeft.column + k}`, c)));
  return out;
}

const opts = { key: KEY, sheetName: "SolarWave Installer Scenario", savedAt: 46000.5 };

describe("describeScenario (pure)", () => {
  test("totals reconcile to the cent with the per-partner rows and with whatIf", () => {
    const scenario = changed(current);
    const { sheet, layout } = describeScenario(current, scenario, partners, opts);
    const cells = gridCells(sheet.grids!);
    const at = (r: number, c: number) => cells.get(`${r},${c}`) as number;
    const rows = partners.map((_, i) => layout.partnersHeader + 1 + i);
    const r = whatIf(current, scenario, partners);
    for (const [col, total] of [
      [5, r.current.total],
      [6, r.scenario.total],
      [7, r.totalDelta],
    ] as const) {
      const sum = roundMoney(
        rows.reduce((s, row) => s + at(row, col), 0),
        current.decimals,
      );
      expect(at(layout.totalRow, col)).toBe(sum);
      expect(at(layout.totalRow, col)).toBe(total);
      expect(at(layout.totalsRow, col - 4)).toBe(total);
    }
    expect(r.totalDelta).not.toBe(0);
    // Each payout is already rounded to the currency's decimals.
    for (const row of rows) for (const col of [5, 6, 7]) expect(at(row, col)).toBe(roundMoney(at(row, col), 2));
  });

  test("a scenario equal to the current plan has zero delta, no mover and says nothing changes", () => {
    const { sheet, layout } = describeScenario(current, changed(current) && { ...current }, partners, opts);
    const cells = gridCells(sheet.grids!);
    expect(cells.get(`${layout.totalsRow},3`)).toBe(0);
    expect(cells.get(`${layout.totalsRow + 1},2`)).toBe(0);
    expect(cells.get(`${layout.totalsRow + 2},2`)).toBe(0);
    partners.forEach((_, i) => {
      expect(cells.get(`${layout.partnersHeader + 1 + i},7`)).toBe(0);
      expect(cells.get(`${layout.partnersHeader + 1 + i},4`)).toBeNull();
    });
    expect(cells.get(`${layout.changesHeader + 1},0`)).toEqual({
      text: "Nothing: the scenario is the current plan.",
    });
  });

  test("the changed settings are listed with their current and scenario values", () => {
    const scenario = changed(current);
    const { sheet, layout } = describeScenario(current, scenario, partners, opts);
    const cells = gridCells(sheet.grids!);
    const changes = scenarioChanges(current, scenario);
    expect(changes.map((c) => c.kind)).toEqual(["kpi", "tier", "tier"]);
    const row = (i: number) => [0, 2, 3].map((c) => cells.get(`${layout.changesHeader + 1 + i},${c}`));
    expect(row(0)).toEqual([{ text: "On-time installs: target" }, current.kpis[0].target, 0.92]);
    expect(row(1)).toEqual([{ text: "Tier 2 lower bound" }, current.tiers[1].bound, current.tiers[1].bound - 0.05]);
    expect(row(2)[0]).toEqual({ text: "Tier 2 rate" });
  });

  test("text from the data stays text: names and IDs are text cells, written with Excel's text mark where needed", () => {
    const { sheet, layout } = describeScenario(current, changed(current), partners, opts);
    const cells = gridCells(sheet.grids!);
    const name = cells.get(`${layout.partnersHeader + 5},1`)!;
    expect(isText(name)).toBe(true);
    expect(valueInput(name)).toBe(`'=HYPERLINK("http://x.invalid","Click")`);
    expect(valueInput(cells.get(`${layout.partnersHeader + 1},0`)!)).toBe("'P1");
    // Nothing on the sheet is a formula: it is a snapshot.
    expect([...cells.values()].some((c) => typeof c === "object" && c !== null && "formula" in c)).toBe(false);
  });

  test("moves are named up and down; the sheet can be written in Chinese", () => {
    const scenario = { ...current, tiers: current.tiers.map((t, i) => (i === 2 ? { ...t, bound: 1.05 } : t)) };
    const r = whatIf(current, scenario, partners);
    expect(r.movedUp).toBeGreaterThan(0);
    const { sheet, layout } = describeScenario(current, scenario, partners, { ...opts, language: "zh" });
    const cells = gridCells(sheet.grids!);
    const moves = partners.map((_, i) => cells.get(`${layout.partnersHeader + 1 + i},4`));
    expect(moves).toContainEqual({ text: "升档" });
    expect(sheet.cells[0].value).toEqual({ text: "SolarWave Installer Program 2026 — 情景与当前方案对比" });
  });
});

async function workbook(): Promise<ModelExcel> {
  const excel = new ModelExcel({ workbook: { sheets: [{ name: "My notes", cells: { A1: "keep me" } }] } });
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds });
  return excel;
}

const userCells = (excel: ModelExcel) => JSON.stringify([...excel.sheet("My notes").cells]);

describe("saveScenario", () => {
  test("adds one new marked sheet in 7 syncs; the program's tables and the user's sheet are untouched", async () => {
    const excel = await workbook();
    const p = await readProgram(excel.context, KEY);
    const before = userCells(excel);
    const data = JSON.stringify([...excel.sheet("SolarWave Installer Data").cells]);
    const sync = jest.spyOn(excel.context, "sync");
    const saved = await saveScenario(excel.context, KEY, changed(p), { basedOn: p, now: NOW });
    expect(sync).toHaveBeenCalledTimes(7);
    expect(saved).toMatchObject({ sheet: "SolarWave Installer Scenario", partners: 5, syncs: 7 });
    const sheet = excel.sheet(saved.sheet);
    expect(parseOwnerMark(sheet.customProperties.find((x) => x.key === OWNER_PROPERTY)?.value)).toEqual({
      key: KEY,
      role: "scenario",
    });
    expect(userCells(excel)).toBe(before);
    expect(JSON.stringify([...excel.sheet("SolarWave Installer Data").cells])).toBe(data);
    // The partner that looks like a formula arrived as text.
    const texts = [...sheet.cells.values()].filter((c) => String(c.value).includes("HYPERLINK"));
    expect(texts.map((c) => c.kind)).toEqual(["text"]);
    expect([...sheet.cells.values()].some((c) => c.kind === "formula")).toBe(false);
    // Excel read no written text as a formula, a number, TRUE/FALSE or a date.
    expect(excel.model.warnings).toEqual([]);
  });

  test("a user's sheet with the name is never reused, and each save gets a fresh name", async () => {
    const excel = new ModelExcel({ sheets: ["SolarWave Installer Scenario"] });
    await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds });
    const p = await readProgram(excel.context, KEY);
    const first = await saveScenario(excel.context, KEY, changed(p), { now: NOW });
    const second = await saveScenario(excel.context, KEY, changed(p), { now: NOW });
    expect([first.sheet, second.sheet]).toEqual(["SolarWave Scenario (2)", "SolarWave Scenario (3)"]);
    expect(excel.sheet("SolarWave Installer Scenario").cells.size).toBe(0);
  });

  test("refused when the program changed since the pane read it; nothing written", async () => {
    const excel = await workbook();
    const p = await readProgram(excel.context, KEY);
    const sheets = excel.sheetNames();
    await expect(
      saveScenario(excel.context, KEY, changed(p), { basedOn: { ...p, decimals: 0 } }),
    ).rejects.toBeInstanceOf(ProgramChangedError);
    expect(excel.sheetNames()).toEqual(sheets);
  });

  test.each([1, 2, 3, 4, 5, 6, 7])("a failure at sync %i leaves no sheet behind", async (k) => {
    const excel = await workbook();
    const p = await readProgram(excel.context, KEY);
    const sheets = excel.sheetNames();
    const before = userCells(excel);
    excel.failAtSync = excel.syncs + k;
    const error = await saveScenario(excel.context, KEY, changed(p), { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    if (k >= 6) expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(excel.sheetNames()).toEqual(sheets);
    expect(userCells(excel)).toBe(before);
  });
});

describe("applyScenario", () => {
  test("writes the what-if into the program's tables (6 syncs) and reads back as the scenario", async () => {
    const excel = await workbook();
    const p = await readProgram(excel.context, KEY);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await applyScenario(excel.context, KEY, changed(p), p);
    expect(sync).toHaveBeenCalledTimes(6);
    expect(result.changes).toEqual(scenarioChanges(p, changed(p)));
    expect(result.changes.map((c) => c.kind)).toEqual(["kpi", "tier", "tier"]);
    sync.mockRestore();
    expect(await readProgram(excel.context, KEY)).toEqual(changed(p));
  });

  test("refused when the program changed since the pane read it: the tables stay as they are", async () => {
    const excel = await workbook();
    const p = await readProgram(excel.context, KEY);
    await expect(applyScenario(excel.context, KEY, changed(p), { ...p, cap: 2 })).rejects.toThrow(
      /was changed in the workbook after Insights read it\. Nothing was written/,
    );
    expect(await readProgram(excel.context, KEY)).toEqual(p);
  });
});
