/*
 * npm run verify on a workbook with a closed period (scripts/verify/closedPeriods.ts): the add-in's
 * own closePeriod writes the snapshot sheet and the Periods table on the Excel model, the workbook
 * is saved as .xlsx as `npm run sample:xlsx` saves the sample, and verify checks the snapshot
 * against its fingerprints: intact → exit 0; one snapshot cell edited → exit 1 naming the sheet,
 * the partner's row and the cell, exactly as the pane's Check closed periods names them on the same
 * workbook; the Periods row's fingerprint edited, or the snapshot sheet gone → named by its cell.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ProgramDefinition, programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { checkClosedPeriods as checkInPane, closePeriod } from "../../src/workbook/cycle";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { runVerify } from "../../scripts/verify/cli";
import { Snap, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { xlsxBytes } from "./xlsxBytes";

const KEY = "SolarWave_Installer";
const SHEET = "SolarWave Installer 2026-Q1";
const PERIODS_SHEET = "SolarWave Installer Periods";

// A leading zero and a name starting with "=": they must read back as the same text.
const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P2", name: "=x", actuals: [0.85, 4.1] },
];

async function closedQ1(language: "en" | "zh" = "en"): Promise<ModelExcel> {
  const excel = new ModelExcel({ excelApi: "1.20" });
  const p: ProgramDefinition = { ...programTemplate("solarwave"), sheetLanguage: language };
  await createProgram(excel.context, p, { partners: SEEDS });
  await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 3, 2, 9, 30)) });
  return excel;
}

/** A cell of a sheet changed through Office.js, as a user would type over it. */
async function typeOver(excel: ModelExcel, sheet: string, address: string, value: unknown): Promise<void> {
  excel.context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
  await excel.context.sync();
}

/** The model's workbook saved as .xlsx (after `change` to its snapshot), then `npm run verify` on it. */
async function verify(excel: ModelExcel, args: string[] = [], change: (snap: Snap) => void = () => undefined) {
  const snap = excel.model.snapshot() as unknown as Snap;
  change(snap);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-periods-")), "closed.xlsx");
  fs.writeFileSync(file, xlsxBytes(snapshotToWorkbook(snap, engineResults(snap))));
  return runVerify([file, ...args]);
}

const cellOf = (snap: Snap, sheet: string, address: string) =>
  snap.sheets.find((s) => s.name === sheet)!.cells[address];

describe("npm run verify: closed periods", () => {
  test.each(["en", "zh"] as const)("an intact snapshot (%s sheets): exit 0, the period counted", async (language) => {
    const excel = await closedQ1(language);
    const { code, stdout } = await verify(excel);
    expect(stdout).toMatch(/0 difference\(s\), 1 closed period\(s\), 0 edited or missing: OK\n$/);
    expect(code).toBe(0);
    const json = JSON.parse((await verify(excel, ["--json"])).stdout);
    expect(json).toMatchObject({ status: "ok", ok: true });
    expect(json.closedPeriods).toEqual([
      expect.objectContaining({ period: "2026-Q1", status: "intact", rowFingerprintsMatch: true, rows: [] }),
    ]);
  });

  test("a payout typed over in the snapshot: exit 1, the sheet, partner row and cell named, as the pane names them", async () => {
    const excel = await closedQ1();
    // Row 17 is P2's partner row; column N its payout (header "Payout" in N15).
    const before = excel.model.snapshot() as unknown as Snap;
    expect([cellOf(before, SHEET, "C17").v, cellOf(before, SHEET, "N15").v]).toEqual(["P2", "Payout"]);
    expect(cellOf(before, SHEET, "N17").v).toBe(21830.36);
    await typeOver(excel, SHEET, "N17", 22000);

    const { code, stdout } = await verify(excel);
    expect(code).toBe(1);
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      `${SHEET}!A17:S17  partner P2  period 2026-Q1: edited since the close`,
      `${SHEET}!N17  partner P2  payout: expected 21830.36, found 22000`,
    ]);
    expect(stdout).toMatch(/0 difference\(s\), 1 closed period\(s\), 1 edited or missing\n$/);

    // The pane's Check closed periods on the same workbook finds the same row and cell.
    const pane = await checkInPane(excel.context, KEY);
    const json = JSON.parse((await verify(excel, ["--json"])).stdout);
    expect(json).toMatchObject({ status: "differences", ok: false });
    expect(json.closedPeriods[0]).toMatchObject({ status: "edited", rowFingerprintsMatch: true });
    expect(json.closedPeriods[0].rows).toEqual(pane.periods[0].rows);
  });

  test("a partner's name typed over: the row is named though no cell follows from it", async () => {
    const excel = await closedQ1();
    await typeOver(excel, SHEET, "D16", "Sun and Co");
    const { code, stdout } = await verify(excel);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(`${SHEET}!A16:S16  partner 0012  period 2026-Q1: edited since the close`);
    expect(stdout).not.toMatch(/\n\S+!D16 /);
  });

  test("the Periods row's fingerprint changed: exit 1, its cell named", async () => {
    const excel = await closedQ1();
    const { code, stdout } = await verify(excel, [], (snap) => {
      const cell = cellOf(snap, PERIODS_SHEET, "H5");
      expect(cell.v).toMatch(/^[0-9a-f]{64}$/);
      cell.v = "0".repeat(64);
    });
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(
      `${PERIODS_SHEET}!H5  period 2026-Q1  fingerprint: the snapshot's row fingerprints no longer give the one ` +
        "recorded here (rows added, removed or reordered, a row fingerprint rewritten, or this cell edited)",
    );
  });

  test("the snapshot sheet gone: exit 1, the Periods cell naming it", async () => {
    const excel = await closedQ1();
    const { code, stdout } = await verify(excel, [], (snap) => {
      snap.sheets = snap.sheets.filter((s) => s.name !== SHEET);
    });
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(`${PERIODS_SHEET}!I5  period 2026-Q1  snapshot sheet '${SHEET}' is missing`);
  });
});
