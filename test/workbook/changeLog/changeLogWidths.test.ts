/*
 * The Change log's Action and What changed columns fit what later rows hold (issue 16's
 * screenshot cut "Period closed" and the period lines): sized for every action's words and a
 * period's line with its fingerprint, not from the first row alone ("Created", nothing changed).
 */
import { programTemplate } from "../../../src/engine";
import { applyWorkbookPlan } from "../../../src/workbook/applyPlan";
import { CHANGE_LOG_WORDS } from "../../../src/workbook/changeLog/changeLogWords";
import { describeProgram } from "../../../src/workbook/program/describe/describeProgram";
import { pointsFor } from "../../../src/workbook/textWidth";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const partners = [1, 2].map((i) => ({ id: `P${i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));

describe.each(["en", "zh"] as const)("the Change log in %s", (language) => {
  test("Action and What changed are wide enough for every action and a period's line, as written", async () => {
    const words = CHANGE_LOG_WORDS[language];
    const excel = new ModelExcel();
    const program = { ...programTemplate("solarwave"), sheetLanguage: language };
    await applyWorkbookPlan(
      excel.context,
      describeProgram(program, { partners, createdAt: "2026-01-05T09:00:00.000Z" }),
    );
    const log = excel.liveSheets().find((s) => s.name.endsWith(words.sheet))!;
    const widths = log.columnWidths;
    for (const action of Object.values(words.actions)) expect(widths.get(1)).toBeGreaterThanOrEqual(pointsFor(action));
    const line = words.periodLine("2026-Q1", "f".repeat(64));
    expect(widths.get(2)).toBeGreaterThanOrEqual(pointsFor(line));
  });
});
