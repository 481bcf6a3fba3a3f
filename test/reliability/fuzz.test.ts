/*
 * Issue #7: arbitrary Excel-shaped input thrown at every argument of every function. Whatever
 * comes in, a call returns a rectangular 2-D array whose cells are finite numbers, text (TRUE or
 * FALSE from GATE, which alone returns booleans) or CustomFunctions.Error values of a documented
 * code, or it throws a CustomFunctions.Error of a
 * documented code. Nothing else ever escapes; no cell is NaN, Infinity or undefined.
 */
import fc from "fast-check";
import { FUNCTIONS, type CustomFunctionName } from "../support/functionTable";
import { clearTierCache } from "../../src/functions/tierCache";

const DOCUMENTED = new Set(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A"]);
const RUNS_PER_FUNCTION = Number(process.env.FUZZ_RUNS ?? 2000);

/** How many arguments each function takes, required first (SPEC §3.2). */
const ARITY: Record<CustomFunctionName, number> = {
  PAYOUT: 6,
  TIER: 3,
  RATE: 4,
  GAP: 3,
  ATTAINMENT: 3,
  BONUS: 4,
  SCORE: 3,
  ONTIME: 4,
  PRICE: 4,
  EXPLAIN: 5,
  GATE: 3,
};

const inputError = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

/** One cell as Excel could hand it over, and then some. */
const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: false }) },
  { weight: 4, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, "", undefined) },
  { weight: 1, arbitrary: fc.constantFrom("120", " 1,200.50 ", "5%", "1e3", "-0", "abc", "=1+1", "marginal", "lower") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant("error").map(inputError) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], { code: 42 }) },
);

const gridArb = (rows: fc.Arbitrary<number>, cols: fc.Arbitrary<number>) =>
  fc
    .tuple(rows, cols)
    .chain(([r, c]) => fc.array(fc.array(cellArb, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

/** A tier table: valid, slightly broken, or badly broken. */
const tierTableArb: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .array(fc.tuple(fc.double({ min: -1e6, max: 1e7, noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((rows) => {
      const bounds = [...new Set(rows.map(([b]) => b))].sort((a, b) => a - b);
      return bounds.map((b, i) => [b, rows[i % rows.length][1], `T${i + 1}`]);
    }),
  fc.array(fc.tuple(cellArb, cellArb), { minLength: 0, maxLength: 6 }).map((rows) => rows.map(([a, b]) => [a, b])),
  gridArb(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })),
  fc.constantFrom(
    [],
    [[]],
    [["Bound", "Rate"]],
    [
      [0, 0.1],
      [0, 0.2],
    ],
    [
      [1, 0.1],
      [0, 0.2],
    ],
    [
      [0, 0.1],
      [null, null],
      [5, 0.2],
    ],
  ),
);

/** Any argument: omitted, a scalar, a range of any shape (ragged and empty included), or a tier table. */
const argArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: cellArb },
  { weight: 3, arbitrary: gridArb(fc.constant(1), fc.constant(1)) },
  { weight: 3, arbitrary: gridArb(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 })) },
  { weight: 1, arbitrary: fc.array(fc.array(cellArb, { maxLength: 3 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [1, 2, 3]) },
  { weight: 3, arbitrary: tierTableArb },
);

function isDocumentedError(v: unknown): boolean {
  return v instanceof CustomFunctions.Error && DOCUMENTED.has(v.code) && v.message !== "";
}

/** The inputs' own error values may pass through (a #N/A in a cell stays #N/A). */
function isErrorValue(v: unknown): boolean {
  return v instanceof CustomFunctions.Error;
}

function checkOutcome(call: () => unknown[][], booleans: boolean): void {
  let result: unknown[][];
  try {
    result = call();
  } catch (e) {
    if (!isDocumentedError(e) && !isErrorValue(e))
      throw new Error(`escaped: ${String(e)} (${(e as Error)?.constructor?.name})`);
    return;
  }
  if (!Array.isArray(result) || result.length === 0) throw new Error(`not a 2-D result: ${String(result)}`);
  const cols = (result[0] as unknown[]).length;
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== cols || cols === 0) throw new Error("ragged result");
    for (const v of row) {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`non-finite cell ${v}`);
      } else if (typeof v !== "string" && !isErrorValue(v) && !(booleans && typeof v === "boolean")) {
        throw new Error(`bad cell ${String(v)}`);
      }
    }
  }
}

describe.each(Object.keys(ARITY) as CustomFunctionName[])("%s under fuzzing", (name) => {
  test(`${RUNS_PER_FUNCTION} calls with arbitrary arguments: only documented errors, only finite numbers`, () => {
    fc.assert(
      fc.property(fc.array(argArb, { minLength: ARITY[name], maxLength: ARITY[name] }), fc.boolean(), (args, fresh) => {
        if (fresh) clearTierCache();
        checkOutcome(() => FUNCTIONS[name](...args), name === "GATE");
      }),
      { numRuns: RUNS_PER_FUNCTION },
    );
  });
});
