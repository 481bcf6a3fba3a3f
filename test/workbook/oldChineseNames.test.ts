/*
 * A Chinese program written before the glossary (docs/glossary.md, "Old names still read"): its
 * plan and data tables carry the old table names (计划名称, 货币, 上限, 费率, 支付金额（CNY）, 到期日 …).
 * The fixture writes a program as today and renames every glossary word back to the old one,
 * from the list below (not from the add-in's alias table), on the strict Excel model. Such a
 * workbook is read, edited and regenerated, and keeps its names; a new program has none of them.
 */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import { activityItems } from "../../src/taskpane/services/excelInsightsSource";
import { applyWorkbookPlan } from "../../src/workbook/applyPlan";
import { generateDashboard, generateStatements } from "../../src/workbook/dashboard";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { createProgram, listPrograms, readProgram, updateProgram } from "../../src/workbook/programs";
import { Snap, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { verifyTables } from "../../scripts/verify/verifyWorkbook";
import { readTables } from "../../scripts/verify/xlsxTables";
import { INSTALLATION_HEADER_SETS, parseSolarWaveSample } from "../../src/workbook/solarwaveSample";
import { readExistingNames } from "../../src/workbook/workbookNames";
import { readNamesAndSource } from "../../src/workbook/existingSource";
import { colName } from "../excel-model/addresses";
import { readFileSync } from "fs";
import { join } from "path";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { xlsxBytes } from "../verify/xlsxBytes";

/** Each glossary word of a table name, and the name an earlier version wrote. */
const OLD: Readonly<Record<string, string>> = {
  方案名称: "计划名称",
  币种: "货币",
  考核期开始: "期间开始",
  考核期结束: "期间结束",
  结算周期: "频率",
  激励类型: "支付类型",
  计酬依据: "计酬基础指标",
  封顶: "上限",
  工作表语言: "表格语言",
  比例: "费率",
  "激励金额（CNY）": "支付金额（CNY）",
  约定完工日: "到期日",
};

const KEY = "SolarWave_2026";
const dir = join(__dirname, "../../assets/sample/solarwave");
const sample = parseSolarWaveSample({
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
});

/** A cell, header or formula with the old names: a whole text renamed, or a structured reference [name]. */
function olden(v: unknown): unknown {
  if (typeof v === "string") {
    if (v in OLD) return OLD[v];
    return v.includes("[")
      ? v.replace(/\[([^[\]]+)\]/g, (all, name: string) => (name in OLD ? `[${OLD[name]}]` : all))
      : v;
  }
  if (Array.isArray(v)) return v.map(olden);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, olden(x)]));
  return v;
}

/** The workbook an earlier version wrote for `p`. */
async function oldWorkbook(p: ProgramDefinition, withSample = false): Promise<ModelExcel> {
  const excel = new ModelExcel();
  const existing = await readExistingNames(excel.context);
  const partners = [
    { id: "P1", name: "阳光屋顶", actuals: [0.9, 4.5] },
    { id: "P2", name: "华南光伏", actuals: [0.7, 3.2] },
  ];
  const plan = describeProgram(p, withSample ? { existing, sample } : { existing, partners });
  await applyWorkbookPlan(excel.context, olden(plan) as typeof plan, { existing });
  return excel;
}

const header = (excel: ModelExcel, suffix: string) => excel.table(`PI_${KEY}_${suffix}`).header();
const settingLabels = (excel: ModelExcel) =>
  excel
    .table(`PI_${KEY}_Settings`)
    .values()
    .slice(1)
    .map((r) => r[0]);
const allTableText = (excel: ModelExcel) =>
  excel.tables.flatMap((t) => [...t.values().flat(), ...t.formulas().flat()].map(String)).join("\n");

describe("a Chinese program written with the old table names", () => {
  const p = programTemplate("solarwave", "zh");

  test("the fixture has the old names and none of the glossary's", async () => {
    const excel = await oldWorkbook(p, true);
    expect(settingLabels(excel)).toEqual(expect.arrayContaining(["计划名称", "货币", "期间开始", "上限", "支付类型"]));
    expect(header(excel, "Tiers")).toEqual(["下限", "费率", "档位名称"]);
    expect(header(excel, "Data")).toContain("支付金额（CNY）");
    expect(header(excel, "Installations")).toContain("到期日");
    for (const word of Object.keys(OLD))
      expect({ word, found: header(excel, "Data").includes(word) }).toEqual({ word, found: false });
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("is listed and read as the program it is, marked as keeping its old names", async () => {
    const excel = await oldWorkbook(p);
    expect((await listPrograms(excel.context)).map((s) => s.name)).toEqual([p.name]);
    expect(await readProgram(excel.context, KEY)).toEqual({ ...p, sheetNames: "old" });
  });

  test("is edited in place: values into the old rows and columns, no row or column under a new name", async () => {
    const excel = await oldWorkbook(p);
    const before = await readProgram(excel.context, KEY);
    const edited: ProgramDefinition = {
      ...before,
      targetIncentive: 25000,
      cap: 1.2,
      tiers: before.tiers.map((t, i) => (i === 1 ? { ...t, rate: 0.8 } : t)),
    };
    await updateProgram(excel.context, KEY, edited);
    expect(await readProgram(excel.context, KEY)).toEqual(edited);
    const settings = excel.table(`PI_${KEY}_Settings`).values();
    expect(settings.find((r) => r[0] === "上限")?.[1]).toBe(1.2);
    expect(settingLabels(excel).filter((l) => String(l) in OLD)).toEqual([]);
    expect(header(excel, "Tiers")).toEqual(["下限", "费率", "档位名称"]);
    expect(excel.table(`PI_${KEY}_Tiers`).column("费率")[1]?.value).toBe(0.8);
    expect(header(excel, "Data")).toContain("支付金额（CNY）");
    expect(header(excel, "Data")).not.toContain("激励金额（CNY）");
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("an edit that does not say it keeps them is written under the names the tables have", async () => {
    const excel = await oldWorkbook(p);
    const { sheetNames, ...before } = await readProgram(excel.context, KEY);
    expect(sheetNames).toBe("old");
    await updateProgram(excel.context, KEY, { ...before, currency: "CNY", targetIncentive: 30000 });
    expect(await readProgram(excel.context, KEY)).toEqual({ ...before, targetIncentive: 30000, sheetNames: "old" });
    expect(settingLabels(excel).filter((l) => String(l) in OLD)).toEqual([]);
    expect(header(excel, "Data")).toContain("支付金额（CNY）");
    expect(excel.model.checkFormulas()).toEqual([]);
  });

  test("its dashboard and statements are regenerated: formulas name the columns it has, the sheets show the glossary's words", async () => {
    const excel = await oldWorkbook(p);
    await generateDashboard(excel.context, KEY);
    await generateStatements(excel.context, KEY);
    // Twice: the second time in place, over the first.
    await generateDashboard(excel.context, KEY);
    expect(excel.model.checkFormulas()).toEqual([]);
    const text = JSON.stringify(excel.model.snapshot());
    const has = (t: string) => ({ t, found: text.includes(t) });
    expect(has(`PI_${KEY}_Data[[支付金额（CNY）]]`)).toEqual({ t: `PI_${KEY}_Data[[支付金额（CNY）]]`, found: true });
    expect(has("[[激励金额（CNY）]]")).toEqual({ t: "[[激励金额（CNY）]]", found: false });
    // What the dashboard shows is in the glossary's words: its total tile.
    expect(has("激励金额（CNY）合计")).toEqual({ t: "激励金额（CNY）合计", found: true });
    expect(has("支付金额（CNY）合计")).toEqual({ t: "支付金额（CNY）合计", found: false });
  });

  test("a workbook from before the settings' defined names: they are added on the rows with the old names", async () => {
    const excel = await oldWorkbook(p);
    const names = excel.names.filter((n) => n.startsWith(`PI_${KEY}_`));
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) excel.context.workbook.names.getItem(n).delete();
    await excel.context.sync();
    expect(excel.names.filter((n) => n.startsWith(`PI_${KEY}_`))).toEqual([]);
    await generateDashboard(excel.context, KEY);
    expect(excel.names.filter((n) => n.startsWith(`PI_${KEY}_`)).sort()).toEqual(names.sort());
    expect(excel.model.checkFormulas()).toEqual([]);
    expect(await readProgram(excel.context, KEY)).toEqual({ ...p, sheetNames: "old" });
  });

  test("Insights reads its Installations table by the old headers", async () => {
    const excel = await oldWorkbook(p, true);
    const t = excel.table(`PI_${KEY}_Installations`);
    const items = activityItems([t.header(), ...t.values()], INSTALLATION_HEADER_SETS);
    expect(items?.length).toBeGreaterThan(100);
  });
});

describe("a Chinese program over the user's table, written with the old names", () => {
  const a1 = (row: number, column: number, rows = 1, columns = 1) =>
    `${colName(column)}${row + 1}:${colName(column + columns - 1)}${row + rows}`;

  test("Update partners (the program saved as read) gives a partner added to the table its row", async () => {
    const excel = new ModelExcel({
      workbook: {
        sheets: [
          {
            name: "销售数据",
            values: [
              ["编号", "名称", "采购量"],
              ["P1", "阳光屋顶", 1200],
              ["P2", "华南光伏", 800],
            ],
            tables: [{ name: "Sales", address: "A1:C3" }],
          },
        ],
      },
    });
    const p = { ...programTemplate("resellerRebate", "zh"), currency: "CNY" };
    p.source = {
      kind: "existing",
      source: "Sales",
      partnerColumn: "编号",
      partnerNameColumn: "名称",
      kpiColumns: ["采购量"],
    };
    const { existing, table } = await readNamesAndSource(excel.context, "Sales");
    const plan = describeProgram(p, { existing, sourceTable: table });
    await applyWorkbookPlan(excel.context, olden(plan) as typeof plan, { existing });
    const key = plan.key;
    const results = () => excel.table(`PI_${key}_Data`);
    expect(results().header()).toContain("支付金额（CNY）");

    const { row: top, column, rows, columns } = excel.table("Sales").box;
    excel.userEdit("销售数据", a1(top + rows, column, 1, 3), [["P3", "东方能源", 1500]]);
    await excel.userResizeTable("Sales", a1(top, column, rows + 1, columns));
    const read = await readProgram(excel.context, key);
    expect(read.sheetNames).toBe("old");
    const result = await updateProgram(excel.context, key, read);
    expect(result.summary.partners).toBe(3);
    expect(
      results()
        .column("来源行")
        .map((c) => c?.value),
    ).toEqual([1, 2, 3]);
    expect(results().header()).toContain("支付金额（CNY）");
    expect(results().header()).not.toContain("激励金额（CNY）");
    expect(
      excel
        .table(`PI_${key}_Settings`)
        .values()
        .map((r) => r[0])
        .filter((l) => String(l) in OLD),
    ).toEqual([]);
    expect(excel.model.checkFormulas()).toEqual([]);
  });
});

describe("npm run verify on a workbook with the old names", () => {
  test("reads the program and checks every partner's payout under 支付金额（CNY）", async () => {
    const excel = await oldWorkbook(programTemplate("solarwave", "zh"));
    const snap = excel.model.snapshot() as unknown as Snap;
    const results = engineResults(snap);
    // Saved synchronously (xlsxBytes): exceljs's writeBuffer yields to the event loop mid-save.
    const buffer = xlsxBytes(snapshotToWorkbook(snap, results));
    const report = verifyTables(readTables(buffer));
    expect(report.differences).toEqual([]);
    expect(report.programs.map((p) => [p.language, p.partners])).toEqual([["zh", 2]]);
    expect(report.programs[0].cellsChecked).toBeGreaterThan(0);
  });
});

describe("a new Chinese program", () => {
  test("its tables carry only the glossary's names", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave", "zh"), {
      sample: {
        partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
        installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
      },
    });
    const text = allTableText(excel);
    for (const old of Object.values(OLD)) expect({ old, found: text.includes(old) }).toEqual({ old, found: false });
    for (const word of ["方案名称", "币种", "考核期开始", "封顶", "比例", "激励金额（CNY）", "约定完工日"])
      expect({ word, found: text.includes(word) }).toEqual({ word, found: true });
    expect((await readProgram(excel.context, KEY)).sheetNames).toBeUndefined();
  });
});
