import { IncentiveError, TierTable, parseTierTable } from "../engine";

/**
 * Tier tables parsed by content. A column of single-cell formulas calls a function once per row
 * with the same tier range; each call gets a fresh array from Excel, so the cache is keyed by
 * the cells' values, not by identity. A table that failed to parse is cached with its error.
 */
const MAX_ENTRIES = 64;
const cache = new Map<string, TierTable | IncentiveError>();

export function cachedTierTable(cells: unknown): TierTable {
  const key = contentKey(cells);
  let entry = key === null ? undefined : cache.get(key);
  if (entry === undefined) {
    try {
      entry = parseTierTable(cells as unknown[][]);
    } catch (e) {
      if (!(e instanceof IncentiveError) || e.passthrough !== undefined) throw e;
      entry = e;
    }
    if (key !== null) remember(key, entry);
  } else if (key !== null) {
    // Most recently used last, so the oldest entry is the first one evicted.
    cache.delete(key);
    cache.set(key, entry);
  }
  if (entry instanceof IncentiveError) throw entry;
  return entry;
}

function remember(key: string, entry: TierTable | IncentiveError): void {
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, entry);
}

/** A string that differs whenever any cell's type or value differs; null for uncacheable input. */
function contentKey(cells: unknown): string | null {
  if (!Array.isArray(cells)) return null;
  let key = "";
  for (const row of cells) {
    if (!Array.isArray(row)) return null;
    for (const v of row) {
      switch (typeof v) {
        case "number":
          key += "n" + v + "\u0001";
          break;
        case "string":
          key += "s" + v.length + ":" + v + "\u0001";
          break;
        case "boolean":
          key += v ? "T\u0001" : "F\u0001";
          break;
        default:
          if (v !== null && v !== undefined) return null; // an error value: don't cache
          key += "_\u0001";
      }
    }
    key += "\u0002";
  }
  return key;
}

/** For tests: forget every cached table. */
export function clearTierCache(): void {
  cache.clear();
}

export function tierCacheSize(): number {
  return cache.size;
}
