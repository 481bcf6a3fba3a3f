/*
 * The tier cache never changes an outcome: whatever table was cached before, a call gives exactly
 * what it gives on an empty cache (value, error code and message), for every function that reads
 * a tier table. PAYOUT's one-cell path does not compare label texts (cachedTierTableIgnoringLabels);
 * these tests pin that TIER and EXPLAIN still see every label change, and that a label changing
 * between blank, text, a number and TRUE is still seen by PAYOUT.
 */
import fc from "fast-check";
import {
  cachedTierTable,
  cachedTierTableIgnoringLabels,
  clearTierCache,
  tierCacheSize,
} from "../../src/functions/tierCache";
import { bonus, explain, gap, payout, price, rate, tier } from "../../src/functions/functions";
import { parseTierTable, payout as enginePayout } from "../../src/engine";
import { outcome } from "./outcome";

/**
 * An omitted optional argument, as Excel passes it: null. The functions' signatures (which also
 * generate the function metadata) declare optional arguments with `?:`, hence the cast.
 */
const _ = null as unknown as undefined;
const copy = (rows: unknown[][]) => rows.map((r) => [...r]);

/** Every function that reads a tier table, called with `tiers` as Excel would (one cell and a column). */
const CALLS: readonly [string, (tiers: unknown[][]) => unknown[][]][] = [
  ["PAYOUT one cell", (t) => payout([[60000]], t, _, _, _, _)],
  ["PAYOUT one cell at a bound", (t) => payout([[50000]], t, "retro", _, _, _)],
  ["PAYOUT column", (t) => payout([[1.2], [60000], [-5]], t, "linear", _, _, _)],
  ["TIER", (t) => tier([[60000], [0.5]], t, _)],
  ["RATE", (t) => rate([[60000]], t, "linear", _)],
  ["GAP", (t) => gap([[1]], t, _)],
  ["BONUS", (t) => bonus([[1.1], [0.5]], [[1000], [1000]], t, _)],
  ["PRICE", (t) => price([[100], [100]], [[60000], [1]], t, _)],
  ["EXPLAIN", (t) => explain([[120000]], t, _, _, _)],
];

// Cells a tier range can hold, each column with values that parse and values that fail.
const BOUNDS = [0, -0, 1, 50000, 100000, "Bound", "100", "", null, true];
const RATES = [0.02, 0.03, 0.5, 1.5, "Rate", "", null, false];
const LABELS = ["Gold", "Silver", "gold", " ", "", null, 3, 0.5, true, "Label"];

const table = fc
  .record({
    cols: fc.constantFrom(2, 3),
    rows: fc.array(fc.tuple(fc.constantFrom(...BOUNDS), fc.constantFrom(...RATES), fc.constantFrom(...LABELS)), {
      minLength: 1,
      maxLength: 4,
    }),
  })
  .map(({ cols, rows }) => rows.map((r) => r.slice(0, cols)));

/** A table and an edit of it: one cell changed (often a label), as a user edits a range. */
const edited = table.chain((t) =>
  fc
    .record({
      row: fc.nat(t.length - 1),
      col: fc.nat(t[0].length - 1),
      label: fc.constantFrom(...LABELS),
      bound: fc.constantFrom(...BOUNDS),
      rate: fc.constantFrom(...RATES),
    })
    .map(({ row, col, label, bound, rate: r }) => {
      const next = copy(t);
      next[row][col] = [bound, r, label][col];
      return [t, next] as const;
    }),
);

function fresh(call: (tiers: unknown[][]) => unknown[][], tiers: unknown[][]): unknown {
  clearTierCache();
  return outcome(() => call(copy(tiers)));
}

describe("tier cache: a cached table never changes an outcome", () => {
  test.each(CALLS)("%s after any other table is cached gives what it gives on an empty cache", (_name, call) => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        const expected = fresh(call, after);
        clearTierCache();
        // Every function has seen the table before the edit (so both kinds of lookup have it cached).
        for (const [, other] of CALLS) outcome(() => other(copy(before)));
        expect(outcome(() => call(copy(after)))).toEqual(expected);
        // And back: the first table again, after the edited one is cached.
        expect(outcome(() => call(copy(before)))).toEqual(fresh(call, before));
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});

/** A valid table (ascending bounds 0, 1, 2 …, a header or not) and the same with one label changed. */
const relabelled = fc
  .record({
    header: fc.boolean(),
    labels: fc.array(fc.constantFrom(...LABELS.filter((l) => l !== true)), { minLength: 1, maxLength: 5 }),
    at: fc.nat(),
    label: fc.constantFrom(...LABELS),
  })
  .map(({ header, labels, at, label }) => {
    const rows: unknown[][] = labels.map((l, i) => [i, 0.1 * (i + 1), l]);
    if (header) rows.unshift(["Bound", "Rate", "Label"]);
    const next = copy(rows);
    next[header ? 1 + (at % labels.length) : at % labels.length][2] = label;
    return [rows, next] as const;
  });

describe("tier cache: a changed label", () => {
  test.each(CALLS)(
    "%s after the table with the old label is cached gives what it gives on an empty cache",
    (_name, call) => {
      fc.assert(
        fc.property(relabelled, ([before, after]) => {
          const wrap = (c: (t: unknown[][]) => unknown[][]) => (t: unknown[][]) =>
            c(t).concat(tier([[0], [1], [2], [3], [4]], t, _));
          const expected = fresh(wrap(call), after);
          clearTierCache();
          for (const [, other] of CALLS) outcome(() => other(copy(before)));
          expect(outcome(() => wrap(call)(copy(after)))).toEqual(expected);
        }),
        { numRuns: 100, seed: 15 },
      );
    },
  );
});

describe("tier cache: labels", () => {
  const T = [
    ["Bound", "Rate", "Tier"],
    [0, 0.02, "Bronze"],
    [50000, 0.03, "Silver"],
    [100000, 0.05, "Gold"],
  ];

  test("a renamed tier is a hit for PAYOUT (no label text compared) and a new table for TIER", () => {
    beforeAllClear();
    const first = cachedTierTableIgnoringLabels(copy(T));
    const renamed = copy(T);
    renamed[2][2] = "Argent";
    expect(cachedTierTableIgnoringLabels(renamed)).toBe(first);
    expect(payout([[60000]], renamed, _, _, _, _)).toEqual([[1300]]);
    expect(tier([[60000]], renamed, _)).toEqual([["Argent"]]);
    expect(cachedTierTable(renamed).labels).toEqual(["Bronze", "Argent", "Gold"]);
    // The original labels are still read where the original range is passed.
    expect(tier([[60000]], copy(T), _)).toEqual([["Silver"]]);
    expect(explain([[60000]], renamed, _, _, _)[2][0]).toBe("Argent");
  });

  test("a label made blank, a number or TRUE is seen by PAYOUT's one-cell path", () => {
    beforeAllClear();
    expect(payout([[60000]], copy(T), _, _, _, _)).toEqual([[1300]]);
    // A row with only a label is a tier without a bound; once the label is blank it is a
    // trailing blank row, which ends the table.
    const labelOnly = copy(T);
    labelOnly[3] = [null, null, "Gold"];
    expect(outcome(() => payout([[120000]], labelOnly, _, _, _, _))).toEqual({
      thrown: { code: "#VALUE!", message: expect.stringMatching(/row 4/) },
    });
    const blankTopRow = copy(T);
    blankTopRow[3] = [null, null, ""];
    expect(payout([[120000]], blankTopRow, _, _, _, _)).toEqual([[3100]]);
    blankTopRow[3][2] = "Gold";
    expect(outcome(() => payout([[120000]], blankTopRow, _, _, _, _))).toEqual(
      outcome(() => payout([[120000]], labelOnly, _, _, _, _)),
    );
    const gap = copy(T);
    gap[2] = ["", null, ""];
    expect(outcome(() => payout([[60000]], gap, _, _, _, _))).toEqual({
      thrown: { code: "#VALUE!", message: expect.stringMatching(/row 3/) },
    });
    const boolLabel = copy(T);
    boolLabel[2][2] = true;
    expect(outcome(() => payout([[60000]], boolLabel, _, _, _, _))).toEqual({
      thrown: { code: "#VALUE!", message: expect.stringMatching(/TRUE/) },
    });
    const numberLabel = copy(T);
    numberLabel[2][2] = 2;
    expect(payout([[60000]], numberLabel, _, _, _, _)).toEqual([[1300]]);
    expect(tier([[60000]], numberLabel, _)).toEqual([[2]]);
  });

  test("the header row is compared in full: a header that becomes a number stored as text is a bad bound", () => {
    beforeAllClear();
    expect(payout([[60000]], copy(T), _, _, _, _)).toEqual([[1300]]);
    const textBound = copy(T);
    textBound[0][0] = "100";
    expect(outcome(() => payout([[60000]], textBound, _, _, _, _))).toEqual({
      thrown: { code: "#VALUE!", message: expect.stringContaining('"100"') },
    });
  });

  function beforeAllClear(): void {
    clearTierCache();
    expect(tierCacheSize()).toBe(0);
  }
});

describe("tier cache: many tiers, amounts at every bound", () => {
  const rows = (n: number) => Array.from({ length: n }, (_x, i) => [i * 1000, 0.01 + i * 0.001, `Tier ${i + 1}`]);

  test.each([10, 50, 200])(
    "%i tiers: one-cell calls at, just below and just above every bound equal the engine and the column",
    (n) => {
      clearTierCache();
      const tiers = rows(n);
      const table = parseTierTable(tiers);
      const amounts: number[] = [];
      for (let i = 0; i < n; i++) amounts.push(i * 1000, i * 1000 - 0.01, i * 1000 + 0.01);
      const column = payout(
        amounts.map((a) => [a]),
        copy(tiers),
        "marginal",
        _,
        _,
        _,
      );
      amounts.forEach((a, i) => {
        const expected = enginePayout(table, "marginal", a);
        expect(payout([[a]], copy(tiers), "marginal", _, _, _)).toEqual([[expected === 0 ? 0 : expected]]);
        expect(column[i][0]).toBe(expected === 0 ? 0 : expected);
        expect(tier([[a]], copy(tiers), _)[0][0]).toEqual(
          a < 0 ? expect.anything() : `Tier ${Math.floor(a / 1000) + 1}`,
        );
      });
    },
  );

  test("the last tier's rate edited in place is read by the next one-cell call", () => {
    clearTierCache();
    const tiers = rows(50);
    expect(payout([[60000]], tiers, _, _, _, _)).toEqual(payout([[60000]], copy(tiers), _, _, _, _));
    const before = payout([[60000]], tiers, _, _, _, _)[0][0] as number;
    tiers[49][1] = 0.5;
    const after = payout([[60000]], tiers, _, _, _, _)[0][0] as number;
    expect(after).toBeCloseTo(before + (60000 - 49000) * (0.5 - (0.01 + 49 * 0.001)), 6);
    expect(after).toBe(enginePayout(parseTierTable(tiers), "marginal", 60000));
  });
});
