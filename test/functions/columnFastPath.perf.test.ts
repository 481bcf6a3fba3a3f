/*
 * PAYOUT's marginal column (src/functions/impl/payout.ts, `marginalColumn`) and SCORE's rows
 * (src/functions/impl/score.ts, `scoreRows`) compute number cells inline, for speed (issue 15;
 * speed itself is measured only by `npm run bench`). Every cell must be exactly what the general
 * path gives it: here each cell computed on its own through `mapCells` and the engine is the
 * oracle — numbers at the edges (0, -0, negatives, below the first bound, at a bound, overflow),
 * blanks, text, TRUE, error values — against tier tables whose first bound is zero, positive or
 * negative, and a prior before, at or inside a tier.
 */
import fc from "fast-check";
import {
  isBlank,
  parseMethod,
  parseWeights,
  payout as enginePayout,
  readNumber,
  weightedScore,
} from "../../src/engine";
import { payout, score } from "../../src/functions/functions";
import { readOptionalLimit, readPriorCell } from "../../src/functions/args";
import { ValueArg, scalarArg, toGrid } from "../../src/functions/grid";
import { BLANK, CellResult, mapCells, runFunction } from "../../src/functions/results";
import { cachedTierTable, clearTierCache } from "../../src/functions/tierCache";
import { outcome } from "./outcome";

/** An omitted optional argument, as Excel passes it: null (see pairsFastPath.test.ts). */
const _ = null as unknown as undefined;

/** PAYOUT cell by cell, marginal, no cap, one prior: the general path. */
function oldPayout(amount: unknown, tiers: unknown, prior: unknown): CellResult[][] {
  const amounts = new ValueArg("Amount", amount);
  const table = cachedTierTable(tiers);
  const p = prior === null ? 0 : readPriorCell((prior as unknown[][])[0][0], "Prior");
  return mapCells(amounts.shape, (r, c) => {
    const a = amounts.at(r, c);
    if (isBlank(a)) return BLANK;
    return enginePayout(table, "marginal", readNumber(a, "Amount"), p);
  });
}

/** PAYOUT of one cell with a method, no prior: the general path. */
function oldPayoutMethod(amount: unknown[][], tiers: unknown, method: unknown): CellResult[][] {
  const table = cachedTierTable(tiers);
  const m = parseMethod(scalarArg(method, "Method"));
  return mapCells({ rows: 1, cols: 1 }, () => {
    const a = amount[0][0];
    if (isBlank(a)) return BLANK;
    return enginePayout(table, m, readNumber(a, "Amount"));
  });
}

/** SCORE row by row: the engine's weightedScore, one closure and try/catch a row. */
function oldScore(attainments: unknown, weights: unknown, cap: unknown): CellResult[][] {
  const a = toGrid(attainments, "Attainments");
  const parsed = parseWeights((weights as unknown[][])[0]);
  const capValue = readOptionalLimit(cap, "Cap");
  return mapCells({ rows: a.length, cols: 1 }, (r) => weightedScore(a[r], parsed, capValue) ?? BLANK);
}

const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

/** Tables whose first bound is zero, positive and negative; the amounts are drawn around them. */
const TABLES = [
  [
    ["Bound", "Rate", "Label"],
    [0, 0.02, "Bronze"],
    [50000, 0.03, "Silver"],
    [100000, 0.05, "Gold"],
  ],
  [
    [1000, 0.1],
    [2000, 0.2],
    [3000, 0.3],
    [4000, 0.45],
  ],
  [
    [-500, 0.5],
    [0, 1],
    [250, 1.5],
  ],
  [[0, 1e300]],
];
const EDGES = [0, -0, 1, -1, 250, 1000, 2000, 2999.99, 3000, 50000, 100000, 1e308, -1e308, 1e300, Infinity, NaN];
const amountCell = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 4, arbitrary: fc.double({ min: -5000, max: 150000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>("", null, "1234.5", "abc", true, NA) },
);
const column = fc.array(fc.array(amountCell, { minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 12 });
const priorArg = fc.oneof(
  fc.constant<unknown>(_),
  fc.constantFrom(0, -0, 1000, 1500, 2500, 4000, -500, -250, 100, 60000, -100000).map((p) => [[p]]),
  fc.double({ min: -1000, max: 120000, noNaN: true }).map((p) => [[p]]),
);

beforeEach(() => clearTierCache());

/** A column of numbers, each within rounding of the value worked out by hand. */
function expectNumbers(out: unknown[][], expected: number[]): void {
  expect(out.length).toBe(expected.length);
  out.forEach((row, i) => {
    expect(row.length).toBe(1);
    expect(typeof row[0]).toBe("number");
    expect(row[0]).toBeCloseTo(expected[i], 9);
    expect(Object.is(row[0], -0)).toBe(false);
  });
}

describe("PAYOUT's marginal column: every cell as the general path gives it", () => {
  test.each(TABLES.map((t, i) => [i, t] as const))("table %i", (_i, tiers) => {
    fc.assert(
      fc.property(column, priorArg, (amounts, prior) => {
        expect(outcome(() => payout(amounts, tiers, "marginal", _, prior as undefined, _))).toEqual(
          outcome(() => runFunction(() => oldPayout(amounts, tiers, prior ?? null))),
        );
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  test.each(TABLES.map((t, i) => [i, t] as const))(
    "one-cell calls, table %i, as the general path gives the cell",
    (_i, tiers) => {
      const method = fc.constantFrom<unknown>(_, "marginal", "retro", "linear", " Marginal ", "graduated");
      fc.assert(
        fc.property(amountCell, method, (a, m) => {
          clearTierCache();
          const general = outcome(() => runFunction(() => oldPayoutMethod([[a]], tiers, m)));
          // The first call parses the table, the second finds it in the cache.
          expect(outcome(() => payout([[a]], tiers, m, _, _, _))).toEqual(general);
          expect(outcome(() => payout([[a]], tiers, m, _, _, _))).toEqual(general);
        }),
        { numRuns: 300, seed: 15 },
      );
    },
  );

  test("worked values: one band, several bands from the first bound, from a prior inside a tier", () => {
    const tiers = TABLES[1];
    // From nothing: below 1,000 nothing; 1,500 is 500 × 0.1; 2,500 is 100 + 500 × 0.2; 3,500 is 100 + 200 + 500 × 0.3.
    expectNumbers(payout([[500], [999], [1500], [2500], [3500]], tiers, _, _, _, _), [0, 0, 50, 200, 450]);
    // After a prior of 1,500: 1,000 more is 500 × 0.1 + 500 × 0.2; 3,000 more is 50 + 200 + 300 + 500 × 0.45;
    // a refund of 1,000 takes back 500 × 0.1 (the rest was below the first bound).
    expectNumbers(payout([[1000], [3000], [-1000]], tiers, _, _, [[1500]], _), [150, 775, -50]);
  });
});

const attainmentCell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(0, -0, -1, 1e308, Infinity, NaN, "", null, "0.9", "abc", false, NA),
  },
);
const block = fc.array(fc.array(attainmentCell, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 10 });
const WEIGHTS = [[[0.4, 0.3, 0.2, 0.1]], [[60, 40, 0, 1e308]]];

describe("SCORE's rows: every score as the general path gives it", () => {
  test.each([
    [0, _],
    [0, 1.2],
    [1, _],
  ])("weights %i, cap %s", (w, cap) => {
    fc.assert(
      fc.property(block, (attainments) => {
        expect(outcome(() => score(attainments, WEIGHTS[w], cap))).toEqual(
          outcome(() => runFunction(() => oldScore(attainments, WEIGHTS[w], cap ?? null))),
        );
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  test("worked values", () => {
    const weights = [[0.5, 0.5]];
    expectNumbers(
      score(
        [
          [1, 0.5],
          [2, 0],
          [-0, 0],
        ],
        weights,
        _,
      ),
      [0.75, 1, 0],
    );
    expectNumbers(
      score(
        [
          [2, 1],
          [0.5, 3],
        ],
        weights,
        [[1.2]],
      ),
      [1.1, 0.85],
    );
    const partial = score(
      [
        [null, ""],
        [1, null],
      ],
      weights,
      _,
    );
    expect(partial[0][0]).toBe("");
    expect((partial[1][0] as { code: string }).code).toBe("#N/A");
  });
});
