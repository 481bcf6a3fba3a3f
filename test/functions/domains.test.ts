/*
 * The domains PRICE and ONTIME accept (docs/functions.md): a discount from 0% to 100% in every
 * row of PRICE's table, Excel's dates (serial 0 to 2,958,465 = 9999-12-31) in every ONTIME date,
 * and ONTIME's omitted as_of read as the date when the call runs.
 */
import { setFunctionsLanguage } from "../../src/functions/language";
import { clearTierCache } from "../../src/functions/tierCache";
import { FUNCTIONS } from "../support/functionTable";
import { excelDate } from "../support/specExamples";

const { PRICE, ONTIME } = FUNCTIONS;
const _ = null;

beforeEach(() => {
  clearTierCache();
  setFunctionsLanguage("en");
});

/** The error of a call: thrown (whole call) or its single result cell. */
function errorOf(call: () => unknown[][]): CustomFunctions.Error {
  let out: unknown;
  try {
    out = call()[0][0];
  } catch (e) {
    out = e;
  }
  if (!(out instanceof CustomFunctions.Error)) throw new Error(`expected an error, got ${String(out)}`);
  return out;
}

describe("PRICE: discounts from 0% to 100%", () => {
  test("a negative discount (a price above list) is refused, naming the tier row (header counted)", () => {
    const tiers = [
      ["From", "Discount"],
      [0, 0],
      [100, -0.05],
    ];
    const err = errorOf(() => PRICE([[200]], [[50]], tiers, _));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe(
      "Discount table row 3: the discount is -5%; a discount must be from 0% to 100% of the list price.",
    );
  });

  test("refused for every value, not only the ones reaching the bad row: the table is wrong", () => {
    const err = errorOf(() =>
      PRICE(
        [[200], [200]],
        [[50], [150]],
        [
          [0, 0.1],
          [100, 1.2],
        ],
        _,
      ),
    );
    expect(err).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("row 2") });
    expect(err.message).toContain("120%");
  });

  test("0% and 100% are allowed: list price, and free", () => {
    expect(
      PRICE(
        [[200], [200]],
        [[50], [150]],
        [
          [0, 0],
          [100, 1],
        ],
        _,
      ),
    ).toEqual([[200], [0]]);
  });

  test("the message comes in Chinese too", () => {
    setFunctionsLanguage("zh");
    expect(errorOf(() => PRICE([[200]], [[50]], [[0, -0.05]], _)).message).toBe(
      "折扣表第 1 行：折扣为 -5%；折扣必须在标价的 0% 到 100% 之间。",
    );
  });
});

describe("ONTIME: dates within Excel's range", () => {
  const DUE = [[excelDate("2026-01-10")], [excelDate("2026-01-20")]];
  const DONE = [[excelDate("2026-01-09")], [null]];
  const AS_OF = excelDate("2026-02-15");

  test("as_of 1e308 is #NUM! with a message", () => {
    const err = errorOf(() => ONTIME(DUE, DONE, 1e308, _));
    expect(err.code).toBe("#NUM!");
    expect(err.message).toBe(
      "As of is 1e+308, which is not an Excel date: dates run from 0 to 2,958,465 (9999-12-31).",
    );
  });

  test("9999-12-31 (serial 2,958,465, any time of day) is a date; the day after is not", () => {
    expect(ONTIME(DUE, DONE, 2958465.75, _)).toEqual([[0.5]]);
    expect(errorOf(() => ONTIME(DUE, DONE, 2958466, _)).code).toBe("#NUM!");
  });

  test("a due or completion date beyond 9999-12-31 is #NUM! naming its row", () => {
    expect(errorOf(() => ONTIME([[DUE[0][0]], [3e6]], DONE, AS_OF, _))).toMatchObject({
      code: "#NUM!",
      message: expect.stringContaining("The due date in row 2 is 3,000,000"),
    });
    expect(errorOf(() => ONTIME(DUE, [[1e20], [null]], AS_OF, _))).toMatchObject({
      code: "#NUM!",
      message: expect.stringContaining("The completion date in row 1 is 100000000000000000000"),
    });
  });
});

describe("ONTIME's omitted as_of: today, when the call runs", () => {
  afterEach(() => jest.useRealTimers());

  // One milestone, due 2026-03-01 and still open: late once today is past it.
  const due = [[excelDate("2026-03-01")]];
  const open = [[null]];

  test("before the due date nothing counts yet (#N/A); after it the open milestone is late (0)", () => {
    jest.useFakeTimers({ now: new Date(2026, 1, 15, 12) });
    expect(errorOf(() => ONTIME(due, open, _, _)).code).toBe("#N/A");
    jest.setSystemTime(new Date(2026, 2, 10, 12));
    expect(ONTIME(due, open, _, _)).toEqual([[0]]);
  });

  test("a blank as_of cell reads as omitted; a given as_of does not depend on the clock", () => {
    jest.useFakeTimers({ now: new Date(2026, 2, 10, 12) });
    expect(ONTIME(due, open, [[null]], _)).toEqual([[0]]);
    expect(errorOf(() => ONTIME(due, open, excelDate("2026-02-15"), _)).code).toBe("#N/A");
  });
});
