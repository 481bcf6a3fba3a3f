#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * node scripts/mutationSurvivors.js [--area engine|functions|safety] [--file <part of a path>] [--json]
 * node scripts/mutationSurvivors.js --apply <n> --to <scratch copy of the tree> [same filters]
 *
 * Every Survived and NoCoverage mutant of the runs `npm run mutate:summary` counts (each source
 * file's newest run of its current source, test/mutation/incremental-<run>.json), numbered, one a
 * line: file:line:column, status, mutator, the replacement and the source line. With --apply, writes
 * mutant <n> (of the same filtered list) into the same file under <scratch copy>, to run the tests
 * there by hand (issue 12's audit: docs/testing.md, Mutation testing); never into this tree.
 */
const fs = require("fs");
const path = require("path");
const { summary } = require("./mutationSummary");

const root = path.join(__dirname, "..");
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

function survivors({ area, file } = {}) {
  const out = [];
  for (const [name, a] of Object.entries(summary())) {
    if (area !== undefined && name !== area) continue;
    for (const row of a.files) {
      if (row.Survived + row.NoCoverage === 0 || (file !== undefined && !row.file.includes(file))) continue;
      const report = JSON.parse(
        fs.readFileSync(path.join(root, "test", "mutation", `incremental-${row.run}.json`), "utf8"),
      );
      const entry = report.files[row.file];
      for (const m of entry.mutants) {
        if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
        out.push({ area: name, file: row.file, run: row.run, source: entry.source, ...m });
      }
    }
  }
  return out;
}

/** The source with the mutant's span (lines and columns from 1, end exclusive) replaced. */
function mutated(m) {
  const lines = m.source.split("\n");
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return m.source.slice(0, offset(m.location.start)) + m.replacement + m.source.slice(offset(m.location.end));
}

if (require.main === module) {
  const list = survivors({ area: arg("--area"), file: arg("--file") });
  const apply = arg("--apply");
  if (apply !== undefined) {
    const to = arg("--to");
    const m = list[Number(apply)];
    if (!to || path.resolve(to) === root || !m)
      throw new Error("--apply <n> needs a listed mutant and --to <a scratch copy>");
    fs.writeFileSync(path.join(to, m.file), mutated(m));
    console.log(`${m.file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} written to ${to}`);
  } else if (process.argv.includes("--json")) {
    const fields = ["area", "file", "run", "status", "mutatorName", "replacement", "location"];
    console.log(
      JSON.stringify(
        list.map((m) => Object.fromEntries(fields.map((f) => [f, m[f]]))),
        null,
        2,
      ),
    );
  } else {
    list.forEach((m, i) => {
      const line = m.source.split("\n")[m.location.start.line - 1].trim().slice(0, 100);
      const { line: l, column: c } = m.location.start;
      console.log(
        `${i} ${m.file}:${l}:${c} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement).slice(0, 60)} | ${line}`,
      );
    });
  }
}

module.exports = { survivors, mutated };
