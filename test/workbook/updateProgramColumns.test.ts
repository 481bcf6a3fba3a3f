/*
 * Edit program keeps the data table in the order a new program's has where it can (actuals side by
 * side, then per-partner targets, then attainments), so the calculated columns get the formulas a
 * fresh createProgram writes. A removed KPI's actual column is the user's data and never moves
 * (moving means deleting and adding it again: the user's formulas reading it would show #REF!); when
 * it stands between the actuals, Gate met lines them up with CHOOSE. A new KPI's actual goes after
 * the last actual, not after the targets. On the strict Excel model; what the formulas compute after
 * such an edit is checked in test/formulas/evaluated.test.ts.
 */
import { ProgramDefinition, ProgramKpi, programTemplate } from "../../src/engine";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import type { PartnerSeed } from "../../src/workbook/contract";
import { ModelExcel, ModelTable } from "../excel-model/fakeExcelFacade";

const solarwave = programTemplate("solarwave");
const returns: ProgramKpi = {
  name: "Returns",
  unit: "%",
  direction: "lower",
  targetMode: "fixed",
  target: 0.05,
  weight: 0.2,
  gate: 0.1,
};
/** SolarWave with a lower-is-better Returns KPI between its two. */
const withReturns: ProgramDefinition = {
  ...solarwave,
  kpis: [{ ...solarwave.kpis[0], weight: 0.5 }, returns, { ...solarwave.kpis[1], weight: 0.3 }],
};
const PARTNERS: PartnerSeed[] = [
  { id: "P1", name: "One", actuals: [0.9, 0.02, 4.5] },
  { id: "P2", name: "Two", actuals: [1, 0.5, 3.9] },
];

async function created(
  p: ProgramDefinition,
  partners: readonly PartnerSeed[],
): Promise<{ excel: ModelExcel; key: string }> {
  const excel = new ModelExcel({ excelApi: "1.20" });
  const { key } = (await createProgram(excel.context, p, { partners })).summary;
  return { excel, key };
}

/** Each of the table's columns: its header and every cell, formulas as text, values as values. */
function columns(t: ModelTable): [string, unknown[]][] {
  return t.header().map((h) => [h, t.column(h).map((c) => (c ? [c.kind, c.value, c.numberFormat ?? null] : null))]);
}

/** The calculated columns of `t` equal those a fresh createProgram of `p` writes, column for column, in its order. */
async function expectFreshFormulas(
  t: ModelTable,
  p: ProgramDefinition,
  partners: readonly PartnerSeed[],
  except: readonly string[] = [],
): Promise<void> {
  const fresh = await created(p, partners);
  const freshTable = fresh.excel.table(t.name);
  // The program's columns in a new program's order (a kept column of the user's may stand among them).
  expect(t.header().filter((h) => freshTable.header().includes(h))).toEqual(freshTable.header());
  const formulas = (x: ModelTable) =>
    columns(x).filter(([h, cells]) => !except.includes(h) && cells.some((c) => Array.isArray(c) && c[0] === "formula"));
  expect(formulas(t)).toEqual(formulas(freshTable));
}

describe("an edit keeps the data table in a new program's column order", () => {
  test("a removed middle KPI: its actual column stays where it is with its cells; Gate met lines the actuals up with CHOOSE", async () => {
    const { excel, key } = await created(withReturns, PARTNERS);
    const data = () => excel.table(`PI_${key}_Data`);
    const returnsBefore = data().column("Returns");
    const result = await updateProgram(excel.context, key, solarwave);
    expect(result.notes).toEqual([
      `The column “Returns” of PI_${key}_Data was kept: it holds your data. The program no longer reads it; delete it when you no longer need it.`,
    ]);
    expect(data().header()).toEqual([
      "Partner ID",
      "Partner",
      "On-time installs",
      "Returns",
      "CSAT",
      "On-time installs attainment",
      "CSAT attainment",
      "Score",
      "Gate met",
      "Tier",
      "Payout (CNY)",
    ]);
    // The partners' data stayed in their cells: the kept column's values and formats, the others'.
    expect(data().column("Returns")).toEqual(returnsBefore);
    expect(
      data()
        .column("CSAT")
        .map((c) => c?.value),
    ).toEqual([4.5, 3.9]);
    const gate = String(data().column("Gate met")[0]?.value);
    expect(gate).toMatch(
      /^=INCENTIVE\.GATE\(CHOOSE\(\{1,2\},\[@\[On-time installs\]\],\[@\[CSAT\]\]\),XLOOKUP\(\{"On-time installs","CSAT"\},/,
    );
    await expectFreshFormulas(data(), solarwave, PARTNERS, ["Gate met"]);
    expect(excel.model.checkFormulas()).toEqual([]);
    expect(await readProgram(excel.context, key)).toEqual(solarwave);
  });

  test("a removed last KPI's column stays where it is (nothing stands between the actuals)", async () => {
    const { excel, key } = await created(withReturns, PARTNERS);
    const edited = { ...withReturns, kpis: [{ ...withReturns.kpis[0], weight: 0.8 }, withReturns.kpis[1]] };
    const result = await updateProgram(excel.context, key, edited);
    expect(result.notes).toEqual([
      `The column “CSAT” of PI_${key}_Data was kept: it holds your data. The program no longer reads it; delete it when you no longer need it.`,
    ]);
    expect(excel.table(`PI_${key}_Data`).header().slice(2, 5)).toEqual(["On-time installs", "Returns", "CSAT"]);
    await expectFreshFormulas(excel.table(`PI_${key}_Data`), edited, PARTNERS);
  });

  test("a new KPI next to per-partner targets: its actual goes after the last actual, its target after the targets", async () => {
    const commission = programTemplate("salesCommission");
    const seeds = [
      { id: "C1", name: "One", actuals: [120000], targets: [100000] },
      { id: "C2", name: "Two", actuals: [80000], targets: [90000] },
    ];
    const { excel, key } = await created(commission, seeds);
    const margin: ProgramKpi = {
      ...returns,
      name: "Margin",
      direction: "higher",
      targetMode: "perPartner",
      target: null,
    };
    const edited: ProgramDefinition = { ...commission, kpis: [{ ...commission.kpis[0], weight: 0.8 }, margin] };
    await updateProgram(excel.context, key, edited);
    const data = excel.table(`PI_${key}_Data`);
    expect(data.header().slice(0, 6)).toEqual([
      "Partner ID",
      "Partner",
      "Bookings",
      "Margin",
      "Bookings target",
      "Margin target",
    ]);
    expect(data.column("Bookings target").map((c) => c?.value)).toEqual([100000, 90000]);
    const freshSeeds = seeds.map((s) => ({ ...s, actuals: [s.actuals[0], null], targets: [s.targets[0], null] }));
    await expectFreshFormulas(data, edited, freshSeeds);
  });

  test("a failed write puts the data table back as it was read", async () => {
    const { excel, key } = await created(withReturns, PARTNERS);
    const before = columns(excel.table(`PI_${key}_Data`));
    excel.failAtSync = excel.syncs + 3; // the write sync, after its calls took effect
    await expect(updateProgram(excel.context, key, solarwave)).rejects.toThrow(/were put back as they were\.$/);
    expect(columns(excel.table(`PI_${key}_Data`))).toEqual(before);
  });
});
