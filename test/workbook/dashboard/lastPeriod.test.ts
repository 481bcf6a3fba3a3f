/*
 * The dashboard against the last closed period, on the strict Excel model and computed by a real
 * spreadsheet engine (HyperFormula, test/formulas; it rounds results to 10 decimals): each partner's score at the close and the
 * change since, looked up on the snapshot sheet by exact ID ("0012" never finds "12", "A*1" never
 * "AB1"); the "Most improved" list under the leaderboard; the balance carried from a clawback as a
 * column of its own; none of it before a period is closed.
 */
import {
  buildSnapshot,
  mostImproved,
  programTemplate,
  standingsFromSnapshot,
  standingsNow,
  startCycle,
} from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { closePeriod, reopenPeriod, updateAdjustments } from "../../../src/workbook/cycle";
import { readLastClosedStandings } from "../../../src/workbook/dashboard/lastClosedPeriod";
import { generateDashboard } from "../../../src/workbook/dashboard";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { editActual } from "../cycle/editActual";
import { Snapshot, colName, evaluateWorkbook, parseCell } from "../../formulas/hyperformulaWorkbook";
import { MOST_IMPROVED_SIZE } from "../../../src/workbook/dashboard/lastPeriodColumns";

const KEY = "SolarWave_Installer";
const program = () => programTemplate("solarwave");
const Q1_CLOSE = new Date(Date.UTC(2026, 3, 2));
const LATER = new Date(Date.UTC(2026, 4, 10));

const SEEDS: PartnerSeed[] = [
  { id: "0012", name: "Sun & Co", actuals: [0.9, 4.6] },
  { id: "12", name: "Twelve", actuals: [0.8, 4.6] },
  { id: "A*1", name: "Star", actuals: [0.85, 4.6] },
  { id: "AB1", name: "华东能源", actuals: [0.7, 4.6] },
];
/** Q2's first KPI: "0012" falls, "12" and "AB1" rise (AB1 most), "A*1" stays. */
const Q2: Record<string, number> = { "0012": 0.85, "12": 0.9, "A*1": 0.85, AB1: 0.95 };

/** A partner's first KPI actual (as seeded) edited in the data table, as a user would type it. */
const editFirstActual = (excel: ModelExcel, id: string, to: number) =>
  editActual(excel, `PI_${KEY}_Data`, id, SEEDS.find((s) => s.id === id)!.actuals![0] as number, to);

/** The dashboard's cells by header: header → value per partner row, as HyperFormula computed them. */
function columnsOf(snapshot: Snapshot, wb: ReturnType<typeof evaluateWorkbook>, sheet: string, partners: number) {
  const cells = snapshot.sheets.find((s) => s.name === sheet)!.cells;
  // Row 8 holds the per-partner table's header, then the leaderboard's (Partner, Score… again): the first of each.
  const header = Object.entries(cells)
    .filter(([a, c]) => parseCell(a).r === 7 && typeof c.v === "string")
    .sort(([a], [b]) => parseCell(a).c - parseCell(b).c);
  const out = new Map<string, unknown[]>();
  for (const [a, c] of header) {
    const col = parseCell(a).c;
    if (!out.has(c.v as string))
      out.set(
        c.v as string,
        Array.from({ length: partners }, (_, i) => wb.value(sheet, `${colName(col)}${9 + i}`)),
      );
  }
  return out;
}

const q2Seeds = () => SEEDS.map((s) => ({ ...s, actuals: [Q2[s.id], ...s.actuals!.slice(1)] }));
const asPartners = (seeds: PartnerSeed[]) =>
  seeds.map((s) => ({ id: s.id, name: s.name, input: { actuals: [...s.actuals!] } }));

describe("the dashboard against the last closed period", () => {
  test("before any close: no last-period columns and no Most improved block", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: SEEDS });
    const { sheet } = await generateDashboard(excel.context, KEY);
    const text = JSON.stringify(excel.model.snapshot().sheets.find((s: { name: string }) => s.name === sheet));
    expect(text).not.toMatch(/Most improved|Score change|XLOOKUP\(A9#/);
  });

  test("scores at the Q1 close, the change since (exact IDs), and Most improved as the engine ranks it", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: SEEDS });
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    for (const s of SEEDS) if (Q2[s.id] !== s.actuals![0]) editFirstActual(excel, s.id, Q2[s.id]);
    const { sheet } = await generateDashboard(excel.context, KEY);
    const snapshot = excel.model.snapshot() as Snapshot;
    const wb = evaluateWorkbook(snapshot);
    const cols = columnsOf(snapshot, wb, sheet, SEEDS.length);

    const before = standingsFromSnapshot(buildSnapshot(program(), startCycle(program()).open, asPartners(SEEDS)).rows);
    const now = standingsNow(program(), asPartners(q2Seeds()));
    expect(cols.get("Partner ID")).toEqual(SEEDS.map((s) => s.id));
    const then = cols.get("Score 2026-Q1")!;
    const change = cols.get("Score change")!;
    before.forEach((b, i) => expect(then[i]).toBeCloseTo(b.score!, 9));
    now.forEach((n, i) => expect(change[i]).toBeCloseTo(n.score! - before[i].score!, 9));
    expect(change[2]).toBe(0);
    expect(change[0]).toBeLessThan(0);

    // The list: its formula sorts by the change, ties by the rows' order (SORTBY, which HyperFormula
    // lacks: the cells are listed among those it cannot compute); the rows it picks, from the
    // computed columns, are the engine's most improved.
    const cells = snapshot.sheets.find((s) => s.name === sheet)!.cells;
    const [captionAt] = Object.entries(cells).filter(
      ([, c]) => c.v === `Most improved since 2026-Q1 (top ${MOST_IMPROVED_SIZE} score rises)`,
    );
    expect(captionAt).toBeDefined();
    const { r, c } = parseCell(captionAt[0]);
    const f = cells[`${colName(c)}${r + 3}`].f!;
    expect(f).toMatch(/^=IF\(COUNTIF\([A-Z]+9#,">0"\)=0,"No score has risen since 2026-Q1",INDEX\(SORTBY\(/);
    expect(f).not.toMatch(/\bLET\(/);
    const names = cols.get("Partner")!;
    const picked = change
      .map((x, i) => ({ x, i }))
      .filter((p) => typeof p.x === "number" && p.x > 0)
      .sort((a, b) => (b.x as number) - (a.x as number) || a.i - b.i)
      .map((p) => names[p.i]);
    expect(picked).toEqual(mostImproved(now, before, "score", MOST_IMPROVED_SIZE).map((m) => m.standing.name));
    expect(picked).toEqual(["华东能源", "Twelve"]);
    expect([...cols.keys()].some((h) => h.startsWith("Carried"))).toBe(false);
  });

  test("a clawback carried out of Q2 is a column of its own on Q3's dashboard, 0 for the others", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: SEEDS });
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    // A refund for Q1 ("12" really 0.5), and Q2 earning less than the clawback.
    editFirstActual(excel, "12", 0.5);
    const [line] = (await updateAdjustments(excel.context, KEY, LATER)).added;
    expect(line.adjustment).toBeLessThan(0);
    const q2 = await closePeriod(excel.context, KEY, { now: LATER });
    const seeds = SEEDS.map((s) => (s.id === "12" ? { ...s, actuals: [0.5, ...s.actuals!.slice(1)] } : s));
    const carried = buildSnapshot(program(), q2.period, asPartners(seeds), { adjustments: [line] }).partnerResults.map(
      (p) => p.settlement.carriedOut,
    );
    expect(carried[1]).toBeLessThan(0);

    const { sheet } = await generateDashboard(excel.context, KEY);
    const snapshot = excel.model.snapshot() as Snapshot;
    const cols = columnsOf(snapshot, evaluateWorkbook(snapshot), sheet, SEEDS.length);
    expect(cols.get("Carried in from 2026-Q2")).toEqual(carried);
    expect(cols.has("Score 2026-Q2")).toBe(true);
  });

  test("the pane's read: the last close's standings as its snapshot stored them; none once it is re-opened", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: SEEDS });
    expect(await readLastClosedStandings(excel.context, KEY)).toBeNull();
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    editFirstActual(excel, "12", 0.95);
    const read = await readLastClosedStandings(excel.context, KEY);
    const q1 = buildSnapshot(program(), startCycle(program()).open, asPartners(SEEDS));
    expect(read).toEqual({ period: "2026-Q1", standings: standingsFromSnapshot(q1.rows) });
    await reopenPeriod(excel.context, KEY, "2026-Q1", "late installations", LATER);
    expect(await readLastClosedStandings(excel.context, KEY)).toBeNull();
  });

  test("in Chinese: the columns, the block and the carried balance in the glossary's words", async () => {
    const excel = new ModelExcel();
    await createProgram(excel.context, program(), { partners: SEEDS });
    await closePeriod(excel.context, KEY, { now: Q1_CLOSE });
    editFirstActual(excel, "12", 0.5);
    await updateAdjustments(excel.context, KEY, LATER);
    await closePeriod(excel.context, KEY, { now: LATER });
    const { sheet } = await generateDashboard(excel.context, KEY, { language: "zh" });
    const texts = Object.values((excel.model.snapshot() as Snapshot).sheets.find((s) => s.name === sheet)!.cells).map(
      (c) => c.v,
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "2026-Q2 得分",
        "得分变化",
        "较 2026-Q2 进步最大（得分提升前 5 名）",
        "上期结转（2026-Q2）",
      ]),
    );
  });
});
