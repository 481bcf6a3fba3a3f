/*
 * The functions' table says how each argument is read (its kind, src/functions/table/types.ts);
 * the functions must read it so. From a valid call of each function, each argument in turn is
 * given two rows of its valid cell:
 * - values, target, prior: read cell by cell, so the result has one row per row (it spills);
 * - method, direction, limit, date, days: one value, so two cells are refused with #VALUE!;
 * - dates: ONTIME's due and done dates are paired into one share;
 * - block: read whole (a block of partners' attainments spills, one row of weights or gates does not);
 * - EXPLAIN explains one cell: every argument of it is one cell (the table's kinds still say what
 *   each cell is).
 * (StrykerJS does not mutate the table, an `as const` literal: this test and table.test.ts are
 * what guard it.)
 */
import { FUNCTION_TABLE, type ArgKind, type FunctionSpec } from "../../src/functions/table";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS, type CustomFunctionName } from "../support/functionTable";
import { T1, T2, excelDate } from "../support/specExamples";

const CURVE = [[0, 0], [1, 1], [2, 2]];
const DISCOUNTS = [[0, 0], [100000, 0.1]];

/** A valid call of each function, by its table's argument order. */
const VALID: Record<CustomFunctionName, unknown[]> = {
  PAYOUT: [[[120000]], T1, "marginal", [[100000]], [[0]], 1e9],
  TIER: [[[1.2]], T2, [[1]]],
  RATE: [[[1.2]], T2, "marginal", [[1]]],
  GAP: [[[1.2]], T2, [[1]]],
  ATTAINMENT: [[[90]], [[100]], "higher"],
  BONUS: [[[1.1]], [[1000]], CURVE, 5],
  SCORE: [[[1.1, 0.9]], [[0.5, 0.5]], 2],
  ONTIME: [[[excelDate("2026-01-10")]], [[excelDate("2026-01-09")]], excelDate("2026-02-01"), 3],
  PRICE: [[[100]], [[120000]], DISCOUNTS, [[1]]],
  EXPLAIN: [[[120000]], T1, "marginal", [[100000]], [[0]]],
  GATE: [[[1.1, 0.9]], [[1, 0.8]], [["higher", "higher"]]],
};

type Outcome = { rows: number; errors: number } | { thrown: string };

function outcome(id: CustomFunctionName, args: unknown[]): Outcome {
  clearTierCache();
  try {
    const result = FUNCTIONS[id](...args);
    const errors = result.flat().filter((c) => c instanceof CustomFunctions.Error).length;
    return { rows: result.length, errors };
  } catch (e) {
    return { thrown: e instanceof CustomFunctions.Error ? e.code : String(e) };
  }
}

/** The call with argument `k` given two rows of its valid cell (a scalar becomes a 2 × 1 column). */
function twoRows(args: readonly unknown[], k: number): unknown[] {
  const a = args[k];
  const row = Array.isArray(a) ? (a as unknown[][])[0] : [a];
  return args.map((x, j) => (j === k ? [row, row] : x));
}

const ONE_VALUE: readonly ArgKind[] = ["method", "direction", "limit", "date", "days"];
const CELL_BY_CELL: readonly ArgKind[] = ["values", "target", "prior"];

const cases = (Object.entries(FUNCTION_TABLE) as [CustomFunctionName, FunctionSpec][]).flatMap(([id, spec]) =>
  spec.args
    .map((a, k) => [id, a.name, a.kind, k] as const)
    // A tier table or curve is many rows by nature.
    .filter(([, , kind]) => kind !== "tiers"),
);

test("every function has a valid call here, with an entry for each of its arguments", () => {
  for (const [id, spec] of Object.entries(FUNCTION_TABLE) as [CustomFunctionName, FunctionSpec][]) {
    expect([id, VALID[id].length]).toEqual([id, spec.args.length]);
    expect(outcome(id, VALID[id])).toMatchObject({ errors: 0 });
  }
});

describe.each(cases)("%s %s (%s): two rows of a valid cell", (id, _name, kind, k) => {
  const got = () => outcome(id, twoRows(VALID[id], k));

  if (id === "EXPLAIN") {
    test("EXPLAIN explains one cell: refused with #VALUE!", () => expect(got()).toEqual({ thrown: "#VALUE!" }));
  } else if (CELL_BY_CELL.includes(kind)) {
    test("read cell by cell: one result row per row, all valid", () => expect(got()).toEqual({ rows: 2, errors: 0 }));
  } else if (ONE_VALUE.includes(kind)) {
    test("one value: refused with #VALUE!", () => expect(got()).toEqual({ thrown: "#VALUE!" }));
  } else if (kind === "dates") {
    test("paired with the other dates into one share", () => expect(got()).toEqual({ rows: 1, errors: 0 }));
  } else {
    expect(kind).toBe("block");
    test("read whole: the first block spills a row per partner, the others are one row", () =>
      expect(got()).toEqual(k === 0 ? { rows: 2, errors: 0 } : { thrown: "#VALUE!" }));
  }
});
