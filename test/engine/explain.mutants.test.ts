/*
 * EXPLAIN's rows (SPEC §3.2: one row per tier touched — label, from, to, amount in band, rate,
 * payout — and a total equal to PAYOUT), row by row, for each method: written against the mutants
 * StrykerJS left alive (docs/testing.md "Mutation testing"). The rows are SPEC §3.3's worked
 * arithmetic (T1: 0 | 2% Bronze, 50,000 | 3% Silver, 100,000 | 5% Gold), not a run's output.
 */
import { explainPayout, parseTierTable, readRate } from "../../src/engine";
import { T1 as SPEC_T1 } from "../support/specExamples";

const T1 = parseTierTable(SPEC_T1);

const row = (
  kind: string,
  tier: string | number | null,
  from: number,
  to: number,
  amount: number,
  rate: number,
  payout: number,
) => ({
  kind,
  tier,
  from,
  to,
  amount,
  rate,
  payout,
});

describe("marginal: one row per band touched", () => {
  test("PAYOUT(120000, T1) = 50,000×2% + 50,000×3% + 20,000×5% = 3,500", () => {
    expect(explainPayout(T1, "marginal", 120000)).toEqual({
      rows: [
        row("band", "Bronze", 0, 50000, 50000, 0.02, 1000),
        row("band", "Silver", 50000, 100000, 50000, 0.03, 1500),
        row("band", "Gold", 100000, 120000, 20000, 0.05, 1000),
      ],
      total: 3500,
    });
  });

  test("a refund of 30,000 from 120,000 travels down: 20,000 of Gold, then 10,000 of Silver (−1,300)", () => {
    const { rows, total } = explainPayout(T1, "marginal", -30000, 120000);
    expect(rows).toEqual([
      row("band", "Gold", 120000, 100000, -20000, 0.05, -1000),
      row("band", "Silver", 100000, 90000, -10000, 0.03, -300),
    ]);
    expect(total).toBeCloseTo(-1300, 9);
  });

  test("the part below the first bound is its own row, paid at 0", () => {
    const t = parseTierTable([
      [100, 0.1],
      [200, 0.2],
    ]);
    expect(explainPayout(t, "marginal", 150).rows).toEqual([
      row("below", null, 0, 100, 100, 0, 0),
      row("band", 1, 100, 150, 50, 0.1, 5),
    ]);
    // Beyond the last bound the last band runs on.
    expect(explainPayout(t, "marginal", 100, 200).rows).toEqual([row("band", 2, 200, 300, 100, 0.2, 20)]);
  });

  test("a deal inside one band is the deal itself at that band's rate, even when the prior swallows it", () => {
    // 1e17 + 1 is 1e17 in doubles: the deal still has its line, 1 × 5%.
    expect(explainPayout(T1, "marginal", 1, 1e17).rows).toEqual([row("band", "Gold", 1e17, 1e17, 1, 0.05, 0.05)]);
    const t = parseTierTable([[1e17, 0.1]]);
    expect(explainPayout(t, "marginal", 1, 0).rows).toEqual([row("below", null, 0, 1, 1, 0, 0)]);
    expect(explainPayout(T1, "marginal", 0).rows).toEqual([]);
  });

  test("with a target the bands are scaled", () => {
    const t2 = parseTierTable([
      [0, 0.04],
      [1, 0.06],
      [1.5, 0.08],
    ]);
    expect(explainPayout(t2, "marginal", 130000, 0, 100000)).toEqual({
      rows: [row("band", 1, 0, 100000, 100000, 0.04, 4000), row("band", 2, 100000, 130000, 30000, 0.06, 1800)],
      total: 5800,
    });
  });
});

describe("retro and linear: the whole total at the rate reached, the prior's payout credited", () => {
  test("PAYOUT(30000, T1, retro, , 90000) = 6,000 − 2,700", () => {
    const { rows, total } = explainPayout(T1, "retro", 30000, 90000);
    expect(rows).toEqual([
      row("whole", "Gold", 0, 120000, 120000, 0.05, 6000),
      row("credited", "Silver", 90000, 0, -90000, 0.03, -2700),
    ]);
    expect(total).toBeCloseTo(3300, 9);
  });

  test("PAYOUT(75000, T1, linear) = 75,000 × 4%; no prior, no credited row", () => {
    const { rows, total } = explainPayout(T1, "linear", 75000);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({ ...row("whole", "Silver", 0, 75000, 75000, rows[0].rate, rows[0].payout) });
    expect(rows[0].rate).toBeCloseTo(0.04, 15);
    expect(rows[0].payout).toBeCloseTo(3000, 9);
    expect(total).toBeCloseTo(3000, 9);
  });

  test("below the first tier: the whole row is 'below' at rate 0; a credited prior below it keeps its kind", () => {
    const t = parseTierTable([[100, 0.1, "A"]]);
    const { rows } = explainPayout(t, "retro", 20, 50);
    expect(rows[0]).toEqual(row("below", null, 0, 70, 70, 0, 0));
    expect(rows[1]).toMatchObject({ kind: "credited", tier: null, from: 50, to: 0, amount: -50, rate: 0 });
    expect(rows[1].payout).toBeCloseTo(0, 15);
    expect(rows).toHaveLength(2);
  });
});

describe("reading a rate (Explain's arithmetic)", () => {
  test("below, step, between and beyond, with the points read between", () => {
    expect(readRate(T1, "retro", -1)).toEqual({
      kind: "below",
      x: -1,
      first: { tier: "Bronze", bound: 0, rate: 0.02 },
      rate: 0,
    });
    expect(readRate(T1, "retro", 75000)).toEqual({
      kind: "step",
      x: 75000,
      at: { tier: "Silver", bound: 50000, rate: 0.03 },
      rate: 0.03,
    });
    const between = readRate(T1, "linear", 75000);
    expect(between).toMatchObject({
      kind: "between",
      lower: { tier: "Silver", bound: 50000, rate: 0.03 },
      upper: { tier: "Gold", bound: 100000, rate: 0.05 },
    });
    expect(between.rate).toBeCloseTo(0.04, 15);
    expect(readRate(T1, "linear", 100000)).toEqual({
      kind: "beyond",
      x: 100000,
      last: { tier: "Gold", bound: 100000, rate: 0.05 },
      rate: 0.05,
    });
    // Against a target the points are scaled: T2 (0 | 4%, 1.0 | 6%, 1.5 | 8%) at 100,000.
    const t2 = parseTierTable([
      [0, 0.04],
      [1, 0.06],
      [1.5, 0.08],
    ]);
    const scaled = readRate(t2, "linear", 125000, 100000);
    expect(scaled).toMatchObject({
      kind: "between",
      lower: { tier: 2, bound: 100000, rate: 0.06 },
      upper: { tier: 3, bound: 150000, rate: 0.08 },
    });
    expect(scaled.rate).toBeCloseTo(0.07, 15);
  });
});
