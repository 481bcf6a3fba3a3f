/*
 * Bad cells are error values, not exceptions (SPEC §3.1 "Speed on bad cells"): the fast paths
 * give every cell exactly the error the engine's own reading gives (same code, same message, in
 * the language of the call), and the one-cell fast path the same result as the column path.
 */
import { IncentiveError, readNumber, type Language } from "../../src/engine";
import { setFunctionsLanguage } from "../../src/functions/language";
import { toExcelError } from "../../src/functions/excelErrors";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { T1, T2 } from "../support/specExamples";

const { PAYOUT, TIER, RATE, GAP } = FUNCTIONS;
const _ = null;

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});
afterAll(() => setFunctionsLanguage("en"));

/**
 * What the engine's reading of the cell gives, through the same conversion as before the fast paths.
 * An error value that came in as input passes through without a message, hence `string | undefined`.
 */
function expectedError(v: unknown, what: string): { code: string; message: string | undefined } {
  try {
    readNumber(v, what);
  } catch (e) {
    if (!(e instanceof IncentiveError)) throw e;
    const err = toExcelError(e);
    return { code: err.code, message: err.message };
  }
  throw new Error(`${String(v)} reads as a number`);
}

const BAD: readonly [string, unknown][] = [
  ["a number stored as text", "1234.5"],
  ["a number with separators as text", " 1,200.50 "],
  ["a percentage as text", "5%"],
  ["a word", "Gold"],
  ["long text (clipped in the message)", "x".repeat(60)],
  ["TRUE", true],
  ["FALSE", false],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
  ["a value of no cell type", {}],
  ["#REF! (not returnable)", new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference)],
];

describe.each(["en", "zh"] as Language[])("bad amount cells in %s", (language) => {
  test.each(BAD)("%s: column, block and one cell give the engine's error", (_name, bad) => {
    setFunctionsLanguage(language);
    const expected = expectedError(bad, "Amount");
    const column = PAYOUT([[10000], [bad], [120000]], T1, _, _, _, _);
    const block = PAYOUT([[10000, bad]], T1, _, _, _, _);
    const single = PAYOUT([[bad]], T1, _, _, _, _);
    for (const err of [column[1][0], block[0][1], single[0][0]] as CustomFunctions.Error[]) {
      expect(err).toBeInstanceOf(CustomFunctions.Error);
      expect({ code: err.code, message: err.message }).toEqual(expected);
    }
    // The other cells compute as before.
    expect(column[0][0]).toBe(200);
    expect(column[2][0]).toBe(3500);
  });
});

test("an input error value Excel can return passes through as the very value", () => {
  const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  expect(PAYOUT([[1], [na]], T1, _, _, _, _)[1][0]).toBe(na);
});

test("a message is in the language of the call, even when read after the language changed", () => {
  setFunctionsLanguage("zh");
  const err = PAYOUT([[1], ["12"]], T1, _, _, _, _)[1][0] as CustomFunctions.Error;
  setFunctionsLanguage("en");
  expect(err.message).toBe(expectedErrorIn("zh", "12"));
  expect(err.message).toBe(err.message);
  expect(String(err)).toContain(err.message);
});

function expectedErrorIn(language: Language, v: unknown): string | undefined {
  setFunctionsLanguage(language);
  try {
    return expectedError(v, "Amount").message;
  } finally {
    setFunctionsLanguage("en");
  }
}

test("every cell of a text column is its own error value, each quoting its own cell", () => {
  const texts = Array.from({ length: 50 }, (_unused, i) => [String(1000 + i)]);
  const out = PAYOUT(texts, T1, _, _, _, _);
  out.forEach((row, i) => {
    const err = row[0] as CustomFunctions.Error;
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe(expectedError(texts[i][0], "Amount").message);
  });
});

test("the one-cell path gives what the column path gives, for every method and amount", () => {
  const amounts = [-5000, 0, 1, 49999.99, 50000, 75000.5, 100000, 250000, 1e300];
  for (const method of [_, "marginal", "retro", "linear", "flat"]) {
    const column = PAYOUT(
      amounts.map((a) => [a]),
      T1,
      method,
      _,
      _,
      _,
    );
    amounts.forEach((a, i) => expect(PAYOUT([[a]], T1, method, _, _, _)).toEqual([column[i]]));
  }
  // A bad method or table still fails the whole call, as before.
  expect(() => PAYOUT([[1]], T1, "sideways", _, _, _)).toThrow();
  expect(() =>
    PAYOUT(
      [[1]],
      [
        [0, 0.1],
        [0, 0.2],
      ],
      _,
      _,
      _,
      _,
    ),
  ).toThrow();
});

describe("lookups on bad cells", () => {
  test.each(BAD)("%s: TIER, RATE and GAP give the engine's error", (_name, bad) => {
    const expected = expectedError(bad, "Value");
    for (const call of [
      () => TIER([[1.2], [bad]], T2, _),
      () => RATE([[1.2], [bad]], T2, "linear", _),
      () => GAP([[1.2], [bad]], T2, _),
    ]) {
      const err = call()[1][0] as CustomFunctions.Error;
      expect(err).toBeInstanceOf(CustomFunctions.Error);
      expect({ code: err.code, message: err.message }).toEqual(expected);
    }
  });

  test("TIER below the first tier is #N/A with the same message as before, cell by cell", () => {
    const out = TIER(
      [[-1], [-2.5], [0.5]],
      [
        [0, 0.1],
        [1, 0.2],
      ],
      [[1000]],
    );
    expect(out[2][0]).toBe(1);
    for (const [r, value] of [
      [0, "-1"],
      [1, "-2.5"],
    ] as const) {
      const err = out[r][0] as CustomFunctions.Error;
      expect(err.code).toBe("#N/A");
      expect(err.message).toBe(new IncentiveError("belowFirstTier", { value, first: "0" }).message);
    }
  });
});
