/*
 * Reading what a user typed: tier tables (SPEC §3.1 "Tier tables"), method and direction words
 * (SPEC §2, docs/glossary.md) and cells that must be numbers. Written against the mutants
 * StrykerJS left alive (docs/testing.md "Mutation testing"); every expectation is a rule of the
 * SPEC or the message the rule names, never a value copied from a run.
 */
import { METHODS, parseDirection, parseMethod, parseTierTable, scaleTierTable, tierName } from "../../src/engine";
import { failure } from "../support/engineFailure";

describe("method words (SPEC §2: only these aliases)", () => {
  test.each([
    ["marginal", "marginal"],
    ["graduated", "marginal"],
    ["incremental", "marginal"],
    ["retro", "retro"],
    ["retroactive", "retro"],
    ["flat", "retro"],
    ["linear", "linear"],
    ["interpolated", "linear"],
    ["pay curve", "linear"],
  ])("%s is %s, whatever its case and spacing", (word, method) => {
    expect(parseMethod(word)).toBe(method);
    expect(parseMethod(`  ${word.toUpperCase()} `)).toBe(method);
    expect(parseMethod(word.replace(" ", "   "))).toBe(method);
  });

  test("the three methods, in SPEC order", () => {
    expect(METHODS).toEqual(["marginal", "retro", "linear"]);
  });

  test("blank means the fallback (marginal unless another is given)", () => {
    expect(parseMethod(null)).toBe("marginal");
    expect(parseMethod("")).toBe("marginal");
    expect(parseMethod(undefined, "retro")).toBe("retro");
  });

  test("words other tools use for other things are refused, quoting what was found", () => {
    for (const word of ["step", "cumulative", "tiered", "pay  curves", "paycurve"]) {
      const e = failure(() => parseMethod(word));
      expect(e.id).toBe("unknownMethod");
      expect(e.kind).toBe("value");
      expect(e.params.found).toBe(word);
    }
    expect(failure(() => parseMethod(1)).params.found).toBe("1");
    expect(failure(() => parseMethod(true)).params.found).toBe("true");
    const long = "x".repeat(60);
    expect(failure(() => parseMethod(long)).params.found).toBe(`${"x".repeat(39)}…`);
  });

  test("an error value as the method is passed through, not read as a word", () => {
    const na = { code: "#N/A" };
    const e = failure(() => parseMethod(na));
    expect(e.id).toBe("unknownMethod");
    expect(e.passthrough).toBe(na);
    // Where the failure is told in words, it says what was found: not "[object Object]".
    expect(e.params).toEqual({ found: "an error value" });
  });
});

describe("direction words", () => {
  test("higher and lower, whatever the case and spacing; blank is higher", () => {
    expect(parseDirection("higher")).toBe("higher");
    expect(parseDirection(" LOWER ")).toBe("lower");
    expect(parseDirection(null)).toBe("higher");
    expect(parseDirection("")).toBe("higher");
    expect(parseDirection("越高越好")).toBe("higher");
    expect(parseDirection("越低越好")).toBe("lower");
  });

  test("anything else is refused, quoting it; an error value passes through", () => {
    expect(failure(() => parseDirection("up")).params.found).toBe("up");
    expect(failure(() => parseDirection(1)).params.found).toBe("1");
    expect(failure(() => parseDirection(1)).id).toBe("unknownDirection");
    // Long text is quoted clipped, as every quoted word is.
    expect(failure(() => parseDirection("x".repeat(60))).params.found).toBe(`${"x".repeat(39)}…`);
    const na = { code: "#N/A" };
    expect(failure(() => parseDirection(na)).passthrough).toBe(na);
    expect(failure(() => parseDirection(na)).params).toEqual({ found: "an error value" });
  });
});

describe("tier tables (SPEC §3.1)", () => {
  test("rows of bound, rate and optional label; unlabelled tiers are named by their number", () => {
    const t = parseTierTable([
      [0, 0.02, "Bronze"],
      [50000, 0.03, null],
    ]);
    expect(t.size).toBe(2);
    expect([...t.bounds]).toEqual([0, 50000]);
    expect([...t.rates]).toEqual([0.02, 0.03]);
    expect(t.labels).toEqual(["Bronze", null]);
    expect(tierName(t, 0)).toBe("Bronze");
    expect(tierName(t, 1)).toBe(2);
    expect(t.firstRow).toBe(1);
    // Marginal payout accrued up to each bound: 0, then 50,000 × 2%.
    expect([...t.cumulative]).toEqual([0, 1000]);
  });

  test("a numeric label is kept as a number; a two-column table has no labels", () => {
    expect(parseTierTable([[0, 0.1, 7]]).labels).toEqual([7]);
    expect(parseTierTable([[0, 0.1]]).labels).toEqual([null]);
  });

  test("a first row whose bound is a word is a header and is skipped", () => {
    const t = parseTierTable([
      ["From", "Rate", "Tier"],
      [0, 0.02, "Bronze"],
    ]);
    expect(t.size).toBe(1);
    expect(t.firstRow).toBe(2);
  });

  test("a number stored as text, or spaces, in the first bound is not a header: it is a bad bound", () => {
    for (const text of ["100", " 5% ", "1,200.50"]) {
      const e = failure(() => parseTierTable([[text, 0.1]]));
      expect(e.id).toBe("tierBoundText");
      expect(e.params.row).toBe(1);
    }
    // Only spaces: not a word either, so not a header.
    expect(
      failure(() =>
        parseTierTable([
          ["   ", 0.1],
          [0, 0.1],
        ]),
      ).id,
    ).toBe("tierBoundText");
  });

  test("fully blank trailing rows are ignored; a blank row with tiers after it is a gap", () => {
    expect(
      parseTierTable([
        [0, 0.1],
        [null, null],
        ["", undefined],
      ]).size,
    ).toBe(1);
    expect(
      parseTierTable([
        [0, 0.1, "A"],
        [null, "", null],
      ]).size,
    ).toBe(1);
    const gap = failure(() =>
      parseTierTable([
        [0, 0.1],
        [null, null],
        [10, 0.2],
      ]),
    );
    expect(gap.id).toBe("tierGap");
    expect(gap.params.row).toBe(2);
    // A half-blank last row is not blank: its missing rate is an error.
    expect(
      failure(() =>
        parseTierTable([
          [0, 0.1],
          [10, null],
        ]),
      ).id,
    ).toBe("tierRateBlank");
  });

  test("no rows, only blank rows, or only a header: no tiers", () => {
    expect(failure(() => parseTierTable([])).id).toBe("tierEmpty");
    expect(failure(() => parseTierTable([[null, null]])).id).toBe("tierEmpty");
    expect(failure(() => parseTierTable([["Bound", "Rate"]])).id).toBe("tierHeaderOnly");
    expect(
      failure(() =>
        parseTierTable([
          ["Bound", "Rate"],
          [null, null],
        ]),
      ).id,
    ).toBe("tierHeaderOnly");
    expect(failure(() => parseTierTable(null as never)).id).toBe("tierEmpty");
  });

  test("2 or 3 columns, all rows alike", () => {
    expect(failure(() => parseTierTable([[0]])).params.cols).toBe(1);
    expect(failure(() => parseTierTable([[0, 0.1, "A", "x"]])).params.cols).toBe(4);
    expect(
      failure(() =>
        parseTierTable([
          [0, 0.1],
          [10, 0.2, "B"],
        ]),
      ).id,
    ).toBe("raggedRange");
    expect(failure(() => parseTierTable([[0, 0.1], "ab" as never])).id).toBe("raggedRange");
    // The message says which range is not rectangular: "The tier table is not a rectangular range."
    expect(failure(() => parseTierTable([[0, 0.1], [10]])).params).toEqual({ what: "The tier table" });
    expect(failure(() => parseTierTable(["ab", "cd"] as never)).id).toBe("raggedRange");
  });

  test("bounds strictly ascending: an equal or lower bound names its row, the bound and the one before", () => {
    for (const second of [0, -1]) {
      const e = failure(() =>
        parseTierTable([
          ["From", "Rate"],
          [0, 0.1],
          [second, 0.2],
        ]),
      );
      expect(e.id).toBe("tierNotAscending");
      expect(e.params).toEqual({ row: 3, bound: String(second), previous: "0" });
    }
    expect(
      failure(() =>
        parseTierTable([
          [10000, 0.1],
          [5000, 0.2],
        ]),
      ).params,
    ).toEqual({
      row: 2,
      bound: "5,000",
      previous: "10,000",
    });
  });

  test("each bad bound or rate names its row and what it found, with the kind SPEC gives it", () => {
    const cases: [unknown[][], string, string, Record<string, unknown>][] = [
      [
        [
          [0, 0.1],
          [null, 0.2],
        ],
        "tierBoundBlank",
        "value",
        { row: 2 },
      ],
      [
        [
          [0, 0.1],
          ["ten", 0.2],
        ],
        "tierBoundText",
        "value",
        { row: 2, text: "ten" },
      ],
      [
        [
          [0, 0.1],
          [true, 0.2],
        ],
        "tierBoundNotNumber",
        "value",
        { row: 2, found: "TRUE" },
      ],
      [
        [
          [0, 0.1],
          [false, 0.2],
        ],
        "tierBoundNotNumber",
        "value",
        { row: 2, found: "FALSE" },
      ],
      [
        [
          [0, 0.1],
          [Infinity, 0.2],
        ],
        "tierBoundNotFinite",
        "num",
        { row: 2, found: "Infinity" },
      ],
      [
        [
          [0, 0.1],
          [NaN, 0.2],
        ],
        "tierBoundNotFinite",
        "num",
        { row: 2, found: "NaN" },
      ],
      [[[0, null]], "tierRateBlank", "value", { row: 1 }],
      [[[0, "5%"]], "tierRateText", "value", { row: 1, text: "5%" }],
      [[[0, false]], "tierRateNotNumber", "value", { row: 1, found: "FALSE" }],
      [[[0, -Infinity]], "tierRateNotFinite", "num", { row: 1, found: "-Infinity" }],
      [[[0, 0.1, true]], "tierLabelNotText", "value", { row: 1, found: "TRUE" }],
      [[[0, 0.1, false]], "tierLabelNotText", "value", { row: 1, found: "FALSE" }],
      [[[0, 0.1, Infinity]], "tierLabelNotText", "value", { row: 1, found: "Infinity" }],
    ];
    for (const [cells, id, kind, params] of cases) {
      const e = failure(() => parseTierTable(cells));
      expect({ id: e.id, kind: e.kind, params: e.params }).toEqual({ id, kind, params });
    }
  });

  test("an error value in a bound, rate or label passes through, naming its row", () => {
    const na = { code: "#N/A" };
    for (const cells of [[[na, 0.1]], [[0, na]], [[0, 0.1, na]]]) {
      const e = failure(() => parseTierTable(cells));
      expect(e.id).toBe("tierCellError");
      expect(e.params.row).toBe(1);
      expect(e.passthrough).toBe(na);
    }
  });

  test("scaling multiplies every bound and recomputes what has accrued; scale 1 is the same table", () => {
    const t = parseTierTable([
      [0, 0.04],
      [1, 0.06],
      [1.5, 0.08],
    ]);
    expect(scaleTierTable(t, 1)).toBe(t);
    const s = scaleTierTable(t, 100000);
    expect([...s.bounds]).toEqual([0, 100000, 150000]);
    expect([...s.rates]).toEqual([0.04, 0.06, 0.08]);
    expect([...s.cumulative]).toEqual([0, 4000, 4000 + 3000]);
    expect(s.size).toBe(3);
    expect(s.labels).toBe(t.labels);
  });
});
