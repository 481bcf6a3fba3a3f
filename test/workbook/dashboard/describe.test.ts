/* The dashboard and statement sheets as data: layout, exact formulas, formats, conditional formats, charts, print. */
import { PROGRAM_TEMPLATES, ProgramDefinition, programTemplate, roundMoney, planCost } from "../../../src/engine";
import { describeProgram } from "../../../src/workbook/program/describe/describeProgram";
import { describeDashboard, allCells, DASHBOARD_ROWS } from "../../../src/workbook/dashboard/describeDashboard";
import { scoreBands } from "../../../src/workbook/dashboard/scoreBands";
import { describeStatements } from "../../../src/workbook/dashboard/describeStatements";
import { describeValuesOnlyStatement } from "../../../src/workbook/dashboard/valuesOnlyStatement";
import { dataColumns, requiredHeaders } from "../../../src/workbook/dashboard/programRefs";
import { blockHeight, blockRows } from "../../../src/workbook/dashboard/statementLayout";
import { explainCells } from "../../../src/functions/impl/explain";
import type { PartnerRecord } from "../../../src/workbook/contract";
import { Cell, SheetPlan, isFormula, isText } from "../../../src/workbook/sheetPlan";

const S = "PI_SolarWave_Installer_Settings";
const D = "PI_SolarWave_Installer_Data";
const T = "PI_SolarWave_Installer_Tiers";

function solarwaveDashboard(partners = 60): SheetPlan {
  return describeDashboard(programTemplate("solarwave"), {
    key: "SolarWave_Installer",
    sheetName: "SolarWave Installer Dashboard",
    partners,
    generatedAt: 46326.5,
  });
}

function at(sheet: SheetPlan, row: number, column: number): Cell | undefined {
  return allCells(sheet).find((c) => c.row === row && c.column === column)?.value;
}

function formulaAt(sheet: SheetPlan, row: number, column: number): string {
  const cell = at(sheet, row, column);
  if (!cell || !isFormula(cell)) throw new Error(`no formula at ${row},${column}: ${JSON.stringify(cell)}`);
  return cell.formula;
}

describe("the data table's headers, as the generated sheets read them", () => {
  const programs: ProgramDefinition[] = [
    ...PROGRAM_TEMPLATES.map((t) => t.create()),
    { ...programTemplate("salesCommission"), kpis: [{ ...programTemplate("salesCommission").kpis[0], name: "Score" }] },
  ];
  test.each(programs.map((p) => [p.name, p]))("%s: the same headers describeProgram writes", (_, p) => {
    const data = describeProgram(p).sheets.find((s) => s.role === "data")!.tables[0];
    const written = data.columns.map((c) => c.header);
    expect(requiredHeaders(dataColumns(p))).toEqual(written.filter((h) => requiredHeaders(dataColumns(p)).includes(h)));
    expect(requiredHeaders(dataColumns(p)).every((h) => written.includes(h))).toBe(true);
  });
});

describe("dashboard", () => {
  const sheet = solarwaveDashboard();
  const R = DASHBOARD_ROWS;

  test("header: title, ownership note, period, as-of and the generated time as a value", () => {
    expect(sheet.role).toBe("dashboard");
    expect(at(sheet, 0, 0)).toEqual({ text: "SolarWave Installer Program 2026 — dashboard" });
    expect((at(sheet, 1, 0) as { text: string }).text).toMatch(
      /^Created by Partner Incentives for Excel .* \(key SolarWave_Installer\)/,
    );
    expect(formulaAt(sheet, R.period, 1)).toBe(`=${S.replace(/_Settings$/, "_PeriodStart")}`);
    expect(formulaAt(sheet, R.period, 5)).toBe(`=MIN(TODAY(),${S.replace(/_Settings$/, "_PeriodEnd")})`);
    expect(at(sheet, R.period, 7)).toBe(46326.5);
    const period = sheet.grids!.find((g) => g.topLeft.row === R.period)!;
    expect(period.columnFormats).toEqual([
      null,
      "yyyy-mm-dd",
      null,
      "yyyy-mm-dd",
      null,
      "yyyy-mm-dd",
      null,
      "yyyy-mm-dd hh:mm",
    ]);
  });

  test("tiles: formulas over the data table; the total sums the rounded payouts", () => {
    const labels = sheet
      .grids!.find((g) => g.topLeft.row === R.tileLabels)!
      .rows[0].map((c) => (c as { text: string }).text);
    expect(labels).toEqual([
      "Total Payout (CNY)",
      "Partners",
      "At or above target (score ≥ 100%)",
      "Average score",
      "Average On-time installs attainment",
      "Average CSAT attainment",
      "Gates missed",
    ]);
    const values = sheet.grids!.find((g) => g.topLeft.row === R.tileValues)!;
    expect(values.rows[0].map((c) => (c as { formula: string }).formula)).toEqual([
      `=ROUND(SUM(${D}[[Payout (CNY)]]),${S.replace(/_Settings$/, "_Decimals")})`,
      `=SUMPRODUCT(--(${D}[Partner]<>""))`,
      `=IFERROR(COUNTIF(${D}[Score],">=1")/COUNT(${D}[Score]),"")`,
      `=IFERROR(AVERAGE(${D}[Score]),"")`,
      `=IFERROR(AVERAGE(${D}[[On-time installs attainment]]),"")`,
      `=IFERROR(AVERAGE(${D}[CSAT attainment]),"")`,
      `=COUNTIF(${D}[Gate met],FALSE)`,
    ]);
    expect(values.columnFormats).toEqual(["¥#,##0.00", "0", "0.0%", "0.0%", "0.0%", "0.0%", "0"]);
    expect(values.style).toBe("tile");
  });

  test("per-partner table: one spilling formula per column, formatted 1,000 rows past today's partners", () => {
    const header = sheet.grids!.find((g) => g.topLeft.row === R.header && g.topLeft.column === 0)!;
    expect(header.rows[0].map((c) => (c as { text: string }).text)).toEqual([
      "Partner ID",
      "Partner",
      "On-time installs",
      "CSAT",
      "On-time installs attainment",
      "CSAT attainment",
      "Score",
      "Gate",
      "Tier",
      "Payout (CNY)",
      "Rank",
    ]);
    const body = sheet.grids!.find((g) => g.topLeft.row === R.firstPartner && g.topLeft.column === 0)!;
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0].map((c) => (c as { formula: string }).formula)).toEqual([
      `=IF(${D}[Partner ID]="","",${D}[Partner ID])`,
      `=IF(${D}[Partner]="","",${D}[Partner])`,
      `=IF(${D}[[On-time installs]]="","",${D}[[On-time installs]])`,
      `=IF(${D}[CSAT]="","",${D}[CSAT])`,
      `=IF(${D}[[On-time installs attainment]]="","",${D}[[On-time installs attainment]])`,
      `=IF(${D}[CSAT attainment]="","",${D}[CSAT attainment])`,
      `=IF(${D}[Score]="","",${D}[Score])`,
      `=IF(${D}[Partner]="","",IF(${D}[Gate met]=TRUE,"Met","Missed"))`,
      `=IF(${D}[Tier]="","",${D}[Tier])`,
      `=IF(${D}[[Payout (CNY)]]="","",${D}[[Payout (CNY)]])`,
      `=IF(ISNUMBER(${D}[Score]),RANK.EQ(${D}[Score],${D}[Score]),"")`,
    ]);
    expect(body.columnFormats).toEqual([
      "General",
      "General",
      "0.0%",
      "0.00",
      "0.0%",
      "0.0%",
      "0.0%",
      "General",
      "General",
      "¥#,##0.00",
      "0",
    ]);
    expect(body.formatDown).toBe(60 + 1000 - 1);
    expect(sheet.frozenRows).toBe(R.header + 1);
  });

  test("the description does not grow with the partners (only the formatted area's size changes)", () => {
    const small = JSON.stringify(solarwaveDashboard(10));
    const large = JSON.stringify(solarwaveDashboard(10000));
    expect(Math.abs(large.length - small.length)).toBeLessThan(100);
  });

  test("leaderboard, payout by tier, score bands and largest payouts", () => {
    // The ranked lists read the per-partner table's own spilled columns (partner B, score G, tier I, payout J).
    expect(formulaAt(sheet, R.firstPartner, 12)).toBe(
      `=IF(COUNT(G9#)=0,"No scores yet",INDEX(SORTBY(FILTER(CHOOSE({1,2,3,4,5},IF(ISNUMBER(G9#),RANK.EQ(G9#,G9#),""),B9#,G9#,I9#,J9#),ISNUMBER(G9#)),FILTER(G9#,ISNUMBER(G9#)),-1),SEQUENCE(MIN(10,COUNT(G9#))),{1,2,3,4,5}))`,
    );
    expect(formulaAt(sheet, 50, 12)).toBe(
      `=IF(COUNT(J9#)=0,"No payouts yet",INDEX(SORTBY(FILTER(CHOOSE({1,2},B9#,J9#),ISNUMBER(J9#)),FILTER(J9#,ISNUMBER(J9#)),-1),SEQUENCE(MIN(25,COUNT(J9#))),{1,2}))`,
    );
    // Payout by tier: a fixed row below the first tier, then the tier table's labels (live) and their counts and payouts.
    expect(at(sheet, 21, 12)).toEqual({ text: "Below first tier" });
    expect(formulaAt(sheet, 21, 13)).toBe(`=COUNTIF(${D}[Tier],"Below first tier")`);
    expect(formulaAt(sheet, 21, 14)).toBe(`=SUMIFS(${D}[[Payout (CNY)]],${D}[Tier],"Below first tier")`);
    expect(formulaAt(sheet, 22, 12)).toBe(`=IF(${T}[Label]="",SEQUENCE(ROWS(${T}[Label])),${T}[Label])`);
    expect(formulaAt(sheet, 22, 13)).toBe(`=MMULT(--(M23#=TRANSPOSE(${D}[Tier])),SEQUENCE(ROWS(${D}[Tier]),1,1,0))`);
    expect(formulaAt(sheet, 22, 14)).toBe(
      `=MMULT(--(M23#=TRANSPOSE(${D}[Tier])),IF(ISNUMBER(${D}[[Payout (CNY)]]),${D}[[Payout (CNY)]],0))`,
    );
    // Score bands: planCost.histogram's bins; bounds joined with & so any locale reads them.
    const bands = scoreBands();
    expect(bands.map((b) => b.label)).toEqual(
      planCost(programTemplate("solarwave"), []).histogram.map((_, i) => bands[i].label),
    );
    expect(bands).toHaveLength(planCost(programTemplate("solarwave"), []).histogram.length);
    expect(formulaAt(sheet, 31, 13)).toBe(`=COUNTIFS(${D}[Score],"<"&0.1)`);
    expect(formulaAt(sheet, 32, 13)).toBe(`=COUNTIFS(${D}[Score],">="&0.1,${D}[Score],"<"&0.2)`);
    expect(formulaAt(sheet, 46, 13)).toBe(`=COUNTIFS(${D}[Score],">="&1.5)`);
  });

  test("conditional formats: colour scales on attainment and score, data bars on payout, the gate's word marked", () => {
    const cf = sheet.conditionalFormats!;
    expect(cf.map((c) => [c.kind, c.range.column, c.range.row, c.range.rows])).toEqual([
      ["colorScale", 4, 8, 1060],
      ["colorScale", 5, 8, 1060],
      ["colorScale", 6, 8, 1060],
      ["dataBar", 9, 8, 1060],
      ["textContains", 7, 8, 1060],
    ]);
    expect(cf[0]).toMatchObject({ minimum: { at: "lowest" }, midpoint: { at: 1 }, maximum: { at: "highest" } });
    expect(cf[4]).toMatchObject({ text: "Missed", bold: true });
  });

  test("three charts over the blocks, beside them; landscape print one page wide with the header repeated", () => {
    expect(sheet.charts!.map((c) => [c.kind, c.title, c.source])).toEqual([
      ["BarClustered", "Payout by partner (25 largest)", { row: 49, column: 12, rows: 26, columns: 2 }],
      ["ColumnClustered", "Score distribution (partners per band)", { row: 30, column: 12, rows: 17, columns: 2 }],
      ["Pie", "Tier mix (partners per tier)", { row: 20, column: 12, rows: 5, columns: 2 }],
    ]);
    expect(sheet.charts!.every((c) => c.from.column === 18)).toBe(true);
    expect(sheet.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 7, last: 7 },
      area: null,
      pageBreaksBefore: [],
    });
  });

  test("no partner name or other data text is ever inside a formula", () => {
    const formulas = allCells(sheet).filter((c) => isFormula(c.value));
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.every((c) => !(c.value as { formula: string }).formula.includes("HYPERLINK"))).toBe(true);
  });
});

describe("live statements", () => {
  const p = programTemplate("salesCommission");
  const sheet = describeStatements(p, { key: "Partner_Sales_Commission", sheetName: "X Statements", partners: 3 });
  const height = blockHeight(p);
  const at_ = blockRows(p);
  const DC = "PI_Partner_Sales_Commission_Data";
  const cells = sheet.grids![0];

  test("one block written, copied for every partner; a page break before each; portrait at 100%", () => {
    // The block is copied with its three helper cells (H:J); the print area stops at G.
    expect(sheet.repeat).toEqual({ block: { row: 4, column: 0, rows: height, columns: 10 }, times: 3 });
    expect(sheet.print).toEqual({
      orientation: "portrait",
      fitToWidth: false,
      titleRows: null,
      area: { row: 0, column: 0, rows: 4 + 3 * height, columns: 7 },
      pageBreaksBefore: [4 + height, 4 + 2 * height],
    });
    const printed = sheet.columnWidths.filter((w) => w.column < 7);
    expect(printed.reduce((s, w) => s + w.width, 0)).toBeLessThanOrEqual(500);
  });

  test("formulas find their partner from their own row, so copies read the next partner", () => {
    const f = (row: number, col: number) => (cells.rows[row][col] as { formula: string }).formula;
    expect(f(at_.identity, 5)).toBe(`=(ROW()-ROW($F$6))/${height}+1`);
    expect(f(at_.title, 0)).toBe(
      `=IF($F6>ROWS(${DC}[Partner]),"(no partner in this row of the data table)",INDEX(${DC}[Partner],$F6)&"")`,
    );
    // The block's own cells are read where it shows them: the actual in B11, its target in C11, the Gates row in B13.
    const TS = "PI_Partner_Sales_Commission_Tiers";
    expect(f(at_.firstKpi, 1)).toBe(`=IF(INDEX(${DC}[Bookings],$F6)="","",INDEX(${DC}[Bookings],$F6))`);
    expect(f(at_.breakdown, 0)).toBe(
      `=IF(B11="","No results yet",INCENTIVE.EXPLAIN(INDEX(${DC}[Bookings],$F6),${TS},PI_Partner_Sales_Commission_Method,C11))`,
    );
    expect(f(at_.gap, 1)).toBe(
      `=IF(B11="","No results yet",IF(B13<>"All met","First meet every gate above",IF(I16=0,"Top tier reached","EUR "&FIXED(I16,2)&" more in Bookings reaches "&J16)))`,
    );
    // The gate's threshold (F11) and, beside it, the engine's gate rule through INCENTIVE.GATE (G11).
    const K = "PI_Partner_Sales_Commission_KPIs";
    const field = (name: string) => `XLOOKUP("Bookings",${K}[KPI],${K}[${name}])`;
    expect(f(at_.firstKpi, 5)).toBe(`=IF(${field("Gate")}="","",${field("Gate")})`);
    expect(f(at_.firstKpi, 6)).toBe(
      `=IF(F11="","No gate",IF(INCENTIVE.GATE(B11,F11,${field("Direction")}),"Met","Missed"))`,
    );
    expect(cells.cellFormats![at_.firstKpi][5]).toBe('"≥ EUR "#,##0.00');
    // The helpers right of the print area, left to right: the next tier's number, the gap, the next tier's name.
    expect([7, 8, 9].map((c) => f(at_.gap, c))).toEqual([
      `=IF(B11="","",IFERROR(MATCH(B11,${TS}[Lower bound]*C11,1),0)+1)`,
      `=IF(B11="","",INCENTIVE.GAP(INDEX(${DC}[Bookings],$F6),${TS},C11))`,
      `=IF(I16="","",IFERROR(IF(INDEX(${TS}[Label],H16)="","tier "&H16,INDEX(${TS}[Label],H16)),""))`,
    ]);
  });

  test("bonus programs show the curve point reached and the bonus instead of EXPLAIN", () => {
    const b = describeStatements(programTemplate("solarwave"), {
      key: "SolarWave_Installer",
      sheetName: "S",
      partners: 1,
    });
    const rows = b.grids![0].rows;
    const br = blockRows(programTemplate("solarwave")).breakdown;
    expect(rows.slice(br, br + 5).map((r) => (r[0] as { text: string }).text)).toEqual([
      "Score",
      "Curve point reached",
      "Share of target incentive",
      "Target incentive",
      "Payout",
    ]);
    expect((rows[br + 1][1] as { formula: string }).formula).toBe(
      `=IF(B21="","",IF(B21<MIN(${T}[Lower bound]),"Below first point",INCENTIVE.TIER(INDEX(${D}[Score],$F6),${T})))`,
    );
    // The share of the target incentive is INCENTIVE.BONUS's for a target incentive of 1: the curve and the cap read once, by the engine.
    expect((rows[br + 2][1] as { formula: string }).formula).toBe(
      `=IF(B21="","",INCENTIVE.BONUS(INDEX(${D}[Score],$F6),1,${T},PI_SolarWave_Installer_CapOrNone))`,
    );
    expect(allCells(b).some((c) => isFormula(c.value) && c.value.formula.includes("EXPLAIN"))).toBe(false);
    expect(b.print!.pageBreaksBefore).toEqual([]);
  });
});

describe("values-only statements", () => {
  const p = programTemplate("salesCommission");
  const partners: PartnerRecord[] = [
    { id: "EU-1", name: '=HYPERLINK("http://example.invalid","x")', actuals: [130000], targets: [100000], row: 1 },
    { id: "EU-2", name: "+1-555", actuals: [90000], targets: [100000], row: 2 },
    { id: "EU-3", name: "No results", actuals: [null], targets: [100000], row: 3 },
  ];
  const sheet = describeValuesOnlyStatement(p, partners, "all");
  const height = blockHeight(p);
  const b = blockRows(p);
  const values = sheet.grids!.find((g) => g.rows.length === 3 * height)!;
  const v = (k: number, row: number, col: number) => values.rows[k * height + row][col];

  test("contains no formula at all", () => {
    expect(allCells(sheet).filter((c) => isFormula(c.value))).toEqual([]);
    expect(sheet.role).toBe("statementValues");
    expect(sheet.name).toBe("Partner Sales Commission 2026 Statement values");
  });

  test("names stay literal text, whatever they start with", () => {
    expect(v(0, b.title, 0)).toEqual({ text: partners[0].name });
    expect(v(1, b.title, 0)).toEqual({ text: "+1-555" });
  });

  test("numbers are the engine's: rounded payout, attainment, tier, the gap in words, EXPLAIN's rows", () => {
    expect(v(0, b.payout, 1)).toBe(roundMoney(5800, 2));
    expect(v(0, b.firstKpi, 3)).toBeCloseTo(1.3, 12);
    expect(v(0, b.tier, 1)).toEqual({ text: "Accelerator" });
    expect(v(0, b.gap, 1)).toEqual({ text: "EUR 20,000.00 more in Bookings reaches Super accelerator" });
    expect(v(1, b.gap, 1)).toEqual({ text: "EUR 10,000.00 more in Bookings reaches Accelerator" });
    expect(v(2, b.gap, 1)).toEqual({ text: "No results yet" });
    // The breakdown is exactly what INCENTIVE.EXPLAIN spills for the same arguments.
    const spilled = explainCells(
      130000,
      [["Lower bound", "Rate", "Label"], ...p.tiers.map((t) => [t.bound, t.rate, t.label])],
      "marginal",
      100000,
      null,
    );
    const written = Array.from({ length: spilled.length }, (_, i) =>
      values.rows[b.breakdown + i].slice(0, 6).map((c) => (c !== null && isText(c) ? c.text : c)),
    );
    expect(written).toEqual(spilled.map((r) => r.map((x) => (x === "" ? null : x))));
  });

  test("every partner's sheet says it is confidential and what to send instead; one partner's does not", () => {
    const note = (plan: typeof sheet) =>
      plan.cells
        .filter((c) => c.row < 3)
        .map((c) => (isText(c.value) ? c.value.text : ""))
        .join(" ");
    expect(note(sheet)).toMatch(
      /^[\s\S]*CONFIDENTIAL — every partner's statement and payout[\s\S]*do not send this sheet/,
    );
    expect(note(describeValuesOnlyStatement(p, partners, 1))).not.toMatch(/CONFIDENTIAL/);
    const zh = describeValuesOnlyStatement(p, partners, "all", { language: "zh" });
    expect(note(zh)).toMatch(/机密——含全部合作伙伴的结算单和激励金额/);
  });

  test("one partner: its block only, on a sheet named after it", () => {
    const one = describeValuesOnlyStatement(p, partners, 1);
    expect(one.name).toBe("EU-2 statement");
    expect(one.print!.pageBreaksBefore).toEqual([]);
    expect(allCells(one).some((c) => isText(c.value) && c.value.text === "+1-555")).toBe(true);
    expect(() => describeValuesOnlyStatement(p, partners, 3)).toThrow(/no partner number 3/);
  });
});
