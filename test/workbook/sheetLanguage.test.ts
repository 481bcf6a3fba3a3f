/*
 * A program written in Simplified Chinese: Chinese headers, settings names and ¥ formats, formulas
 * that name those headers, read back identically, listed, edited in place; Chinese partner names
 * through the write path; and the English program unchanged.
 */
import { gate } from "../../src/functions/functions";
import { readFileSync } from "fs";
import { join } from "path";
import {
  PROGRAM_TEMPLATES,
  ProgramDefinition,
  emptyProgram,
  parseMethod,
  programTemplate,
  validateProgram,
} from "../../src/engine";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { setWorkbookLanguage } from "../../src/workbook/words";
import { createProgram, listPrograms, readProgram, updateProgram } from "../../src/workbook/programs";
import { ProgramNotWritableError } from "../../src/workbook/program/notWritable";
import { programFromTables } from "../../src/workbook/readPlan";
import { SheetPlan, TablePlan, WorkbookPlan } from "../../src/workbook/sheetPlan";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const table = (plan: WorkbookPlan, suffix: string): TablePlan =>
  plan.sheets.flatMap((s) => s.tables).find((t) => t.name.endsWith(`_${suffix}`))!;
const sheet = (plan: WorkbookPlan, role: string): SheetPlan => plan.sheets.find((s) => s.role === role)!;
const column = (t: TablePlan, header: string) => {
  const c = t.columns.find((x) => x.header === header);
  if (!c) throw new Error(`no column ${header} in ${t.columns.map((x) => x.header).join(", ")}`);
  return c;
};
const texts = (cells: readonly unknown[]) => cells.map((c) => (c && typeof c === "object" && "text" in c ? c.text : c));

const dir = join(__dirname, "../../assets/sample/solarwave");
const sample = {
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
};

describe("templates in both languages", () => {
  test.each(PROGRAM_TEMPLATES.map((t) => [t.id]))("%s: the same numbers, Chinese names, a valid program", (id) => {
    const en = programTemplate(id);
    const zh = programTemplate(id, "zh");
    expect(en.sheetLanguage).toBe("en");
    expect(zh.sheetLanguage).toBe("zh");
    expect(zh.name).toMatch(/[\u4e00-\u9fff]/);
    zh.kpis.forEach((k) => expect(k.name).toMatch(/[\u4e00-\u9fff]/));
    zh.tiers.forEach((t) => expect(t.label).toMatch(/[\u4e00-\u9fff]/));
    expect(zh.tiers.map((t) => [t.bound, t.rate])).toEqual(en.tiers.map((t) => [t.bound, t.rate]));
    expect(validateProgram(zh)).toEqual([]);
  });

  test("SolarWave's tiers are 铜牌 / 银牌 / 金牌; the empty program too has a language", () => {
    expect(programTemplate("solarwave", "zh").tiers.map((t) => t.label)).toEqual(["铜牌", "银牌", "金牌"]);
    expect(emptyProgram("zh")).toMatchObject({ sheetLanguage: "zh", name: "", kpis: [{ name: "销售额" }] });
    expect(emptyProgram().sheetLanguage).toBe("en");
  });

  test("only en and zh are sheet languages", () => {
    const p = { ...programTemplate("solarwave"), sheetLanguage: "fr" as unknown as "en" };
    expect(validateProgram(p).map((i) => [i.path, i.id])).toEqual([["sheetLanguage", "sheetLanguageInvalid"]]);
  });
});

describe("a Chinese program as sheets", () => {
  const p = programTemplate("solarwave", "zh");
  const plan = describeProgram(p);
  const S = "PI_SolarWave_2026_Settings";
  const K = "PI_SolarWave_2026_KPIs";
  const T = "PI_SolarWave_2026_Tiers";
  const data = table(plan, "Data");

  test("sheet names are Chinese; table names stay ASCII so formulas travel", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "SolarWave 安装商激励方案 2026 方案",
      "SolarWave 安装商激励方案 2026 数据",
    ]);
    expect(plan.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual([S, K, T, "PI_SolarWave_2026_Data"]);
    expect(texts(sheet(plan, "plan").cells.map((c) => c.value))[0]).toBe("SolarWave 安装商激励方案 2026 — 方案");
  });

  test("settings: Chinese names, the language row, ¥ money and Chinese dates", () => {
    const settings = table(plan, "Settings");
    expect(settings.columns.map((c) => c.header)).toEqual(["设置项", "值"]);
    expect(settings.rows.map((r) => texts(r))).toEqual([
      ["方案名称", "SolarWave 安装商激励方案 2026"],
      ["币种", "CNY"],
      ["小数位数", 2],
      ["考核期开始", 46023],
      ["考核期结束", 46295],
      ["结算周期", "按季度"],
      ["激励类型", "奖金"],
      ["目标奖金", 20000],
      ["封顶", 1.5],
      ["工作表语言", "zh"],
    ]);
    expect(column(settings, "值").numberFormat).toEqual([
      "@",
      "@",
      "0",
      'yyyy"年"m"月"d"日"',
      'yyyy"年"m"月"d"日"',
      "@",
      "@",
      "¥#,##0.00",
      "0.0%",
      "@",
    ]);
  });

  test("KPI and tier tables have Chinese headers and words", () => {
    expect(table(plan, "KPIs").columns.map((c) => c.header)).toEqual([
      "指标",
      "单位",
      "方向",
      "目标",
      "目标方式",
      "权重",
      "门槛",
    ]);
    expect(texts(table(plan, "KPIs").rows[1])).toEqual([
      "客户满意度",
      "评分（1-5）",
      "越高越好",
      4.2,
      "固定",
      0.3,
      3.8,
    ]);
    expect(table(plan, "KPIs").columns[3].numberFormat).toEqual(["0.0%", "0.00"]);
    expect(table(plan, "Tiers").columns.map((c) => c.header)).toEqual(["下限", "比例", "档位名称"]);
    expect(table(plan, "Tiers").caption).toBe("奖金曲线（得分 → 发放比例，占目标奖金的 %）");
  });

  test("the data table's headers are Chinese, its payout is ¥, and its formulas name those headers", () => {
    expect(data.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["合作伙伴编号", "@"],
      ["合作伙伴", "@"],
      ["准时安装率", "0.0%"],
      ["客户满意度", "0.00"],
      ["准时安装率达成率", "0.0%"],
      ["客户满意度达成率", "0.0%"],
      ["得分", "0.0%"],
      ["达到门槛", "General"],
      ["档位", "General"],
      ["激励金额（CNY）", "¥#,##0.00"],
    ]);
    const setting = (name: string) => S.replace(/_Settings$/, `_${name}`);
    const kpi = (name: string, field: string) => `XLOOKUP("${name}",${K}[指标],${K}[${field}])`;
    expect(column(data, "准时安装率达成率").formula?.formula).toBe(
      `=INCENTIVE.ATTAINMENT([@[准时安装率]],${kpi("准时安装率", "目标")},${kpi("准时安装率", "方向")})`,
    );
    expect(column(data, "得分").formula?.formula).toBe(
      `=IF(OR([@[准时安装率达成率]:[客户满意度达成率]]=""),"",INCENTIVE.SCORE([@[准时安装率达成率]:[客户满意度达成率]],XLOOKUP({"准时安装率","客户满意度"},${K}[指标],${K}[权重])))`,
    );
    expect(column(data, "档位").formula?.formula).toBe(
      `=IF([@[得分]]="","",IF([@[得分]]<MIN(${T}[下限]),"低于第一档",INCENTIVE.TIER([@[得分]],${T})))`,
    );
    expect(column(data, "激励金额（CNY）").formula?.formula).toBe(
      `=IF([@[得分]]="","",IF([@[达到门槛]],ROUND(INCENTIVE.BONUS([@[得分]],${setting("TargetIncentive")},${T},${setting("CapOrNone")}),${setting("Decimals")}),0))`,
    );
    // Nothing English is left in the Chinese formulas' references.
    for (const c of data.columns)
      expect(c.formula?.formula ?? "").not.toMatch(/\[(Score|Gate met|Setting|Value|KPI)\]/);
  });

  test("the plan sheet's notes are Chinese", () => {
    const [, owner, note] = texts(sheet(plan, "plan").cells.map((c) => c.value)) as string[];
    expect(owner).toContain(
      "由 Partner Incentives for Excel 为方案“SolarWave 安装商激励方案 2026”（键 SolarWave_2026）创建",
    );
    expect(note).toContain("激励类型、币种和工作表语言决定公式本身的结构");
  });

  test("the SolarWave sample in Chinese: installations with Chinese headers, KPI actuals as formulas over them", () => {
    const withSample = describeProgram(p, {
      sample: (
        require("../../src/workbook/solarwaveSample") as typeof import("../../src/workbook/solarwaveSample")
      ).parseSolarWaveSample(sample),
    });
    const inst = table(withSample, "Installations");
    expect(inst.columns.map((c) => c.header)).toEqual([
      "站点编号",
      "合作伙伴编号",
      "签约日期",
      "约定完工日",
      "完成日期",
      "系统容量（kW）",
      "合同金额（CNY）",
      "客户满意度",
      "考核期内到期",
      "准时",
      "考核期内客户满意度",
    ]);
    expect(inst.columns[6].numberFormat).toBe("¥#,##0.00");
    expect(inst.columns[8].formula?.formula).toBe(
      `=AND([@[约定完工日]]>=${S.replace(/_Settings$/, "_PeriodStart")},[@[约定完工日]]<=${S.replace(/_Settings$/, "_PeriodEnd")})`,
    );
    expect(inst.columns[9].formula?.formula).toContain("INCENTIVE.ONTIME([@[约定完工日]],IF([@[完成日期]]=");
    const d = table(withSample, "Data");
    expect(column(d, "准时安装率").formula?.formula).toBe(
      "=AVERAGEIF(PI_SolarWave_2026_Installations[合作伙伴编号],[@[合作伙伴编号]],PI_SolarWave_2026_Installations[准时])",
    );
    expect(column(d, "客户满意度").formula?.formula).toBe(
      "=AVERAGEIF(PI_SolarWave_2026_Installations[合作伙伴编号],[@[合作伙伴编号]],PI_SolarWave_2026_Installations[考核期内客户满意度])",
    );
    // The sample's Chinese partner name arrives as plain text.
    expect(d.rows.some((r) => texts(r).some((v) => typeof v === "string" && /[\u4e00-\u9fff]/.test(v)))).toBe(true);
  });
});

describe("reading programs back in either language", () => {
  test.each(PROGRAM_TEMPLATES.map((t) => [t.id]))(
    "the Chinese %s template reads back as it was written",
    async (id) => {
      const excel = new ModelExcel();
      const p = programTemplate(id, "zh");
      const { summary } = await createProgram(excel.context, p);
      expect(await readProgram(excel.context, summary.key)).toEqual(p);
    },
  );

  test("an English program reads back with sheetLanguage en, and one written before the language row too", () => {
    const p = programTemplate("salesCommission");
    const plan = describeProgram(p);
    const grid = (t: TablePlan) => [t.columns.map((c) => c.header), ...t.rows.map((r) => texts(r))];
    const names = { settings: "S", kpis: "K", tiers: "T" };
    const settings = grid(table(plan, "Settings"));
    expect(programFromTables(settings, grid(table(plan, "KPIs")), grid(table(plan, "Tiers")), names)).toEqual(p);
    const older = settings.filter((r) => r[0] !== "Sheet language");
    expect(programFromTables(older, grid(table(plan, "KPIs")), grid(table(plan, "Tiers")), names).sheetLanguage).toBe(
      "en",
    );
  });

  test("Chinese settings words round trip: frequency, pay kind, method and direction, every code", () => {
    const names = { settings: "S", kpis: "K", tiers: "T" };
    const grid = (t: TablePlan) => [t.columns.map((c) => c.header), ...t.rows.map((r) => texts(r))];
    const zh = programTemplate("salesCommission", "zh");
    for (const [frequency, method, direction] of [
      ["monthly", "retro", "lower"],
      ["annual", "linear", "higher"],
      ["quarterly", "marginal", "lower"],
    ] as const) {
      const p: ProgramDefinition = { ...zh, frequency, method, kpis: zh.kpis.map((k) => ({ ...k, direction })) };
      const plan = describeProgram(p);
      const settings = grid(table(plan, "Settings"));
      const value = (name: string) => settings.find((r) => r[0] === name)?.[1];
      expect(value("结算周期")).toBe({ monthly: "按月", annual: "按年", quarterly: "按季度" }[frequency]);
      expect(value("激励类型")).toBe("佣金");
      expect(value("计算方法")).toBe({ retro: "全额累进", linear: "线性插值", marginal: "超额累进" }[method]);
      expect(grid(table(plan, "KPIs"))[1][2]).toBe(direction === "lower" ? "越低越好" : "越高越好");
      expect(programFromTables(settings, grid(table(plan, "KPIs")), grid(table(plan, "Tiers")), names)).toEqual(p);
    }
  });

  test("a Chinese program written with the English codes (before they were translated) reads the same", () => {
    const names = { settings: "S", kpis: "K", tiers: "T" };
    const grid = (t: TablePlan) => [t.columns.map((c) => c.header), ...t.rows.map((r) => texts(r))];
    const p: ProgramDefinition = { ...programTemplate("salesCommission", "zh"), frequency: "monthly", method: "retro" };
    const plan = describeProgram({ ...p, kpis: p.kpis.map((k) => ({ ...k, direction: "lower" })) });
    const codes: Record<string, string> = {
      按月: "monthly",
      佣金: "commission",
      全额累进: "retro",
      越低越好: "lower",
      越高越好: "higher",
    };
    const english = (g: unknown[][]) => g.map((r) => r.map((v) => (typeof v === "string" ? (codes[v] ?? v) : v)));
    const settings = english(grid(table(plan, "Settings")));
    expect(settings.find((r) => r[0] === "计算方法")?.[1]).toBe("retro");
    const read = programFromTables(settings, english(grid(table(plan, "KPIs"))), grid(table(plan, "Tiers")), names);
    expect(read).toEqual({ ...p, kpis: p.kpis.map((k) => ({ ...k, direction: "lower" })) });
  });

  test("a plan sheet written before the glossary (累进, 全额追溯, 全额, 线性) reads as the method its formulas compute", () => {
    const names = { settings: "S", kpis: "K", tiers: "T" };
    const grid = (t: TablePlan) => [t.columns.map((c) => c.header), ...t.rows.map((r) => texts(r))];
    for (const [old, method] of [
      ["累进", "marginal"],
      ["全额追溯", "retro"],
      ["全额", "retro"],
      ["线性", "linear"],
    ] as const) {
      const p: ProgramDefinition = { ...programTemplate("salesCommission", "zh"), method };
      const plan = describeProgram(p);
      const settings = grid(table(plan, "Settings")).map((r) => (r[0] === "计算方法" ? [r[0], old] : r));
      expect(settings.find((r) => r[0] === "计算方法")?.[1]).toBe(old);
      expect(programFromTables(settings, grid(table(plan, "KPIs")), grid(table(plan, "Tiers")), names)).toEqual(p);
      expect(parseMethod(old)).toBe(method);
    }
  });

  test("a Chinese program's gates pass the KPI table's direction words to GATE, which reads the Chinese word as the code", () => {
    const zh = describeProgram(programTemplate("solarwave", "zh"));
    const formula = String(column(table(zh, "Data"), "达到门槛").formula?.formula);
    const lookup = (field: string) =>
      `XLOOKUP({"准时安装率","客户满意度"},PI_SolarWave_2026_KPIs[指标],PI_SolarWave_2026_KPIs[${field}]&"")`;
    expect(formula).toBe(`=INCENTIVE.GATE([@[准时安装率]:[客户满意度]],${lookup("门槛")},${lookup("方向")})`);
    const rows = [
      [0.9, 0.1],
      [0.9, 0.3],
    ];
    expect(gate(rows, [["", "0.2"]], [["越高越好", "越低越好"]])).toEqual([[true], [false]]);
    expect(gate(rows, [["", "0.2"]], [["higher", "lower"]])).toEqual([[true], [false]]);
  });

  test("listPrograms names a Chinese program by its Chinese name, beside an English one", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave", "zh"), {
      partners: [{ id: "P1", name: "阳光屋顶" }],
    });
    await createProgram(excel.context, programTemplate("resellerRebate"));
    expect((await listPrograms(excel.context)).map((s) => [s.key, s.name, s.partners])).toEqual([
      ["SolarWave_2026", "SolarWave 安装商激励方案 2026", 1],
      ["Reseller_Rebate_2026", "Reseller Rebate 2026", 0],
    ]);
  });

  test("Chinese, long and mixed Chinese/Latin partner names arrive exactly as typed, and widen their column", async () => {
    const excel = new ModelExcel();
    const names = [
      "阳光屋顶能源（深圳）有限公司",
      "SolarWave 华南 Partner №1",
      '=HYPERLINK("x","点击")',
      "长".repeat(120),
    ];
    const partners = names.map((name, i) => ({ id: `P${i + 1}`, name }));
    const { summary } = await createProgram(excel.context, programTemplate("solarwave", "zh"), { partners });
    const t = excel.table("PI_SolarWave_2026_Data");
    expect(
      t
        .column("合作伙伴")
        .slice(0, 4)
        .map((c) => c?.value),
    ).toEqual(names);
    expect(
      t
        .column("合作伙伴")
        .slice(0, 4)
        .every((c) => c?.kind !== "formula"),
    ).toBe(true);
    const plan = describeProgram(programTemplate("solarwave", "zh"), { partners });
    const widths = new Map(sheet(plan, "data").columnWidths.map((w) => [w.column, w.width]));
    expect(widths.get(1)).toBeGreaterThan(widths.get(0)! * 2);
    expect(summary.dataSheet).toBe("SolarWave 安装商激励方案 2026 数据");
  });
});

describe("updateProgram on a Chinese program", () => {
  test("values go into the Chinese settings rows, a new KPI gets Chinese columns, and it reads back as edited", async () => {
    const excel = new ModelExcel();
    const { summary } = await createProgram(excel.context, programTemplate("solarwave", "zh"), {
      partners: [{ id: "P1", name: "阳光屋顶", actuals: [0.9, 4.5] }],
    });
    const before = await readProgram(excel.context, summary.key);
    const edited: ProgramDefinition = {
      ...before,
      targetIncentive: 25000,
      kpis: [
        { ...before.kpis[0], weight: 0.6 },
        before.kpis[1],
        { name: "回款率", unit: "%", direction: "higher", targetMode: "fixed", target: 0.95, weight: 0.1, gate: null },
      ],
    };
    const result = await updateProgram(excel.context, summary.key, edited);
    expect(result.changes).toContainEqual({ kind: "kpiAdded", kpi: 2, name: "回款率" });
    expect(await readProgram(excel.context, summary.key)).toEqual(edited);
    const header = excel.table("PI_SolarWave_2026_Data").header();
    expect(header).toContain("回款率");
    expect(header).toContain("回款率达成率");
    const score = excel.table("PI_SolarWave_2026_Data").column("得分")[0];
    expect(score?.value).toContain("[@[准时安装率达成率]:[回款率达成率]]");
    const settings = excel.table("PI_SolarWave_2026_Settings").values();
    expect(settings.find((r) => r[0] === "目标奖金")?.[1]).toBe(25000);
    expect(settings.filter((r) => r[0] === "Target incentive")).toEqual([]);
  });

  test("switching an existing program's sheet language in place is refused, and nothing is written", async () => {
    const excel = new ModelExcel();
    const { summary } = await createProgram(excel.context, programTemplate("solarwave", "zh"));
    const before = await readProgram(excel.context, summary.key);
    const calls = excel.calls.length;
    await expect(updateProgram(excel.context, summary.key, { ...before, sheetLanguage: "en" })).rejects.toThrow(
      ProgramNotWritableError,
    );
    // Writes only (a read's load names the properties it reads): the model's calls are "target.member".
    expect(
      excel.calls.slice(calls).filter((c) => c.kind !== "load" && /\.(values|formulas|numberFormat|add)$/.test(c.what)),
    ).toEqual([]);
  });

  test("an edit without a language keeps the program's", async () => {
    const excel = new ModelExcel();
    const { summary } = await createProgram(excel.context, programTemplate("resellerRebate", "zh"));
    const before = await readProgram(excel.context, summary.key);
    const { sheetLanguage, ...rest } = before;
    expect(sheetLanguage).toBe("zh");
    await updateProgram(excel.context, summary.key, { ...rest, cap: 10000 });
    expect(await readProgram(excel.context, summary.key)).toEqual({ ...before, cap: 10000 });
  });
});

describe("the workbook layer's messages follow the message language", () => {
  afterEach(() => setWorkbookLanguage("en"));

  test("a refusal in Chinese, and the same in English", async () => {
    const p = { ...programTemplate("solarwave", "zh"), name: "" };
    setWorkbookLanguage("zh");
    expect(() => describeProgram(p)).toThrow("暂时无法写入该方案：请为方案命名。");
    await expect(readProgram(new ModelExcel().context, "Nope")).rejects.toThrow("此工作簿中的方案“Nope”不完整");
    setWorkbookLanguage("en");
    expect(() => describeProgram(p)).toThrow("The program cannot be written yet: Give the program a name.");
  });
});
