/*
 * sizedBlocks (executor/step.ts) groups rows into request-sized blocks from their sizes alone, so a
 * write need not keep a copy of every row's inputs (issue 15 item 4). It must group exactly as
 * rowBlocks (requestBudget.ts) groups the rows themselves, and a block's bytes must be the JSON
 * bytes of its rows as one array — what the request-size budget counts.
 */
import { jsonBytes, rowBlocks } from "../../src/workbook/requestBudget";
import { sizedBlocks } from "../../src/workbook/executor/step";

/** A deterministic pseudo-random sequence (same inputs every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

test("the same blocks as rowBlocks, each with the JSON bytes of its rows, on 300 random tables", () => {
  const rand = lcg(15);
  for (let run = 0; run < 300; run++) {
    const rows = Array.from({ length: 1 + Math.floor(rand() * 60) }, () =>
      Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
        const r = rand();
        if (r < 0.2) return null;
        if (r < 0.5) return Math.round(rand() * 1e6) / 100;
        return "é€x".repeat(Math.floor(rand() * 30));
      }),
    );
    const size = (r: unknown[]) => jsonBytes(r) + 1;
    const budget = 20 + Math.floor(rand() * 600);
    const expected = rowBlocks(rows, size, budget);
    const blocks = sizedBlocks(rows.map(size), budget);
    expect(blocks.map((b) => [b.start, b.count])).toEqual(expected.map((b) => [b.start, b.rows.length]));
    for (const b of blocks) expect(b.bytes).toBe(jsonBytes(rows.slice(b.start, b.start + b.count)));
  }
});

test("a row over the budget is a block of its own; no rows, no blocks", () => {
  expect(sizedBlocks([5, 50, 5, 5], 20)).toEqual([
    { start: 0, count: 1, bytes: 6 },
    { start: 1, count: 1, bytes: 51 },
    { start: 2, count: 2, bytes: 11 },
  ]);
  expect(sizedBlocks([], 20)).toEqual([]);
});
