#!/usr/bin/env node
/* eslint-disable no-undef */
// node scripts/verify/bench.js [PARTNERS]: times npm run verify at 50,000 partners (benchVerify.ts; docs/benchmarks.md)
require("../tsRequire");
const { benchVerify } = require("./benchVerify.ts");

benchVerify(Number(process.argv[2]) || 50000).then(
  (r) => console.log(JSON.stringify(r, null, 2)),
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
