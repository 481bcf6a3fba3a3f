/*
 * Which path a cell takes. The functions compute their common cells on a fast path (issue 15: no
 * closure, try/catch or row array a cell) and send every other cell to the general path
 * (`computeCell` over the function's `compute`, or `mapCells` for a whole call). Both give the
 * same values, so a fast path silently turned off shows in no value, only in speed; these tests
 * see it deterministically, by counting the calls only the general path makes:
 * - `computeCell` (src/functions/results) is the general path of one cell: a finite number whose
 *   result is finite never reaches it, anything else reaches it exactly once;
 * - `mapCells` is the general path of a whole call (per-cell targets or priors);
 * - PAYOUT's one-cell path reads no argument objects (`rangeArg`) and does not parse an omitted or
 *   written-out "marginal" (`methodArg`); its marginal column calls neither the engine's `payout`
 *   nor, for a deal that stays in its band or starts from the first bound, `marginalDeltaFrom`.
 * The mocks only wrap the real functions (same results) and are local to this file.
 * Expected numbers are worked out by hand from SPEC §3 (shown beside them).
 */
import { marginalDeltaFrom, payout as enginePayout } from "../../src/engine";
import { methodArg, rangeArg } from "../../src/functions/args";
import { ValueArg } from "../../src/functions/grid";
import { mapPairs } from "../../src/functions/impl/pairs";
import { setFunctionsLanguage } from "../../src/functions/language";
import { computeCell, mapCells } from "../../src/functions/results";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { C1, T1, T2 } from "../support/specExamples";

jest.mock("../../src/functions/results", () => {
  const actual = jest.requireActual("../../src/functions/results");
  return { ...actual, computeCell: jest.fn(actual.computeCell), mapCells: jest.fn(actual.mapCells) };
});
jest.mock("../../src/functions/args", () => {
  const actual = jest.requireActual("../../src/functions/args");
  return { ...actual, rangeArg: jest.fn(actual.rangeArg), methodArg: jest.fn(actual.methodArg) };
});
jest.mock("../../src/engine", () => {
  const actual = jest.requireActual("../../src/engine");
  return { ...actual, payout: jest.fn(actual.payout), marginalDeltaFrom: jest.fn(actual.marginalDeltaFrom) };
});

const { PAYOUT, TIER, RATE, GAP, ATTAINMENT, BONUS, SCORE, PRICE } = FUNCTIONS;
const _ = null;

/** How many cells took the general path. */
const generalCells = () => jest.mocked(computeCell).mock.calls.length;
/** How many calls were computed whole by the general path. */
const generalCalls = () => jest.mocked(mapCells).mock.calls.length;
/** A cell's error code, or the cell itself. */
const codeOf = (v: unknown) => (typeof v === "object" && v !== null ? (v as { code: string }).code : v);
const codes = (out: unknown[][]) => out.map((row) => row.map(codeOf));
/** The error a whole call throws. */
function thrownBy(call: () => unknown): { code: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string };
  }
  throw new Error("the call did not fail");
}

/** T1's rates (2%, 3% from 50,000) with its first bound and its top rate (from 100,000) changed. */
const tiersFrom = (firstBound: number, topRate: number) => [
  [firstBound, 0.02],
  [50000, 0.03],
  [100000, topRate],
];
/** A top rate of 500%: 1e308 in the top band pays beyond the largest double. */
const STEEP = tiersFrom(0, 5);

beforeEach(() => {
  jest.clearAllMocks();
  clearTierCache();
  setFunctionsLanguage("en");
});

test("the counters see the general path when it is taken (per-cell targets, a text cell)", () => {
  // A per-cell target makes each cell's table its own: the whole call is the general path.
  expect(RATE([[60000], [120000]], T1, "marginal", [[1], [1]])).toEqual([[0.03], [0.05]]);
  expect(generalCalls()).toBe(1);
  jest.clearAllMocks();
  // A fast path: a cell that is not a number is an error value without the general path
  // (SPEC §3.1: an error per cell is a value, not an exception).
  expect(codes(RATE([[60000], ["abc"]], T1))).toEqual([[0.03], ["#VALUE!"]]);
  expect(generalCalls()).toBe(0);
  expect(generalCells()).toBe(0);
});

describe("mapPairs: `fast` for finite pairs, `compute` exactly once for every other cell", () => {
  // fast: x·y, NaN for y = 0 (a pair it leaves to the general path); compute: 1000 + 10·r + c.
  const fast = jest.fn((x: number, y: number) => (y === 0 ? NaN : x * y));
  const compute = jest.fn((r: number, c: number) => 1000 + 10 * r + c);
  // Pairs: finite (20); fast's NaN; an infinite first; a NaN second; text; a blank; fast's
  // result overflows (1e308 × 10); fast's -0, shown as 0.
  const firsts = [2, 3, Infinity, 4, "x", null, 1e308, -0];
  const seconds = [10, 0, 10, NaN, 10, 10, 10, 3];
  const finitePairs = [
    [2, 10],
    [3, 0],
    [1e308, 10],
    [-0, 3],
  ];
  const general = [1, 2, 3, 4, 5, 6];

  test("a column", () => {
    const out = mapPairs(
      { rows: 8, cols: 1 },
      new ValueArg(
        "First",
        firsts.map((x) => [x]),
      ),
      new ValueArg(
        "Second",
        seconds.map((y) => [y]),
      ),
      fast,
      compute,
    );
    expect(out).toEqual([[20], [1010], [1020], [1030], [1040], [1050], [1060], [0]]);
    expect(fast.mock.calls).toEqual(finitePairs);
    expect(compute.mock.calls).toEqual(general.map((r) => [r, 0]));
  });

  test("a block", () => {
    const out = mapPairs(
      { rows: 1, cols: 8 },
      new ValueArg("First", [firsts]),
      new ValueArg("Second", [seconds]),
      fast,
      compute,
    );
    expect(out).toEqual([[20, 1001, 1002, 1003, 1004, 1005, 1006, 0]]);
    expect(fast.mock.calls).toEqual(finitePairs);
    expect(compute.mock.calls).toEqual(general.map((c) => [0, c]));
  });
});

describe("ATTAINMENT, BONUS, PRICE: every pair the general path reads as numbers is computed inline", () => {
  test("ATTAINMENT: a positive target", () => {
    expect(ATTAINMENT([[50], [80]], [[100], [100]], _)).toEqual([[0.5], [0.8]]);
    // lower is better: max(0, 2 − 50/100) = 1.5.
    expect(ATTAINMENT([[50]], [[100]], "lower")).toEqual([[1.5]]);
    expect(generalCells()).toBe(0);
  });

  test("BONUS: a target incentive of zero or more", () => {
    // C1 at 100% pays 100%: 1,000; at 120%, 150% of a target incentive of 0 is 0.
    expect(BONUS([[1.0], [1.2]], [[1000], [0]], C1, _)).toEqual([[1000], [0]]);
    expect(generalCells()).toBe(0);
  });

  test("PRICE: a list price of zero or more, one table for every cell", () => {
    const discounts = [
      [0, 0],
      [10, 0.1],
    ];
    // 100 at a value of 20: 10% off, 90; a list price of 0 is 0.
    expect(PRICE([[100], [0]], [[20], [20]], discounts, _)).toEqual([[90], [0]]);
    expect(generalCells()).toBe(0);
    expect(generalCalls()).toBe(0);
  });
});

describe("PAYOUT's one-cell path: no argument objects, no parsing of marginal", () => {
  test("an omitted method and marginal written out are read without methodArg", () => {
    // T1 marginal: 50,000 × 2% + 10,000 × 3% = 1,300.
    expect(PAYOUT([[60000]], T1, _, _, _, _)).toEqual([[1300]]);
    expect(PAYOUT([[60000]], T1, "marginal", _, _, _)).toEqual([[1300]]);
    expect(jest.mocked(methodArg)).not.toHaveBeenCalled();
    expect(jest.mocked(rangeArg)).not.toHaveBeenCalled();
    expect(generalCells()).toBe(0);
  });

  test("another method is parsed once, and the amount still needs no argument object", () => {
    // retro: 120,000 × 5% = 6,000.
    expect(PAYOUT([[120000]], T1, "retro", _, _, _)).toEqual([[6000]]);
    expect(jest.mocked(methodArg)).toHaveBeenCalledTimes(1);
    expect(jest.mocked(rangeArg)).not.toHaveBeenCalled();
  });

  test("a cell that is not a finite number, or a result that is not, takes the general path", () => {
    expect(codes(PAYOUT([["abc"]], T1, _, _, _, _))).toEqual([["#VALUE!"]]);
    expect(jest.mocked(rangeArg)).toHaveBeenCalledTimes(1);
    jest.clearAllMocks();
    // 1e308 at 500%: beyond the largest double, #NUM! (SPEC §3.1).
    expect(codes(PAYOUT([[1e308]], STEEP, _, _, _, _))).toEqual([["#NUM!"]]);
    expect(jest.mocked(rangeArg)).toHaveBeenCalledTimes(1);
  });
});

describe("PAYOUT's column against one prior", () => {
  test("marginal without a cap: computed inline, without the engine's payout", () => {
    // prior 20,000: P(30,000) − P(20,000) = 200; P(80,000) − P(20,000) = 1,900 − 400 = 1,500.
    expect(PAYOUT([[10000], [60000]], T1, "marginal", _, [[20000]], _)).toEqual([[200], [1500]]);
    expect(jest.mocked(enginePayout)).not.toHaveBeenCalled();
    expect(generalCells()).toBe(0);
  });

  test("retro, and marginal with a cap: each number row inline, none through the general path", () => {
    // retro, prior 20,000 (P = 400): P(30,000) = 600 → 200; P(80,000) = 2,400 → 2,000.
    expect(PAYOUT([[10000], [60000]], T1, "retro", _, [[20000]], _)).toEqual([[200], [2000]]);
    // marginal capped at 3,000, both totals under it: 200 and 1,500 as without the cap.
    expect(PAYOUT([[10000], [60000]], T1, "marginal", _, [[20000]], 3000)).toEqual([[200], [1500]]);
    expect(generalCells()).toBe(0);
  });

  test("a refund of a prior near the largest double: the total (0) is finite, so inline", () => {
    // retro: P(0) − P(1.5e308) = 0 − 1.5e308 × 5%.
    const out = PAYOUT([[-1.5e308]], T1, "retro", _, [[1.5e308]], _) as number[][];
    expect(out[0][0] / -7.5e306).toBeCloseTo(1, 12);
    expect(generalCells()).toBe(0);
  });

  test("-0 is shown as 0 on the inline rows", () => {
    // retro: -0 × 2% = -0 within the prior's tier.
    const out = PAYOUT([[-0], [10000]], T1, "retro", _, [[20000]], _);
    expect(out).toEqual([[0], [200]]);
  });

  test("a total beyond the largest double is #NUM!, priced once, by the general path", () => {
    // 1e308 + 1e308 is beyond the largest double: #NUM! even under a cap (docs/functions.md);
    // 1e308 + 10,000 is P(1e308) far over the cap: nothing more.
    const out = PAYOUT([[1e308], [10000]], T1, "marginal", _, [[1e308]], 3000);
    expect(codes(out)).toEqual([["#NUM!"], [0]]);
    expect(generalCells()).toBe(1);
    // One engine payout a row: the general path's for the first, the inline one for the second.
    expect(jest.mocked(enginePayout)).toHaveBeenCalledTimes(2);
  });

  test("text and blank rows are values, not the general path (SPEC §3.1, speed on bad cells)", () => {
    for (const method of ["marginal", "retro"]) {
      jest.clearAllMocks();
      expect(codes(PAYOUT([["abc"], [null], [true]], T1, method, _, [[0]], _))).toEqual([
        ["#VALUE!"],
        [""],
        ["#VALUE!"],
      ]);
      expect(generalCells()).toBe(0);
    }
  });

  test("a block: a blank cell is blank, text is #VALUE!, without the general path", () => {
    expect(codes(PAYOUT([[null, "abc"]], T1, "retro", _, [[0]], _))).toEqual([["", "#VALUE!"]]);
    expect(generalCells()).toBe(0);
  });

  test("per-cell priors: a blank amount is a blank cell (SPEC §3.1)", () => {
    // P(120,000) − P(90,000) = 3,500 − 2,200 = 1,300.
    expect(PAYOUT([[null], [30000]], T1, "marginal", _, [[0], [90000]], _)).toEqual([[""], [1300]]);
    expect(generalCalls()).toBe(1);
  });
});

describe("PAYOUT's marginal column: the usual deals inline, the rest by marginalDeltaFrom", () => {
  // T1 with bounds from 1,000: a prior of 0 is below the first tier.
  const F = tiersFrom(1000, 0.05);

  test("from below the first tier: below it still, into the first tier, across tiers", () => {
    // 500: still below (0); 2,000 → 2,000 reached: (2,000 − 1,000) × 2% = 20;
    // 60,000: 49,000 × 2% + 10,000 × 3% = 980 + 300 = 1,280; 0: nothing.
    expect(PAYOUT([[500], [2000], [60000], [0]], F, "marginal", _, [[0]], _)).toEqual([[0], [20], [1280], [0]]);
    expect(jest.mocked(marginalDeltaFrom)).not.toHaveBeenCalled();
    expect(generalCells()).toBe(0);
  });

  test("from exactly the first bound, and within the prior's band", () => {
    // prior 1,000: 59,000 more → 60,000: 1,280.
    expect(PAYOUT([[59000]], F, "marginal", _, [[1000]], _)).toEqual([[1280]]);
    // prior 60,000 (Silver): 10,000 more at 3% = 300; 0 more = 0.
    expect(PAYOUT([[10000], [0]], F, "marginal", _, [[60000]], _)).toEqual([[300], [0]]);
    expect(jest.mocked(marginalDeltaFrom)).not.toHaveBeenCalled();
    expect(generalCells()).toBe(0);
  });

  test("across bands from inside a tier, and refunds: by marginalDeltaFrom, not the general path", () => {
    // prior 60,000: 50,000 more → 110,000: 40,000 × 3% + 10,000 × 5% = 1,700;
    // −20,000 → 40,000: −(10,000 × 2% + 10,000 × 3%) = −500.
    expect(PAYOUT([[50000], [-20000]], T1, "marginal", _, [[60000]], _)).toEqual([[1700], [-500]]);
    expect(jest.mocked(marginalDeltaFrom)).toHaveBeenCalledTimes(2);
    expect(generalCells()).toBe(0);
  });

  test("a deal whose payout overflows is #NUM!, through the general path", () => {
    // Top rate 500%: from 60,000, 1e308 more is a finite total whose payout is beyond the
    // largest double (SPEC §3.1: ±Infinity is #NUM!); the refund of it, the same.
    expect(codes(PAYOUT([[1e308], [10000]], STEEP, "marginal", _, [[60000]], _))).toEqual([["#NUM!"], [300]]);
    expect(codes(PAYOUT([[-1e308]], STEEP, "marginal", _, [[1e308]], _))).toEqual([["#NUM!"]]);
    expect(generalCells()).toBe(2);
  });
});

describe("SCORE's rows", () => {
  test("rows of finite numbers are scored inline", () => {
    // (1 × 0.5 + 3 × 1) / 4 = 0.875; (1 × 1 + 3 × 2) / 4 = 1.75.
    expect(
      SCORE(
        [
          [0.5, 1],
          [1, 2],
        ],
        [[1, 3]],
        _,
      ),
    ).toEqual([[0.875], [1.75]]);
    expect(generalCells()).toBe(0);
  });

  test("a row with a blank, text or a result that is not finite takes the general path", () => {
    const out = SCORE(
      [
        [0.5, null],
        ["x", 1],
        [1e308, 1e308],
        [1, 1],
      ],
      [[1, 3]],
      _,
    );
    // 1e308 × 1 + 1e308 × 3 overflows: #NUM!.
    expect(codes(out)).toEqual([["#N/A"], ["#VALUE!"], ["#NUM!"], [1]]);
    expect(generalCells()).toBe(3);
  });

  test("-0 is shown as 0", () => {
    // (−5e-324 + 0) / 2 rounds to −0.
    expect(
      SCORE(
        [
          [-5e-324, 0],
          [1, 1],
        ],
        [[1, 1]],
        _,
      ),
    ).toEqual([[0], [1]]);
  });

  test("weights as a block that is not a row or a column are refused, even with one weight per KPI", () => {
    const error = thrownBy(() =>
      SCORE(
        [
          [1, 1, 1, 1],
          [1, 1, 1, 1],
          [1, 1, 1, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
        _,
      ),
    );
    expect(error.code).toBe("#VALUE!");
  });
});

describe("TIER, RATE and GAP against one table", () => {
  test("a column of numbers: inline; the whole call never through mapCells", () => {
    expect(RATE([[60000], [10]], T1, _, _)).toEqual([[0.03], [0.02]]);
    // 50,000 − 10,000 = 40,000; the top tier: 0.
    expect(GAP([[10000], [120000]], T1, _)).toEqual([[40000], [0]]);
    expect(TIER([[60000], [120000]], T1, _)).toEqual([["Silver"], ["Gold"]]);
    expect(generalCells()).toBe(0);
    expect(generalCalls()).toBe(0);
  });

  test("a block of numbers: TIER inline, an infinite value refused", () => {
    expect(codes(TIER([[60000, 120000, Infinity, "x"]], T1, _))).toEqual([["Silver", "Gold", "#NUM!", "#VALUE!"]]);
    expect(generalCells()).toBe(0);
  });

  test("a rate of -0 is shown as 0", () => {
    expect(RATE([[5]], [[0, -0]], _, _)).toEqual([[0]]);
  });

  test("per-cell targets: a blank value is a blank cell", () => {
    // T2's bounds × 50,000: 60,000 is 120% of it, at or above 1.0: 6%.
    expect(RATE([[null], [60000]], T2, _, [[100000], [50000]])).toEqual([[""], [0.06]]);
  });
});
