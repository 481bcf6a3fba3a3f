/*
 * The pane's cycle gateway (services/excelCycleService.ts) against the strict Excel model, through
 * the real workbook layer: the close in a Ctrl+Z group, protection in a plain run of its own after
 * it, the check, Re-open, and a refusal that the pane can word (a CycleError's code).
 */
import { programTemplate } from "../../src/engine";
import { createProgram } from "../../src/workbook/programs";
import { createExcelCycleService } from "../../src/taskpane/services/excelCycleService";
import { cycleRefusalOf } from "../../src/taskpane/services/CycleService";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";

async function workbook(): Promise<ModelExcel> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), {
    partners: [
      { id: "P1", name: "Sun & Co", actuals: [0.97, 4.6] },
      { id: "P2", name: "North", actuals: [0.6, 3.2] },
    ],
  });
  return excel;
}

/** Options of each Excel.run so far, in order ({} for a plain run). */
const runs = (excel: ModelExcel) =>
  excel.model.log.filter((e) => e.kind === "run").map((e) => JSON.parse(JSON.stringify(e.options ?? {})));

test("preview, close (grouped), protect (plain run, after), check, re-open", async () => {
  const excel = await workbook();
  const service = createExcelCycleService();
  const preview = await service.previewClose(KEY);
  expect(preview).toMatchObject({ period: { label: "2026-Q1" }, partners: 2, lastClosed: null });
  const before = runs(excel).length;
  const closed = await service.close(KEY, "2026-Q1");
  expect(closed).toMatchObject({ period: { label: "2026-Q1" }, fingerprint: preview.fingerprint, undo: "oneStep" });
  await service.protect(closed.sheet);
  expect(runs(excel).slice(before)).toEqual([{ mergeUndoGroup: true }, {}]);
  expect(excel.model.undoStackCleared.map((u: { api: string }) => u.api)).toEqual(["WorksheetProtection.protect"]);
  expect((await service.check(KEY)).periods.map((p) => p.status)).toEqual(["intact"]);
  expect((await service.previewClose(KEY)).lastClosed).toMatchObject({ period: { label: "2026-Q1" } });
  const reopened = await service.reopen(KEY, "2026-Q1", "late data");
  expect(reopened).toMatchObject({ reason: "late data", was: { fingerprint: closed.fingerprint } });
});

test("closing a period twice comes back as a refusal the pane can word", async () => {
  await workbook();
  const service = createExcelCycleService();
  await service.close(KEY, "2026-Q1");
  const error = await service.close(KEY, "2026-Q1").catch((e: unknown) => e);
  expect(cycleRefusalOf(error)).toEqual({ code: "alreadyClosed", params: { period: "2026-Q1" } });
  expect(cycleRefusalOf(new Error("other"))).toBeNull();
});

test("Update adjustments runs as one grouped write; nothing changed adds no line", async () => {
  const excel = await workbook();
  const service = createExcelCycleService();
  await service.close(KEY, "2026-Q1");
  const before = runs(excel).length;
  const update = await service.updateAdjustments(KEY);
  expect(update).toMatchObject({ settledIn: "2026-Q2", forPeriod: "2026-Q1", added: [] });
  expect(runs(excel).slice(before)).toEqual([{ mergeUndoGroup: true }]);
});

test("a plan edited by hand: found without writing, then logged as one grouped write with the reason", async () => {
  const excel = await workbook();
  const tiers = excel.table(`PI_${KEY}_Tiers`);
  excel.userEdit(tiers.sheet.name, `${String.fromCharCode(66 + tiers.box.column)}${tiers.box.row + 3}`, [[1.3]]);
  const service = createExcelCycleService();
  const before = runs(excel).length;
  const { found, program } = await service.handEdits(KEY);
  expect(found).toMatchObject({ state: "editedByHand", changes: [{ kind: "tier", field: "rate", after: 1.3 }] });
  expect(program.tiers[1].rate).toBe(1.3);
  expect(runs(excel).slice(before)).toEqual([{}]);
  await expect(service.logHandEdits(KEY, "agreed with finance")).resolves.toMatchObject({ state: "editedByHand" });
  expect(runs(excel).slice(before + 1)).toEqual([{ mergeUndoGroup: true }]);
  const log = excel.table(`PI_${KEY}_ChangeLog`).values();
  expect(log[log.length - 1]).toEqual(expect.arrayContaining(["tier 2 rate: 1 → 1.3", "agreed with finance"]));
  expect((await service.handEdits(KEY)).found).toMatchObject({ state: "asLogged" });
});

test("an earlier closed period: previewed (a plain run, nothing written), then trued up in one grouped write", async () => {
  const excel = await workbook();
  const service = createExcelCycleService();
  await service.close(KEY, "2026-Q1");
  await service.close(KEY, "2026-Q2");
  const data = excel.table(`PI_${KEY}_Data`);
  const c = data.values()[1].indexOf(0.97);
  excel.userEdit(data.sheet.name, `${String.fromCharCode(65 + data.box.column + c)}${data.box.row + 2}`, [[0.8]]);
  const before = runs(excel).length;
  const preview = await service.previewAdjustments(KEY, "2026-Q1");
  expect(preview).toMatchObject({ forPeriod: "2026-Q1", settledIn: "2026-Q3", closed: ["2026-Q1", "2026-Q2"] });
  expect(preview.added.map((l) => l.partnerId)).toEqual(["P1"]);
  expect(excel.tables.some((t) => t.name === `PI_${KEY}_Adjustments`)).toBe(false);
  const update = await service.updateAdjustments(KEY, "2026-Q1");
  expect(update.added).toEqual(preview.added);
  expect(runs(excel).slice(before)).toEqual([{}, { mergeUndoGroup: true }]);
});
