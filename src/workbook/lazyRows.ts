/*
 * Plan rows built when they are read, not held (issue 15: 50,000-partner writes in bounded
 * memory). A table or grid of a plan is a plain array of rows to every reader (the preview, the
 * checks, the writer, the tests), but a large one need not hold its cells: `lazyRows` is an
 * array's face over `rowAt`, so the writer, which reads one block of rows per request, holds one
 * block's cells at a time, and the 50,000 rows of a data table are never all in the heap at once.
 *
 * `rowAt` must be pure: the same row every time it is asked (a plan is read more than once: sized,
 * checked, then written). A row it cannot build (a name with a control character) throws when the
 * row is read; the compile step reads every row before anything is written (executor/compile.ts),
 * so such a plan still fails with nothing written.
 */

/** Below this many rows a plan simply holds its rows: the saving is nil and an array is quicker. */
export const LAZY_FROM_ROWS = 1000;

const isIndex = (key: string | symbol, length: number): key is string => {
  if (typeof key !== "string") return false;
  const i = Number(key);
  return Number.isInteger(i) && i >= 0 && i < length && String(i) === key;
};

/**
 * `length` rows, row `i` being `rowAt(i)`, as a read-only array. Under LAZY_FROM_ROWS the rows are
 * built once and held; from it each read builds its row again (and holds nothing).
 */
export function lazyRows<Row>(length: number, rowAt: (i: number) => Row): readonly Row[] {
  if (length < LAZY_FROM_ROWS) return Array.from({ length }, (_, i) => rowAt(i));
  // A sparse array of the right length: Array.isArray, JSON.stringify, slice, map and for…of treat
  // the proxy as the array it stands for (they read `length` and each index through the traps).
  const target: Row[] = [];
  target.length = length;
  return new Proxy(target, {
    get(t, key, receiver) {
      return isIndex(key, length) ? rowAt(Number(key)) : Reflect.get(t, key, receiver);
    },
    has(t, key) {
      return isIndex(key, length) || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (!isIndex(key, length)) return Reflect.getOwnPropertyDescriptor(t, key);
      return { value: rowAt(Number(key)), writable: false, enumerable: true, configurable: true };
    },
    ownKeys(t) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t)];
    },
    set() {
      throw new TypeError("A plan's rows are read-only.");
    },
    deleteProperty() {
      throw new TypeError("A plan's rows are read-only.");
    },
    defineProperty() {
      throw new TypeError("A plan's rows are read-only.");
    },
  });
}
