/*
 * Update adjustments on the strict Excel model: late data for a closed period (a partner's actual
 * edited in the data table after the close) becomes a line settled in the open period equal to
 * the engine's recomputed − paid, to the cent; successive updates add up to the restatement; an
 * update with nothing changed writes nothing; a failed sync leaves the workbook as it was.
 */
import { buildSnapshot, programTemplate, snapshotPayouts, toMinorUnits } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, previewAdjustments, reopenPeriod, updateAdjustments } from "../../../src/workbook/cycle";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { editActual } from "./editActual";

const KEY = "SolarWave_Installer";
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2, 9, 30, 0));
const LATER = new Date(Date.UTC(2026, 4, 10, 8, 0, 0));
const DATA = `PI_${KEY}_Data`;
const ADJUSTMENTS = `PI_${KEY}_Adjustments`;

const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.97, 4.6] },
  { id: "P3", name: "-Minus", actuals: [0.8, 4.2] },
  { id: "P4", name: "华东能源", actuals: [0.92, 4.8] },
];

const program = () => programTemplate("solarwave");

async function closedQ1(): Promise<{ excel: ModelExcel; period: { label: string; start: number; end: number } }> {
  const excel = new ModelExcel();
  await createProgram(excel.context, program(), { partners: SEEDS });
  const result = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
  return { excel, period: result.period };
}

/** What the engine pays each partner for `period` on these actuals, under the plan as created. */
function enginePayouts(period: { label: string; start: number; end: number }, seeds: PartnerSeed[]) {
  const partners = seeds.map((s) => ({ id: s.id, name: s.name, input: { actuals: [...(s.actuals ?? [])] } }));
  return snapshotPayouts(buildSnapshot(program(), period, partners));
}

const withActual = (id: string, actual: number): PartnerSeed[] =>
  SEEDS.map((s) => (s.id === id ? { ...s, actuals: [actual, ...(s.actuals ?? []).slice(1)] } : s));

function contents(excel: ModelExcel): string {
  const sheets = excel.liveSheets().map((s) => [s.name, [...s.cells.entries()].map(([a, c]) => [a, c.value])]);
  return JSON.stringify({ sheets, tables: excel.tables.map((t) => [t.name, t.values()]) });
}

describe("Update adjustments", () => {
  test("a late change to a closed Q1 gives that partner's line in Q2: the engine's recomputed − paid, to the cent", async () => {
    const { excel, period } = await closedQ1();
    const paid = enginePayouts(period, SEEDS).get("P3")!;
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const recomputed = enginePayouts(period, withActual("P3", 0.95)).get("P3")!;
    expect(recomputed).not.toBe(paid);

    const update = await updateAdjustments(excel.context, KEY, LATER);

    expect(update.settledIn).toBe("2026-Q2");
    expect(update.added).toEqual([
      {
        partnerId: "P3",
        forPeriod: "2026-Q1",
        settledIn: "2026-Q2",
        paidBefore: paid,
        recomputed,
        adjustment: (toMinorUnits(recomputed, 2) - toMinorUnits(paid, 2)) / 100,
      },
    ]);
    expect(excel.table(ADJUSTMENTS).values()).toEqual([
      ["Settled in", "For period", "Partner ID", "Line", "Paid so far", "Recomputed", "Adjustment", "At"],
      [
        "2026-Q2",
        "2026-Q1",
        "P3",
        "Adjustment for 2026-Q1",
        paid,
        recomputed,
        update.added[0].adjustment,
        "2026-05-10T08:00:00Z",
      ],
    ]);
  });

  test("nothing changed: nothing is written; successive updates add up to the restatement", async () => {
    const { excel, period } = await closedQ1();
    const before = contents(excel);
    expect((await updateAdjustments(excel.context, KEY, LATER)).added).toEqual([]);
    expect(contents(excel)).toBe(before);

    editActual(excel, DATA, "P3", 0.8, 0.95);
    await updateAdjustments(excel.context, KEY, LATER);
    editActual(excel, DATA, "P3", 0.95, 0.9);
    const second = await updateAdjustments(excel.context, KEY, LATER);
    expect(second.added).toHaveLength(1);
    expect((await updateAdjustments(excel.context, KEY, LATER)).added).toEqual([]);

    const lines = excel.table(ADJUSTMENTS).values().slice(1);
    expect(lines).toHaveLength(2);
    const sum = lines.reduce((s, r) => s + toMinorUnits(r[6] as number, 2), 0);
    const restated = enginePayouts(period, withActual("P3", 0.9)).get("P3")!;
    const paid = enginePayouts(period, SEEDS).get("P3")!;
    expect(sum).toBe(toMinorUnits(restated, 2) - toMinorUnits(paid, 2));
    // The second line was paid the closed payout plus the first line.
    expect(lines[1][4]).toBe(lines[0][5]);
  });

  test("the preview lists the same lines and writes nothing", async () => {
    const { excel } = await closedQ1();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const before = contents(excel);
    const preview = await previewAdjustments(excel.context, KEY);
    expect(contents(excel)).toBe(before);
    expect(preview).toMatchObject({ settledIn: "2026-Q2", forPeriod: "2026-Q1", sheet: null });
    const update = await updateAdjustments(excel.context, KEY, LATER);
    expect(update.added).toEqual(preview.added);
  });

  test("only the latest closed period is recomputed: the data table holds one period's figures", async () => {
    const { excel } = await closedQ1();
    await closePeriod(excel.context, KEY, { now: LATER });
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const update = await updateAdjustments(excel.context, KEY, LATER);
    expect(update).toMatchObject({ settledIn: "2026-Q3", forPeriod: "2026-Q2" });
    expect(update.added.map((l) => [l.partnerId, l.forPeriod])).toEqual([["P3", "2026-Q2"]]);
  });

  test("a clawback larger than the next period's earnings: nothing paid, the negative balance carried, then covered", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: withActual("P3", 0.95) });
    const q1 = await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    // A refund: Q1's figure for P3 was really 0.8.
    editActual(excel, DATA, "P3", 0.95, 0.8);
    const [line] = (await updateAdjustments(excel.context, KEY, LATER)).added;
    expect(line.adjustment).toBeLessThan(0);
    // Q2's own figure earns less than the clawback.
    editActual(excel, DATA, "P3", 0.8, 0.5);
    const q2Partners = withActual("P3", 0.5).map((s) => ({
      id: s.id,
      name: s.name,
      input: { actuals: [...(s.actuals ?? [])] },
    }));
    const earned = enginePayouts(q1.next, withActual("P3", 0.5)).get("P3")!;
    expect(earned + line.adjustment).toBeLessThan(0);

    const q2 = await closePeriod(excel.context, KEY, { now: LATER });
    const { partnerResults, fingerprint } = buildSnapshot(program(), q2.period, q2Partners, {
      adjustments: [line],
    });
    expect(q2.fingerprint).toBe(fingerprint);
    const p3 = partnerResults.find((r) => r.id === "P3")!.settlement;
    expect(p3).toMatchObject({ toPay: 0, carriedIn: 0 });
    expect(toMinorUnits(p3.carriedOut, 2)).toBe(toMinorUnits(earned, 2) + toMinorUnits(line.adjustment, 2));

    // Q3: the balance comes in as its own figure against Q3's payout.
    editActual(excel, DATA, "P3", 0.5, 0.97);
    const q3 = await closePeriod(excel.context, KEY, { now: LATER });
    const q3Partners = withActual("P3", 0.97).map((s) => ({
      id: s.id,
      name: s.name,
      input: { actuals: [...(s.actuals ?? [])] },
    }));
    const expected = buildSnapshot(program(), q3.period, q3Partners, { carriedIn: new Map([["P3", p3.carriedOut]]) });
    expect(q3.fingerprint).toBe(expected.fingerprint);
    expect(expected.partnerResults.find((r) => r.id === "P3")!.settlement.carriedIn).toBe(p3.carriedOut);
  });

  test("a period re-opened and closed again is paid anew: the lines from before its new close are not counted again", async () => {
    const { excel } = await closedQ1();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    expect((await updateAdjustments(excel.context, KEY, LATER)).added).toHaveLength(1);
    await reopenPeriod(excel.context, KEY, "2026-Q1", "late installations", new Date(Date.UTC(2026, 4, 11)));
    await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 4, 12)) });
    const update = await updateAdjustments(excel.context, KEY, new Date(Date.UTC(2026, 4, 13)));
    expect(update.added).toEqual([]);
    // Nor is the old line settled when Q2 closes: Q2's snapshot has no adjustment.
    const q2 = await closePeriod(excel.context, KEY, { now: new Date(Date.UTC(2026, 6, 2)) });
    const partners = withActual("P3", 0.95).map((s) => ({
      id: s.id,
      name: s.name,
      input: { actuals: [...(s.actuals ?? [])] },
    }));
    expect(q2.fingerprint).toBe(buildSnapshot(program(), q2.period, partners).fingerprint);
  });

  // A first update takes 8 syncs (6 reads, then the write), a later one 9: each one fails once.
  test.each([1, 2, 3, 4, 5, 6, 7, 8])("a first update failing at sync %i leaves the workbook as it was", async (k) => {
    const { excel } = await closedQ1();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    const before = contents(excel);
    excel.failAtSync = excel.syncs + k;
    const error = await updateAdjustments(excel.context, KEY, LATER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(contents(excel)).toBe(before);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8, 9])("a later update failing at sync %i takes its rows back", async (k) => {
    const { excel } = await closedQ1();
    editActual(excel, DATA, "P3", 0.8, 0.95);
    await updateAdjustments(excel.context, KEY, LATER);
    editActual(excel, DATA, "P3", 0.95, 0.9);
    const before = contents(excel);
    excel.failAtSync = excel.syncs + k;
    const error = await updateAdjustments(excel.context, KEY, LATER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(contents(excel)).toBe(before);
    expect(excel.table(ADJUSTMENTS).values()).toHaveLength(2);
  });
});
