/*
 * The settings' defined names (PI_<key>_Decimals …) on the strict Excel model: made with the
 * program, each referring to its row's Value cell; read back through them when the visible label
 * was renamed; kept (not duplicated) by Edit program, added by it and by regenerating for a
 * workbook from before the names; deleted with the program. PI_<key>_CapOrNone, the Cap as the
 * Payout formulas pass it, is a formula over the Cap's name. What the formulas compute through
 * them is checked in test/formulas/evaluated.test.ts.
 */
import { programTemplate } from "../../src/engine";
import { createProgram, deleteProgram, listPrograms, readProgram, updateProgram } from "../../src/workbook/programs";
import { generateDashboard } from "../../src/workbook/dashboard";
import { cellAddress } from "../../src/workbook/addresses";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const EXPECTED = ["Cap", "CapOrNone", "Decimals", "PeriodEnd", "PeriodStart", "TargetIncentive"].map(
  (s) => `PI_${KEY}_${s}`,
);

function namesOf(excel: ModelExcel): { name: string; formula: string }[] {
  return excel.model
    .snapshot()
    .names.map((n: { name: string; formula: string }) => ({ name: n.name, formula: n.formula }));
}

/** The Settings row's Value cell, sheet-qualified, as a name refers to it. */
function valueCell(excel: ModelExcel, label: string): string {
  const t = excel.table(`PI_${KEY}_Settings`);
  const i = t.values().findIndex((r) => r[0] === label);
  expect(i).toBeGreaterThan(0);
  const a = cellAddress(t.box.row + i, t.box.column + 1).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${t.sheet.name}'!${a}`;
}

function relabel(excel: ModelExcel, from: string, to: string): void {
  const t = excel.table(`PI_${KEY}_Settings`);
  const i = t.values().findIndex((r) => r[0] === from);
  excel.userEdit(t.sheet.name, cellAddress(t.box.row + i, t.box.column), [[to]]);
}

async function withoutNames(excel: ModelExcel): Promise<void> {
  await excel.model.Excel.run(async (context: Excel.RequestContext) => {
    for (const n of excel.names) context.workbook.names.getItem(n).delete();
  });
  expect(excel.names).toEqual([]);
}

describe("the settings' defined names", () => {
  test("createProgram names each setting the formulas read, referring to its Value cell", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await createProgram(excel.context, programTemplate("solarwave"));
    const names = namesOf(excel).sort((a, b) => a.name.localeCompare(b.name));
    expect(names.map((n) => n.name)).toEqual(EXPECTED);
    expect(names.find((n) => n.name.endsWith("_Decimals"))!.formula.replace(/^=/, "")).toBe(
      valueCell(excel, "Decimals"),
    );
    expect(names.find((n) => n.name.endsWith("_Cap"))!.formula.replace(/^=/, "")).toBe(valueCell(excel, "Cap"));
    expect(names.find((n) => n.name.endsWith("_CapOrNone"))!.formula).toBe(`=IF(PI_${KEY}_Cap="","",PI_${KEY}_Cap)`);
  });

  test("a workbook from before CapOrNone (the Cap's name there): Edit program adds it alone", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await createProgram(excel.context, programTemplate("solarwave"));
    const before = namesOf(excel);
    await excel.model.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.names.getItem(`PI_${KEY}_CapOrNone`).delete();
    });
    await updateProgram(excel.context, KEY, await readProgram(excel.context, KEY));
    const sorted = (n: { name: string }[]) => [...n].sort((a, b) => a.name.localeCompare(b.name));
    expect(sorted(namesOf(excel))).toEqual(sorted(before));
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("a discount has no cap, so no CapOrNone", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    const p = programTemplate("resellerRebate");
    await createProgram(excel.context, { ...p, payKind: "discount", listPrice: 100, cap: null });
    expect(excel.names.filter((n) => n.endsWith("_CapOrNone"))).toEqual([]);
  });

  test("a key whose setting name is taken moves the whole program on (names and tables share Excel's namespace)", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await excel.model.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.names.add(`PI_${KEY}_Cap`, "=1");
    });
    const created = await createProgram(excel.context, programTemplate("solarwave"));
    expect(created.summary.key).toBe(`${KEY}_2`);
    expect(excel.names).toContain(`PI_${KEY}_2_Cap`);
  });

  test("readProgram reads a relabelled setting through its name", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    const p = { ...programTemplate("solarwave"), decimals: 0 };
    await createProgram(excel.context, p);
    relabel(excel, "Decimals", "Decimal places");
    relabel(excel, "Target incentive", "Bonus at target");
    const back = await readProgram(excel.context, KEY);
    expect(back.decimals).toBe(0);
    expect(back.targetIncentive).toBe(p.targetIncentive);
  });

  test("Edit program writes a relabelled setting's row (no second row) and keeps the names", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await createProgram(excel.context, programTemplate("solarwave"));
    relabel(excel, "Decimals", "Decimal places");
    const before = namesOf(excel);
    const p = await readProgram(excel.context, KEY);
    await updateProgram(excel.context, KEY, { ...p, decimals: 0 });
    const rows = excel.table(`PI_${KEY}_Settings`).values();
    expect(rows.filter((r) => r[0] === "Decimals")).toEqual([]);
    expect(rows.find((r) => r[0] === "Decimal places")![1]).toBe(0);
    expect(namesOf(excel)).toEqual(before);
    expect((await readProgram(excel.context, KEY)).decimals).toBe(0);
  });

  test("a workbook from before the names: Edit program and regenerating add them, at the labelled rows", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await createProgram(excel.context, programTemplate("solarwave"));
    await withoutNames(excel);
    await generateDashboard(excel.context, KEY);
    expect([...excel.names].sort()).toEqual(EXPECTED);
    expect(namesOf(excel).find((n) => n.name.endsWith("_Decimals"))!.formula).toBe(`=${valueCell(excel, "Decimals")}`);

    await withoutNames(excel);
    await updateProgram(excel.context, KEY, await readProgram(excel.context, KEY));
    expect([...excel.names].sort()).toEqual(EXPECTED);
    expect(namesOf(excel).find((n) => n.name.endsWith("_Cap"))!.formula).toBe(`=${valueCell(excel, "Cap")}`);
  });

  test("deleteProgram deletes the program's names, not another program's", async () => {
    const excel = new ModelExcel({ excelApi: "1.20" });
    await createProgram(excel.context, programTemplate("resellerRebate"));
    await createProgram(excel.context, programTemplate("solarwave"));
    await deleteProgram(excel.context, KEY);
    expect(excel.names.filter((n) => n.startsWith(`PI_${KEY}_`))).toEqual([]);
    expect(excel.names.filter((n) => n.startsWith("PI_Reseller_Rebate_2026_")).length).toBe(6);
    expect((await listPrograms(excel.context)).map((p) => p.key)).toEqual(["Reseller_Rebate_2026"]);
  });
});
