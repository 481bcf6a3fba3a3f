/* eslint-disable no-undef */
/*
 * Issue 15 item 1: a column of 1,000,000 numbers stored as text (a CSV import) through PAYOUT stays
 * under 256 MB. Run in a process of its own with the old space capped at 256 MB
 * (`node --expose-gc --max-old-space-size=256 scripts/bench/textColumn1m.js [rows]`): the call
 * completing at all shows the heap, input included, stayed under the cap; the figures say by how much.
 * Prints one JSON object: rows, ms, the heap before the call (the input built) and after it (the
 * result held), and the process's peak resident set.
 */
require("../tsRequire");

require("./customFunctionsGlobal");

const functions = require("../../src/functions/functions");

const rows = Number(process.argv[2] || 1000000);
const tiers = [["Bound", "Rate", "Label"]];
for (let i = 0; i < 10; i++) tiers.push([i * 10000, 0.01 + i * 0.002, `Tier ${i + 1}`]);
// Every cell different text, as an import gives: "1234.56" and so on.
const amounts = new Array(rows);
for (let i = 0; i < rows; i++) amounts[i] = [String(((i * 7919) % 12000000) / 100)];

const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
global.gc();
const before = process.memoryUsage().heapUsed;
const start = process.hrtime.bigint();
const out = functions.payout(amounts, tiers, "marginal", null, null, null);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
global.gc();
const after = process.memoryUsage().heapUsed;

// Correct work first: every cell is #VALUE! naming its own text (a sample of them read).
for (let i = 0; i < rows; i += 9973) {
  const v = out[i][0];
  if (!(v instanceof CustomFunctions.Error) || v.code !== "#VALUE!" || !v.message.includes(`"${amounts[i][0]}"`))
    throw new Error(`row ${i} is not #VALUE! naming "${amounts[i][0]}"`);
}
console.log(
  JSON.stringify({
    rows,
    ms: Math.round(ms),
    heap_before_mb: mb(before),
    heap_after_mb: mb(after),
    result_mb: mb(after - before),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
