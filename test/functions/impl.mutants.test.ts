/*
 * Each INCENTIVE function's paths (a single cell, a column, a block, per-cell targets and priors,
 * blanks and bad cells on each), pinned down against SPEC §3 and its worked tables: written
 * against the mutants StrykerJS left alive (docs/testing.md "Mutation testing"). Every expected
 * number is worked out by hand from the SPEC's rules (shown next to it), never copied from a run.
 */
import { setFunctionsLanguage } from "../../src/functions/language";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { C1, T1, T2, excelDate } from "../support/specExamples";

const { PAYOUT, TIER, RATE, GAP, ATTAINMENT, BONUS, SCORE, ONTIME, PRICE, EXPLAIN, GATE } = FUNCTIONS;
const _ = null;

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});

type Cell = number | string | { code: string; message: string };

/** A cell's error code, or the cell itself when it is a value. */
const codeOf = (v: unknown) => (typeof v === "object" && v !== null ? (v as { code: string }).code : v);
/** Every cell with errors read as their code. */
const codes = (out: unknown[][]) => out.map((row) => row.map(codeOf));
/** The error a whole call throws: its code and message. */
function thrownBy(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("the call did not fail");
}
const close = (out: unknown[][], expected: number[][]) => {
  expect(out.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  out.forEach((row, r) => row.forEach((v, c) => expect(v as number).toBeCloseTo(expected[r][c], 9)));
};

describe("PAYOUT (T1: 0 | 2%, 50,000 | 3%, 100,000 | 5%)", () => {
  test("a block with one prior: each cell is P(prior + cell) − P(prior); text is #VALUE!, a blank is blank", () => {
    // prior 0: P(60,000) = 50,000×2% + 10,000×3% = 1,300.
    const out = PAYOUT([[60000, "abc", null, true]], T1, "marginal", _, [[0]], _);
    expect(codes(out)).toEqual([[1300, "#VALUE!", "", "#VALUE!"]]);
  });

  test("a column with one prior and a cap: min(P(prior+x), cap) − min(P(prior), cap)", () => {
    // P(120,000) = 3,500 capped at 3,000; P(90,000) = 1,000 + 1,200 = 2,200: 3,000 − 2,200 = 800.
    expect(PAYOUT([[30000], [30000]], T1, "marginal", _, [[90000]], 3000)).toEqual([[800], [800]]);
    // Already over the cap before: nothing more.
    expect(PAYOUT([[10000]], T1, "marginal", _, [[200000]], [[3000]])).toEqual([[0]]);
    // retro: min(6,000, 3,000) − min(2,700, 3,000) = 300.
    expect(PAYOUT([[30000]], T1, "retro", _, [[90000]], 3000)).toEqual([[300]]);
  });

  test("a blank cap means no cap", () => {
    expect(PAYOUT([[120000]], T1, "marginal", _, _, [[null]])).toEqual([[3500]]);
    expect(PAYOUT([[120000]], T1, "marginal", _, _, "")).toEqual([[3500]]);
  });

  test("a column of amounts against a column of priors, row by row; a blank prior is 0", () => {
    // 1,300 = P(120,000) − P(90,000); 600 = P(30,000); P(30,000) again for the blank prior.
    expect(PAYOUT([[30000], [30000], [30000]], T1, "marginal", _, [[90000], [0], [null]], _)).toEqual([
      [1300],
      [600],
      [600],
    ]);
  });

  test("a column with a text, boolean or blank cell: its own error or blank, the rest computes", () => {
    const out = PAYOUT([[120000], ["12,000"], [false], [null], [-30000]], T1, "marginal", _, [[120000]], _);
    // −30,000 from 120,000: 20,000×5% + 10,000×3% clawed back = −1,300.
    // 120,000 more from 120,000: all in Gold, 120,000×5% = 6,000.
    expect(codes(out)).toEqual([[6000], ["#VALUE!"], ["#VALUE!"], [""], [-1300]]);
  });

  test("a number stored as text is #VALUE! on every path, however the arithmetic would coerce it", () => {
    // "120" + 0 is "1200" in JavaScript: text must never reach the arithmetic.
    for (const out of [
      PAYOUT([["120"]], T1, _, _, _, _),
      PAYOUT([["120"]], T1, "retro", _, _, _),
      PAYOUT([["120"], [120]], T1, _, _, [[0]], _),
      PAYOUT([["120", 120]], T1, _, _, [[0]], _),
      PAYOUT([["120"]], T1, _, _, [[0]], [[100]]),
    ]) {
      expect(codeOf(out[0][0])).toBe("#VALUE!");
      expect((out[0][0] as { message: string }).message).toMatch(/Amount is the text "120", not a number/);
    }
    for (const out of [
      TIER([["60000"]], T1, _),
      RATE([["60000"]], T1, _, _),
      GAP([["60000"], [1]], T1, _),
      TIER([["60000", 1]], T1, _),
    ]) {
      expect(codeOf(out[0][0])).toBe("#VALUE!");
    }
  });

  test("a period total beyond the largest number is #NUM!, in a column and in one cell", () => {
    expect(codes(PAYOUT([[1e308], [1]], T1, "marginal", _, [[1e308]], _))).toEqual([["#NUM!"], [expect.any(Number)]]);
    expect(codes(PAYOUT([[1e308]], T1, "retro", _, [[1e308]], _))).toEqual([["#NUM!"]]);
    expect(codes(PAYOUT([[1.7e308]], [[0, 2]], "marginal", _, _, _))).toEqual([["#NUM!"]]);
  });

  test("per-partner targets scale each row's bounds (T2: 0 | 4%, 1.0 | 6%, 1.5 | 8%)", () => {
    // Target 100,000: 100,000×4% + 30,000×6% = 5,800. Target 200,000: 130,000×4% = 5,200.
    expect(PAYOUT([[130000], [130000]], T2, "marginal", [[100000], [200000]], _, _)).toEqual([[5800], [5200]]);
    // One target for the column: the same table for every row.
    expect(PAYOUT([[130000], [90000]], T2, "marginal", [[100000]], _, _)).toEqual([[5800], [3600]]);
    // One target for a row of amounts (each cell on the general path): scaled once, not again per cell.
    // Bounds 0, 100,000, 150,000: 50,000×4% = 2,000; 100,000×4% + 50,000×6% = 7,000.
    expect(PAYOUT([[50000, 150000]], T2, "marginal", [[100000]], _, _)).toEqual([[2000, 7000]]);
  });

  test("a blank or zero target is #DIV/0!, a blank one saying it is blank", () => {
    const [[blank]] = PAYOUT([[1], [1]], T2, _, [[null], [100]], _, _);
    expect(codeOf(blank)).toBe("#DIV/0!");
    expect((blank as { message: string }).message).toBe("Target is blank, and the result divides by it.");
    expect(thrownBy(() => PAYOUT([[1]], T2, _, [[0]], _, _)).code).toBe("#DIV/0!");
  });
});

describe("TIER, RATE and GAP", () => {
  test("a block: each cell its tier, blank for blank, #VALUE! for text, #N/A below the first tier", () => {
    const tiers = [
      [10, 0.01, "A"],
      [20, 0.02, "B"],
    ];
    const out = TIER([[9, 10, 20, "x", null, 19.5]], tiers, _);
    expect(codes(out)).toEqual([["#N/A", "A", "B", "#VALUE!", "", "A"]]);
    expect((out[0][0] as { message: string }).message).toBe("9 is below the first tier, which starts at 10.");
  });

  test("a column: #N/A names the value and the first bound", () => {
    const out = TIER([[5], [15], [null], ["x"]], [[10, 0.1]], _);
    expect(codes(out)).toEqual([["#N/A"], [1], [""], ["#VALUE!"]]);
    expect((out[0][0] as { message: string }).message).toBe("5 is below the first tier, which starts at 10.");
  });

  test("per-cell targets: the first bound in the #N/A message is scaled by that row's target", () => {
    const out = TIER([[5], [5], [25]], [[10, 0.1, "A"]], [[1], [2], [2]]);
    expect(codeOf(out[0][0])).toBe("#N/A");
    expect((out[0][0] as { message: string }).message).toBe("5 is below the first tier, which starts at 10.");
    expect((out[1][0] as { message: string }).message).toBe("5 is below the first tier, which starts at 20.");
    expect(out[2][0]).toBe("A");
  });

  test("TIER against one target: bounds are fractions of it, tiers numbered where unlabelled", () => {
    expect(TIER([[130000], [99999], [150000]], T2, [[100000]])).toEqual([[2], [1], [3]]);
  });

  test("RATE: the tier's rate, linear interpolated, 0 below the first tier, in a column and a block", () => {
    expect(RATE([[75000], [120000], [0], [49999]], T1, "linear", _)).toEqual([
      [0.04],
      [0.05],
      [0.02],
      [0.02 + 0.01 * (49999 / 50000)],
    ]);
    expect(RATE([[75000, 120000, null, "x"]], T1, "retro", _).map((r) => r.map(codeOf))).toEqual([
      [0.03, 0.05, "", "#VALUE!"],
    ]);
    expect(RATE([[5]], [[10, 0.1]], _, _)).toEqual([[0]]);
    expect(
      RATE(
        [[50], [50]],
        [
          [10, 0.1],
          [20, 0.2],
        ],
        "retro",
        [[1], [10]],
      ),
    ).toEqual([[0.2], [0]]);
  });

  test("GAP: up to the next bound, from below the first tier too; 0 at the top; in the value's units with a target", () => {
    expect(GAP([[80000], [120000], [-5], [100000]], T1, _)).toEqual([[20000], [0], [5], [0]]);
    expect(GAP([[80000, 120000]], T1, _)).toEqual([[20000, 0]]);
    // Target 100,000: bounds 0, 100,000, 150,000.
    expect(GAP([[130000]], T2, [[100000]])).toEqual([[20000]]);
    expect(GAP([[130000], [130000]], T2, [[100000], [200000]])).toEqual([[20000], [70000]]);
  });

  test("a value beyond a finite rate × bound: RATE and GAP never return a non-finite number", () => {
    // GAP of −1.7e308 to a bound of 1.7e308 overflows to Infinity: #NUM!, not a number.
    const out = GAP([[-1.7e308], [0]], [[1.7e308, 0.1]], _);
    expect(codes(out)).toEqual([["#NUM!"], [1.7e308]]);
    const block = GAP([[-1.7e308, 0]], [[1.7e308, 0.1]], _);
    expect(codes(block)).toEqual([["#NUM!", 1.7e308]]);
  });
});

describe("ATTAINMENT, BONUS and PRICE", () => {
  test("ATTAINMENT: a blank actual is blank; a blank target is #DIV/0!; lower is better", () => {
    expect(codes(ATTAINMENT([[null], [120], [45]], [[100], [null], [50]], [["lower"]]))).toEqual([
      [""],
      ["#DIV/0!"],
      [2 - 45 / 50],
    ]);
  });

  test("a row of cells: each its own value or error, a blank blank, -0 shown as 0", () => {
    // actual / target: −0/100 = −0, shown as 0 (SPEC §3.1: never −0 in a cell); 50/100 = 0.5.
    const out = ATTAINMENT([[-0, "x", null, 50]], [[100]], _);
    expect(codes(out)).toEqual([[0, "#VALUE!", "", 0.5]]);
    expect(Object.is(out[0][0], 0)).toBe(true);
    // C1 at 0.9: halfway from 50% to 100%, 75% of 10,000; a negative target incentive is #NUM!.
    expect(codes(BONUS([[0.9, 0.9, 0.9]], [[10000, -1, "x"]], C1, _))).toEqual([[7500, "#NUM!", "#VALUE!"]]);
    // T1 retro at 120,000: 5% off 200 = 190; a negative list price is #NUM!.
    expect(codes(PRICE([[200, -1, null]], [[120000]], T1, _))).toEqual([[190, "#NUM!", ""]]);
  });

  test("BONUS: blank attainment or blank target incentive is blank; cap bounds the percentage", () => {
    expect(BONUS([[0.9], [null], [0.9]], [[10000], [10000], [null]], C1, _)).toEqual([[7500], [""], [""]]);
    // 1.6 is beyond the last point: 200%, capped at 150%.
    expect(BONUS([[1.6]], [[10000]], C1, 1.5)).toEqual([[15000]]);
    expect(codes(BONUS([[0.9]], [[-1]], C1, _))).toEqual([["#NUM!"]]);
  });

  test("PRICE: blank list price or value is blank; a negative list price is #NUM!", () => {
    expect(codes(PRICE([[200], [null], [200], [-1]], [[120000], [120000], [null], [120000]], T1, _))).toEqual([
      [190],
      [""],
      [""],
      ["#NUM!"],
    ]);
  });
});

describe("GATE", () => {
  test("actuals and gates of the same shape are one partner, whatever the shape: one result", () => {
    // A 2×2 block of KPIs against a 2×2 block of gates: every KPI at or above its gate.
    const actuals = [
      [1, 2],
      [3, 4],
    ];
    expect(GATE(actuals, actuals, _)).toEqual([[true]]);
    expect(
      GATE(
        actuals,
        [
          [1, 2],
          [3, 5],
        ],
        _,
      ),
    ).toEqual([[false]]);
  });

  test("one direction per gate, as a row or a column; any other count is #VALUE!", () => {
    // 120 ≥ 100 (higher), 5 ≤ 10 (lower): met; with "higher" for both, 5 < 10 misses.
    expect(GATE([[120, 5]], [[100, 10]], [["higher"], ["lower"]])).toEqual([[true]]);
    expect(GATE([[120, 5]], [[100, 10]], [["higher", "lower"]])).toEqual([[true]]);
    expect(GATE([[120, 5]], [[100, 10]], [["higher"]])).toEqual([[false]]);
    expect(thrownBy(() => GATE([[120, 5]], [[100, 10]], [["higher"], ["lower"], ["lower"]])).code).toBe("#VALUE!");
    expect(
      thrownBy(() =>
        GATE(
          [[120, 5]],
          [[100, 10]],
          [
            ["higher", "lower"],
            ["higher", "lower"],
          ],
        ),
      ).code,
    ).toBe("#VALUE!");
  });

  test("four directions for four gates, but as a 2×2 block (not a row or a column), are #VALUE!", () => {
    const directions = [
      ["higher", "higher"],
      ["higher", "higher"],
    ];
    expect(thrownBy(() => GATE([[1, 1, 1, 1]], [[0, 0, 0, 0]], directions)).code).toBe("#VALUE!");
  });

  test("gates that are neither the actuals' shape nor one per KPI are #VALUE!", () => {
    // Two rows of two gates against partners with four KPIs: four gates, but not a row or a column.
    const gates = [
      [1, 1],
      [1, 1],
    ];
    expect(thrownBy(() => GATE([[1, 1, 1, 1]], gates, _)).code).toBe("#VALUE!");
  });
});

describe("SCORE", () => {
  test("weights of the attainments' shape: one score over all the cells", () => {
    // (1×1.2 + 1×0.9 + 2×1.0) ÷ 4
    const out = SCORE(
      [
        [1.2, 0.9],
        [1.0, 1.0],
      ],
      [
        [1, 1],
        [1, 1],
      ],
      _,
    );
    expect(out).toHaveLength(1);
    expect(out[0][0] as number).toBeCloseTo((1.2 + 0.9 + 2) / 4, 12);
  });

  test("a row of weights against one row per partner, with a cap; a blank row is blank", () => {
    const out = SCORE(
      [
        [1.2, 0.9],
        [null, null],
        [2, 2],
      ],
      [[60, 40]],
      1.1,
    );
    expect(out[0][0] as number).toBeCloseTo(0.6 * 1.1 + 0.4 * 0.9, 12);
    expect(out[1][0]).toBe("");
    expect(out[2][0] as number).toBeCloseTo(1.1, 12);
  });

  test("a partner row with text is #VALUE!, one with a blank KPI is #N/A naming it; the others compute", () => {
    const out = SCORE(
      [
        [1, "n/a"],
        [1, null],
        [1, 1],
      ],
      [[1], [1]],
      _,
    );
    expect(codes(out)).toEqual([["#VALUE!"], ["#N/A"], [1]]);
    expect((out[1][0] as { message: string }).message).toBe(
      "Attainment 2 of this row is blank; every weighted KPI needs a value.",
    );
  });

  test("weights that fit neither shape are #VALUE!, naming both shapes", () => {
    const e = thrownBy(() => SCORE([[1, 1, 1]], [[1, 1]], _));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "Weights are 1 row × 2 columns but attainments are 1 row × 3 columns. Give one weight per attainment, or a row of weights with one attainment row per partner.",
    );
    expect(
      thrownBy(() =>
        SCORE(
          [
            [1, 1],
            [1, 1],
            [1, 1],
          ],
          [
            [1, 1],
            [1, 1],
          ],
          _,
        ),
      ).code,
    ).toBe("#VALUE!");
    expect(
      thrownBy(() =>
        SCORE(
          [
            [1, 1],
            [1, 1],
          ],
          [[1], [1], [1]],
          _,
        ),
      ).code,
    ).toBe("#VALUE!");
  });
});

describe("ONTIME (due 10 Jan, 20 Jan, 1 Feb, 1 Mar 2026; done 9 Jan, 25 Jan; as of 15 Feb)", () => {
  const due = ["2026-01-10", "2026-01-20", "2026-02-01", "2026-03-01"].map(excelDate);
  const done = [excelDate("2026-01-09"), excelDate("2026-01-25"), null, null];

  test("a row of dates reads like a column; a blank grace is 0", () => {
    expect(ONTIME([due], [done], excelDate("2026-02-15"), [[null]])).toEqual([[1 / 3]]);
    expect(ONTIME([due], [done], excelDate("2026-02-15"), [[5]])).toEqual([[2 / 3]]);
  });

  test("a block is read row by row, pairing due and done cell by cell", () => {
    const dueBlock = [
      [due[0], due[1]],
      [due[2], due[3]],
    ];
    const doneBlock = [
      [done[0], done[1]],
      [done[2], done[3]],
    ];
    expect(ONTIME(dueBlock, doneBlock, [[excelDate("2026-02-15")]], _)).toEqual([[1 / 3]]);
  });

  test("one due date pairs with every completion date", () => {
    // Due 20 Jan: done 9 Jan on time, 25 Jan late.
    expect(ONTIME([[due[1]]], [[done[0]], [done[1]]], excelDate("2026-02-15"), _)).toEqual([[1 / 2]]);
  });

  test("a blank as_of is today: a milestone due in 2000 and still open is late whenever this runs", () => {
    expect(ONTIME([[excelDate("2000-01-01")]], [[null]], [[null]], _)).toEqual([[0]]);
    expect(ONTIME([[excelDate("2000-01-01")]], [[null]], _, _)).toEqual([[0]]);
  });

  test("as_of and grace_days must be single cells", () => {
    expect(thrownBy(() => ONTIME([due], [done], [[1, 2]], _)).code).toBe("#VALUE!");
    expect(thrownBy(() => ONTIME([due], [done], excelDate("2026-02-15"), [[1], [2]])).code).toBe("#VALUE!");
  });
});

describe("EXPLAIN", () => {
  test("retro with a prior: the whole total at the rate reached, then the prior's payout taken off", () => {
    // P(120,000) = 6,000 at Gold; P(90,000) = 2,700 at Silver; 3,300 ÷ 30,000 = 11%.
    const out = EXPLAIN([[30000]], T1, "retro", _, [[90000]]) as Cell[][];
    expect(out[0]).toEqual(["Tier", "From", "To", "Amount", "Rate", "Payout"]);
    expect(out[1]).toEqual(["Gold", 0, 120000, 120000, 0.05, 6000]);
    expect(out[2]).toEqual(["Silver (already credited)", 90000, 0, -90000, 0.03, -2700]);
    expect(out[3][0]).toBe("Total");
    expect(out.slice(3)[0].slice(1, 4)).toEqual([90000, 120000, 30000]);
    expect(out[3][4] as number).toBeCloseTo(0.11, 12);
    expect(out[3][5] as number).toBeCloseTo(3300, 9);
    expect(out).toHaveLength(4);
  });

  test("an amount of 0 has no rate: the total row's rate is blank", () => {
    expect(EXPLAIN([[0]], T1, _, _, _)).toEqual([
      ["Tier", "From", "To", "Amount", "Rate", "Payout"],
      ["Total", 0, 0, 0, "", 0],
    ]);
  });

  test("below the first tier the band is named so, at rate 0", () => {
    expect(EXPLAIN([[50]], [[100, 0.1, "A"]], _, _, _)).toEqual([
      ["Tier", "From", "To", "Amount", "Rate", "Payout"],
      ["(below first tier)", 0, 50, 50, 0, 0],
      ["Total", 0, 50, 50, 0, 0],
    ]);
  });

  test("a target scales the bounds (T2 at 100,000: 5,800)", () => {
    const out = EXPLAIN([[130000]], T2, _, [[100000]], _) as Cell[][];
    expect(out.slice(1, 3)).toEqual([
      [1, 0, 100000, 100000, 0.04, 4000],
      [2, 100000, 130000, 30000, 0.06, 1800],
    ]);
    expect(out[3]).toEqual(["Total", 0, 130000, 130000, 5800 / 130000, 5800]);
  });

  test("a blank amount is one blank cell; a blank prior is 0", () => {
    expect(EXPLAIN([[null]], T1, _, _, _)).toEqual([[""]]);
    expect(EXPLAIN([[120000]], T1, _, _, [[null]])).toEqual(EXPLAIN([[120000]], T1, _, _, _));
  });

  test("amount, target and prior must each be one cell, named in the message", () => {
    for (const [call, name] of [
      [() => EXPLAIN([[1], [2]], T1, _, _, _), "Amount"],
      [() => EXPLAIN([[1]], T1, _, [[1, 2]], _), "Target"],
      [() => EXPLAIN([[1]], T1, _, _, [[1], [2]]), "Prior"],
    ] as const) {
      const e = thrownBy(call);
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(`EXPLAIN explains one payout: ${name} must be a single cell.`);
    }
  });
});
