/* SPEC §3.1: value arguments broadcast like Excel's own functions, and results spill with the input's shape. */
import { FUNCTIONS } from "../support/functionTable";
import { T1, T2 } from "../support/specExamples";

const { PAYOUT, ATTAINMENT, PRICE, SCORE } = FUNCTIONS;
const _ = null;

function errorOf(call: () => unknown[][]): { code: string; message: string } {
  try {
    const result = call();
    return result[0][0] as { code: string; message: string };
  } catch (e) {
    return e as { code: string; message: string };
  }
}

describe("broadcasting", () => {
  test("a 2×3 range of amounts spills a 2×3 result, cell by cell", () => {
    const amounts = [
      [0, 50000, 120000],
      [75000, null, 100000],
    ];
    expect(PAYOUT(amounts, T1, "marginal", _, _, _)).toEqual([
      [0, 1000, 3500],
      [1750, "", 2500],
    ]);
  });

  test("equal shapes pair cell by cell: per-partner targets against per-partner actuals", () => {
    const actuals = [[130000], [90000], [150000]];
    const targets = [[100000], [100000], [120000]];
    expect(PAYOUT(actuals, T2, "marginal", targets, _, _)).toEqual([
      [100000 * 0.04 + 30000 * 0.06],
      [90000 * 0.04],
      [120000 * 0.04 + 30000 * 0.06],
    ]);
    expect(ATTAINMENT(actuals, targets, _)).toEqual([[1.3], [0.9], [1.25]]);
  });

  test("a single cell pairs with every cell of a range, in any argument", () => {
    expect(PRICE([[200]], [[10000], [60000], [120000]], T1, _)).toEqual([[196], [194], [190]]);
    expect(PRICE([[100], [200]], [[120000]], T1, _)).toEqual([[95], [190]]);
  });

  test.each([
    ["a column against a row", [[1], [2], [3]], [[1, 2, 3]]],
    ["columns of different lengths", [[1], [2], [3]], [[1], [2]]],
  ])("other shapes are #VALUE! naming both shapes: %s", (_name, actual, target) => {
    const error = errorOf(() => ATTAINMENT(actual, target, _));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Actual is 3 rows × 1 column but Target is/);
  });

  test("SCORE spills one score per partner row against a column of weights", () => {
    const attainments = [
      [1.2, 0.9],
      [1.0, 1.0],
      [null, null],
    ];
    const result = SCORE(attainments, [[60], [40]], _);
    expect(result).toHaveLength(3);
    expect(result[0][0]).toBeCloseTo(1.08, 12);
    expect(result[1][0]).toBe(1);
    expect(result[2][0]).toBe("");
  });
});
