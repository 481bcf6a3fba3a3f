#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * node --expose-gc --max-old-space-size=8192 scripts/benchWrites.js [partners]
 * Every write path at `partners` partners (default 50,000) against the strict Excel model
 * (test/bench/writes.ts); prints one JSON object: per path ms, cpu_ms, peak_heap_mb, addin_heap_mb,
 * retained_heap_mb, syncs.
 * scripts/bench.js runs it in a process of its own, so each peak heap is the writes' own (not the
 * garbage of the function figures before them) and the model's workbook gets the heap it needs.
 */
require("./tsRequire");
const { benchWrites } = require("../test/bench/writes.ts");

const partners = Number(process.argv[2] || 50000);
benchWrites(partners)
  .then((figures) => console.log(JSON.stringify({ partners, figures })))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
