/*
 * Close period and Re-open in the program's Change log (cycle/periodChangeLog.ts), on the strict
 * Excel model: each appends its row in the same write as its Periods row, the plan as it stood
 * logged with it (hand edits since the last row listed, never hidden), and a failed write takes
 * the row back with the rest.
 */
import { planFingerprint, programTemplate, ProgramDefinition } from "../../../src/engine";
import { applyWorkbookPlan } from "../../../src/workbook/applyPlan";
import { changeLogTableName } from "../../../src/workbook/changeLog/changeLogTable";
import { readChangeLog } from "../../../src/workbook/changeLog/changeLogInWorkbook";
import { changeActionOf } from "../../../src/workbook/changeLog/changeLogWords";
import { handEditsSince } from "../../../src/workbook/changeLog/handEdits";
import { closePeriod, reopenPeriod } from "../../../src/workbook/cycle";
import { describeProgram } from "../../../src/workbook/program/describe/describeProgram";
import { createProgram, readProgram } from "../../../src/workbook/programs";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const CREATED = new Date("2026-01-05T09:00:00Z");
const CLOSED = new Date("2026-04-02T09:30:00Z");
const REOPENED = new Date("2026-04-03T08:00:00Z");
const partners = [1, 2, 3].map((i) => ({ id: `P${i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));

async function workbook(language: "en" | "zh" = "en") {
  const excel = new ModelExcel();
  const template: ProgramDefinition = { ...programTemplate("solarwave"), sheetLanguage: language };
  await createProgram(excel.context, template, { partners, now: CREATED });
  return excel;
}

const logRows = (excel: ModelExcel) => excel.table(changeLogTableName(KEY)).values().slice(1);

describe("Close period and Re-open in the Change log", () => {
  test("a close appends its row: the period and its snapshot's fingerprint, the plan as it stood", async () => {
    const excel = await workbook();
    const closed = await closePeriod(excel.context, KEY, { now: CLOSED });
    const p = await readProgram(excel.context, KEY);
    const log = await readChangeLog(excel.context, KEY);
    expect(log!.map((r) => r.action)).toEqual(["created", "periodClosed"]);
    expect(log![1]).toMatchObject({
      at: "2026-04-02T09:30:00Z",
      changes: `period 2026-Q1, snapshot fingerprint ${closed.fingerprint}`,
      reason: "",
      fingerprint: planFingerprint(p),
    });
    expect(logRows(excel)[1][1]).toBe("Period closed");
    expect(handEditsSince(log, p)).toMatchObject({ state: "asLogged" });
  });

  test("a re-opening appends its row with the user's reason and the close it takes back", async () => {
    const excel = await workbook();
    const closed = await closePeriod(excel.context, KEY, { now: CLOSED });
    await reopenPeriod(excel.context, KEY, "2026-Q1", "Late installations for P3", REOPENED);
    const log = await readChangeLog(excel.context, KEY);
    expect(log!.map((r) => r.action)).toEqual(["created", "periodClosed", "periodReopened"]);
    expect(log![2]).toMatchObject({
      at: "2026-04-03T08:00:00Z",
      changes: `period 2026-Q1, snapshot fingerprint ${closed.fingerprint}`,
      reason: "Late installations for P3",
    });
  });

  test("a plan edited by hand before the close: the close's row lists the change, under the period", async () => {
    const excel = await workbook();
    const tiers = excel.table(`PI_${KEY}_Tiers`);
    const rate = tiers.box.column + 1;
    const cell = `${String.fromCharCode(65 + rate)}${tiers.box.row + 3}`; // tier 2's rate
    excel.userEdit(tiers.sheet.name, cell, [[1.3]]);
    await closePeriod(excel.context, KEY, { now: CLOSED });
    const log = await readChangeLog(excel.context, KEY);
    expect(log![1].changes.split("\n")).toEqual([expect.stringMatching(/^period 2026-Q1, /), "tier 2 rate: 1 → 1.3"]);
  });

  test.each([1, 2, 3, 4, 5])("a first close failing at sync %i leaves the log as it was", async (k) => {
    const excel = await workbook();
    const before = JSON.stringify(logRows(excel));
    excel.failAtSync = excel.syncs + k;
    await expect(closePeriod(excel.context, KEY, { now: CLOSED })).rejects.toBeInstanceOf(Error);
    expect(JSON.stringify(logRows(excel))).toBe(before);
  });

  test.each([1, 2, 3, 4, 5])("a re-opening failing at sync %i leaves the log as it was", async (k) => {
    const excel = await workbook();
    await closePeriod(excel.context, KEY, { now: CLOSED });
    const before = JSON.stringify(logRows(excel));
    excel.failAtSync = excel.syncs + k;
    await expect(reopenPeriod(excel.context, KEY, "2026-Q1", "late data", REOPENED)).rejects.toBeInstanceOf(Error);
    expect(JSON.stringify(logRows(excel))).toBe(before);
  });

  test("a Chinese program's rows are in Chinese and read back the same", async () => {
    const excel = await workbook("zh");
    await closePeriod(excel.context, KEY, { now: CLOSED });
    await reopenPeriod(excel.context, KEY, "2026-Q1", "数据延迟", REOPENED);
    expect(logRows(excel).map((r) => r[1])).toEqual(["已创建", "考核期已结账", "考核期已重新开放"]);
    expect(String(logRows(excel)[1][2])).toMatch(/^考核期 2026-Q1，快照指纹 [0-9a-f]{64}$/);
    const log = await readChangeLog(excel.context, KEY);
    expect(log!.map((r) => r.action)).toEqual(["created", "periodClosed", "periodReopened"]);
  });

  test("the Action words written before the glossary's 考核期 still read back", () => {
    expect(["期间已结账", "期间已重新开放"].map(changeActionOf)).toEqual(["periodClosed", "periodReopened"]);
  });

  test("a program without a log (created before it): closes and re-opens as before, nothing logged", async () => {
    const excel = new ModelExcel();
    await applyWorkbookPlan(excel.context, describeProgram(programTemplate("solarwave"), { partners }));
    await closePeriod(excel.context, KEY, { now: CLOSED });
    await reopenPeriod(excel.context, KEY, "2026-Q1", "late data", REOPENED);
    expect(await readChangeLog(excel.context, KEY)).toBeNull();
  });
});
