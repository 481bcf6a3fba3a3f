/*
 * Plan rows built when read (issue 15, item 4): a large table's rows read like an array to every
 * reader, hold nothing, and a data table of 50,000 partners is described without its cells.
 */
import { programTemplate, whatIf } from "../../src/engine";
import { LAZY_FROM_ROWS, lazyRows } from "../../src/workbook/lazyRows";
import { describeProgram } from "../../src/workbook/program/describe/describeProgram";
import { ProgramNotWritableError } from "../../src/workbook/program/notWritable";
import { describeScenario } from "../../src/workbook/scenario/describeScenario";
import { isText } from "../../src/workbook/sheetPlan";

const N = LAZY_FROM_ROWS + 5;

function counted() {
  let calls = 0;
  const rows = lazyRows(N, (i) => {
    calls++;
    return [i, `row ${i}`];
  });
  return { rows, calls: () => calls };
}

describe("lazyRows", () => {
  test("reads like the array it stands for", () => {
    const { rows } = counted();
    const eager = Array.from({ length: N }, (_, i) => [i, `row ${i}`]);
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBe(N);
    expect(rows[0]).toEqual([0, "row 0"]);
    expect(rows[N - 1]).toEqual([N - 1, `row ${N - 1}`]);
    expect(rows[N]).toBeUndefined();
    expect(rows.slice(3, 6)).toEqual(eager.slice(3, 6));
    expect(rows.map((r) => r[0])).toEqual(eager.map((r) => r[0]));
    expect([...rows]).toEqual(eager);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(eager));
    expect(rows.filter((r) => (r[0] as number) % 500 === 0)).toEqual([[0, "row 0"], [500, "row 500"], [1000, "row 1000"]]);
    expect(rows.reduce((n, r) => n + (r[0] as number), 0)).toBe((N * (N - 1)) / 2);
    expect(3 in rows).toBe(true);
    expect(N in rows).toBe(false);
    expect(Object.keys(rows).length).toBe(N);
  });

  test("holds no row: each read builds its row again", () => {
    const { rows, calls } = counted();
    expect(calls()).toBe(0);
    const a = rows[7];
    const b = rows[7];
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(calls()).toBe(2);
    rows.slice(10, 20);
    expect(calls()).toBe(12);
  });

  test("a few rows are simply held", () => {
    let calls = 0;
    const rows = lazyRows(LAZY_FROM_ROWS - 1, (i) => {
      calls++;
      return [i];
    });
    expect(calls).toBe(LAZY_FROM_ROWS - 1);
    expect(rows[4]).toBe(rows[4]);
    expect(calls).toBe(LAZY_FROM_ROWS - 1);
  });

  test("is read-only", () => {
    const { rows } = counted();
    const writable = rows as unknown as unknown[][];
    expect(() => {
      writable[0] = [];
    }).toThrow(TypeError);
    expect(() => writable.push([1])).toThrow(TypeError);
    expect(() => delete writable[0]).toThrow(TypeError);
    expect(rows.length).toBe(N);
  });
});

describe("a data table of many partners", () => {
  const seeds = (n: number, bad = -1) =>
    Array.from({ length: n }, (_, i) => ({
      id: `P${i}`,
      name: i === bad ? "x".repeat(40000) : `Partner ${i}`,
      actuals: [i, i / 2],
    }));

  test("is described without holding its rows, and reads each partner's row", () => {
    const plan = describeProgram(programTemplate("solarwave"), { partners: seeds(50000) });
    const data = plan.sheets.find((s) => s.role === "data")!.tables[0];
    expect(data.rows.length).toBe(50000);
    expect(data.rows[40000]).not.toBe(data.rows[40000]);
    const row = data.rows[40000];
    expect(isText(row[0]) && row[0].text).toBe("P40000");
    expect(isText(row[1]) && row[1].text).toBe("Partner 40000");
    expect(row.slice(2, 4)).toEqual([40000, 20000]);
    expect(row.length).toBe(data.columns.length);
  });

  test("a name Excel cannot hold, far down the list, is refused while describing", () => {
    expect(() => describeProgram(programTemplate("solarwave"), { partners: seeds(5000, 4321) })).toThrow(
      ProgramNotWritableError,
    );
  });
});

describe("a scenario over many partners", () => {
  const current = programTemplate("solarwave");
  const scenario = { ...current, tiers: current.tiers.map((t, i) => (i === 1 ? { ...t, bound: t.bound - 0.05 } : t)) };
  const partners = Array.from({ length: 3000 }, (_, i) => ({
    id: `P${i}`,
    name: `Partner ${i}`,
    actuals: [0.8 + (i % 20) / 100, 3.5 + (i % 7) / 5],
  }));
  const { sheet, layout } = describeScenario(current, scenario, partners, { key: "K", sheetName: "S", savedAt: 46000 });
  const grid = sheet.grids!.find((g) => g.topLeft.row === layout.partnersHeader + 1)!;

  test("its per-partner rows are built when read, each as whatIf has it", () => {
    expect(grid.rows.length).toBe(3000);
    expect(grid.rows[2000]).not.toBe(grid.rows[2000]);
    const r = whatIf(current, scenario, partners);
    for (const i of [0, 1234, 2999]) {
      const row = grid.rows[i];
      expect(row.slice(5)).toEqual([r.changes[i].before, r.changes[i].after, r.changes[i].delta]);
      expect(isText(row[0]) && row[0].text).toBe(`P${i}`);
      expect(isText(row[1]) && row[1].text).toBe(`Partner ${i}`);
    }
  });

  test("partners of one tier share its cell: 3,000 rows hold a few tier labels, not 3,000", () => {
    const tiers = new Set(grid.rows.map((row) => row[2]));
    expect(tiers.size).toBeLessThanOrEqual(current.tiers.length + 2);
    expect(grid.rows.some((row) => row[4] !== null)).toBe(true);
  });
});
