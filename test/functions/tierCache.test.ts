/* Tier tables are parsed once per content, not once per call (a column of single-cell formulas). */
import { cachedTierTable, clearTierCache, tierCacheSize } from "../../src/functions/tierCache";
import { IncentiveError } from "../../src/engine";
import { payout } from "../../src/functions/functions";
import { T1 } from "../support/specExamples";

/**
 * An omitted optional argument, as Excel passes it: null. The functions' signatures (which also
 * generate the function metadata) declare optional arguments with `?:`, hence the cast.
 */
const _ = null as unknown as undefined;

/** A fresh copy, as Excel passes the same range anew on every call. */
const copy = (rows: unknown[][]) => rows.map((r) => [...r]);

beforeEach(() => clearTierCache());

describe("tier-table cache", () => {
  test("equal content in a fresh array is not parsed again: the same table comes back", () => {
    const first = cachedTierTable(copy(T1));
    const second = cachedTierTable(copy(T1));
    expect(second).toBe(first);
    expect(tierCacheSize()).toBe(1);
  });

  test("any changed cell, type or shape is a different table", () => {
    const base = cachedTierTable(copy(T1));
    const changedRate = copy(T1);
    changedRate[1][1] = 0.031;
    const changedLabel = copy(T1);
    changedLabel[2][2] = "Platinum";
    const numberAsLabel = [
      [0, 0.02, 1],
      [50000, 0.03, 2],
    ];
    const textAsLabel = [
      [0, 0.02, "1"],
      [50000, 0.03, "2"],
    ];
    expect(cachedTierTable(changedRate)).not.toBe(base);
    expect(cachedTierTable(changedRate).rates[1]).toBe(0.031);
    expect(cachedTierTable(changedLabel).labels[2]).toBe("Platinum");
    expect(cachedTierTable(numberAsLabel).labels).toEqual([1, 2]);
    expect(cachedTierTable(textAsLabel).labels).toEqual(["1", "2"]);
    expect(cachedTierTable(T1.slice(0, 2).map((r) => [...r])).size).toBe(2);
  });

  test("a malformed table is remembered with its error, and the error is thrown every time", () => {
    const bad = [
      [0, 0.02],
      [0, 0.03],
    ];
    const errors: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      try {
        cachedTierTable(copy(bad));
      } catch (e) {
        errors.push(e);
      }
    }
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBeInstanceOf(IncentiveError);
    expect(errors[1]).toBe(errors[0]);
    expect(tierCacheSize()).toBe(1);
  });

  test("an error value inside the table is never cached (it is passed through as it is)", () => {
    const errorValue = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(() => cachedTierTable([[0, errorValue]])).toThrow();
    expect(tierCacheSize()).toBe(0);
  });

  test("the cache is bounded: the least recently used table is dropped first", () => {
    const tables = Array.from({ length: 20 }, (_, i) => [[0, i / 100]]);
    const parsed = tables.map((t) => cachedTierTable(copy(t)));
    expect(tierCacheSize()).toBe(16);
    // The most recent ones are still the same objects; the oldest were parsed anew.
    expect(cachedTierTable(copy(tables[19]))).toBe(parsed[19]);
    expect(cachedTierTable(copy(tables[0]))).not.toBe(parsed[0]);
  });
});

describe("tier-table cache: content, not identity", () => {
  test("the same array changed in place gives the new table, and back again the first one", () => {
    const tiers = copy(T1);
    const first = cachedTierTable(tiers);
    tiers[2][1] = 0.07;
    const changed = cachedTierTable(tiers);
    expect(changed).not.toBe(first);
    expect(changed.rates[2]).toBe(0.07);
    tiers[2][1] = T1[2][1];
    expect(cachedTierTable(tiers)).toBe(first);
  });

  test("a row replaced, added or removed in place is a different table", () => {
    const tiers = copy(T1);
    const first = cachedTierTable(tiers);
    tiers[1] = [60000, 0.03, "Silver"];
    expect(cachedTierTable(tiers).bounds[1]).toBe(60000);
    tiers.push([200000, 0.08, "Platinum"]);
    expect(cachedTierTable(tiers).size).toBe(4);
    tiers.length = 2;
    tiers[1] = [50000, 0.03, "Silver"];
    expect(cachedTierTable(tiers).size).toBe(2);
    expect(cachedTierTable(copy(T1))).toBe(first);
  });

  test("a cell changed to an error value in place is not served from the cache", () => {
    const tiers = copy(T1);
    cachedTierTable(tiers);
    tiers[1][1] = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(() => cachedTierTable(tiers)).toThrow();
  });

  test("a column call and one-cell calls after an in-place change pay on the new table", () => {
    const tiers = copy(T1);
    expect(payout([[100000]], tiers, _, _, _, _)).toEqual([[2500]]);
    tiers[1][1] = 0.04;
    expect(payout([[100000]], tiers, _, _, _, _)).toEqual([[3000]]);
    expect(payout([[100000], [50000]], tiers, _, _, _, _)).toEqual([[3000], [1000]]);
  });
});
