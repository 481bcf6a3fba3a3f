#!/usr/bin/env node
/* eslint-disable no-undef */
// npm run sample:xlsx [-- OUT.xlsx]: the SolarWave sample program as an .xlsx (scripts/verify/sampleXlsx.ts; docs/verify.md)
require("../tsRequire");
const { writeSampleXlsx } = require("./sampleXlsx.ts");

writeSampleXlsx(process.argv[2]).then(
  ({ file, partners }) => process.stdout.write(`wrote ${file} (${partners} partners)\n`),
  (e) => {
    process.stderr.write(`sample:xlsx failed: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
