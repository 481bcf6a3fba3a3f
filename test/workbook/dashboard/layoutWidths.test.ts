/*
 * Column widths fit what the dashboard's and statements' columns hold (issue 16's screenshots):
 * the row-5 tile labels, the table's headers ("Adjustment for 2026-Q1"), the period row's dates
 * and the Generated time, the Chinese statement's period end. Fitting is estimated from the text
 * (textWidth.ts: characters × a per-character width, CJK counted double).
 */
import { programTemplate } from "../../../src/engine";
import { DASHBOARD_ROWS, describeDashboard } from "../../../src/workbook/dashboard/describeDashboard";
import { STATEMENT_WIDTHS } from "../../../src/workbook/dashboard/statementLayout";
import type { StatementAdjustment } from "../../../src/workbook/dashboard/statementAdjustment";
import { SHEET_LABELS } from "../../../src/workbook/labels";
import { GridPlan, SheetPlan, isText } from "../../../src/workbook/sheetPlan";
import { pointsFor, widestDateText } from "../../../src/workbook/textWidth";

const ADJUSTMENT: StatementAdjustment = {
  forPeriod: "2026-Q1",
  settledIn: "2026-Q2",
  table: "PI_SolarWave_Installer_Adjustments",
  columns: { partnerId: "Partner ID", settledIn: "Settled in", amount: "Adjustment" },
  amounts: new Map([["P1001", 772.76]]),
};

function dashboard(language: "en" | "zh"): SheetPlan {
  return describeDashboard(programTemplate("solarwave"), {
    key: "SolarWave_Installer",
    sheetName: "Dashboard",
    partners: 60,
    generatedAt: 46362.97,
    language,
    adjustment: ADJUSTMENT,
  });
}

const widthOf = (sheet: SheetPlan, column: number) => sheet.columnWidths.find((w) => w.column === column)?.width ?? 0;
const gridAt = (sheet: SheetPlan, row: number): GridPlan => sheet.grids!.find((g) => g.topLeft.row === row)!;

describe.each(["en", "zh"] as const)("the dashboard in %s", (language) => {
  const sheet = dashboard(language);

  test.each([
    ["row 5's tile labels", DASHBOARD_ROWS.tileLabels],
    ["the per-partner table's headers", DASHBOARD_ROWS.header],
  ])("%s fit their columns", (_, row) => {
    const cut = gridAt(sheet, row)
      .rows[0].map((cell, column) => (isText(cell) ? { text: cell.text, width: widthOf(sheet, column) } : null))
      .filter((c) => c !== null && c.width < pointsFor(c.text, true));
    expect(cut).toEqual([]);
  });

  test("the period row's dates and the Generated time show whole (no ####)", () => {
    const g = gridAt(sheet, DASHBOARD_ROWS.period);
    const formats = g.columnFormats!;
    const dates = formats.map((f, column) => [column, f ? widestDateText(f) : null] as const).filter(([, d]) => d);
    expect(dates).toHaveLength(4); // start, end, as of, generated
    for (const [column, date] of dates) expect(widthOf(sheet, column)).toBeGreaterThanOrEqual(pointsFor(date!));
  });

  test("the adjustment column is there and fits its header", () => {
    const header = gridAt(sheet, DASHBOARD_ROWS.header).rows[0].map((c) => (isText(c) ? c.text : ""));
    const column = header.findIndex((h) => h.includes("2026-Q1") && !/score|得分/i.test(h));
    expect(column).toBeGreaterThan(0);
    expect(widthOf(sheet, column)).toBeGreaterThanOrEqual(pointsFor(header[column], true));
  });
});

describe("the statements' columns", () => {
  test("the period's start (B) and end (D) show whole in Chinese and English, within one portrait page (500 pt)", () => {
    for (const format of [SHEET_LABELS.zh.formats.date, SHEET_LABELS.en.formats.date]) {
      const widest = pointsFor(widestDateText(format)!);
      expect(STATEMENT_WIDTHS[1]).toBeGreaterThanOrEqual(widest);
      expect(STATEMENT_WIDTHS[3]).toBeGreaterThanOrEqual(widest);
    }
    expect(STATEMENT_WIDTHS.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(500);
  });
});
