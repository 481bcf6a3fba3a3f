/*
 * "Log this change" (changeLog/logHandEdits.ts) on the strict Excel model: a plan edited by hand
 * is logged as an Edited row with the user's reason and old → new, after which the plan is as
 * logged; nothing is written when there is nothing to log; a failed append leaves the log as it was.
 */
import { planFingerprint, programTemplate } from "../../../src/engine";
import { applyWorkbookPlan } from "../../../src/workbook/applyPlan";
import { changeLogTableName } from "../../../src/workbook/changeLog/changeLogTable";
import { readChangeLog } from "../../../src/workbook/changeLog/changeLogInWorkbook";
import { handEditsSince } from "../../../src/workbook/changeLog/handEdits";
import { logHandEdits, readHandEdits } from "../../../src/workbook/changeLog/logHandEdits";
import { describeProgram } from "../../../src/workbook/program/describe/describeProgram";
import { createProgram, readProgram } from "../../../src/workbook/programs";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const AT = new Date("2026-02-01T10:00:00Z");
const partners = [1, 2, 3].map((i) => ({ id: `P${i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));

async function editedByHand() {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners, now: new Date("2026-01-05T09:00:00Z") });
  const tiers = excel.table(`PI_${KEY}_Tiers`);
  const rate = tiers.box.column + 1;
  excel.userEdit(tiers.sheet.name, `${String.fromCharCode(65 + rate)}${tiers.box.row + 3}`, [[1.3]]); // tier 2's rate
  return excel;
}

const logRows = (excel: ModelExcel) => excel.table(changeLogTableName(KEY)).values().slice(1);

describe("reading a program: a plan edited by hand", () => {
  test("is found with what changed (old → new) and the plan as read; nothing is written", async () => {
    const excel = await editedByHand();
    const before = JSON.stringify(logRows(excel));
    const { found, program } = await readHandEdits(excel.context, KEY);
    expect(found).toMatchObject({
      state: "editedByHand",
      last: { action: "created" },
      changes: [{ kind: "tier", tier: 1, field: "rate", before: 1, after: 1.3 }],
    });
    expect(program.tiers[1].rate).toBe(1.3);
    expect(JSON.stringify(logRows(excel))).toBe(before);
  });

  test("a plan as logged, and a program without a log, say so", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"), { partners });
    expect((await readHandEdits(excel.context, KEY)).found).toMatchObject({ state: "asLogged" });
    const old = new ModelExcel();
    await applyWorkbookPlan(old.context, describeProgram(programTemplate("solarwave"), { partners }));
    expect((await readHandEdits(old.context, KEY)).found).toEqual({ state: "noLog" });
  });
});

describe("Log this change", () => {
  test("a plan edited by hand is logged as Edited, with the reason and old → new; then it is as logged", async () => {
    const excel = await editedByHand();
    const found = await logHandEdits(excel.context, KEY, "  Agreed with finance ", AT);
    expect(found).toMatchObject({ state: "editedByHand" });
    const p = await readProgram(excel.context, KEY);
    const log = await readChangeLog(excel.context, KEY);
    expect(log!.map((r) => r.action)).toEqual(["created", "edited"]);
    expect(log![1]).toMatchObject({
      at: "2026-02-01T10:00:00.000Z",
      changes: "tier 2 rate: 1 → 1.3",
      reason: "Agreed with finance",
      fingerprint: planFingerprint(p),
    });
    expect(handEditsSince(log, p)).toMatchObject({ state: "asLogged" });
  });

  test("nothing to log: a plan as logged, or a program without a log, writes nothing", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, programTemplate("solarwave"), { partners });
    await expect(logHandEdits(excel.context, KEY, "x", AT)).resolves.toMatchObject({ state: "asLogged" });
    expect(logRows(excel)).toHaveLength(1);
    const old = new ModelExcel();
    await applyWorkbookPlan(old.context, describeProgram(programTemplate("solarwave"), { partners }));
    await expect(logHandEdits(old.context, KEY, "x", AT)).resolves.toEqual({ state: "noLog" });
  });

  test("a failure at the write leaves the log as it was", async () => {
    const excel = await editedByHand();
    const before = JSON.stringify(logRows(excel));
    const syncs = excel.syncs;
    await logHandEdits(excel.context, KEY, "count the syncs", AT);
    const used = excel.syncs - syncs;
    const again = await editedByHand();
    again.failAtSync = again.syncs + used;
    await expect(logHandEdits(again.context, KEY, "x", AT)).rejects.toBeInstanceOf(Error);
    expect(JSON.stringify(logRows(again))).toBe(before);
  });
});
