/*
 * Update adjustments for a closed period the user chooses, not only the latest, on the strict
 * Excel model: with Q1 and Q2 closed and Q1's figures back in the data table, Q1 is trued up — a
 * line settled in the open Q3 equal to the engine's recomputed − paid so far for Q1, to the cent;
 * successive updates add up to the restatement; a period that is not closed is refused and
 * nothing is written; lines for two closed periods show on a statement under one label naming both.
 */
import { CycleError, buildSnapshot, programTemplate, snapshotPayouts, toMinorUnits } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, previewAdjustments, updateAdjustments } from "../../../src/workbook/cycle";
import { generateValuesOnlyStatements } from "../../../src/workbook/dashboard";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { editActual } from "./editActual";

const KEY = "SolarWave_Installer";
const DATA = `PI_${KEY}_Data`;
const ADJUSTMENTS = `PI_${KEY}_Adjustments`;
const AT = new Date(Date.UTC(2026, 6, 2, 9, 30, 0));
const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P3", name: "-Minus", actuals: [0.8, 4.2] },
];
const Q1 = { label: "2026-Q1", start: 46023, end: 46112 };

/** What the engine pays P3 for Q1 with this first KPI actual. */
function q1Payout(actual: number): number {
  const partners = SEEDS.map((s) => ({
    id: s.id,
    name: s.name,
    input: { actuals: s.id === "P3" ? [actual, 4.2] : [...(s.actuals ?? [])] },
  }));
  return snapshotPayouts(buildSnapshot(programTemplate("solarwave"), Q1, partners)).get("P3")!;
}

async function q1AndQ2Closed(): Promise<ModelExcel> {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: SEEDS });
  await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 3, 2)) });
  await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 6, 1)) });
  return excel;
}

const cents = (x: number) => toMinorUnits(x, 2);

describe("Update adjustments for a chosen closed period", () => {
  test("Q1 trued up while Q2 is the latest closed: recomputed − paid for Q1, settled in Q3, to the cent", async () => {
    const excel = await q1AndQ2Closed();
    editActual(excel, DATA, "P3", 0.8, 0.95); // Q1's figures, with a late installation
    const preview = await previewAdjustments(excel.context, KEY, "2026-Q1");
    expect(preview).toMatchObject({ forPeriod: "2026-Q1", settledIn: "2026-Q3", closed: ["2026-Q1", "2026-Q2"] });
    const update = await updateAdjustments(excel.context, KEY, AT, "2026-Q1");
    expect(update.added).toEqual(preview.added);
    expect(update.added.map((l) => [l.partnerId, l.forPeriod, l.settledIn])).toEqual([["P3", "2026-Q1", "2026-Q3"]]);
    const [line] = update.added;
    expect(cents(line.adjustment)).toBe(cents(q1Payout(0.95)) - cents(q1Payout(0.8)));
    expect(line.paidBefore).toBe(q1Payout(0.8));
    // By default the latest closed period, Q2, is recomputed, as before.
    expect((await previewAdjustments(excel.context, KEY)).forPeriod).toBe("2026-Q2");
  });

  test("successive updates for Q1 add up to the restatement: the earlier line counts as paid", async () => {
    const excel = await q1AndQ2Closed();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    await updateAdjustments(excel.context, KEY, AT, "2026-Q1");
    editActual(excel, DATA, "P3", 0.95, 0.9);
    const [second] = (await updateAdjustments(excel.context, KEY, AT, "2026-Q1")).added;
    expect(cents(second.paidBefore)).toBe(cents(q1Payout(0.95)));
    const lines = excel.table(ADJUSTMENTS).values().slice(1);
    const sum = lines.reduce((s, row) => s + cents(row[6] as number), 0);
    expect(sum).toBe(cents(q1Payout(0.9)) - cents(q1Payout(0.8)));
  });

  test("a period that is not closed is refused (notClosed) and nothing is written", async () => {
    const excel = await q1AndQ2Closed();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const error = await updateAdjustments(excel.context, KEY, AT, "2026-Q3").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CycleError);
    expect(error).toMatchObject({ code: "notClosed", params: { period: "2026-Q3" } });
    expect(excel.tables.some((t) => t.name === ADJUSTMENTS)).toBe(false);
  });

  test("lines for Q1 and Q2 settled in Q3: one statement line naming both, their sum", async () => {
    const excel = await q1AndQ2Closed();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const q1 = (await updateAdjustments(excel.context, KEY, AT, "2026-Q1")).added[0];
    const q2 = (await updateAdjustments(excel.context, KEY, AT)).added[0];
    expect(q2.forPeriod).toBe("2026-Q2");
    const one = await generateValuesOnlyStatements(excel.context, KEY, 1);
    const cells = [...excel.sheet(one.sheet).cells.entries()];
    const [row, col] = cells
      .find(([, c]) => c.value === "Adjustment for 2026-Q1 and 2026-Q2")![0]
      .split(",")
      .map(Number);
    expect(cents(excel.sheet(one.sheet).cell(row, col + 1)?.value as number)).toBe(
      cents(q1.adjustment) + cents(q2.adjustment),
    );
  });
});
