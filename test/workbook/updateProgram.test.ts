/*
 * Editing a program in place: updateProgram against the strict Excel model (test/excel-model via
 * ModelExcel): calls take effect at sync, and reading a property that was not loaded throws
 * PropertyNotLoaded as in Excel (the lenient fake let updateProgram read the data table's values
 * when only its position and size were loaded).
 */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { ModelExcel, ModelTable } from "../excel-model/fakeExcelFacade";
import { colName, parseRef, splitSheet } from "../excel-model/addresses";

const KEY = "SolarWave_Installer";
const T = (suffix: string) => `PI_${KEY}_${suffix}`;

function partners(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `Partner ${i + 1}`, actuals: [0.9, 4.5] }));
}

async function solarWave(n = 3): Promise<{ excel: ModelExcel; p: ProgramDefinition }> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: partners(n) });
  return { excel, p: await readProgram(excel.context, KEY) };
}

/** Every cell of a table and where it is, to compare before and after. */
function snapshot(t: ModelTable): unknown {
  const cells = [];
  const sheet = t.sheet;
  for (let r = 0; r < t.box.rows; r++)
    for (let c = 0; c < t.box.columns; c++) {
      const cell = sheet.cell(t.box.row + r, t.box.column + c);
      cells.push(cell ? { ...cell, numberFormat: cell.numberFormat ?? "General" } : null);
    }
  return { box: { ...t.box }, cells };
}

const tables = (excel: ModelExcel) => ["Settings", "KPIs", "Tiers", "Data"].map((s) => snapshot(excel.table(T(s))));

/** A1 address of a box (0-based row and column, sizes). */
const a1 = (row: number, column: number, rows = 1, columns = 1) =>
  `${colName(column)}${row + 1}:${colName(column + columns - 1)}${row + rows}`;

/** The user types an "Owner" column to the right of the KPI table (Excel grows the table) and fills it in; as text. */
async function addOwnerColumn(excel: ModelExcel, owners: string[]): Promise<void> {
  const kpis = excel.table(T("KPIs"));
  const { row, column, rows, columns } = kpis.box;
  excel.userEdit(kpis.sheet.name, a1(row, column + columns, 1 + owners.length), [
    ["Owner"],
    ...owners.map((o) => [`'${o}`]),
  ]);
  await excel.userResizeTable(kpis.name, a1(row, column, rows, columns + 1));
}

/** Writes (values, formulas, formats, clears, inserts, deletes) logged since `seq` whose range overlaps `address` on `sheet`. */
function writesTo(excel: ModelExcel, sinceSeq: number, sheet: string, address: string) {
  const box = parseRef(address)!;
  return excel.model.log.filter((e) => {
    if (e.seq <= sinceSeq || typeof e.address !== "string") return false;
    if (e.kind !== "set" && !(e.kind === "call" && /^(clear|delete|insert|copyFrom|moveTo)$/.test(e.member)))
      return false;
    const { sheet: s, ref } = splitSheet(e.address);
    const b = parseRef(ref);
    return (
      s?.toLowerCase() === sheet.toLowerCase() &&
      b &&
      b.r0 <= box.r1 &&
      box.r0 <= b.r1 &&
      b.c0 <= box.c1 &&
      box.c0 <= b.c1
    );
  });
}

describe("updateProgram", () => {
  test("an edit reads its tables as loaded and writes in place", async () => {
    const { excel, p: before } = await solarWave(5);
    const result = await updateProgram(excel.context, KEY, { ...before, name: "SolarWave 2027", decimals: 0 });
    expect(result.summary.name).toBe("SolarWave 2027");
    const after = await readProgram(excel.context, KEY);
    expect(after).toMatchObject({ name: "SolarWave 2027", decimals: 0 });
    // Header and the five partners, none added or lost.
    expect(
      excel
        .table(T("Data"))
        .values()
        .map((r) => r[0]),
    ).toEqual(["Partner ID", "P1", "P2", "P3", "P4", "P5"]);
  });

  test("settings, KPI and tier values are written back in four syncs, and read back as edited", async () => {
    const { excel, p } = await solarWave();
    const edited: ProgramDefinition = {
      ...p,
      name: "SolarWave Installer Program 2027",
      decimals: 0,
      targetIncentive: 25000,
      kpis: [{ ...p.kpis[0], target: 0.85 }, p.kpis[1]],
      tiers: p.tiers.map((t) => ({ ...t, rate: t.rate + 0.1 })),
    };
    const sync = jest.spyOn(excel.context, "sync");
    const calls = excel.calls.length;
    const result = await updateProgram(excel.context, KEY, edited);
    expect(sync).toHaveBeenCalledTimes(4);
    expect(result.syncs).toBe(4);
    expect(result.summary).toMatchObject({ key: KEY, name: "SolarWave Installer Program 2027", partners: 3 });
    // What changed, old → new, as the tables were read: the description the wizard words.
    expect(result.changes).toEqual([
      { kind: "setting", field: "name", before: p.name, after: "SolarWave Installer Program 2027" },
      { kind: "setting", field: "decimals", before: p.decimals, after: 0 },
      { kind: "setting", field: "targetIncentive", before: p.targetIncentive, after: 25000 },
      { kind: "kpi", kpi: 0, name: p.kpis[0].name, field: "target", before: p.kpis[0].target, after: 0.85 },
      ...p.tiers.map((t, i) => ({ kind: "tier", tier: i, field: "rate", before: t.rate, after: t.rate + 0.1 })),
    ]);
    expect(result.program).toEqual(edited);
    expect(await readProgram(excel.context, KEY)).toEqual(edited);
    // Calculation and screen updating were suspended for the write.
    const called = excel.calls.slice(calls).map((c) => c.what);
    expect(called).toContain("workbook.application.suspendApiCalculationUntilNextSync");
    expect(called).toContain("workbook.application.suspendScreenUpdatingUntilNextSync");
    // The money format follows the decimals.
    expect(excel.table(T("Data")).column("Payout (CNY)")[2]?.numberFormat).toBe("¥#,##0");
  });

  test("the tier table grows and shrinks at its end; the sync count does not grow with partners", async () => {
    for (const n of [2, 400]) {
      const { excel, p } = await solarWave(n);
      const more = { ...p, tiers: [...p.tiers, { bound: 1.4, rate: 2, label: "Platinum" }] };
      const sync = jest.spyOn(excel.context, "sync");
      await updateProgram(excel.context, KEY, more);
      expect(sync).toHaveBeenCalledTimes(4);
      let tiers = excel.table(T("Tiers"));
      expect(tiers.box.rows).toBe(5);
      expect(tiers.column("Label").map((c) => c?.value)).toEqual(["Bronze", "Silver", "Gold", "Platinum"]);
      expect(tiers.column("Rate")[3]?.numberFormat).toBe("0.0%");
      const fewer = { ...p, tiers: p.tiers.slice(0, 1) };
      await updateProgram(excel.context, KEY, fewer);
      tiers = excel.table(T("Tiers"));
      expect(tiers.box.rows).toBe(2);
      expect((await readProgram(excel.context, KEY)).tiers).toEqual(fewer.tiers);
      // The rows deleted left nothing behind below the table.
      expect(tiers.sheet.cell(tiers.box.row + 2, tiers.box.column)).toBeUndefined();
    }
  });

  test("a user's extra column in the KPI table survives; its cells travel with their KPI", async () => {
    const { excel, p } = await solarWave();
    await addOwnerColumn(excel, ["Ops team", "=Quality team"]);
    const kpis = () => excel.table(T("KPIs"));
    // Reordered: the owners follow their KPI.
    await updateProgram(excel.context, KEY, { ...p, kpis: [p.kpis[1], p.kpis[0]] });
    expect(
      kpis()
        .column("KPI")
        .map((c) => c?.value),
    ).toEqual(["CSAT", "On-time installs"]);
    expect(kpis().column("Owner")).toEqual([
      { kind: "text", value: "=Quality team" },
      { kind: "text", value: "Ops team" },
    ]);
    // A KPI added at the end: a blank owner; the others stay where they are, untouched.
    const nps = { ...p.kpis[1], name: "NPS", unit: "", target: 50, gate: null, weight: 0.1 };
    const three = { ...p, kpis: [p.kpis[1], { ...p.kpis[0], weight: 0.6 }, nps] };
    const { row, column, columns } = kpis().box;
    const seq = excel.model.log.length ? excel.model.log[excel.model.log.length - 1].seq : 0;
    await updateProgram(excel.context, KEY, three);
    expect(
      kpis()
        .column("Owner")
        .map((c) => c?.value ?? ""),
    ).toEqual(["=Quality team", "Ops team", ""]);
    // Not even rewritten: nothing written to (or moved over) those two cells.
    expect(writesTo(excel, seq, kpis().sheet.name, a1(row + 1, column + columns - 1, 2))).toEqual([]);
    expect(kpis().header()).toEqual(["KPI", "Unit", "Direction", "Target", "Target mode", "Weight", "Gate", "Owner"]);
    expect((await readProgram(excel.context, KEY)).kpis).toEqual(three.kpis);
  });

  test("a new KPI adds its data columns with the formulas createProgram would write", async () => {
    const { excel, p } = await solarWave();
    const nps = {
      name: "NPS",
      unit: "",
      direction: "higher" as const,
      targetMode: "perPartner" as const,
      target: null,
      weight: 0.2,
      gate: null,
    };
    const edited: ProgramDefinition = { ...p, kpis: [{ ...p.kpis[0], weight: 0.5 }, p.kpis[1], nps] };
    const result = await updateProgram(excel.context, KEY, edited);
    expect(result.changes).toContainEqual({ kind: "kpiAdded", kpi: 2, name: "NPS" });
    const data = excel.table(T("Data"));
    expect(data.header()).toEqual([
      "Partner ID",
      "Partner",
      "On-time installs",
      "CSAT",
      "NPS",
      "NPS target",
      "On-time installs attainment",
      "CSAT attainment",
      "NPS attainment",
      "Score",
      "Gate met",
      "Tier",
      "Payout (CNY)",
    ]);
    // The partners' results stayed in their rows.
    expect(data.column("CSAT").map((c) => c?.value)).toEqual([4.5, 4.5, 4.5]);
    // The same formulas as a program created with these KPIs from the start.
    const fresh = new ModelExcel();
    await createProgram(fresh.context, edited, { partners: partners(3) });
    const created = fresh.table(T("Data"));
    for (const h of created.header()) {
      expect([h, data.column(h).map((c) => (c?.kind === "formula" ? c.value : c?.kind))]).toEqual([
        h,
        created.column(h).map((c) => (c?.kind === "formula" ? c.value : c?.kind)),
      ]);
    }
    expect(data.column("NPS attainment")[0]?.numberFormat).toBe("0.0%");
  });

  test("a removed KPI: its attainment column goes, its results column stays and the result says so", async () => {
    const { excel, p } = await solarWave();
    const result = await updateProgram(excel.context, KEY, { ...p, kpis: [{ ...p.kpis[0], weight: 1 }] });
    expect(result.changes).toContainEqual({ kind: "kpiRemoved", kpi: 1, name: "CSAT" });
    expect(result.notes).toEqual([
      `The column “CSAT” of ${T("Data")} was kept: it holds your data. The program no longer reads it; delete it when you no longer need it.`,
    ]);
    const data = excel.table(T("Data"));
    expect(data.header()).toEqual([
      "Partner ID",
      "Partner",
      "On-time installs",
      "CSAT",
      "On-time installs attainment",
      "Score",
      "Gate met",
      "Tier",
      "Payout (CNY)",
    ]);
    expect(data.column("Score")[1]?.value).toBe(
      `=INCENTIVE.SCORE([@[On-time installs attainment]],XLOOKUP("On-time installs",${T("KPIs")}[KPI],${T("KPIs")}[Weight]))`,
    );
    expect(String(data.column("Gate met")[0]?.value)).not.toContain("CSAT");
  });

  test("user text is written as text: names and labels that look like formulas", async () => {
    const { excel, p } = await solarWave();
    const edited: ProgramDefinition = {
      ...p,
      name: "=HYPERLINK(1) Program",
      tiers: [...p.tiers, { bound: 1.5, rate: 2, label: "+1-555 Platinum" }],
      kpis: [p.kpis[0], { ...p.kpis[1], name: "-CSAT 2", unit: "-5" }],
    };
    await updateProgram(excel.context, KEY, edited);
    const settings = excel.table(T("Settings"));
    expect(settings.column("Value")[0]).toMatchObject({ kind: "text", value: "=HYPERLINK(1) Program" });
    expect(excel.table(T("Tiers")).column("Label")[3]).toMatchObject({ kind: "text", value: "+1-555 Platinum" });
    const kpis = excel.table(T("KPIs"));
    expect(kpis.column("KPI")[1]).toMatchObject({ kind: "text", value: "-CSAT 2" });
    expect(kpis.column("Unit")[1]).toMatchObject({ kind: "text", value: "-5" });
    const data = excel.table(T("Data"));
    expect(data.header()).toContain("-CSAT 2 attainment");
    // Excel read no written text as a formula, a number, TRUE/FALSE or a date.
    expect(excel.model.warnings).toEqual([]);
    const all = [...excel.liveSheets().flatMap((s) => [...s.cells.values()])];
    expect(all.filter((c) => c.kind === "formula").every((c) => /^=(INCENTIVE|IF|AND)\b/.test(String(c.value)))).toBe(
      true,
    );
    expect(await readProgram(excel.context, KEY)).toEqual(edited);
  });

  test("a currency change renames the payout column and rewrites its formula", async () => {
    const { excel, p } = await solarWave();
    await updateProgram(excel.context, KEY, { ...p, currency: "EUR" });
    const data = excel.table(T("Data"));
    expect(data.header()).toContain("Payout (EUR)");
    expect(data.header()).not.toContain("Payout (CNY)");
    expect(String(data.column("Payout (EUR)")[2]?.value)).toContain("INCENTIVE.BONUS(");
  });

  test("a failed write puts the tables back as they were and says so", async () => {
    const { excel, p } = await solarWave();
    await addOwnerColumn(excel, ["Ops", "Quality"]);
    const before = tables(excel);
    excel.failAtSync = excel.syncs + 3; // the write sync, after its calls took effect
    const nps = { ...p.kpis[1], name: "NPS", gate: null, weight: 0.1 };
    await expect(
      updateProgram(excel.context, KEY, {
        ...p,
        kpis: [p.kpis[1], { ...p.kpis[0], weight: 0.6 }, nps],
        tiers: p.tiers.slice(0, 2),
      }),
    ).rejects.toThrow(
      // Excel's error message (OfficeExtension.Error.message; its code GeneralException is apart).
      "Excel could not finish saving the changes to “SolarWave Installer Program 2026”: An internal error has occurred. The program's tables were put back as they were.",
    );
    expect(tables(excel)).toEqual(before);
  });

  test("a failure while reading writes nothing", async () => {
    const { excel, p } = await solarWave();
    const before = tables(excel);
    excel.failAtSync = excel.syncs + 2;
    await expect(updateProgram(excel.context, KEY, { ...p, tiers: p.tiers.slice(0, 1) })).rejects.toThrow(
      /^Could not read the program's tables \(An internal error has occurred\)\. Nothing was written\.$/,
    );
    expect(tables(excel)).toEqual(before);
  });

  test("refused before anything is written: an invalid program, a pay kind change, a missing table", async () => {
    const { excel, p } = await solarWave();
    const before = tables(excel);
    await expect(updateProgram(excel.context, KEY, { ...p, name: "" })).rejects.toThrow(
      /^The changes cannot be saved yet: /,
    );
    await expect(
      updateProgram(excel.context, KEY, { ...p, payKind: "discount", listPrice: 100, cap: null, method: "retro" }),
    ).rejects.toThrow(/What the program pays cannot be changed in place \(bonus → discount\)/);
    await expect(updateProgram(excel.context, "Other", p)).rejects.toThrow(
      "The program cannot be saved: the table PI_Other_Settings and PI_Other_KPIs and PI_Other_Tiers and PI_Other_Data is no longer in this workbook. Nothing was written.",
    );
    expect(tables(excel)).toEqual(before);
  });
});
