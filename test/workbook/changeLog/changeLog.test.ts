/*
 * A program's Change log (src/workbook/changeLog/) on the strict Excel model: the first row when
 * the program is written with its log, a row appended inside an edit's own write (no extra sync),
 * taken back when that write fails, and a plan edited by hand since its last logged row told,
 * with what changed.
 */
import { ProgramDefinition, planFingerprint, programTemplate } from "../../../src/engine";
import { applyWorkbookPlan } from "../../../src/workbook/applyPlan";
import { changeLogTableName } from "../../../src/workbook/changeLog/changeLogTable";
import { readChangeLog } from "../../../src/workbook/changeLog/changeLogInWorkbook";
import { handEditsSince } from "../../../src/workbook/changeLog/handEdits";
import { describeProgram } from "../../../src/workbook/program/describe/describeProgram";
import { createProgram, readProgram, updateProgram } from "../../../src/workbook/programs";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const AT = "2026-01-05T09:00:00.000Z";
const partners = [1, 2, 3].map((i) => ({ id: `P${i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));

/** A program written with its Change log (the creation its first row). */
async function logged(template: ProgramDefinition = programTemplate("solarwave")) {
  const excel = new ModelExcel();
  const plan = describeProgram(template, { partners, createdAt: AT });
  await applyWorkbookPlan(excel.context, plan);
  return { excel, key: plan.key, p: await readProgram(excel.context, plan.key) };
}

/** The user types `rate` into tier 2's Rate cell of the Tiers table. */
function typeTier2Rate(excel: ModelExcel, key: string, rate: number): void {
  const tiers = excel.table(`PI_${key}_Tiers`);
  const cell = `${String.fromCharCode(65 + tiers.box.column + 1)}${tiers.box.row + 3}`;
  excel.userEdit(tiers.sheet.name, cell, [[rate]]);
}

const logRows = (excel: ModelExcel, key: string) => excel.table(changeLogTableName(key)).box.rows - 1;

describe("the Change log", () => {
  test("a program written with its log: one Created row with the plan's fingerprint; the plan is as logged", async () => {
    const { excel, key, p } = await logged();
    expect(excel.sheetNames()).toContain("SolarWave Installer Change log");
    const log = await readChangeLog(excel.context, key);
    expect(log).toHaveLength(1);
    expect(log![0]).toMatchObject({
      action: "created",
      at: AT,
      changes: "",
      reason: "",
      fingerprint: planFingerprint(p),
    });
    expect(handEditsSince(log, p)).toMatchObject({ state: "asLogged" });
  });

  test("an edit appends its row in the edit's own write: old → new per field, the reason, the new fingerprint", async () => {
    const { excel, key, p } = await logged();
    const edited = { ...p, tiers: p.tiers.map((t, i) => (i === 1 ? { ...t, rate: 1.2 } : t)) };
    const sync = jest.spyOn(excel.context, "sync");
    const now = new Date("2026-02-01T10:00:00Z");
    await updateProgram(excel.context, key, edited, { reason: "Q2 push", now });
    expect(sync).toHaveBeenCalledTimes(4);
    const log = await readChangeLog(excel.context, key);
    expect(log!.map((r) => r.action)).toEqual(["created", "edited"]);
    expect(log![1]).toMatchObject({
      at: "2026-02-01T10:00:00.000Z",
      changes: "tier 2 rate: 1 → 1.2",
      reason: "Q2 push",
      fingerprint: planFingerprint(edited),
    });
    expect(handEditsSince(log, await readProgram(excel.context, key))).toMatchObject({ state: "asLogged" });
  });

  test("a write that leaves the plan as it was (Update partners) logs no row", async () => {
    const { excel, key, p } = await logged();
    await updateProgram(excel.context, key, p, { reason: "new partners" });
    expect(logRows(excel, key)).toBe(1);
    expect((await readChangeLog(excel.context, key))!.map((r) => r.action)).toEqual(["created"]);
  });

  test("a plan edited by hand since the last row is told, with what changed", async () => {
    const { excel, key, p } = await logged();
    typeTier2Rate(excel, key, 1.3);
    const now = await readProgram(excel.context, key);
    expect(now.tiers[1].rate).toBe(1.3);
    const found = handEditsSince(await readChangeLog(excel.context, key), now);
    expect(found).toMatchObject({
      state: "editedByHand",
      changes: [{ kind: "tier", tier: 1, field: "rate", before: p.tiers[1].rate, after: 1.3 }],
    });
  });

  test("an edit after a hand edit: its row lists the hand edit too (from the last logged plan), in the same 4 syncs", async () => {
    const { excel, key } = await logged();
    typeTier2Rate(excel, key, 1.3);
    const handEdited = await readProgram(excel.context, key);
    const sync = jest.spyOn(excel.context, "sync");
    await updateProgram(excel.context, key, { ...handEdited, cap: 2 }, { reason: "cap" });
    expect(sync).toHaveBeenCalledTimes(4);
    const log = await readChangeLog(excel.context, key);
    expect(log!.map((r) => r.action)).toEqual(["created", "edited"]);
    expect(log![1].changes.split("\n")).toEqual(["plan cap: 1.5 → 2", "tier 2 rate: 1 → 1.3"]);
    expect(handEditsSince(log, await readProgram(excel.context, key))).toMatchObject({ state: "asLogged" });
  });

  test("a failed edit takes its row back with the tables", async () => {
    const { excel, key, p } = await logged();
    excel.failAtSync = excel.syncs + 3; // the write sync
    await expect(updateProgram(excel.context, key, { ...p, cap: 2 })).rejects.toThrow(/put back as they were/);
    expect(logRows(excel, key)).toBe(1);
    expect((await readChangeLog(excel.context, key))!.map((r) => r.action)).toEqual(["created"]);
  });

  test("a write that takes back the one before it logs nothing and takes that one's row with it", async () => {
    const { excel, key, p } = await logged();
    await updateProgram(excel.context, key, { ...p, cap: 2 }, { action: "targetsWritten" });
    expect(logRows(excel, key)).toBe(2);
    await updateProgram(excel.context, key, p, { action: null });
    expect((await readChangeLog(excel.context, key))!.map((r) => r.action)).toEqual(["created"]);
  });

  test("createProgram writes the log with its Created row, at the time of its clock, in the same write", async () => {
    const excel = new ModelExcel();
    const now = new Date(AT);
    const created = await createProgram(excel.context, programTemplate("solarwave"), { partners, now });
    expect(created.preview.sheets.map((s) => s.name)).toContain("SolarWave Installer Change log");
    const p = await readProgram(excel.context, created.summary.key);
    const log = await readChangeLog(excel.context, created.summary.key);
    expect(log).toEqual([expect.objectContaining({ action: "created", at: AT, fingerprint: planFingerprint(p) })]);
  });

  test("a program without a log (created before it): edits write as before, and there is nothing to compare", async () => {
    const excel = new ModelExcel();
    const plan = describeProgram(programTemplate("solarwave"), { partners });
    await applyWorkbookPlan(excel.context, plan);
    const p = await readProgram(excel.context, plan.key);
    await updateProgram(excel.context, plan.key, { ...p, cap: 2 });
    expect(await readChangeLog(excel.context, plan.key)).toBeNull();
    expect(handEditsSince(null, p)).toEqual({ state: "noLog" });
  });

  test("a Chinese program's log is in Chinese and reads back the same", async () => {
    const { excel, key, p } = await logged(programTemplate("solarwave", "zh"));
    await updateProgram(excel.context, key, { ...p, cap: 2 }, { action: "scenarioApplied" });
    const table = excel.table(changeLogTableName(key));
    expect(table.column("操作").map((c) => c?.value)).toEqual(["已创建", "已应用模拟分析"]);
    expect((await readChangeLog(excel.context, key))!.map((r) => r.action)).toEqual(["created", "scenarioApplied"]);
  });
});
