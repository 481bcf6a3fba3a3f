/*
 * A custom function call's outcome, for tests that compare two implementations cell by cell:
 * every error (thrown for the call, or a cell's error value) read as its code and message, and
 * -0 told apart from 0. Used by pairsFastPath.test.ts, tierCacheContent.test.ts and
 * columnFastPath.perf.test.ts.
 */

/** A call's outcome with every error read as its code and message (thrown or in a cell). */
export function outcome(call: () => unknown[][]): unknown {
  try {
    return call().map((row) => row.map(readCell));
  } catch (e) {
    return { thrown: readCell(e) };
  }
}

/** A cell as compared: a value (-0 as "-0"), or an error's code and message. */
export function readCell(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return Object.is(v, -0) ? "-0" : v;
  const e = v as { code?: unknown; message?: unknown };
  return { code: e.code, message: e.message };
}
