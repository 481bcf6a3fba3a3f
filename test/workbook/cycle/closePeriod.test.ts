/*
 * The payout cycle on the strict Excel model: Close period (snapshot sheet + Periods row, one
 * write with rollback, protection as its own step), closing twice refused, Re-open logged, and
 * Check closed periods naming an edited snapshot's row and cells — in English and Chinese sheets.
 */
import { CycleError, buildSnapshot, programTemplate, ProgramDefinition } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram, deleteProgram } from "../../../src/workbook/programs";
import { listProgramSheets } from "../../../src/workbook/selection";
import {
  checkClosedPeriods,
  closePeriod,
  previewClosePeriod,
  protectSnapshot,
  reopenPeriod,
} from "../../../src/workbook/cycle";
import { WorkbookWriteError } from "../../../src/workbook/applyPlan";
import { runWrite } from "../../../src/workbook/undoGroup";
import { CYCLE_ZH } from "../../../src/workbook/cycle/cycleWords.zh";
import { OWNER_PROPERTY } from "../../../src/workbook/ownership";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
const PERIODS = `PI_${KEY}_Periods`;

// Awkward IDs and names: a leading zero, a formula, signs (they must come back as the same text).
const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P2", name: '=HYPERLINK("http://example.invalid","x")', actuals: [0.85, 4.1] },
  { id: "P3", name: "-Minus", actuals: [0.6, 3.2] },
  { id: "P4", name: "华东能源", actuals: [0.92, 4.8] },
];

function solarwave(language: "en" | "zh"): ProgramDefinition {
  return { ...programTemplate("solarwave"), sheetLanguage: language };
}

async function workbook(language: "en" | "zh" = "en"): Promise<ModelExcel> {
  const excel = new ModelExcel();
  await createProgram(excel.context, solarwave(language), { partners: SEEDS });
  return excel;
}

/** The Periods table's data rows (values() starts with the header). */
const periodRows = (excel: ModelExcel) => excel.table(PERIODS).values().slice(1);

/** Everything a test can see of the workbook: each sheet's name and cell values, the tables' values. */
function contents(excel: ModelExcel): string {
  const sheets = excel.liveSheets().map((s) => [s.name, [...s.cells.entries()].map(([a, c]) => [a, c.value])]);
  const tables = excel.tables.map((t) => [t.name, t.values()]);
  return JSON.stringify({ sheets, tables });
}

describe("Close period", () => {
  test("the preview says what will be frozen, and writes nothing", async () => {
    const excel = await workbook();
    const before = contents(excel);
    const preview = await previewClosePeriod(excel.context, KEY);
    expect(preview).toMatchObject({
      period: { label: "2026-Q1" },
      partners: 4,
      kpis: 2,
      currency: "CNY",
      sheet: "SolarWave Installer 2026-Q1",
      closedBefore: 0,
      pastProgramEnd: false,
    });
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(contents(excel)).toBe(before);
  });

  test("writes the values-only snapshot and the Periods row; the program moves to the next period", async () => {
    const excel = await workbook();
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    // The engine's own snapshot of the same partners gives the same fingerprint.
    const engine = buildSnapshot(
      solarwave("en"),
      result.period,
      SEEDS.map((s) => ({ id: s.id, name: s.name, input: { actuals: s.actuals!, targets: [null, null] } })),
    );
    expect(result).toMatchObject({
      period: { label: "2026-Q1" },
      sheet: "SolarWave Installer 2026-Q1",
      periodsSheet: "SolarWave Installer Periods",
      partners: 4,
      total: engine.total,
      fingerprint: engine.fingerprint,
      closedAt: "2026-04-02T09:30:00Z",
      next: { label: "2026-Q2" },
    });
    const sheet = excel.sheet(result.sheet);
    expect(JSON.parse(String(sheet.customProperties.find((p) => p.key === OWNER_PROPERTY)!.value))).toMatchObject({
      key: KEY,
      role: "snapshot",
    });
    // No formula anywhere: values only.
    expect([...sheet.cells.values()].filter((c) => c.kind === "formula")).toEqual([]);
    const texts = [...sheet.cells.values()].map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["0012", '=HYPERLINK("http://example.invalid","x")', "-Minus"]));
    expect(periodRows(excel)).toEqual([
      [
        "Closed",
        "2026-Q1",
        46023,
        46112,
        "2026-04-02T09:30:00Z",
        4,
        engine.total,
        engine.fingerprint,
        result.sheet,
        "",
      ],
    ]);
    expect((await previewClosePeriod(excel.context, KEY)).period.label).toBe("2026-Q2");
    // Read back and recomputed, the snapshot is intact; the syncs it reports are the syncs it made.
    const syncsBefore = excel.syncs;
    const check = await checkClosedPeriods(excel.context, KEY);
    expect(check.syncs).toBe(excel.syncs - syncsBefore);
    expect(check.periods).toEqual([
      expect.objectContaining({ status: "intact", rows: [], rowFingerprintsMatch: true, sheet: result.sheet }),
    ]);
  });

  test("closing the same period twice is refused; the next close appends its row", async () => {
    const excel = await workbook();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE, period: "2026-Q1" });
    const again = await closePeriod(excel.context, KEY, { period: "2026-Q1" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(CycleError);
    expect(again).toMatchObject({ code: "alreadyClosed", params: { period: "2026-Q1" } });
    const q2 = await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 6, 1)) });
    expect(q2).toMatchObject({
      period: { label: "2026-Q2" },
      sheet: "SolarWave Installer 2026-Q2",
      next: { label: "2026-Q3" },
    });
    expect(periodRows(excel).map((r) => [r[0], r[1], r[8]])).toEqual([
      ["Closed", "2026-Q1", "SolarWave Installer 2026-Q1"],
      ["Closed", "2026-Q2", "SolarWave Installer 2026-Q2"],
    ]);
  });

  test.each([1, 2, 3, 4])("a first close failing at sync %i leaves the workbook as it was", async (k) => {
    const excel = await workbook();
    const before = contents(excel);
    excel.failAtSync = excel.syncs + k;
    const error = await closePeriod(excel.context, KEY, { now: Q1_CLOSE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(contents(excel)).toBe(before);
    if (error instanceof WorkbookWriteError) expect(error.message).toMatch(/The workbook is as it was/);
  });

  test.each([1, 2, 3, 4, 5])("a later close failing at sync %i takes its Periods row and its sheet back", async (k) => {
    const excel = await workbook();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const before = contents(excel);
    excel.failAtSync = excel.syncs + k;
    const error = await closePeriod(excel.context, KEY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(contents(excel)).toBe(before);
    expect(periodRows(excel)).toHaveLength(1);
  });

  test("protection is its own step, after the write: one protect call in a sync of its own", async () => {
    const excel = await workbook();
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const from = excel.calls.length;
    const syncs = excel.syncs;
    await protectSnapshot(excel.context, result.sheet);
    const protects = excel.calls.slice(from).filter((c) => /protection\.protect$/.test(c.what));
    expect(protects).toHaveLength(1);
    expect(excel.syncs - syncs).toBe(2); // read whether it is protected, then protect
  });
});

describe("one undo step for the close, protection outside it", () => {
  test("the close groups as one Ctrl+Z; Excel refuses protect inside a group, and it clears the undo stack on its own", async () => {
    const excel = await workbook();
    const { value, undo } = await runWrite((context) => closePeriod(context, KEY, { now: Q1_CLOSE }));
    expect(undo).toBe("oneStep");
    expect(excel.model.undoStackCleared).toEqual([]);
    const grouped = excel.model.Excel.run({ mergeUndoGroup: true }, (context: Excel.RequestContext) =>
      protectSnapshot(context, value.sheet),
    );
    await expect(grouped).rejects.toMatchObject({ code: "UndoNotSupported" });
    await excel.model.Excel.run((context: Excel.RequestContext) => protectSnapshot(context, value.sheet));
    expect(excel.model.undoStackCleared.map((u: { api: string }) => u.api)).toEqual(["WorksheetProtection.protect"]);
  });
});

describe("Check closed periods", () => {
  test("names the edited snapshot, the partner row and the cell whose value no longer follows", async () => {
    const excel = await workbook();
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const sheet = excel.sheet(result.sheet);
    // P3's payout cell: in the partner row whose ID cell (column C) is P3, under the "Payout" header.
    const cells = [...sheet.cells.entries()].map(([rc, c]) => {
      const [r, col] = rc.split(",").map(Number);
      return [r, col, c.value] as const;
    });
    const row = cells.find(([, c, v]) => c === 2 && v === "P3")![0];
    const column = cells.find(([r, , v]) => r < row && v === "Payout")![1];
    const payoutAddress = `${String.fromCharCode(65 + column)}${row + 1}`;
    excel.userEdit(result.sheet, payoutAddress, [[999999]]);
    const check = await checkClosedPeriods(excel.context, KEY);
    expect(check.periods).toHaveLength(1);
    const period = check.periods[0];
    expect(period).toMatchObject({ status: "edited", sheet: result.sheet, rowFingerprintsMatch: true });
    expect(period.rows).toHaveLength(1);
    expect(period.rows[0].key).toBe("partner P3");
    expect(period.rows[0].address).toMatch(new RegExp(`^A${row + 1}:[A-Z]+${row + 1}$`));
    expect(period.rows[0].cells).toEqual([
      expect.objectContaining({ field: "payout", address: payoutAddress, found: "999999" }),
    ]);
  });

  test("a snapshot longer than the first read block is read in blocks; an edit past the first block is named", async () => {
    const excel = new ModelExcel();
    const many: PartnerSeed[] = Array.from({ length: 2100 }, (_, i) => ({
      id: `P${i + 1}`,
      name: `Partner ${i + 1}`,
      actuals: [0.5 + (i % 50) / 100, 3 + (i % 20) / 10],
    }));
    await createProgram(excel.context, solarwave("en"), { partners: many });
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    // P2100's row: the last partner row, past the first 2,000 rows read; its score is edited.
    const cells = excel.sheet(result.sheet).cells;
    const row = [...cells.entries()].find(([rc, c]) => rc.endsWith(",2") && c.value === "P2100")![0].split(",")[0];
    const scoreColumn = [...cells.entries()].find(([, c]) => c.value === "Score")![0].split(",")[1];
    const address = `${String.fromCharCode(65 + Number(scoreColumn))}${Number(row) + 1}`;
    excel.userEdit(result.sheet, address, [[0.123]]);
    const check = await checkClosedPeriods(excel.context, KEY);
    expect(check.periods[0].rows.map((r) => [r.key, r.cells.map((c) => c.address)])).toEqual([
      ["partner P2100", [address]],
    ]);
  }, 120_000);

  test("a deleted snapshot sheet is named as missing", async () => {
    const excel = await workbook();
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    await excel.model.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(result.sheet).delete();
    });
    const check = await checkClosedPeriods(excel.context, KEY);
    expect(check.periods.map((p) => [p.period.label, p.status])).toEqual([["2026-Q1", "missing"]]);
  });
});

describe("Re-open", () => {
  test("needs a reason, is logged in the Periods table, and the period can be closed again", async () => {
    const excel = await workbook();
    const first = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    await expect(reopenPeriod(excel.context, KEY, "2026-Q1", "  ")).rejects.toMatchObject({ code: "reasonRequired" });
    await expect(reopenPeriod(excel.context, KEY, "2026-Q2", "late data")).rejects.toMatchObject({ code: "notClosed" });
    const at = new Date(Date.UTC(2026, 3, 5, 8, 0, 0));
    const reopened = await reopenPeriod(excel.context, KEY, "2026-Q1", "Late installations for P3", at);
    expect(reopened).toMatchObject({
      period: { label: "2026-Q1" },
      reason: "Late installations for P3",
      sheet: first.sheet,
      was: { fingerprint: first.fingerprint },
    });
    expect(periodRows(excel).map((r) => [r[0], r[1], r[4], r[7], r[9]])).toEqual([
      ["Closed", "2026-Q1", "2026-04-02T09:30:00Z", first.fingerprint, ""],
      ["Re-opened", "2026-Q1", "2026-04-05T08:00:00Z", first.fingerprint, "Late installations for P3"],
    ]);
    expect((await checkClosedPeriods(excel.context, KEY)).periods).toEqual([]);
    const again = await closePeriod(excel.context, KEY, { now: at });
    expect(again).toMatchObject({ period: { label: "2026-Q1" }, sheet: "SolarWave Installer 2026-Q1 (2)" });
    expect(excel.sheetNames()).toContain(first.sheet); // the old close stays on record
  });

  test("a re-opening failing at its write sync leaves the Periods table as it was", async () => {
    const excel = await workbook();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    const before = contents(excel);
    excel.failAtSync = excel.syncs + 4;
    const error = await reopenPeriod(excel.context, KEY, "2026-Q1", "late data").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as Error).message).toMatch(
      /The rows this write had added to “PI_SolarWave_Installer_Periods”, “PI_SolarWave_Installer_ChangeLog” were removed\./,
    );
    expect(contents(excel)).toBe(before);
  });
});

describe("Delete program", () => {
  test("lists and deletes the protected snapshots and the Periods sheet with the program's other sheets", async () => {
    const excel = await workbook();
    const before = excel.sheetNames();
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    await protectSnapshot(excel.context, result.sheet);
    // What the pane lists before deleting: the cycle's sheets by their roles.
    expect(await listProgramSheets(excel.context, KEY)).toEqual(
      expect.arrayContaining([
        { name: result.sheet, role: "snapshot" },
        { name: result.periodsSheet, role: "periods" },
      ]),
    );
    const deleted = await deleteProgram(excel.context, KEY);
    expect(deleted).toEqual(expect.arrayContaining([result.sheet, result.periodsSheet]));
    expect(excel.sheetNames()).toEqual(before.filter((n) => !deleted.includes(n)));
    expect(excel.tables.map((t) => t.name)).not.toContain(PERIODS);
  });
});

describe("a Chinese program's sheets", () => {
  test("headers and Periods rows in Chinese; read back, checked and re-opened the same way", async () => {
    const excel = await workbook("zh");
    const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    expect(result.periodsSheet).toMatch(/考核期$/);
    const header = excel.table(PERIODS).header();
    expect(header.slice(0, 2)).toEqual(["操作", "考核期"]);
    expect(header).toEqual([...CYCLE_ZH.periodsHeaders]);
    const cells = [...excel.sheet(result.sheet).cells.values()].map((c) => c.value);
    expect(cells).toEqual(expect.arrayContaining(["激励金额", "档位", "行指纹"]));
    expect((await checkClosedPeriods(excel.context, KEY)).periods[0].status).toBe("intact");
    await reopenPeriod(excel.context, KEY, "2026-Q1", "数据延迟");
    expect(periodRows(excel).map((r) => r[0])).toEqual(["已结账", "已重新开放"]);
    expect((await previewClosePeriod(excel.context, KEY)).period.label).toBe("2026-Q1");
  });
});
