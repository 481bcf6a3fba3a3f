/*
 * The workbook layer's refusals, notes and change lines in the message language the pane set:
 * Chinese words around the names, numbers and tables the message is about.
 */
import { ProgramDefinition, formatMessage, programTemplate } from "../../src/engine";
import { formatMessage as workbookMessage, setWorkbookLanguage } from "../../src/workbook/words";
import { applyWorkbookPlan } from "../../src/workbook/applyPlan";
import type { PartnerSeed } from "../../src/workbook/contract";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { resolveSource } from "../../src/workbook/existingSource";
import { createProgram, deleteProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { assertUnchanged } from "../../src/workbook/scenario/unchanged";
import { planTargets } from "../../src/workbook/targets/planTargets";
import { writeTargets } from "../../src/workbook/targets/writeTargets";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { overSales, salesWorkbook } from "./salesWorkbook";

const KEY = "SolarWave_Installer";
const T = (suffix: string) => `PI_${KEY}_${suffix}`;
const CHINESE = /[\u4e00-\u9fff]/;

const partners = (n: number): PartnerSeed[] =>
  Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `Partner ${i + 1}`, actuals: [0.9, 4.5] }));

async function solarWave(): Promise<{ excel: ModelExcel; p: ProgramDefinition }> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: partners(3) });
  return { excel, p: await readProgram(excel.context, KEY) };
}

/** The message of what `run` throws or rejects with. */
async function messageOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("nothing was thrown");
}

/** Chinese, with every value the message is about, and no English sentence left in it. */
function expectChinese(message: string, ...values: string[]): void {
  expect(message).toMatch(CHINESE);
  for (const v of values) expect(message).toContain(v);
  expect(message).not.toMatch(/\b(the|was|cannot|could not|Nothing)\b/);
}

beforeEach(() => setWorkbookLanguage("zh"));
afterEach(() => setWorkbookLanguage("en"));

describe("editing a program, in Chinese", () => {
  test("a removed KPI's kept column is noted in Chinese", async () => {
    const { excel, p } = await solarWave();
    const result = await updateProgram(excel.context, KEY, { ...p, kpis: [{ ...p.kpis[0], weight: 1 }] });
    expect(result.notes).toHaveLength(1);
    expectChinese(result.notes[0], "“CSAT”", T("Data"));
  });

  test("refusals: a pay kind change, tables gone, a failed read, a failed write", async () => {
    const { excel, p } = await solarWave();
    expectChinese(
      await messageOf(() =>
        updateProgram(excel.context, KEY, { ...p, payKind: "discount", listPrice: 100, cap: null, method: "retro" }),
      ),
      "→",
    );
    expectChinese(
      await messageOf(() => updateProgram(excel.context, "Other", p)),
      "PI_Other_Settings、PI_Other_KPIs、PI_Other_Tiers、PI_Other_Data",
    );
    // Excel's own message, as OfficeExtension.Error gives it (message without the code).
    excel.failAtSync = excel.syncs + 2;
    expectChinese(await messageOf(() => updateProgram(excel.context, KEY, p)), "An internal error has occurred");
    excel.failAtSync = excel.syncs + 3;
    const failed = await messageOf(() => updateProgram(excel.context, KEY, { ...p, tiers: p.tiers.slice(0, 2) }));
    expectChinese(failed, p.name, "An internal error has occurred", "该方案的表已恢复原样。");
  });

  test("a missing column of the data table is named", async () => {
    const { excel, p } = await solarWave();
    const data = excel.table(T("Data"));
    const score = data.header().indexOf("Score");
    excel.userEdit(data.sheet.name, `${String.fromCharCode(65 + data.box.column + score)}${data.box.row + 1}`, [
      ["My score"],
    ]);
    expectChinese(await messageOf(() => updateProgram(excel.context, KEY, p)), T("Data"), "“Score”");
  });
});

describe("a program over the user's table, in Chinese", () => {
  test("rows added to and removed from the user's table are noted", async () => {
    const excel = salesWorkbook();
    const p = overSales();
    const { summary } = await createProgram(excel.context, p);
    // The user types a row under their table, which Excel grows to take it.
    excel.userEdit("Sales data", "A4:C4", [["P3", 50, 100]]);
    await excel.userResizeTable("Sales", "A1:C4");
    const added = await updateProgram(excel.context, summary.key, p);
    expect(added.notes).toHaveLength(1);
    expectChinese(added.notes[0], "1", "Sales");
    // The user makes the table two rows shorter (rows 3 and 4 stay on the sheet, outside it).
    await excel.userResizeTable("Sales", "A1:C2");
    const removed = await updateProgram(excel.context, summary.key, p);
    expect(removed.notes).toHaveLength(1);
    expectChinese(removed.notes[0], "2", "Sales");
  });

  test("a switch to the program's own table, a missing table, range or column", async () => {
    const excel = salesWorkbook();
    const p = overSales();
    const { summary } = await createProgram(excel.context, p);
    expectChinese(
      await messageOf(() => updateProgram(excel.context, summary.key, { ...p, source: { kind: "new" } })),
      "方案自己的表",
      "您自己的表",
    );
    const headers = ["Partner ID", "Units", "Quota"];
    const table = { name: "Sales", sheet: "Sales data", headers, rows: 2 };
    const resolved = (q: ProgramDefinition, t = table) => {
      const r = resolveSource(q, t);
      if (r.ok) throw new Error("resolved");
      return r.problem;
    };
    const source = p.source as Extract<ProgramDefinition["source"], { kind: "existing" }>;
    expectChinese(await messageOf(() => describeProgram(p, { sourceTable: null })), "“Sales”");
    const kpi = p.kpis[0].name;
    expectChinese(
      resolved({ ...p, source: { ...source, kpiColumns: ["Bookings"] } }),
      "“Bookings”",
      kpi,
      "“Partner ID”、“Units”、“Quota”",
    );
    expectChinese(resolved({ ...p, source: { ...source, targetColumns: ["Goal"] } }), "“Goal”", kpi);
    expectChinese(resolved({ ...p, source: { ...source, partnerColumn: "Who" } }), "“Who”", "合作伙伴");
  });
});

describe("writing sheets, in Chinese", () => {
  test("a name taken, and a failed write with what was being done and what was undone", async () => {
    const plan = describeProgram(programTemplate("solarwave"));
    const taken = new ModelExcel({ sheets: ["Sheet1", "SolarWave Installer Data"] });
    expectChinese(await messageOf(() => applyWorkbookPlan(taken.context, plan)), "“SolarWave Installer Data”");
    const excel = new ModelExcel();
    excel.failAtSync = 2;
    const failed = await messageOf(() => applyWorkbookPlan(excel.context, plan));
    expectChinese(failed, "“SolarWave Installer Program 2026”", "An internal error has occurred", "工作簿已恢复原样");
    expect(failed).toMatch(/添加工作表“SolarWave Installer Plan”、写入/);
  });

  test("text too long for a cell names the partner in Chinese", () => {
    const p = programTemplate("solarwave");
    const long = "x".repeat(40000);
    expectChinese(
      (() => {
        try {
          describeProgram(p, { partners: [{ id: "P1", name: long, actuals: [1, 4] }] });
        } catch (e) {
          return (e as Error).message;
        }
        return "";
      })(),
      "第 1 个合作伙伴的名称",
      "40,000",
      "32,767",
    );
  });

  test("deleting a program that is not there; a program changed since Insights read it", async () => {
    const { excel, p } = await solarWave();
    expectChinese(await messageOf(() => deleteProgram(excel.context, "Nope")), "“Nope”");
    expectChinese(await messageOf(() => assertUnchanged({ ...p, decimals: 0 }, p)), p.name);
  });

  test("targets: a missing column, a target that is not a number, a fixed-target KPI", async () => {
    const values = [
      ["Partner ID", "CSAT target"],
      ["P1", 1],
    ];
    const headers = { partnerId: "Partner ID", target: "Other target" };
    expectChinese(await messageOf(() => planTargets(values, values, headers, [], T("Data"))), "“Other target”");
    const nan = { partnerId: "Partner ID", target: "CSAT target" };
    expectChinese(
      await messageOf(() => planTargets(values, values, nan, [{ partnerId: "P1", target: NaN }], T("Data"))),
      "P1",
    );
    const { excel, p } = await solarWave();
    expectChinese(await messageOf(() => writeTargets(excel.context, KEY, 0, [])), `“${p.kpis[0].name}”`);
    expectChinese(await messageOf(() => writeTargets(excel.context, KEY, 5, [])), "6");
  });
});

test("in Chinese, the user's own names are quoted as named: a column called Target or a sheet called Value is not translated", () => {
  setWorkbookLanguage("zh");
  try {
    const m = workbookMessage("sourceColumnMissing", {
      table: "Value",
      column: "Target",
      what: "Amount",
      columns: "“Target”、“Value”",
    });
    expect(m).toContain("Target");
    expect(m).toContain("Value");
    expect(m).not.toContain("目标");
    // The engine's own argument names still read in Chinese.
    expect(formatMessage("notFinite", { what: "Amount", found: "an error value" }, "zh")).toContain("金额");
  } finally {
    setWorkbookLanguage("en");
  }
});
