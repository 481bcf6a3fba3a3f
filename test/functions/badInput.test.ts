/*
 * Bad input for every INCENTIVE function and every argument, as Excel passes it: ranges as 2-D
 * arrays, omitted optional arguments as null, blank cells as null or "". Each case pins the exact
 * Excel error (SPEC §3.1) and checks that its message is non-empty and names what is wrong; input
 * error values must pass through untouched. Whole-call failures are thrown as
 * CustomFunctions.Error, per-cell ones sit in the result: `outcomeOf` reads either.
 */
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { C1, T1, T2, excelDate } from "../support/specExamples";

const { PAYOUT, TIER, RATE, GAP, ATTAINMENT, BONUS, SCORE, ONTIME, PRICE, EXPLAIN } = FUNCTIONS;

/** An omitted optional argument. */
const _ = null;
/** An Excel error value arriving as input (e.g. a cell holding #N/A). */
const NA_INPUT = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

const DUE = ["2026-01-10", "2026-01-20", "2026-02-01", "2026-03-01"].map((d) => [excelDate(d)]);
const DONE = [[excelDate("2026-01-09")], [excelDate("2026-01-25")], [null], [null]];
const AS_OF = excelDate("2026-02-15");

const column = (...xs: unknown[]) => xs.map((x) => [x]);

beforeEach(() => clearTierCache());

// ---------------------------------------------------------------------------------------------
// Reading an outcome
// ---------------------------------------------------------------------------------------------

type Code = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

type Expectation =
  | { readonly error: Code; readonly mentions: readonly string[] }
  | { readonly passthrough: true }
  | { readonly value: unknown }
  | { readonly check: (out: unknown[][]) => void };

const error = (code: Code, ...mentions: string[]): Expectation => ({ error: code, mentions });
const value = (v: unknown): Expectation => ({ value: v });
const PASSES_THROUGH: Expectation = { passthrough: true };
const BLANK = value("");

function show(v: unknown): string {
  if (v instanceof CustomFunctions.Error) return `${v.code} "${v.message}"`;
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/**
 * Runs a call: a thrown error must be a CustomFunctions.Error (never any other exception), and
 * every cell of a result must be a finite number, text or a CustomFunctions.Error (never NaN,
 * Infinity, undefined…).
 */
function run(call: () => unknown[][]): { thrown: CustomFunctions.Error } | { result: unknown[][] } {
  let result: unknown[][];
  try {
    result = call();
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw new Error(`threw a non-Excel error: ${e instanceof Error ? e.stack : show(e)}`);
    return { thrown: e };
  }
  if (!Array.isArray(result) || result.length === 0) throw new Error(`result is not a non-empty 2-D array: ${show(result)}`);
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== result[0].length) throw new Error(`result is not rectangular: ${show(result)}`);
    for (const cell of row) {
      const ok =
        (typeof cell === "number" && Number.isFinite(cell)) || typeof cell === "string" || cell instanceof CustomFunctions.Error;
      if (!ok) throw new Error(`result holds ${show(cell)}, which no Excel cell can show: ${show(result)}`);
    }
  }
  return { result };
}

/** The error of a call: thrown for the whole call, or the single cell of a 1×1 result. */
function errorOf(call: () => unknown[][]): CustomFunctions.Error {
  const outcome = run(call);
  if ("thrown" in outcome) return outcome.thrown;
  const { result } = outcome;
  if (result.length !== 1 || result[0].length !== 1 || !(result[0][0] instanceof CustomFunctions.Error)) {
    throw new Error(`expected an error, got ${show(result)}`);
  }
  return result[0][0];
}

/** The single value of a call that must succeed with a 1×1 result. */
function valueOf(call: () => unknown[][]): unknown {
  const outcome = run(call);
  if ("thrown" in outcome) throw new Error(`expected a value, but the call failed with ${show(outcome.thrown)}`);
  expect(outcome.result).toHaveLength(1);
  expect(outcome.result[0]).toHaveLength(1);
  return outcome.result[0][0];
}

function expectValue(actual: unknown, expected: unknown): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  } else {
    expect(actual).toBe(expected);
  }
}

function expectErrorValue(err: unknown, expectation: Expectation): void {
  if (!(err instanceof CustomFunctions.Error)) throw new Error(`expected an error, got ${show(err)}`);
  if ("passthrough" in expectation) {
    if (err !== NA_INPUT) throw new Error(`expected the input #N/A error value to pass through unchanged, got ${show(err)}`);
    return;
  }
  if (!("error" in expectation)) throw new Error("not an error expectation");
  expect(err.code).toBe(expectation.error);
  expect(typeof err.message).toBe("string");
  const message = err.message ?? ""; // an undefined message already failed just above
  expect(message.trim()).not.toBe("");
  for (const m of expectation.mentions) expect(message.toLowerCase()).toContain(m.toLowerCase());
}

function expectOutcome(call: () => unknown[][], expectation: Expectation): void {
  if ("error" in expectation || "passthrough" in expectation) {
    expectErrorValue(errorOf(call), expectation);
  } else if ("value" in expectation) {
    expectValue(valueOf(call), expectation.value);
  } else {
    const outcome = run(call);
    if ("thrown" in outcome) throw new Error(`expected a result, but the call failed with ${show(outcome.thrown)}`);
    expectation.check(outcome.result);
  }
}

// ---------------------------------------------------------------------------------------------
// Every argument × every kind of bad cell
// ---------------------------------------------------------------------------------------------

/** The inputs every argument is tried with. */
const INPUTS = {
  "blank (null)": null,
  'blank ("")': "",
  text: "abc",
  'numeric text ("120")': "120",
  boolean: true,
  NaN: Number.NaN,
  Infinity: Infinity,
  "-Infinity": -Infinity,
  "negative (-5)": -5,
  "error value (#N/A)": NA_INPUT,
} as const;
type InputName = keyof typeof INPUTS;

interface ArgumentSpec {
  readonly fn: string;
  readonly arg: string;
  /** The function's baseline call with this argument replaced by `v` (a cell, wrapped as Excel would). */
  readonly call: (v: unknown) => unknown[][];
  readonly expect: Record<InputName, Expectation>;
  /** Argument-specific inputs (zero, omitted, …). */
  readonly extra?: readonly (readonly [string, unknown, Expectation])[];
}

/** What a number argument does with a cell it cannot read as a number. */
function unreadableNumber(name: string): Pick<Record<InputName, Expectation>, Exclude<InputName, "blank (null)" | 'blank ("")' | "negative (-5)">> {
  return {
    text: error("#VALUE!", name, '"abc"'),
    'numeric text ("120")': error("#VALUE!", name, '"120"', "VALUE()"),
    boolean: error("#VALUE!", name, "TRUE"),
    NaN: error("#NUM!", name, "NaN"),
    Infinity: error("#NUM!", name, "Infinity"),
    "-Infinity": error("#NUM!", name, "-Infinity"),
    "error value (#N/A)": PASSES_THROUGH,
  };
}

/** A date argument (ONTIME): text gets the DATEVALUE() hint. */
function unreadableDate(name: string): ReturnType<typeof unreadableNumber> {
  return {
    ...unreadableNumber(name),
    text: error("#VALUE!", name, '"abc"', "DATEVALUE()"),
    'numeric text ("120")': error("#VALUE!", name, '"120"', "DATEVALUE()"),
  };
}

/** A target that the result divides by: blank or zero is #DIV/0!, negative #NUM!. */
function targetExpectations(name = "Target"): Record<InputName, Expectation> {
  return {
    ...unreadableNumber(name),
    "blank (null)": error("#DIV/0!", name, "blank"),
    'blank ("")': error("#DIV/0!", name, "blank"),
    "negative (-5)": error("#NUM!", name, "negative", "-5"),
  };
}

/** A method argument: only the documented names; blank means marginal. Anything else: #VALUE! listing the valid ones. */
function methodExpectations(whenDefault: Expectation): Record<InputName, Expectation> {
  const unknown = (found: string) => error("#VALUE!", `Unknown method "${found}"`, "marginal", "retro", "linear");
  return {
    "blank (null)": whenDefault,
    'blank ("")': whenDefault,
    text: unknown("abc"),
    'numeric text ("120")': unknown("120"),
    boolean: unknown("true"),
    // A number where a method name is needed is the wrong type: #VALUE!, like any unknown method.
    NaN: unknown("NaN"),
    Infinity: unknown("Infinity"),
    "-Infinity": unknown("-Infinity"),
    "negative (-5)": unknown("-5"),
    // An error value in the cell must propagate, as it does into Excel's own functions.
    "error value (#N/A)": PASSES_THROUGH,
  };
}

/** An optional non-negative limit (cap): blank means none, negative is out of the domain. */
function capExpectations(whenBlank: Expectation): Record<InputName, Expectation> {
  return {
    ...unreadableNumber("Cap"),
    "blank (null)": whenBlank,
    'blank ("")': whenBlank,
    "negative (-5)": error("#NUM!", "Cap", "negative", "-5"),
  };
}

/** EXPLAIN's result: header, rows, and a total row whose payout is `total`. */
const explainTotal = (total: number): Expectation => ({
  check: (out) => {
    expect(out[0]).toEqual(["Tier", "From", "To", "Amount", "Rate", "Payout"]);
    const last = out[out.length - 1];
    expect(last[0]).toBe("Total");
    expectValue(last[5], total);
  },
});

const ARGUMENTS: ArgumentSpec[] = [
  // PAYOUT(amount, tiers, [method], [target], [prior], [cap]) — baseline PAYOUT(120000, T1) = 3,500
  {
    fn: "PAYOUT",
    arg: "amount",
    call: (v) => PAYOUT([[v]], T1, "marginal", _, _, _),
    expect: {
      ...unreadableNumber("Amount"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(0), // a refund with nothing credited before: below the first tier, 0
    },
  },
  {
    fn: "PAYOUT",
    arg: "method",
    call: (v) => PAYOUT([[120000]], T1, v, _, _, _),
    expect: methodExpectations(value(3500)),
    extra: [
      ["an alias, any case and spacing", "  Graduated ", value(3500)],
      ['"retro"', "RETRO", value(6000)],
      ["a vendor word the add-in does not accept", "cumulative", error("#VALUE!", '"cumulative"', "marginal")],
      ["a JavaScript property name (constructor)", "constructor", error("#VALUE!", '"constructor"', "marginal")],
      ["a JavaScript property name (__proto__)", "__proto__", error("#VALUE!", '"__proto__"', "marginal")],
    ],
  },
  {
    fn: "PAYOUT",
    arg: "target",
    call: (v) => PAYOUT([[130000]], T2, "marginal", [[v]], _, _),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 100000, value(5800)],
    ],
  },
  {
    fn: "PAYOUT",
    arg: "prior",
    call: (v) => PAYOUT([[120000]], T1, "marginal", _, [[v]], _),
    expect: {
      ...unreadableNumber("Prior"),
      "blank (null)": value(3500), // blank prior: nothing credited before
      'blank ("")': value(3500),
      "negative (-5)": value(3500 - 5 * 0.05), // P(119,995) − P(−5)
    },
  },
  {
    fn: "PAYOUT",
    arg: "cap",
    call: (v) => PAYOUT([[120000]], T1, "marginal", _, _, v),
    expect: capExpectations(value(3500)),
    extra: [
      ["zero", 0, value(0)],
      ["a single-cell range", [[3000]], value(3000)],
    ],
  },

  // TIER(value, tiers, [target]) — baseline TIER(50000, T1) = "Silver"
  {
    fn: "TIER",
    arg: "value",
    call: (v) => TIER([[v]], T1, _),
    expect: {
      ...unreadableNumber("Value"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": error("#N/A", "-5", "below the first tier", "0"),
    },
  },
  {
    fn: "TIER",
    arg: "target",
    call: (v) => TIER([[1.2]], T2, [[v]]),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 1, value(2)],
    ],
  },

  // RATE(value, tiers, [method], [target]) — baseline RATE(75000, T1, "linear") = 4%
  {
    fn: "RATE",
    arg: "value",
    call: (v) => RATE([[v]], T1, "linear", _),
    expect: {
      ...unreadableNumber("Value"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(0), // below the first tier the rate is 0
    },
  },
  {
    fn: "RATE",
    arg: "method",
    call: (v) => RATE([[75000]], T1, v, _),
    expect: methodExpectations(value(0.03)),
    extra: [["linear", "interpolated", value(0.04)]],
  },
  {
    fn: "RATE",
    arg: "target",
    call: (v) => RATE([[75000]], T1, "linear", [[v]]),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 1, value(0.04)],
    ],
  },

  // GAP(value, tiers, [target]) — baseline GAP(80000, T1) = 20,000
  {
    fn: "GAP",
    arg: "value",
    call: (v) => GAP([[v]], T1, _),
    expect: {
      ...unreadableNumber("Value"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(5), // 5 more reaches the first tier at 0
    },
  },
  {
    fn: "GAP",
    arg: "target",
    call: (v) => GAP([[80000]], T2, [[v]]),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 100000, value(20000)],
    ],
  },

  // ATTAINMENT(actual, target, [direction]) — baseline ATTAINMENT(120, 100) = 1.2
  {
    fn: "ATTAINMENT",
    arg: "actual",
    call: (v) => ATTAINMENT([[v]], [[100]], _),
    expect: {
      ...unreadableNumber("Actual"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(-0.05),
    },
  },
  {
    fn: "ATTAINMENT",
    arg: "target",
    call: (v) => ATTAINMENT([[120]], [[v]], _),
    expect: targetExpectations(),
    extra: [["zero", 0, error("#DIV/0!", "Target", "zero")]],
  },
  {
    fn: "ATTAINMENT",
    arg: "direction",
    call: (v) => ATTAINMENT([[120]], [[100]], v),
    expect: (() => {
      const unknown = (found: string) => error("#VALUE!", `Unknown direction "${found}"`, "higher", "lower");
      return {
        "blank (null)": value(1.2),
        'blank ("")': value(1.2),
        text: unknown("abc"),
        'numeric text ("120")': unknown("120"),
        boolean: unknown("true"),
        NaN: unknown("NaN"),
        Infinity: unknown("Infinity"),
        "-Infinity": unknown("-Infinity"),
        "negative (-5)": unknown("-5"),
        "error value (#N/A)": PASSES_THROUGH,
      };
    })(),
    extra: [["lower", " LOWER ", value(0.8)]],
  },

  // BONUS(attainment, target_incentive, curve, [cap]) — baseline BONUS(0.9, 10000, C1) = 7,500
  {
    fn: "BONUS",
    arg: "attainment",
    call: (v) => BONUS([[v]], [[10000]], C1, _),
    expect: {
      ...unreadableNumber("Attainment"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(0), // below the first curve point
    },
  },
  {
    fn: "BONUS",
    arg: "target_incentive",
    call: (v) => BONUS([[0.9]], [[v]], C1, _),
    expect: {
      ...unreadableNumber("Target incentive"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": error("#NUM!", "Target incentive", "negative", "-5"),
    },
  },
  {
    fn: "BONUS",
    arg: "cap",
    call: (v) => BONUS([[1.6]], [[10000]], C1, v),
    expect: capExpectations(value(20000)),
    extra: [
      ["1.5 (150%)", 1.5, value(15000)],
      ["zero", 0, value(0)],
    ],
  },

  // SCORE(attainments, weights, [cap]) — baseline SCORE({1.2, 0.9}, {0.6, 0.4}) = 1.08
  {
    fn: "SCORE",
    arg: "attainments (first KPI)",
    call: (v) => SCORE([[v, 0.9]], [[0.6, 0.4]], _),
    expect: {
      ...unreadableNumber("Attainment 1"),
      // Some KPIs blank: no score (#N/A), naming the blank one.
      "blank (null)": error("#N/A", "Attainment 1", "blank"),
      'blank ("")': error("#N/A", "Attainment 1", "blank"),
      "negative (-5)": value(0.6 * -5 + 0.4 * 0.9),
    },
  },
  {
    fn: "SCORE",
    arg: "weights (first weight)",
    call: (v) => SCORE([[1.2, 0.9]], [[v, 0.4]], _),
    expect: {
      ...unreadableNumber("Weight 1"),
      "blank (null)": error("#VALUE!", "Weight 1", "blank"),
      'blank ("")': error("#VALUE!", "Weight 1", "blank"),
      "negative (-5)": error("#NUM!", "Weight 1", "negative", "-5"),
    },
  },
  {
    fn: "SCORE",
    arg: "cap",
    call: (v) => SCORE([[1.2, 0.9]], [[0.6, 0.4]], v),
    expect: capExpectations(value(1.08)),
    extra: [["1.1", 1.1, value(1.02)]],
  },

  // ONTIME(due_dates, done_dates, [as_of], [grace_days]) — baseline = 1/3
  {
    fn: "ONTIME",
    arg: "due_dates (row 1)",
    call: (v) => ONTIME([[v], ...DUE.slice(1)], DONE, AS_OF, _),
    expect: {
      ...unreadableDate("due date in row 1"),
      // Row 1 has a completion date but no due date.
      "blank (null)": error("#VALUE!", "Row 1", "no due date"),
      'blank ("")': error("#VALUE!", "Row 1", "no due date"),
      "negative (-5)": error("#NUM!", "due date in row 1", "negative", "-5"),
    },
  },
  {
    fn: "ONTIME",
    arg: "done_dates (row 1)",
    call: (v) => ONTIME(DUE, [[v], ...DONE.slice(1)], AS_OF, _),
    expect: {
      ...unreadableDate("completion date in row 1"),
      // Blank: row 1 is open and overdue, so late: 0 of 3 on time.
      "blank (null)": value(0),
      'blank ("")': value(0),
      "negative (-5)": error("#NUM!", "completion date in row 1", "negative", "-5"),
    },
  },
  {
    fn: "ONTIME",
    arg: "as_of",
    call: (v) => ONTIME(DUE, DONE, v, _),
    expect: {
      ...unreadableDate("As of"),
      // Blank: today. Rows 1 and 2 are completed, so some milestone always counts.
      "blank (null)": { check: (out) => expect(out).toEqual([[expect.any(Number)]]) },
      'blank ("")': { check: (out) => expect(out).toEqual([[expect.any(Number)]]) },
      "negative (-5)": error("#NUM!", "As of", "negative", "-5"),
    },
  },
  {
    fn: "ONTIME",
    arg: "grace_days",
    call: (v) => ONTIME(DUE, DONE, AS_OF, v),
    expect: {
      ...unreadableNumber("Grace days"),
      "blank (null)": value(1 / 3),
      'blank ("")': value(1 / 3),
      "negative (-5)": error("#NUM!", "Grace days", "negative", "-5"),
    },
    extra: [["5", 5, value(2 / 3)]],
  },

  // PRICE(list_price, value, discount_tiers, [target]) — baseline PRICE(200, 120000, T1) = 190
  {
    fn: "PRICE",
    arg: "list_price",
    call: (v) => PRICE([[v]], [[120000]], T1, _),
    expect: {
      ...unreadableNumber("List price"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": error("#NUM!", "List price", "negative", "-5"),
    },
  },
  {
    fn: "PRICE",
    arg: "value",
    call: (v) => PRICE([[200]], [[v]], T1, _),
    expect: {
      ...unreadableNumber("Value"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": value(200), // below the first tier: no discount
    },
  },
  {
    fn: "PRICE",
    arg: "target",
    call: (v) => PRICE([[200]], [[1.2]], T2, [[v]]),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 1, value(200 * (1 - 0.06))],
    ],
  },

  // EXPLAIN(amount, tiers, [method], [target], [prior]) — baseline total 3,500
  {
    fn: "EXPLAIN",
    arg: "amount",
    call: (v) => EXPLAIN([[v]], T1, _, _, _),
    expect: {
      ...unreadableNumber("Amount"),
      "blank (null)": BLANK,
      'blank ("")': BLANK,
      "negative (-5)": explainTotal(0),
    },
  },
  {
    fn: "EXPLAIN",
    arg: "method",
    call: (v) => EXPLAIN([[120000]], T1, v, _, _),
    expect: methodExpectations(explainTotal(3500)),
    extra: [["retro", "flat", explainTotal(6000)]],
  },
  {
    fn: "EXPLAIN",
    arg: "target",
    call: (v) => EXPLAIN([[130000]], T2, _, [[v]], _),
    expect: targetExpectations(),
    extra: [
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["a valid target", 100000, explainTotal(5800)],
    ],
  },
  {
    fn: "EXPLAIN",
    arg: "prior",
    call: (v) => EXPLAIN([[120000]], T1, _, _, [[v]]),
    expect: {
      ...unreadableNumber("Prior"),
      "blank (null)": explainTotal(3500),
      'blank ("")': explainTotal(3500),
      "negative (-5)": explainTotal(3500 - 5 * 0.05),
    },
  },
];

describe.each([...new Set(ARGUMENTS.map((a) => a.fn))])("%s: every argument, every bad cell", (fn) => {
  const specs = ARGUMENTS.filter((a) => a.fn === fn);
  const cases = specs.flatMap((spec) => [
    ...(Object.keys(INPUTS) as InputName[]).map((input) => [spec.arg, input, spec, INPUTS[input], spec.expect[input]] as const),
    ...(spec.extra ?? []).map(([input, v, exp]) => [spec.arg, input, spec, v, exp] as const),
  ]);
  test.each(cases)("%s: %s", (_arg, _input, spec, input, expectation) => {
    expectOutcome(() => spec.call(input), expectation);
  });
});

describe("arguments that are documented to be fine", () => {
  test.each([
    ["PAYOUT refund claws back at the rates it was paid at", () => PAYOUT([[-30000]], T1, "marginal", _, [[120000]], _), -1300],
    ["PAYOUT with target omitted reads bounds in units", () => PAYOUT([[1.2]], T2, _, _, _, _), 1 * 0.04 + 0.2 * 0.06],
    ["SCORE with every KPI blank is blank", () => SCORE([[null, ""]], [[0.6, 0.4]], _), ""],
    ["ONTIME counts open milestones only once overdue", () => ONTIME(DUE, DONE, excelDate("2026-01-15"), _), 1 / 2],
    ["TIER of a table without labels is the tier number", () => TIER([[1.2]], T2, _), 2],
    ["EXPLAIN of a blank amount is blank", () => EXPLAIN([[null]], T1, _, _, _), ""],
  ])("%s", (_name, call, expected) => {
    expectValue(valueOf(call), expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Whole-function failures of particular meaning
// ---------------------------------------------------------------------------------------------

describe("domain failures", () => {
  test("a capped column with one prior: only the row whose prior + amount overflows is #NUM!", () => {
    const outcome = run(() => PAYOUT([[1], [1e308]], T1, "retro", _, 1e308, 3000));
    if ("thrown" in outcome) throw new Error(`the call failed with ${show(outcome.thrown)}`);
    const [[first], [second]] = outcome.result;
    expect(first).toBe(0);
    expectErrorValue(second as CustomFunctions.Error, error("#NUM!", "too large"));
  });


  test.each([
    ["TIER below the first tier", () => TIER([[0.5]], C1, _), error("#N/A", "0.5", "below the first tier", "0.8")],
    ["TIER below the first tier with a target", () => TIER([[70000]], C1, [[100000]]), error("#N/A", "70,000", "below the first tier", "80,000")],
    ["ONTIME with no counted milestone (all open, none overdue)", () => ONTIME(DUE, column(null, null, null, null), excelDate("2026-01-01"), _), error("#N/A", "No milestone")],
    ["ONTIME with every row blank", () => ONTIME(column(null, ""), column("", null), AS_OF, _), error("#N/A", "No milestone")],
    ["SCORE with weights adding up to zero", () => SCORE([[1.2, 0.9]], [[0, 0]], _), error("#DIV/0!", "weights", "zero")],
    ["PRICE with a discount over 100%", () => PRICE([[200]], [[120000]], [[0, 0.5], [100000, 1.5]], _), error("#VALUE!", "row 2", "150%", "0% to 100%")],
    // Results too large for a double are #NUM!, never Infinity or NaN in a cell.
    ["PAYOUT overflowing", () => PAYOUT([[1e308]], [[0, 5]], _, _, _, _), error("#NUM!", "too large")],
    ["PAYOUT with prior + amount overflowing", () => PAYOUT([[1e308]], T1, "retro", _, [[1e308]], _), error("#NUM!", "too large")],
    ["PAYOUT with prior + amount overflowing under a cap", () => PAYOUT([[1e308]], T1, "marginal", _, [[1e308]], 3000), error("#NUM!", "too large")],
    ["ATTAINMENT overflowing", () => ATTAINMENT([[1e308]], [[1e-308]], _), error("#NUM!", "too large")],
    ["BONUS overflowing", () => BONUS([[1]], [[1e308]], [[0, 2]], _), error("#NUM!", "too large")],
    ["SCORE with weights whose sum overflows", () => SCORE([[1, 1]], [[1e308, 1e308]], _), error("#NUM!", "too large")],
    ["GAP overflowing", () => GAP([[-1e308]], [[1e308, 0.1]], _), error("#NUM!", "too large")],
    // A cell holding something that is not a number, text, boolean, blank or Excel error.
    ["PAYOUT amount that is some other object", () => PAYOUT([[{}]], T1, _, _, _, _), error("#VALUE!", "Amount")],
  ])("%s", (_name, call, expectation) => {
    expectOutcome(call, expectation);
  });
});

// ---------------------------------------------------------------------------------------------
// Tier tables
// ---------------------------------------------------------------------------------------------

/** Every function argument that takes a tier table, with a baseline call and its result. */
const TIER_ARGUMENTS: readonly (readonly [string, (tiers: unknown) => unknown[][], Expectation])[] = [
  ["PAYOUT tiers", (t) => PAYOUT([[120000]], t, "marginal", _, _, _), value(3500)],
  ["TIER tiers", (t) => TIER([[50000]], t, _), value("Silver")],
  ["RATE tiers", (t) => RATE([[75000]], t, "linear", _), value(0.04)],
  ["GAP tiers", (t) => GAP([[80000]], t, _), value(20000)],
  ["BONUS curve", (t) => BONUS([[50000]], [[100]], t, _), value(3)],
  ["PRICE discount_tiers", (t) => PRICE([[200]], [[120000]], t, _), value(190)],
  ["EXPLAIN tiers", (t) => EXPLAIN([[120000]], t, _, _, _), explainTotal(3500)],
];

/** Malformed tables: the exact error, and what the message must say (the row and the reason). */
const BAD_TABLES: readonly (readonly [string, unknown, Code, readonly string[]])[] = [
  ["unsorted bounds", [[0, 0.02], [100000, 0.05], [50000, 0.03]], "#VALUE!", ["row 3", "50,000", "100,000", "ascending"]],
  ["duplicate bounds", [[0, 0.02], [50000, 0.03], [50000, 0.05]], "#VALUE!", ["row 3", "50,000", "ascending"]],
  ["header-only table", [["From", "Rate", "Tier"]], "#VALUE!", ["no tiers", "header"]],
  ["header and blank rows only", [["From", "Rate"], [null, null], ["", ""]], "#VALUE!", ["no tiers", "header"]],
  ["empty table ([])", [], "#VALUE!", ["no tiers"]],
  ["only blank rows", [[null, null], ["", null]], "#VALUE!", ["no tiers"]],
  ["one column", [[0], [50000]], "#VALUE!", ["2 or 3 columns", "has 1"]],
  ["four columns", [[0, 0.02, "Bronze", "x"], [50000, 0.03, "Silver", "y"]], "#VALUE!", ["2 or 3 columns", "has 4"]],
  ["a single number", [[5]], "#VALUE!", ["2 or 3 columns", "has 1"]],
  ["ragged rows", [[0, 0.02], [50000, 0.03, "Silver"]], "#VALUE!", ["tier table", "rectangular"]],
  ["text rate", [[0, 0.02], [50000, "3%"], [100000, 0.05]], "#VALUE!", ["row 2", "rate", '"3%"']],
  ["numeric-text rate", [[0, "0.02"], [50000, 0.03]], "#VALUE!", ["row 1", "rate", '"0.02"']],
  ["text bound (after row 1)", [[0, 0.02], ["fifty", 0.03]], "#VALUE!", ["row 2", "lower bound", '"fifty"']],
  ["numeric-text bound (after row 1)", [[0, 0.02], ["50000", 0.03]], "#VALUE!", ["row 2", "lower bound", '"50000"']],
  // A number stored as text in the first row is data that could not be read, not a header:
  // skipping it silently drops the first tier and pays a wrong amount.
  ["numeric-text bound in row 1", [["0", 0.02], [50000, 0.03], [100000, 0.05]], "#VALUE!", ["row 1", "lower bound", '"0"']],
  ["blank row in the middle (null)", [[0, 0.02], [null, null], [100000, 0.05]], "#VALUE!", ["row 2", "blank"]],
  ['blank row in the middle ("")', [[0, 0.02, "Bronze"], ["", "", ""], [100000, 0.05, "Gold"]], "#VALUE!", ["row 2", "blank"]],
  ["blank bound", [[0, 0.02], [null, 0.03]], "#VALUE!", ["row 2", "lower bound is blank"]],
  ["blank rate", [[0, 0.02], [50000, ""]], "#VALUE!", ["row 2", "rate is blank"]],
  ["boolean bound", [[0, 0.02], [true, 0.03]], "#VALUE!", ["row 2", "lower bound", "TRUE"]],
  ["boolean rate", [[0, false]], "#VALUE!", ["row 1", "rate", "FALSE"]],
  ["NaN bound", [[0, 0.02], [Number.NaN, 0.03]], "#NUM!", ["row 2", "lower bound", "NaN"]],
  ["Infinity bound", [[0, 0.02], [Infinity, 0.03]], "#NUM!", ["row 2", "lower bound", "Infinity"]],
  ["-Infinity bound", [[-Infinity, 0.02], [0, 0.03]], "#NUM!", ["row 1", "lower bound", "-Infinity"]],
  ["NaN rate", [[0, Number.NaN]], "#NUM!", ["row 1", "rate", "NaN"]],
  ["Infinity rate", [[0, 0.02], [50000, Infinity]], "#NUM!", ["row 2", "rate", "Infinity"]],
  ["boolean label", [[0, 0.02, true]], "#VALUE!", ["row 1", "label", "TRUE"]],
  ["row numbers count the header row", [["From", "Rate"], [0, 0.02], [50000, "x"]], "#VALUE!", ["row 3", "rate", '"x"']],
];

describe.each(TIER_ARGUMENTS.map(([name, call]) => [name, call] as const))("%s: malformed tier tables", (_name, call) => {
  test.each(BAD_TABLES)("%s", (_case, table, code, mentions) => {
    expectErrorValue(errorOf(() => call(table)), error(code, ...mentions));
  });

  test("an error value inside the table passes through", () => {
    expectErrorValue(errorOf(() => call([[0, 0.02], [50000, NA_INPUT], [100000, 0.05]])), PASSES_THROUGH);
    expectErrorValue(errorOf(() => call([[0, 0.02, "Bronze"], [50000, 0.03, NA_INPUT], [100000, 0.05, "Gold"]])), PASSES_THROUGH);
  });
});

describe.each(TIER_ARGUMENTS)("%s: accepted table layouts read the same", (name, call, expected) => {
  const T1_UNLABELLED = T1.map(([b, r]) => [b, r]);
  test.each([
    ["plain 3 columns", T1],
    ["a header row", [["From", "Rate", "Tier"], ...T1]],
    ["blank trailing rows (null and \"\")", [...T1, [null, null, null], ["", "", ""]]],
    ["header and blank trailing rows", [["Lower bound", "Rate", "Label"], ...T1, [null, "", null]]],
    ["2 columns (no labels), header and blank trailing rows", [["From", "Rate"], ...T1_UNLABELLED, ["", ""]]],
  ])("%s", (_layout, table) => {
    // Without labels TIER gives the tier's number instead of its label.
    const unlabelled = (table as unknown[][]).every((row) => row.length === 2);
    expectOutcome(() => call(table), name === "TIER tiers" && unlabelled ? value(2) : expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

describe("mismatched shapes between range arguments → #VALUE!", () => {
  const col3 = column(1, 2, 3);
  const col2 = column(1, 2);
  const row3 = [[1, 2, 3]];
  test.each([
    ["PAYOUT amount 3×1, prior 2×1", () => PAYOUT(column(1, 2, 3), T1, _, _, col2, _), ["Amount", "3 rows × 1 column", "Prior", "2 rows × 1 column"]],
    ["PAYOUT amount 3×1, prior 1×3", () => PAYOUT(col3, T1, _, _, row3, _), ["Amount", "3 rows × 1 column", "Prior", "1 row × 3 columns"]],
    ["PAYOUT amount 3×1, target 2×1", () => PAYOUT(col3, T2, _, column(1, 1), _, _), ["Amount", "Target", "2 rows"]],
    ["PAYOUT target 3×1, prior 2×1 (single amount)", () => PAYOUT([[5]], T2, _, column(1, 1, 1), col2, _), ["Target", "3 rows", "Prior", "2 rows"]],
    ["TIER value 3×1, target 2×1", () => TIER(col3, T2, column(1, 1)), ["Value", "Target"]],
    ["RATE value 1×3, target 3×1", () => RATE(row3, T2, _, column(1, 1, 1)), ["Value", "1 row × 3 columns", "Target", "3 rows × 1 column"]],
    ["GAP value 2×2, target 2×1", () => GAP([[1, 2], [3, 4]], T2, col2), ["Value", "2 rows × 2 columns", "Target"]],
    ["ATTAINMENT actual 3×1, target 2×1", () => ATTAINMENT(col3, column(100, 100), _), ["Actual", "Target"]],
    ["BONUS attainment 3×1, target_incentive 1×3", () => BONUS(col3, [[1, 2, 3]], C1, _), ["Attainment", "Target incentive"]],
    ["PRICE list_price 3×1, value 2×1", () => PRICE(col3, col2, T1, _), ["List price", "Value"]],
    ["PRICE value 3×1, target 2×1", () => PRICE([[200]], col3, T2, column(1, 1)), ["Value", "Target"]],
    ["ONTIME due 4×1, done 3×1", () => ONTIME(DUE, DONE.slice(0, 3), AS_OF, _), ["Due dates", "4 rows", "Completion dates", "3 rows"]],
    ["SCORE attainments 2×3, weights 1×2", () => SCORE([[1, 1, 1], [1, 1, 1]], [[0.5, 0.5]], _), ["Weights", "1 row × 2 columns", "2 rows × 3 columns"]],
    ["SCORE attainments 3×2, weights 2×2", () => SCORE([[1, 1], [1, 1], [1, 1]], [[0.5, 0.5], [0.5, 0.5]], _), ["Weights", "2 rows × 2 columns", "3 rows × 2 columns"]],
    ["EXPLAIN amount 2×1", () => EXPLAIN(col2, T1, _, _, _), ["Amount", "single cell"]],
    ["EXPLAIN target 2×1", () => EXPLAIN([[1]], T2, _, col2, _), ["Target", "single cell"]],
    ["EXPLAIN prior 2×1", () => EXPLAIN([[1]], T1, _, _, col2), ["Prior", "single cell"]],
    // Single-value options given a range of several cells.
    ["PAYOUT method as a 1×2 range", () => PAYOUT([[1]], T1, [["retro", "linear"]], _, _, _), ["Method", "single cell"]],
    ["PAYOUT cap as a 2×1 range", () => PAYOUT([[1]], T1, _, _, _, col2), ["Cap", "single cell"]],
    ["RATE method as a 2×1 range", () => RATE([[1]], T1, column("retro", "linear"), _), ["Method", "single cell"]],
    ["ATTAINMENT direction as a 2×1 range", () => ATTAINMENT([[1]], [[1]], column("higher", "lower")), ["Direction", "single cell"]],
    ["BONUS cap as a 2×1 range", () => BONUS([[1]], [[1]], C1, col2), ["Cap", "single cell"]],
    ["SCORE cap as a 2×1 range", () => SCORE([[1, 1]], [[1, 1]], col2), ["Cap", "single cell"]],
    ["ONTIME as_of as a 2×1 range", () => ONTIME(DUE, DONE, column(AS_OF, AS_OF), _), ["As of", "single cell"]],
    ["ONTIME grace_days as a 2×1 range", () => ONTIME(DUE, DONE, AS_OF, col2), ["Grace days", "single cell"]],
  ])("%s", (_name, call, mentions) => {
    expectErrorValue(errorOf(call), error("#VALUE!", ...mentions));
  });

  test.each([
    ["a single amount with a column of priors", () => PAYOUT([[30000]], T1, _, _, column(0, 90000), _), [[600], [1300]]],
    ["a column of amounts with a single target", () => PAYOUT(column(100000, 130000), T2, _, [[100000]], _, _), [[4000], [5800]]],
    ["a single actual with a row of targets", () => ATTAINMENT([[120]], [[100, 120, 150]], _), [[1.2, 1, 0.8]]],
    ["equal 2×2 shapes pair cell by cell", () => ATTAINMENT([[1, 2], [3, 4]], [[1, 1], [2, 2]], _), [[1, 2], [1.5, 2]]],
  ])("broadcasting: %s", (_name, call, expected) => {
    const outcome = run(call);
    if ("thrown" in outcome) throw new Error(`failed with ${show(outcome.thrown)}`);
    expect(outcome.result).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Per-cell results in a spilled column
// ---------------------------------------------------------------------------------------------

/**
 * A 3-row column with the middle cell bad: the first and last rows compute, the middle one gets
 * its own error value; a blank middle cell gives a blank result cell.
 */
interface ColumnSpec {
  readonly name: string;
  readonly call: (middle: unknown) => unknown[][];
  readonly first: unknown;
  readonly last: unknown;
  readonly middles: readonly (readonly [string, unknown, Expectation])[];
}

const COMMON_MIDDLES = (name: string) =>
  [
    ["text", "abc", error("#VALUE!", name, '"abc"')],
    ["NaN", Number.NaN, error("#NUM!", name, "NaN")],
    ["boolean", false, error("#VALUE!", name, "FALSE")],
    ["error value (#N/A)", NA_INPUT, PASSES_THROUGH],
  ] as const;
const BLANK_MIDDLES = [
  ["blank (null)", null, BLANK],
  ['blank ("")', "", BLANK],
] as const;

const COLUMNS: ColumnSpec[] = [
  {
    name: "PAYOUT amounts",
    call: (m) => PAYOUT(column(120000, m, 75000), T1, "marginal", _, _, _),
    first: 3500,
    last: 1750,
    middles: [...COMMON_MIDDLES("Amount"), ...BLANK_MIDDLES, ["Infinity", Infinity, error("#NUM!", "Amount", "Infinity")]],
  },
  {
    name: "PAYOUT priors",
    call: (m) => PAYOUT(column(30000, 30000, 30000), T1, "marginal", _, column(90000, m, 0), _),
    first: 1300,
    last: 600,
    middles: [...COMMON_MIDDLES("Prior"), ["blank (null): nothing credited before", null, value(600)]],
  },
  {
    name: "PAYOUT targets",
    call: (m) => PAYOUT(column(130000, 130000, 130000), T2, "marginal", column(100000, m, 100000), _, _),
    first: 5800,
    last: 5800,
    middles: [
      ...COMMON_MIDDLES("Target"),
      ["zero", 0, error("#DIV/0!", "Target", "zero")],
      ["blank (null)", null, error("#DIV/0!", "Target", "blank")],
      ["negative", -100000, error("#NUM!", "Target", "negative")],
    ],
  },
  {
    name: "TIER values",
    call: (m) => TIER(column(50000, m, 49999), T1, _),
    first: "Silver",
    last: "Bronze",
    middles: [...COMMON_MIDDLES("Value"), ...BLANK_MIDDLES, ["below the first tier", -1, error("#N/A", "below the first tier")]],
  },
  {
    name: "RATE values (linear)",
    call: (m) => RATE(column(75000, m, 120000), T1, "linear", _),
    first: 0.04,
    last: 0.05,
    middles: [...COMMON_MIDDLES("Value"), ...BLANK_MIDDLES],
  },
  {
    name: "GAP values",
    call: (m) => GAP(column(80000, m, 120000), T1, _),
    first: 20000,
    last: 0,
    middles: [...COMMON_MIDDLES("Value"), ...BLANK_MIDDLES],
  },
  {
    name: "ATTAINMENT actuals",
    call: (m) => ATTAINMENT(column(120, m, 45), column(100, 100, 50), _),
    first: 1.2,
    last: 0.9,
    middles: [...COMMON_MIDDLES("Actual"), ...BLANK_MIDDLES],
  },
  {
    name: "ATTAINMENT targets",
    call: (m) => ATTAINMENT(column(120, 120, 45), column(100, m, 50), "lower"),
    first: 0.8,
    last: 1.1,
    middles: [...COMMON_MIDDLES("Target"), ["zero", 0, error("#DIV/0!", "Target", "zero")], ["blank (null)", null, error("#DIV/0!", "Target", "blank")]],
  },
  {
    name: "BONUS attainments",
    call: (m) => BONUS(column(0.9, m, 1.6), [[10000]], C1, _),
    first: 7500,
    last: 20000,
    middles: [...COMMON_MIDDLES("Attainment"), ...BLANK_MIDDLES],
  },
  {
    name: "BONUS target incentives",
    call: (m) => BONUS([[0.9]], column(10000, m, 20000), C1, _),
    first: 7500,
    last: 15000,
    middles: [...COMMON_MIDDLES("Target incentive"), ...BLANK_MIDDLES, ["negative", -1, error("#NUM!", "Target incentive", "negative")]],
  },
  {
    name: "PRICE list prices",
    call: (m) => PRICE(column(200, m, 100), [[120000]], T1, _),
    first: 190,
    last: 95,
    middles: [...COMMON_MIDDLES("List price"), ...BLANK_MIDDLES, ["negative", -1, error("#NUM!", "List price", "negative")]],
  },
  {
    name: "PRICE values",
    call: (m) => PRICE([[200]], column(120000, m, 0), T1, _),
    first: 190,
    last: 196,
    middles: [...COMMON_MIDDLES("Value"), ...BLANK_MIDDLES],
  },
  {
    name: "SCORE partner rows (first KPI of the middle row)",
    call: (m) => SCORE([[1.2, 0.9], [m, 0.5], [0.5, 0.5]], [[0.6, 0.4]], _),
    first: 1.08,
    last: 0.5,
    middles: [
      ...COMMON_MIDDLES("Attainment 1"),
      ["blank (null): a partly blank row", null, error("#N/A", "Attainment 1", "blank")],
      ['blank (""): a partly blank row', "", error("#N/A", "Attainment 1", "blank")],
    ],
  },
];

describe.each(COLUMNS.map((c) => [c.name, c] as const))("%s: per-cell results in a 3-row column", (_name, spec) => {
  test.each(spec.middles)("middle cell %s", (_input, middle, expectation) => {
    const outcome = run(() => spec.call(middle));
    if ("thrown" in outcome) throw new Error(`the whole call failed with ${show(outcome.thrown)}`);
    const out = outcome.result;
    expect(out).toHaveLength(3);
    out.forEach((row) => expect(row).toHaveLength(1));
    expectValue(out[0][0], spec.first);
    expectValue(out[2][0], spec.last);
    if ("value" in expectation) expectValue(out[1][0], expectation.value);
    else expectErrorValue(out[1][0], expectation);
  });
});

test("SCORE: a fully blank partner row gives a blank result cell, the others compute", () => {
  const outcome = run(() => SCORE([[1.2, 0.9], [null, ""], [0.5, 0.5]], [[0.6, 0.4]], _));
  if ("thrown" in outcome) throw new Error(`failed with ${show(outcome.thrown)}`);
  expect(outcome.result).toHaveLength(3);
  expectValue(outcome.result[0][0], 1.08);
  expect(outcome.result[1][0]).toBe("");
  expectValue(outcome.result[2][0], 0.5);
});

test("ONTIME: an error value among the dates passes through", () => {
  expectErrorValue(errorOf(() => ONTIME([DUE[0], [NA_INPUT], ...DUE.slice(2)], DONE, AS_OF, _)), PASSES_THROUGH);
  expectErrorValue(errorOf(() => ONTIME(DUE, [DONE[0], [NA_INPUT], ...DONE.slice(2)], AS_OF, _)), PASSES_THROUGH);
});
