/* Tier tables are parsed once per content, not once per call (a column of single-cell formulas). */
import { cachedTierTable, clearTierCache, tierCacheSize } from "../../src/functions/tierCache";
import { IncentiveError } from "../../src/engine";
import { T1 } from "../support/specExamples";

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
