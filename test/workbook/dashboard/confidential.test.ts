/*
 * The dashboard shows every partner's pay, so it says CONFIDENTIAL on the sheet (issue 16), as the
 * all-partner statements do: in A4, a row of its own between the period and the tiles, so no cell
 * that a formula or a chart reads moves; in the dashboard's language.
 */
import { programTemplate } from "../../../src/engine";
import { DASHBOARD_ROWS, allCells, describeDashboard } from "../../../src/workbook/dashboard/describeDashboard";
import { SheetPlan, isText } from "../../../src/workbook/sheetPlan";

function dashboard(programLanguage: "en" | "zh", language?: "en" | "zh"): SheetPlan {
  return describeDashboard(
    { ...programTemplate("solarwave"), sheetLanguage: programLanguage },
    { key: "SolarWave_Installer", sheetName: "Dashboard", partners: 60, generatedAt: 46326.5, language },
  );
}

/** The cells of one row (zero-based), as text. */
const row = (sheet: SheetPlan, r: number) =>
  allCells(sheet)
    .filter((c) => c.row === r && c.value !== null)
    .map((c) => ({ column: c.column, text: isText(c.value) ? c.value.text : JSON.stringify(c.value) }));

test("A4 says CONFIDENTIAL, alone in its row, between the period row and the tiles", () => {
  const R = DASHBOARD_ROWS;
  expect(R.confidential).toBe(3);
  expect([R.period, R.tileLabels]).toEqual([R.confidential - 1, R.confidential + 1]);
  const sheet = dashboard("en");
  expect(row(sheet, R.confidential)).toEqual([
    { column: 0, text: expect.stringMatching(/^CONFIDENTIAL — every partner's pay\. .*do not send this sheet/) },
  ]);
  expect(sheet.cells.find((c) => c.row === R.confidential)!.style).toBe("note");
  // Said once: nowhere else on the sheet.
  expect(allCells(sheet).filter((c) => isText(c.value) && /CONFIDENTIAL/.test(c.value.text))).toHaveLength(1);
});

test("in the dashboard's language: Chinese for a Chinese program, English when asked for", () => {
  expect(row(dashboard("zh"), DASHBOARD_ROWS.confidential)[0].text).toMatch(/^机密——含全部合作伙伴的激励金额。/);
  expect(row(dashboard("zh", "en"), DASHBOARD_ROWS.confidential)[0].text).toMatch(/^CONFIDENTIAL/);
});
