/*
 * The tier-table cache drops the least recently USED table, not the least recently parsed one:
 * a table read again moves to the front. Written against the mutants StrykerJS left alive in
 * tierCache.ts (docs/testing.md "Mutation testing").
 */
import { cachedTierTable, clearTierCache, tierCacheSize } from "../../src/functions/tierCache";

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
