#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * node --expose-gc --max-old-space-size=8192 scripts/benchWrites.js [partners] [path,path…]
 * Every write path at `partners` partners (default 50,000) against the strict Excel model
 * (test/bench/writes.ts); prints one JSON object: per path ms, cpu_ms, peak_heap_mb, addin_heap_mb,
 * retained_heap_mb, syncs.
 * scripts/bench.js runs it in a process of its own, so each peak heap is the writes' own (not the
 * garbage of the function figures before them) and the model's workbook gets the heap it needs.
 */
require("./tsRequire");
const { benchWrites, WRITE_PATHS } = require("../test/bench/writes.ts");

const partners = Number(process.argv[2] || 50000);
// Only some paths (create always runs first: the others need its program), e.g. "create,scenario".
const only = process.argv[3] ? process.argv[3].split(",") : WRITE_PATHS;
const unknown = only.filter((p) => !WRITE_PATHS.includes(p));
if (unknown.length > 0) {
  console.error(`benchWrites: unknown path ${unknown.join(", ")} (one of ${WRITE_PATHS.join(", ")})`);
  process.exit(2);
}
benchWrites(partners, only)
  .then((figures) => console.log(JSON.stringify({ partners, figures })))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
