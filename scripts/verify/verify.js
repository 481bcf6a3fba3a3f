#!/usr/bin/env node
/* eslint-disable no-undef */
// npm run verify -- FILE.xlsx [--json] (scripts/verify/cli.ts; docs/verify.md)
require("../tsRequire");
const { runVerify } = require("./cli.ts");

runVerify(process.argv.slice(2)).then(
  ({ code, stdout }) => {
    process.stdout.write(stdout);
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`verify failed: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
