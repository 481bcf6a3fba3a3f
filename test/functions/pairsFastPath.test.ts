/*
 * ATTAINMENT, BONUS and PRICE compute number cells inline (src/functions/impl/pairs.ts). Every
 * cell must be exactly what the general path gives it: here the functions as they were before the
 * fast path (every cell through `mapCells` and the engine) are the oracle, over columns and
 * blocks of generated cells — numbers at the edges (0, -0, negatives, a zero target, overflow),
 * blanks, text, TRUE, error values — with a single cell broadcasting against a range.
 */
import fc from "fast-check";
import {
  attainment as engineAttainment,
  bonus as engineBonus,
  checkDiscountTable,
  isBlank,
  netPrice,
  parseDirection,
  readNonNegative,
  readNumber,
} from "../../src/engine";
import { attainment, bonus, price } from "../../src/functions/functions";
import { TargetedTiers, readOptionalLimit, readTargetCell } from "../../src/functions/args";
import { ValueArg, broadcastShape, present, scalarArg } from "../../src/functions/grid";
import { BLANK, CellResult, mapCells, runFunction } from "../../src/functions/results";
import { cachedTierTable, clearTierCache } from "../../src/functions/tierCache";
import { outcome } from "./outcome";

/**
 * An omitted optional argument, as Excel passes it: null. The functions' signatures (which also
 * generate the function metadata) declare optional arguments with `?:`, hence the cast.
 */
const _ = null as unknown as undefined;

function oldAttainment(actual: unknown, target: unknown, direction: unknown): CellResult[][] {
  const actuals = new ValueArg("Actual", actual);
  const targets = new ValueArg("Target", target);
  const shape = broadcastShape([actuals, targets]);
  const dir = parseDirection(scalarArg(direction, "Direction"));
  return mapCells(shape, (r, c) => {
    const a = actuals.at(r, c);
    if (isBlank(a)) return BLANK;
    return engineAttainment(readNumber(a, "Actual"), readTargetCell(targets.at(r, c), "Target"), dir);
  });
}

function oldBonus(attainments: unknown, targetIncentive: unknown, curve: unknown, cap: unknown): CellResult[][] {
  const as = new ValueArg("Attainment", attainments);
  const incentives = new ValueArg("Target incentive", targetIncentive);
  const shape = broadcastShape([as, incentives]);
  const table = cachedTierTable(curve);
  const capPercent = readOptionalLimit(cap, "Cap");
  return mapCells(shape, (r, c) => {
    const a = as.at(r, c);
    const t = incentives.at(r, c);
    if (isBlank(a) || isBlank(t)) return BLANK;
    return engineBonus(table, readNumber(a, "Attainment"), readNonNegative(t, "Target incentive"), capPercent);
  });
}

function oldPrice(listPrice: unknown, value: unknown, discountTiers: unknown, target: unknown): CellResult[][] {
  const prices = new ValueArg("List price", listPrice);
  const values = new ValueArg("Value", value);
  const tiered = new TargetedTiers(discountTiers, target, "Target");
  const shape = broadcastShape(present(prices, values, tiered.shapeArg));
  checkDiscountTable(tiered.table);
  return mapCells(shape, (r, c) => {
    const p = prices.at(r, c);
    const v = values.at(r, c);
    if (isBlank(p) || isBlank(v)) return BLANK;
    const list = readNonNegative(p, "List price");
    return netPrice(list, tiered.table, readNumber(v, "Value"), tiered.scaleAt(r, c));
  });
}

const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
const CELLS = [
  0,
  -0,
  1,
  0.8,
  1.25,
  -3,
  1000,
  99.99,
  1e308,
  1e-308,
  -1e308,
  Infinity,
  NaN,
  "",
  null,
  "12",
  "abc",
  true,
  false,
  NA,
];
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 3, arbitrary: fc.double({ min: -2e6, max: 2e6, noNaN: true }) },
);

/** Two arguments of one shape (a column or a block), or one of them a single cell. */
const pair = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.constantFrom(1, 1, 2, 3), single: fc.constantFrom(0, 1, 2) })
  .chain(({ rows, cols, single }) =>
    fc
      .tuple(
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      )
      .map(([a, b]) => [single === 1 ? [a[0].slice(0, 1)] : a, single === 2 ? [b[0].slice(0, 1)] : b] as const),
  );

const CURVE = [
  ["Attainment", "Payout", "Label"],
  [0.5, 0.25, "Threshold"],
  [1, 1, "Target"],
  [1.5, 2, "Excellence"],
];
const DISCOUNTS = [
  [0, 0],
  [1000, 0.05],
  [5000, 0.125],
];

beforeEach(() => clearTierCache());

describe("ATTAINMENT, BONUS, PRICE: the fast path gives every cell what the general path gives it", () => {
  test.each([null, "lower"])("ATTAINMENT, direction %s", (direction) => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(outcome(() => attainment(a, b, direction))).toEqual(
          outcome(() => runFunction(() => oldAttainment(a, b, direction))),
        );
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  test.each([null, 1.2])("BONUS, cap %s", (cap) => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(outcome(() => bonus(a, b, CURVE, cap))).toEqual(
          outcome(() => runFunction(() => oldBonus(a, b, CURVE, cap))),
        );
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  test.each([_, [[2]]])("PRICE, target %j", (target) => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(outcome(() => price(a, b, DISCOUNTS, target))).toEqual(
          outcome(() => runFunction(() => oldPrice(a, b, DISCOUNTS, target))),
        );
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  test("worked values, at the bounds and at zero", () => {
    expect(attainment([[120], [0], [-0]], [[100], [100], [100]], _)).toEqual([[1.2], [0], [0]]);
    expect(attainment([[50]], [[100]], "lower")).toEqual([[1.5]]);
    expect(bonus([[1], [1.5], [0.49], [2]], [[1000]], CURVE, _)).toEqual([[1000], [2000], [0], [2000]]);
    expect(bonus([[1.5]], [[1000]], CURVE, [[1.2]])).toEqual([[1200]]);
    expect(price([[100], [100], [100]], [[999.99], [1000], [5000]], DISCOUNTS, _)).toEqual([[100], [95], [87.5]]);
    const zeroTarget = attainment([[1]], [[0]], _)[0][0] as { code: string };
    expect(zeroTarget.code).toBe("#DIV/0!");
    const negativeIncentive = bonus([[1]], [[-1]], CURVE, _)[0][0] as { code: string };
    expect(negativeIncentive.code).toBe("#NUM!");
    const overflow = attainment([[1e308]], [[1e-308]], _)[0][0] as { code: string };
    expect(overflow.code).toBe("#NUM!");
  });
});
