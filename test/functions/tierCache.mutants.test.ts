/*
 * The tier-table cache drops the least recently USED table, not the least recently parsed one:
 * a table read again moves to the front. Written against the mutants StrykerJS left alive in
 * tierCache.ts (docs/testing.md "Mutation testing").
 */
import {
  cachedTierTable,
  cachedTierTableIgnoringLabels,
  clearTierCache,
  tierCacheSize,
} from "../../src/functions/tierCache";

beforeEach(() => clearTierCache());

test("a table read again is kept when 16 newer ones arrive after it was first parsed", () => {
  const tables = Array.from({ length: 17 }, (_, i) => [[0, i / 100]]);
  const copy = (t: unknown[][]) => t.map((r) => [...r]);
  const first = cachedTierTable(copy(tables[0]));
  const second = cachedTierTable(copy(tables[1]));
  for (let i = 2; i < 16; i++) cachedTierTable(copy(tables[i]));
  expect(tierCacheSize()).toBe(16);
  // Table 0 is used again: now the most recent. Table 16 then pushes out table 1, the least recently used.
  expect(cachedTierTable(copy(tables[0]))).toBe(first);
  cachedTierTable(copy(tables[16]));
  expect(tierCacheSize()).toBe(16);
  expect(cachedTierTable(copy(tables[0]))).toBe(first);
  expect(cachedTierTable(copy(tables[1]))).not.toBe(second);
});

/*
 * Tenth session (issue 12): the mutants run fn10 left alive with the whole functions test set.
 * A range equal in content is one entry (parsed once) whatever its cells hold — numbers, text,
 * blank text, null, TRUE, and shapes that do not parse — and a ragged array is neither served a
 * cached table nor cached itself.
 */
const fresh = (t: readonly (readonly unknown[])[]) => t.map((r) => [...r]);
const outcomeOf = (read: () => unknown) => {
  try {
    read();
    return "table";
  } catch (e) {
    return (e as Error).message;
  }
};

describe.each([
  [
    "numbers as labels",
    [
      [0, 0.02, 1],
      [50000, 0.03, 2],
    ],
  ],
  [
    "a header and blank (null) labels",
    [
      ["Bound", "Rate", null],
      [0, 0.02, null],
      [50000, 0.03, null],
    ],
  ],
  [
    'blank ("") labels',
    [
      [0, 0.02, ""],
      [50000, 0.03, ""],
    ],
  ],
  [
    "text labels",
    [
      [0, 0.02, "Bronze"],
      [50000, 0.03, "Silver"],
    ],
  ],
  [
    "a TRUE label (an error, cached)",
    [
      [0, 0.02, true],
      [50000, 0.03, "Silver"],
    ],
  ],
  [
    "two columns",
    [
      [0, 0.02],
      [50000, 0.03],
    ],
  ],
  ["one column (an error, cached)", [[0], [50000]]],
  [
    "four columns (an error, cached)",
    [
      [0, 0.02, "Bronze", "x"],
      [50000, 0.03, "Silver", null],
    ],
  ],
])("%s: the same content twice is parsed once", (_name, range) => {
  test.each([
    ["every label compared (TIER, EXPLAIN)", cachedTierTable],
    ["label text not compared (PAYOUT, RATE, GAP …)", cachedTierTableIgnoringLabels],
  ])("%s", (_how, read) => {
    const first = outcomeOf(() => read(fresh(range)));
    expect(outcomeOf(() => read(fresh(range)))).toBe(first);
    expect(tierCacheSize()).toBe(1);
  });
});

test("a ragged array is not served the table of the rectangle it starts like", () => {
  cachedTierTable([
    [0, 0.02],
    [50000, 0.03],
  ]);
  expect(outcomeOf(() => cachedTierTable([[0, 0.02], [50000]]))).toMatch(/not a rectangular range/);
  expect(
    outcomeOf(() =>
      cachedTierTable([
        [0, 0.02],
        [50000, 0.03, "Silver"],
      ]),
    ),
  ).toMatch(/not a rectangular range/);
  // The same for a shape that does not parse: its error is not the ragged array's.
  outcomeOf(() => cachedTierTable([[0], [50000]]));
  expect(outcomeOf(() => cachedTierTable([[0], [50000, 0.03]]))).toMatch(/not a rectangular range/);
});

test("a ragged array is not cached: the rectangle its cells would fill is read as itself", () => {
  expect(outcomeOf(() => cachedTierTable([[0, 0.02], [50000]]))).toMatch(/not a rectangular range/);
  const table = cachedTierTable([
    [0, 0.02],
    [50000, 0],
  ]);
  expect(Array.from(table.rates)).toEqual([0.02, 0]);
});

test("an error value where the table is not read (a header's rate cell) keeps the range out of the cache", () => {
  // An error object's identity says nothing about its content: such a range is parsed every time.
  const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  const range = [
    ["Bound", NA, "Tier"],
    [0, 0.02, "Bronze"],
    [50000, 0.03, "Silver"],
  ];
  expect(cachedTierTable(fresh(range)).size).toBe(2);
  expect(cachedTierTableIgnoringLabels(fresh(range)).size).toBe(2);
  expect(tierCacheSize()).toBe(0);
});
