/*
 * The engine's smaller rules — ONTIME's dates, PRICE's discounts, SCORE, BONUS, ATTAINMENT and the
 * tier lookups — each pinned down against SPEC §3.2 and §3.3: written against the mutants StrykerJS
 * left alive (docs/testing.md "Mutation testing"). Expected values are the SPEC's rules worked by
 * hand (shown next to them), never copied from a run.
 */
import {
  IncentiveError,
  attainment,
  bonus,
  checkDiscountTable,
  gapToNextTier,
  interpolatedRate,
  netPrice,
  onTimeRate,
  parseTierTable,
  parseWeights,
  rateAt,
  reachedTier,
  readDate,
  showSerialDate,
  tierIndex,
  todaySerial,
  weightedScore,
} from "../../src/engine";
import { failure } from "../support/engineFailure";
import { C1 as SPEC_C1, T1 as SPEC_T1, T2 as SPEC_T2, excelDate } from "../support/specExamples";

const T1 = parseTierTable(SPEC_T1);
const T2 = parseTierTable(SPEC_T2);
const C1 = parseTierTable(SPEC_C1);

describe("ONTIME's dates", () => {
  const d = excelDate;

  test("a completion on the due day at any hour is on time; the day after is late", () => {
    expect(onTimeRate([d("2026-01-10")], [d("2026-01-10") + 0.99], d("2026-02-01"))).toBe(1);
    expect(onTimeRate([d("2026-01-10") + 0.5], [d("2026-01-10")], d("2026-02-01"))).toBe(1);
    expect(onTimeRate([d("2026-01-10")], [d("2026-01-11")], d("2026-02-01"))).toBe(0);
  });

  test("an open milestone counts (late) only once due + grace is before as_of, judged by day", () => {
    // Due 10 Jan, grace 2: counts from 13 Jan on, whatever the hour of as_of.
    expect(() => onTimeRate([d("2026-01-10")], [null], d("2026-01-12") + 0.9, 2)).toThrow(IncentiveError);
    expect(onTimeRate([d("2026-01-10")], [null], d("2026-01-13"), 2)).toBe(0);
    expect(onTimeRate([d("2026-01-10"), d("2026-01-10")], [null, d("2026-01-12")], d("2026-01-13"), 2)).toBe(1 / 2);
    // Completed within the grace: on time.
    expect(onTimeRate([d("2026-01-10")], [d("2026-01-12")], d("2026-01-11"), 2)).toBe(1);
  });

  test("rows with neither date are skipped; a completion with no due date names its row", () => {
    expect(onTimeRate([null, d("2026-01-10"), ""], [null, d("2026-01-09"), ""], d("2026-02-01"))).toBe(1);
    const e = failure(() => onTimeRate([d("2026-01-10"), null], [null, d("2026-01-09")], d("2026-02-01")));
    expect(e.id).toBe("dueMissing");
    expect(e.params.row).toBe(2);
  });

  test("nothing counted is #N/A naming the as-of date", () => {
    const e = failure(() => onTimeRate([d("2026-03-01")], [null], d("2026-02-15")));
    expect(e.id).toBe("noMilestoneCounted");
    expect(e.kind).toBe("na");
    expect(e.params.asOf).toBe("2026-02-15");
  });

  test("dates must be numbers from 0 to 9999-12-31; text and negatives are refused, naming the row", () => {
    const due = failure(() => onTimeRate([-1], [null], d("2026-02-15")));
    expect(due.params.what).toBe("The due date in row 1");
    expect(due.kind).toBe("num");
    const done = failure(() => onTimeRate([d("2026-01-10"), d("2026-01-10")], [null, "10/01/2026"], d("2026-02-15")));
    expect(done.id).toBe("dateAsText");
    expect(done.params.what).toBe("The completion date in row 2");
    expect(failure(() => onTimeRate([2958466], [null], d("2026-02-15"))).id).toBe("dateOutOfRange");
    expect(onTimeRate([2958465.5], [2958465.9], 2958465)).toBe(1);
    expect(onTimeRate([0], [0], 1)).toBe(1);
  });

  test("readDate: a date, or the reason it is none", () => {
    expect(readDate(0, "As of")).toBe(0);
    expect(readDate(2958465.75, "As of")).toBe(2958465.75);
    expect(failure(() => readDate(2958466, "As of")).params).toEqual({
      what: "As of",
      value: "2,958,466",
    });
    expect(failure(() => readDate(1e300, "As of")).params.value).toBe("1e+300");
    // Grouped by thousands below 1e15 only: from there on the number is shown as JavaScript writes it.
    expect(failure(() => readDate(999999999999999, "As of")).params.value).toBe("999,999,999,999,999");
    expect(failure(() => readDate(1e15, "As of")).params.value).toBe("1000000000000000");
    expect(failure(() => readDate(" 2026-01-01", "As of")).id).toBe("dateAsText");
    expect(failure(() => readDate("  ", "As of")).id).not.toBe("dateAsText");
    expect(failure(() => readDate(-0.5, "As of")).id).toBe("negativeNotAllowed");
  });

  test("serial dates in messages: ISO dates from 1 March 1900 (serial 61), the number before", () => {
    expect(showSerialDate(61)).toBe("1900-03-01");
    expect(showSerialDate(46068)).toBe("2026-02-15");
    expect(showSerialDate(60)).toBe("60");
    expect(showSerialDate(Infinity)).toBe("Infinity");
    expect(showSerialDate(NaN)).toBe("NaN");
  });

  test("today is the local calendar day: 20:00 UTC on 1 Jan 2026 is 2 Jan in Shanghai (UTC+8), 1 Jan in New York", () => {
    const at = (iso: string, offsetMinutes: number) =>
      ({ getTime: () => Date.parse(iso), getTimezoneOffset: () => offsetMinutes }) as Date;
    expect(todaySerial(at("2026-01-01T20:00:00Z", -480))).toBe(d("2026-01-02"));
    expect(todaySerial(at("2026-01-01T20:00:00Z", 300))).toBe(d("2026-01-01"));
    expect(todaySerial(at("2026-01-01T03:00:00Z", 300))).toBe(d("2025-12-31"));
  });
});

describe("PRICE's discounts (0% to 100%)", () => {
  test("list price × (1 − the discount reached, retro); below the first tier, the list price", () => {
    expect(netPrice(200, T1, 120000)).toBe(190);
    expect(netPrice(200, T1, 50000)).toBe(194);
    const from10 = parseTierTable([[10, 0.5]]);
    expect(netPrice(200, from10, 9)).toBe(200);
    // Bounds scaled by 10: the tier starts at 100.
    expect(netPrice(200, from10, 100, 10)).toBe(100);
    expect(netPrice(200, from10, 99, 10)).toBe(200);
  });

  test("0% and 100% are allowed; below 0 or above 100% the table is refused naming the row (header counted)", () => {
    expect(() =>
      checkDiscountTable(
        parseTierTable([
          [0, 0],
          [10, 1],
        ]),
      ),
    ).not.toThrow();
    for (const [d, shown] of [
      [-0.01, "-1%"],
      [1.01, "101%"],
    ] as const) {
      const table = parseTierTable([
        ["From", "Discount"],
        [0, 0.1],
        [10, d],
      ]);
      const e = failure(() => checkDiscountTable(table));
      expect(e.id).toBe("discountOutOfRange");
      expect(e.params).toEqual({ row: 3, discount: shown });
      // A value reaching the bad tier is refused too.
      expect(failure(() => netPrice(100, table, 10)).id).toBe("discountOutOfRange");
    }
    expect(failure(() => checkDiscountTable(parseTierTable([[0, 2]]))).id).toBe("discountOutOfRange");
  });
});

describe("SCORE", () => {
  test("Σ weight × min(attainment, cap) ÷ Σ weight (SPEC §3.3: 1.08, capped at 1.1: 1.02)", () => {
    const w = parseWeights([0.6, 0.4]);
    expect(w.sum).toBe(1);
    expect([...w.values]).toEqual([0.6, 0.4]);
    expect(weightedScore([1.2, 0.9], w)).toBeCloseTo(1.08, 12);
    expect(weightedScore([1.2, 0.9], w, 1.1)).toBeCloseTo(1.02, 12);
    expect(weightedScore([1.2, 0.9], parseWeights([60, 40]))).toBeCloseTo(1.08, 12);
  });

  test("all blank is no score (null); some blank is #N/A naming the first blank one", () => {
    const w = parseWeights([1, 1, 1]);
    expect(weightedScore([null, "", undefined], w)).toBeNull();
    const e = failure(() => weightedScore([1, 1, null], w));
    expect(e.id).toBe("missingAttainment");
    expect(e.kind).toBe("na");
    expect(e.params.index).toBe(3);
    expect(failure(() => weightedScore([1, null, null], w)).params.index).toBe(2);
  });

  test("an attainment that is not a number is refused, naming it", () => {
    const e = failure(() => weightedScore([1, "x"], parseWeights([1, 1])));
    expect(e.params.what).toBe("Attainment 2");
    // Only a finite number is an attainment: a number stored as text, TRUE or an infinity is refused.
    const w = parseWeights([1, 1]);
    expect(failure(() => weightedScore(["1.2", 1], w)).id).toBe("numberStoredAsText");
    expect(failure(() => weightedScore([true, 1], w)).id).toBe("booleanNotNumber");
    expect(failure(() => weightedScore([Infinity, 1], w)).params).toEqual({ what: "Attainment 1", found: "Infinity" });
  });

  test("weights: non-negative, summing above zero; each bad one named", () => {
    expect(failure(() => parseWeights([1, -1])).params.what).toBe("Weight 2");
    expect(failure(() => parseWeights([0, 0])).id).toBe("weightsSumZero");
    expect(failure(() => parseWeights([0, 0])).kind).toBe("div0");
    expect(parseWeights([0, 2]).sum).toBe(2);
  });
});

describe("BONUS and ATTAINMENT", () => {
  test("BONUS: SPEC §3.3 (7,500; 0 below the first point; 20,000 beyond the last), cap bounds the percentage", () => {
    expect(bonus(C1, 0.9, 10000)).toBe(7500);
    expect(bonus(C1, 0.79, 10000)).toBe(0);
    expect(bonus(C1, 1.6, 10000)).toBe(20000);
    expect(bonus(C1, 1.6, 10000, 1.5)).toBe(15000);
    expect(bonus(C1, 0.9, 10000, 1.5)).toBe(7500);
  });

  test("ATTAINMENT: actual ÷ target; lower is better: max(0, 2 − actual ÷ target)", () => {
    expect(attainment(120, 100)).toBe(1.2);
    expect(attainment(120, 100, "higher")).toBe(1.2);
    expect(attainment(45, 50, "lower")).toBeCloseTo(1.1, 12);
    expect(attainment(0, 50, "lower")).toBe(2);
    expect(attainment(100, 50, "lower")).toBe(0);
    expect(attainment(150, 50, "lower")).toBe(0);
  });
});

describe("tier lookups (bounds inclusive)", () => {
  test("the highest tier whose bound is at or below the value, at every bound and between", () => {
    const t = parseTierTable([[1], [2], [3], [4], [5], [6], [7]].map(([b]) => [b * 10, b / 100]));
    for (let x = 0; x <= 80; x++) {
      const expected = x < 10 ? -1 : Math.min(Math.floor(x / 10), 7) - 1;
      expect(tierIndex(t, x)).toBe(expected);
    }
    expect(tierIndex(t, 19.999, 1)).toBe(0);
    expect(tierIndex(t, 20, 2)).toBe(0);
    expect(tierIndex(t, 19, 2)).toBe(-1);
    expect(tierIndex(t, NaN)).toBe(-1);
  });

  test("interpolated rate: between points on the line, the last rate at and beyond the last point", () => {
    expect(interpolatedRate(T1, 1, 75000)).toBeCloseTo(0.04, 15);
    expect(interpolatedRate(T1, 0, 25000)).toBeCloseTo(0.025, 15);
    expect(interpolatedRate(T1, 2, 500000)).toBe(0.05);
    expect(rateAt(T1, "linear", 75000)).toBeCloseTo(0.04, 15);
    expect(rateAt(T1, "retro", 75000)).toBe(0.03);
    expect(rateAt(T1, "marginal", 120000)).toBe(0.05);
    expect(rateAt(T1, "linear", -1)).toBe(0);
    // T2 (0 | 4%, 1.0 | 6%, 1.5 | 8%) against a target of 100,000: halfway from 100,000 to 150,000.
    expect(rateAt(T2, "linear", 125000, 100000)).toBeCloseTo(0.07, 15);
    expect(rateAt(T2, "linear", 150000, 100000)).toBe(0.08);
    expect(rateAt(T2, "retro", 149999, 100000)).toBe(0.06);
  });

  test("TIER: the tier reached, bounds inclusive; below the first tier #N/A, saying where it starts (SPEC §2)", () => {
    const t = parseTierTable([
      [10, 0.5],
      [20, 0.6],
    ]);
    expect(reachedTier(t, 10)).toBe(0);
    expect(reachedTier(t, 19.5)).toBe(0);
    expect(reachedTier(t, 20)).toBe(1);
    expect(reachedTier(t, 100, 10)).toBe(0);
    const below = failure(() => reachedTier(t, 9.5));
    expect(below.id).toBe("belowFirstTier");
    expect(below.kind).toBe("na");
    expect(below.params).toEqual({ value: "9.5", first: "10" });
    // Against a target of 10 the first tier starts at 100.
    expect(failure(() => reachedTier(t, 99, 10)).params).toEqual({ value: "99", first: "100" });
  });

  test("GAP: to the next bound (scaled), from below the first tier too; 0 at the top (SPEC: GAP(80000) = 20,000)", () => {
    expect(gapToNextTier(T1, 80000)).toBe(20000);
    expect(gapToNextTier(T1, 100000)).toBe(0);
    expect(gapToNextTier(T1, 99999)).toBe(1);
    expect(
      gapToNextTier(
        parseTierTable([
          [10, 0.1],
          [20, 0.2],
        ]),
        4,
      ),
    ).toBe(6);
    expect(gapToNextTier(T2, 80000, 100000)).toBe(20000);
    expect(gapToNextTier(T2, 130000, 100000)).toBe(20000);
  });
});
