/*
 * Generated sheets in a language of their own: head office reads the dashboard in English while
 * partners get statements in Chinese, from the same program — and the other way round. The words
 * follow the sheet's language; the formulas always name the program's own headers.
 */
import { programTemplate } from "../../../src/engine";
import { createProgram } from "../../../src/workbook/programs";
import {
  describeDashboard,
  describeValuesOnlyStatement,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
} from "../../../src/workbook/dashboard";
import { allCells } from "../../../src/workbook/dashboard/describeDashboard";
import { blockRows } from "../../../src/workbook/dashboard/statementLayout";
import type { PartnerRecord } from "../../../src/workbook/contract";
import { ModelExcel, ModelSheet } from "../../excel-model/fakeExcelFacade";

const NOW = new Date(2026, 9, 31, 12, 0, 0);
const ZH_KEY = "SolarWave_2026";
const PARTNERS = [
  { id: "P1", name: "阳光屋顶能源（深圳）有限公司", actuals: [0.95, 4.5] },
  { id: "P2", name: "Blue Roof 蓝顶", actuals: [0.5, 4.4] },
  { id: "P3", name: "Gate Missed Co", actuals: [1.0, 3.5] },
];

async function zhWorkbook(): Promise<ModelExcel> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave", "zh"), { partners: PARTNERS });
  return excel;
}

/** Every text and formula on a sheet, for "contains" checks. */
function contents(sheet: ModelSheet): string[] {
  return [...sheet.cells.values()].map((c) => String(c.value ?? ""));
}

describe("a Chinese program, an English dashboard", () => {
  test("English name, headers, tiles and charts; formulas reading the Chinese data table", async () => {
    const excel = await zhWorkbook();
    const result = await generateDashboard(excel.context, ZH_KEY, { now: NOW, language: "en" });
    expect(result.sheet).toBe("SolarWave 安装商激励方案 Dashboard");
    const sheet = excel.sheet(result.sheet);
    expect(sheet.at("A1")?.value).toBe("SolarWave 安装商激励方案 2026 — dashboard");
    expect(sheet.at("A5")?.value).toBe("Total Payout (CNY)");
    expect(sheet.at("A8")?.value).toBe("Partner ID");
    expect(sheet.at("C8")?.value).toBe("准时安装率"); // KPI names are the user's own
    expect(sheet.at("E8")?.value).toBe("准时安装率 attainment");
    expect(sheet.at("A9")?.value).toBe(`=IF(PI_${ZH_KEY}_Data[合作伙伴编号]="","",PI_${ZH_KEY}_Data[合作伙伴编号])`);
    expect(sheet.at("A6")?.value).toBe(`=ROUND(SUM(PI_${ZH_KEY}_Data[[激励金额（CNY）]]),PI_${ZH_KEY}_Decimals)`);
    expect(sheet.at("A6")?.numberFormat).toBe("¥#,##0.00");
    expect(sheet.at("B3")?.numberFormat).toBe("yyyy-mm-dd");
    // The data table says 低于第一档; the English dashboard counts it and shows "Below first tier".
    const text = contents(sheet);
    expect(text).toContain("Below first tier");
    expect(text.some((t) => t.includes('="低于第一档"'))).toBe(true);
    expect(text.some((t) => t.includes(`IF(PI_${ZH_KEY}_Data[档位]="低于第一档","Below first tier"`))).toBe(true);
    expect(sheet.charts.map((c) => c.title)).toEqual([
      "Payout by partner",
      "Score distribution (partners per band)",
      "Tier mix (partners per tier)",
    ]);
    expect(sheet.conditionalFormats.find((c) => c.type === "ContainsText")?.settings["textComparison.rule"]).toEqual({
      operator: "Contains",
      text: "Missed",
    });
  });

  test("by default the dashboard follows the program: Chinese words, Chinese dates", async () => {
    const excel = await zhWorkbook();
    const result = await generateDashboard(excel.context, ZH_KEY, { now: NOW });
    expect(result.sheet).toBe("SolarWave 安装商激励方案 2026 仪表板");
    const sheet = excel.sheet(result.sheet);
    expect(sheet.at("A5")?.value).toBe("激励金额（CNY）合计");
    expect(sheet.at("A8")?.value).toBe("合作伙伴编号");
    expect(sheet.at("B3")?.numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(sheet.at("H3")?.numberFormat).toBe('yyyy"年"m"月"d"日" hh:mm');
    expect(sheet.charts.map((c) => c.title)).toEqual([
      "各合作伙伴激励金额",
      "得分分布（每个区间的合作伙伴数）",
      "档位构成（每个档位的合作伙伴数）",
    ]);
    expect(sheet.conditionalFormats.find((c) => c.type === "ContainsText")?.settings["textComparison.rule"]).toEqual({
      operator: "Contains",
      text: "未达标",
    });
  });
});

describe("statements in Chinese", () => {
  test("live statements of the Chinese program: Chinese labels, formulas over its Chinese headers", async () => {
    const excel = await zhWorkbook();
    const result = await generateStatements(excel.context, ZH_KEY);
    expect(result.sheet).toBe("SolarWave 安装商激励方案 2026 结算单");
    const text = contents(excel.sheet(result.sheet));
    for (const label of ["合作伙伴编号", "结算单编号", "达到档位", "下一档", "激励金额的计算方式", "达到的曲线点"]) {
      expect(text).toContain(label);
    }
    expect(text.some((t) => t.includes(`INDEX(PI_${ZH_KEY}_Data[得分],$F6)`))).toBe(true);
    expect(text.some((t) => t.includes('"得分再增加 "&FIXED(I17*100,1)&" 个百分点"&"，即可达到"&J17'))).toBe(true);
    expect(text.some((t) => t.includes('"第 "&H17&" 档"'))).toBe(true);
    expect(text.some((t) => t.includes(`"应结算金额：上方激励金额，四舍五入保留 "&PI_${ZH_KEY}_Decimals`))).toBe(true);
    expect(text.some((t) => /\b(Score|Next tier|Partner ID)\b/.test(t))).toBe(false);
  });

  test("values-only statements of an English program, in Chinese: headers, ¥, Chinese dates, the gap in Chinese", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"), { partners: PARTNERS });
    const result = await generateValuesOnlyStatements(excel.context, "SolarWave_Installer", "all", { language: "zh" });
    expect(result.sheet).toBe("SolarWave Installer 结算单（数值）");
    const sheet = excel.sheet(result.sheet);
    const at = blockRows(programTemplate("solarwave"));
    const top = 4;
    // An empty cell reads "" in Excel, written or not (the model keeps no empty cells).
    const row = (r: number) => [0, 1, 2, 3, 4, 5, 6].map((c) => sheet.cell(top + r, c)?.value ?? "");
    expect(row(at.title)[0]).toBe("阳光屋顶能源（深圳）有限公司");
    expect(row(at.identity)).toEqual(["合作伙伴编号", "P1", "", "", "结算单编号", 1, ""]);
    expect(row(at.period).slice(0, 3)).toEqual(["考核期", 46023, "至"]);
    expect(sheet.cell(top + at.period, 1)?.numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(row(at.kpiHeader)).toEqual(["指标", "实际值", "目标", "达成率", "权重", "门槛", "是否达标"]);
    expect(row(at.payout)[0]).toBe("激励金额");
    expect(sheet.cell(top + at.payout, 1)?.numberFormat).toBe("¥#,##0.00");
    expect(String(row(at.gap)[1])).toMatch(/^得分再增加 [\d.]+ 个百分点，即可达到Gold$/);
    expect(row(at.note)[0]).toBe("应结算金额：上方激励金额，四舍五入保留 2 位小数。");
    expect(row(at.note + 1)[0]).toBe("奖金封顶为目标奖金的 150.0%。");
    // Values only: not one formula on the sheet.
    expect([...sheet.cells.values()].some((c) => c.kind === "formula")).toBe(false);
  });

  test("values-only statements of the Chinese program, in English", () => {
    const p = programTemplate("solarwave", "zh");
    const partners: PartnerRecord[] = PARTNERS.map((x, i) => ({ ...x, targets: [null, null], row: i + 1 }));
    const plan = describeValuesOnlyStatement(p, partners, 2, { key: ZH_KEY, language: "en" });
    expect(plan.name).toBe("P3 statement");
    const cells = allCells(plan).map((c) =>
      c.value && typeof c.value === "object" && "text" in c.value ? c.value.text : c.value,
    );
    for (const label of ["Partner ID", "Statement no.", "Tier reached", "Payout", "Next tier"])
      expect(cells).toContain(label);
    expect(cells).toContain("Missed: this period earns no payout");
    expect(cells).toContain("准时安装率"); // the KPI's own name
    const money = plan.grids![0].cellFormats!.flat();
    expect(money).toContain("¥#,##0.00");
    expect(money).toContain("yyyy-mm-dd");
  });

  test("a dashboard description in either language has the same formulas", () => {
    const p = programTemplate("solarwave", "zh");
    const options = { key: ZH_KEY, sheetName: "D", partners: 3, generatedAt: 46000 };
    const formulas = (language: "en" | "zh") =>
      allCells(describeDashboard(p, { ...options, language }))
        .map((c) => (c.value && typeof c.value === "object" && "formula" in c.value ? c.value.formula : ""))
        // Words differ by language, and the Tier column translates "below first tier" (tested above).
        .filter((f) => f !== "" && !f.includes("[档位]"))
        .map((f) => f.replace(/"[^"]*"/g, '""'));
    expect(formulas("en")).toEqual(formulas("zh"));
  });
});
