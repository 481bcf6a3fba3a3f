/*
 * Error values in input ranges (SPEC §3.1): with allowErrorForDataTypeAny in functions.json
 * (bundle.test.ts checks the built file), Excel hands a function the #N/A of one cell of a
 * column; the row that reads it gives that same error and every other row computes as if the
 * error were not there. One test per function and value argument, on a 3-row column whose middle
 * row holds the error. Aggregating functions (ONTIME, SCORE's weights, EXPLAIN) answer the error
 * itself, as Excel's SUM does. Errors Excel does not let a custom function return (#REF!, #NAME?)
 * become #VALUE! naming the cell's error; a data-type error value keeps its code.
 */
import * as fs from "fs";
import * as path from "path";
import { setFunctionsLanguage } from "../../src/functions/language";
import { excelError, invokeCustomFunction } from "../excel-model/customFunctions";
import type { FunctionsJson } from "../excel-model/customFunctions";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { gate } from "../../src/functions/functions";
import { C1, T1, excelDate } from "../support/specExamples";

const { PAYOUT, TIER, RATE, GAP, ATTAINMENT, BONUS, SCORE, ONTIME, PRICE, EXPLAIN } = FUNCTIONS;
const _ = null;
const NA = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});

/** A column of three cells. */
const col = (a: unknown, b: unknown, c: unknown) => [[a], [b], [c]];

interface RangeCase {
  readonly name: string;
  /** The call with `middle` as the middle cell of the argument under test. */
  readonly call: (middle: unknown) => unknown[][];
  /** A valid middle cell: the baseline the other rows must match. */
  readonly valid: unknown;
}

const RANGE_CASES: readonly RangeCase[] = [
  { name: "PAYOUT amount", valid: 75_000, call: (m) => PAYOUT(col(10_000, m, 120_000), T1, _, _, _, _) },
  {
    name: "PAYOUT amount (retro, one prior, a cap: the column's fast path)",
    valid: 75_000,
    call: (m) => PAYOUT(col(10_000, m, 120_000), T1, "retro", _, [[5_000]], [[5_000]]),
  },
  { name: "PAYOUT target", valid: 100_000, call: (m) => PAYOUT(col(1, 1, 1.2), T1, _, col(1, m, 1), _, _) },
  {
    name: "PAYOUT prior",
    valid: 90_000,
    call: (m) => PAYOUT(col(30_000, 30_000, 30_000), T1, _, _, col(0, m, 100_000), _),
  },
  { name: "TIER value", valid: 60_000, call: (m) => TIER(col(10_000, m, 120_000), T1, _) },
  { name: "TIER target", valid: 2, call: (m) => TIER(col(1, 1, 1), T1, col(100_000, m, 20_000)) },
  { name: "RATE value", valid: 75_000, call: (m) => RATE(col(10_000, m, 120_000), T1, "linear", _) },
  { name: "RATE target", valid: 2, call: (m) => RATE(col(60_000, 60_000, 60_000), T1, _, col(1, m, 0.5)) },
  { name: "GAP value", valid: 60_000, call: (m) => GAP(col(10_000, m, 120_000), T1, _) },
  { name: "GAP target", valid: 2, call: (m) => GAP(col(60_000, 60_000, 60_000), T1, col(1, m, 0.5)) },
  { name: "ATTAINMENT actual", valid: 90, call: (m) => ATTAINMENT(col(120, m, 45), [[100]], _) },
  { name: "ATTAINMENT target", valid: 50, call: (m) => ATTAINMENT(col(120, 45, 45), col(100, m, 50), _) },
  { name: "BONUS attainment", valid: 0.9, call: (m) => BONUS(col(1.2, m, 1.6), [[10_000]], C1, _) },
  {
    name: "BONUS target_incentive",
    valid: 5_000,
    call: (m) => BONUS(col(0.9, 0.9, 0.9), col(10_000, m, 20_000), C1, _),
  },
  {
    name: "SCORE attainments (one row per partner)",
    valid: 0.7,
    call: (m) =>
      SCORE(
        [
          [1.2, 0.9],
          [m, 1],
          [1, 1],
        ],
        [[0.6, 0.4]],
        _,
      ),
  },
  { name: "PRICE list_price", valid: 150, call: (m) => PRICE(col(200, m, 100), [[120_000]], T1, _) },
  { name: "PRICE value", valid: 60_000, call: (m) => PRICE([[200]], col(10_000, m, 120_000), T1, _) },
  { name: "PRICE target", valid: 2, call: (m) => PRICE([[200]], [[120_000]], T1, col(1, m, 0.5)) },
];

describe.each(RANGE_CASES)("$name: an error in one cell stays in its row", ({ call, valid }) => {
  test("#N/A in the middle row: that row is the very same #N/A, the others as without it", () => {
    const baseline = call(valid);
    const na = NA();
    const out = call(na);
    expect(out).toHaveLength(3);
    expect(out[1][0]).toBe(na);
    expect(out[0]).toEqual(baseline[0]);
    expect(out[2]).toEqual(baseline[2]);
    // The baseline rows are values, so the test says something.
    for (const r of [0, 2]) expect(typeof out[r][0]).not.toBe("object");
  });

  test("#DIV/0! (another code) passes through the same way", () => {
    const div0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect(call(div0)[1][0]).toBe(div0);
  });

  test("#REF!, which a custom function cannot return, becomes #VALUE! naming it; other rows compute", () => {
    const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
    const out = call(ref);
    expect(out[1][0]).toBeInstanceOf(CustomFunctions.Error);
    expect(out[1][0]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("#REF!") });
    expect(out[0]).toEqual(call(valid)[0]);
  });

  test('a data-type error value ({ type: "Error" }) keeps its code', () => {
    const out = call({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" });
    expect(out[1][0]).toMatchObject({ code: "#N/A" });
    expect(out[0]).toEqual(call(valid)[0]);
  });
});

/** The error of a call: thrown (whole call) or its single result cell. */
function errorOf(call: () => unknown[][]): unknown {
  try {
    const out = call();
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    return out[0][0];
  } catch (e) {
    return e;
  }
}

const DUE = col(excelDate("2026-01-10"), excelDate("2026-01-20"), excelDate("2026-02-01"));
const DONE = col(excelDate("2026-01-09"), excelDate("2026-01-25"), null);
const AS_OF = excelDate("2026-02-15");

describe("functions that answer one value for a range: an error in it is the answer", () => {
  test.each([
    ["ONTIME due_dates", (e: unknown) => ONTIME(col(DUE[0][0], e, DUE[2][0]), DONE, AS_OF, _)],
    ["ONTIME done_dates", (e: unknown) => ONTIME(DUE, col(DONE[0][0], e, null), AS_OF, _)],
    ["ONTIME as_of", (e: unknown) => ONTIME(DUE, DONE, e, _)],
    ["ONTIME grace_days", (e: unknown) => ONTIME(DUE, DONE, AS_OF, e)],
    ["SCORE weights", (e: unknown) => SCORE([[1.2, 0.9]], [[0.6, e]], _)],
    ["SCORE cap", (e: unknown) => SCORE([[1.2, 0.9]], [[0.6, 0.4]], e)],
    ["EXPLAIN amount", (e: unknown) => EXPLAIN([[e]], T1, _, _, _)],
    ["EXPLAIN prior", (e: unknown) => EXPLAIN([[30_000]], T1, _, _, [[e]])],
    ["EXPLAIN target", (e: unknown) => EXPLAIN([[30_000]], T1, _, [[e]], _)],
    ["PAYOUT method", (e: unknown) => PAYOUT([[1]], T1, e, _, _, _)],
    ["PAYOUT cap", (e: unknown) => PAYOUT([[1]], T1, _, _, _, e)],
    [
      "PAYOUT tiers (a tier cell)",
      (e: unknown) =>
        PAYOUT(
          [[1]],
          [
            [0, 0.02],
            [50_000, e],
          ],
          _,
          _,
          _,
          _,
        ),
    ],
    ["ATTAINMENT direction", (e: unknown) => ATTAINMENT([[1]], [[1]], e)],
    [
      "BONUS curve (a curve cell)",
      (e: unknown) =>
        BONUS(
          [[1]],
          [[1]],
          [
            [0.8, 0.5],
            [e, 1],
          ],
          _,
        ),
    ],
    ["PRICE discount_tiers (a tier cell)", (e: unknown) => PRICE([[200]], [[1]], [[0, e]], _)],
  ])("%s: #N/A in, the same #N/A out", (_name, call) => {
    const na = NA();
    expect(errorOf(() => call(na))).toBe(na);
  });

  test("ONTIME with #REF! in a due date: #VALUE! naming the row and #REF!", () => {
    const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
    expect(errorOf(() => ONTIME(col(DUE[0][0], ref, DUE[2][0]), DONE, AS_OF, _))).toMatchObject({
      code: "#VALUE!",
      message:
        "The due date in row 2 holds the error #REF!, which Excel does not let a custom function return. Correct the cell it comes from.",
    });
  });

  test("#NAME? in a tier table: #VALUE! naming the tier row, in Chinese too", () => {
    const name = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidName);
    const call = () =>
      PAYOUT(
        [[1]],
        [
          [0, 0.02],
          [50_000, name],
        ],
        _,
        _,
        _,
        _,
      );
    expect(errorOf(call)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Tier table row 2 .*#NAME\?/),
    });
    clearTierCache();
    setFunctionsLanguage("zh");
    expect(errorOf(call)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^档位表第 2 行包含错误 #NAME\?/),
    });
  });
});

/*
 * The same through the test Excel (test/excel-model/customFunctions.ts), which hands error inputs
 * to a function only as the built dist/functions.json allows: without the build's
 * allowErrorForDataTypeAny, Excel would answer the whole column with #N/A and no row would compute.
 */
describe("as Excel calls them, with the built dist/functions.json", () => {
  const built: FunctionsJson = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8"),
  ) as FunctionsJson;
  const excel = (id: keyof typeof FUNCTIONS, ...args: unknown[]) =>
    invokeCustomFunction(built, FUNCTIONS[id], id, args);

  test.each([
    ["PAYOUT", (na: unknown) => excel("PAYOUT", col(10_000, na, 120_000), T1), [[200], { code: "#N/A" }, [3_500]]],
    ["TIER", (na: unknown) => excel("TIER", col(10_000, na, 120_000), T1), [["Bronze"], { code: "#N/A" }, ["Gold"]]],
    ["ATTAINMENT", (na: unknown) => excel("ATTAINMENT", col(120, na, 45), [[100]]), [[1.2], { code: "#N/A" }, [0.45]]],
    ["PRICE", (na: unknown) => excel("PRICE", [[200]], col(10_000, na, 120_000), T1), [[196], { code: "#N/A" }, [190]]],
  ])("%s over a column with #N/A in row 2: that row #N/A, the others computed", (_name, call, expected) => {
    const out = call(excelError("#N/A")) as unknown[][];
    expect(out[0]).toEqual(expected[0]);
    expect(out[1][0]).toEqual(expected[1]);
    expect(out[2]).toEqual(expected[2]);
  });

  test("GATE over partner rows with #N/A in a gated actual of row 2: that row #N/A, the others decided", () => {
    const rows = [
      [0.9, 4.5],
      [0.9, excelError("#N/A")],
      [0.9, 3.7],
    ];
    const out = invokeCustomFunction(built, gate as (...args: unknown[]) => unknown, "GATE", [
      rows,
      [["", 4.2]],
    ]) as unknown[][];
    expect(out).toEqual([[true], [{ code: "#N/A" }], [false]]);
  });

  test("without allowErrorForDataTypeAny the same call is #N/A as a whole (what the build prevents)", () => {
    const without = { ...built, allowErrorForDataTypeAny: false };
    expect(
      invokeCustomFunction(without, FUNCTIONS.PAYOUT, "PAYOUT", [col(10_000, excelError("#N/A"), 120_000), T1]),
    ).toEqual({
      code: "#N/A",
    });
  });

  test("#REF! in a column: that row #VALUE! with the message Excel shows, never a #REF! result", () => {
    const out = excel("PAYOUT", col(10_000, excelError("#REF!"), 120_000), T1) as unknown[][];
    expect(out[1][0]).toEqual({
      code: "#VALUE!",
      message:
        "Amount holds the error #REF!, which Excel does not let a custom function return. Correct the cell it comes from.",
    });
    expect(out[2]).toEqual([3_500]);
  });
});
