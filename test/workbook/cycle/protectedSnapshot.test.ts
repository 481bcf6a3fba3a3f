/*
 * The payout cycle with its snapshot PROTECTED, as the pane leaves it (close, then protectSnapshot),
 * on the Excel model that enforces worksheet protection (docs/excel-rules.md, rule 26): no later
 * action of the add-in writes into a protected snapshot, each still works, and the snapshot reads
 * back protected. A write into it would fail with AccessDenied, so each test here would go red.
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import {
  createProgram,
  deleteProgram,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  readProgram,
  updateProgram,
} from "../../../src/workbook/programs";
import {
  checkClosedPeriods,
  closePeriod,
  protectSnapshot,
  reopenPeriod,
  updateAdjustments,
} from "../../../src/workbook/cycle";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { editActual } from "./editActual";

const KEY = "SolarWave_Installer";
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
const LATER = new Date(Date.UTC(2026, 4, 10, 8, 0, 0));
const DATA = `PI_${KEY}_Data`;

const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P3", name: "-Minus", actuals: [0.8, 4.2] },
  { id: "P4", name: "华东能源", actuals: [0.92, 4.8] },
];

/** A program with Q1 closed and its snapshot protected, as the pane leaves it. */
async function closedAndProtected(): Promise<{ excel: ModelExcel; sheet: string }> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: SEEDS });
  const { sheet } = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
  await excel.model.Excel.run((context: Excel.RequestContext) => protectSnapshot(context, sheet));
  return { excel, sheet };
}

/** The snapshot's cells, to show nothing wrote into it. */
const cellsOf = (excel: ModelExcel, sheet: string) => JSON.stringify([...excel.sheet(sheet).cells.entries()]);

/** What Worksheet.protection.protected reads back. */
async function readsProtected(excel: ModelExcel, sheet: string): Promise<boolean> {
  return excel.model.Excel.run(async (context: Excel.RequestContext) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    await context.sync();
    return protection.protected;
  });
}

test("after the close the snapshot reads back protected; protecting it again does nothing (Excel's protect() would fail)", async () => {
  const { excel, sheet } = await closedAndProtected();
  expect(await readsProtected(excel, sheet)).toBe(true);
  await excel.model.Excel.run((context: Excel.RequestContext) => protectSnapshot(context, sheet));
  expect(excel.calls.filter((c) => /protection\.protect$/.test(c.what))).toHaveLength(1);
});

test("the model refuses a write into the protected snapshot (the guard these tests rely on)", async () => {
  const { excel, sheet } = await closedAndProtected();
  const write = excel.model.Excel.run(async (context: Excel.RequestContext) => {
    context.workbook.worksheets.getItem(sheet).getRange("A1").values = [["x"]];
    await context.sync();
  });
  await expect(write).rejects.toMatchObject({ code: "AccessDenied" });
});

test("Check closed periods reads the protected snapshot: intact, then an edit made after unprotecting is named", async () => {
  const { excel, sheet } = await closedAndProtected();
  expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).toBe("intact");
  excel.model.userUnprotect(sheet);
  const idCell = [...excel.sheet(sheet).cells.entries()].find(([, c]) => c.value === "P3")![0];
  const row = Number(idCell.split(",")[0]) + 1;
  excel.userEdit(sheet, `E${row}`, [[123456]]);
  excel.model.userProtect(sheet);
  const check = await checkClosedPeriods(excel.context, KEY);
  expect(check.periods[0]).toMatchObject({ status: "edited", sheet });
  expect(check.periods[0].rows.map((r) => r.key)).toEqual(["partner P3"]);
});

test("Re-open keeps the old snapshot protected and untouched; closing again writes and protects a new one", async () => {
  const { excel, sheet } = await closedAndProtected();
  const before = cellsOf(excel, sheet);
  await reopenPeriod(excel.context, KEY, "2026-Q1", "Late installations for P3", LATER);
  const again = await closePeriod(excel.context, KEY, { now: LATER });
  await excel.model.Excel.run((context: Excel.RequestContext) => protectSnapshot(context, again.sheet));
  expect(again.sheet).not.toBe(sheet);
  expect(cellsOf(excel, sheet)).toBe(before);
  expect([excel.model.isProtected(sheet), excel.model.isProtected(again.sheet)]).toEqual([true, true]);
});

test("Update adjustments, the dashboard and statements, and an edit that renames the program leave the snapshot alone", async () => {
  const { excel, sheet } = await closedAndProtected();
  const before = cellsOf(excel, sheet);
  editActual(excel, DATA, "P3", 0.8, 0.95);
  expect((await updateAdjustments(excel.context, KEY, LATER)).added).toHaveLength(1);
  await generateDashboard(excel.context, KEY);
  await generateStatements(excel.context, KEY);
  await generateValuesOnlyStatements(excel.context, KEY, "all");
  const program = await readProgram(excel.context, KEY);
  await updateProgram(excel.context, KEY, { ...program, name: "SolarWave Installer 2026" });
  expect(cellsOf(excel, sheet)).toBe(before);
  expect(excel.model.isProtected(sheet)).toBe(true);
  expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).toBe("intact");
});

test("Delete program deletes the protected snapshot (sheet protection does not protect the workbook's structure)", async () => {
  const { excel, sheet } = await closedAndProtected();
  const deleted = await deleteProgram(excel.context, KEY);
  expect(deleted).toContain(sheet);
  expect(excel.sheetNames()).not.toContain(sheet);
});
