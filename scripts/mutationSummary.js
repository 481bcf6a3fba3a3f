#!/usr/bin/env node
/* eslint-disable no-undef */
/*
 * npm run mutate:summary [-- --json]
 *
 * One score per area (engine, functions, safety) from every StrykerJS incremental file kept in
 * test/mutation/ (incremental-<area>[-<run>].json). The runs here go file by file, side by side
 * (MUTATE_RUN), so no single report holds a whole area: for each source file this takes the newest
 * run whose mutated source is the file as it is today (a file changed since its last run counts as
 * not measured), and sums the statuses. Newest = the incremental file's last commit, or now if it
 * has changes not committed. Score = (killed + timed out) / (killed + timed out + survived + no
 * coverage), as StrykerJS counts it; compile and runtime errors are not valid mutants.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..");
const dir = path.join(root, "test", "mutation");

/** The files each area mutates (as stryker.config.mjs's `areas`). */
const AREAS = {
  engine: (f) => f.startsWith("src/engine/") && !f.endsWith("/index.ts"),
  functions: (f) => f.startsWith("src/functions/"),
  safety: (f) =>
    ["cellInput", "names", "workbookNames", "ownership", "requestBudget"].some((n) => f === `src/workbook/${n}.ts`),
};

function walk(rel) {
  const abs = path.join(root, rel);
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
    const child = `${rel}/${d.name}`;
    if (d.isDirectory()) return walk(child);
    return d.name.endsWith(".ts") && !d.name.endsWith(".d.ts") ? [child] : [];
  });
}

/** When an incremental file was last written: its last commit, or now if it has uncommitted changes. */
function writtenAt(file) {
  const rel = path.relative(root, file);
  try {
    const dirty = execFileSync("git", ["status", "--porcelain", "--", rel], { cwd: root }).toString().trim();
    if (dirty !== "") return Date.now() / 1000;
    const t = execFileSync("git", ["log", "-1", "--format=%ct", "--", rel], { cwd: root }).toString().trim();
    return t === "" ? Date.now() / 1000 : Number(t);
  } catch {
    return fs.statSync(file).mtimeMs / 1000;
  }
}

const VALID = ["Killed", "Timeout", "Survived", "NoCoverage"];

/** A file's top-level statements, and whether each is for types only (no code to mutate). */
function statementsOf(file) {
  const ts = require("typescript");
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const typeOnly = [
    ts.SyntaxKind.InterfaceDeclaration,
    ts.SyntaxKind.TypeAliasDeclaration,
    ts.SyntaxKind.ImportDeclaration,
    ts.SyntaxKind.ExportDeclaration,
  ];
  return sf.statements.map((st) => ({ st, typeOnly: typeOnly.includes(st.kind) }));
}

/**
 * Whether a file holds anything StrykerJS can mutate: a file of interfaces, type aliases, imports
 * and re-exports only has no mutants, so it is never in a report and is not "not measured".
 */
function hasCode(file) {
  return statementsOf(file).some((s) => !s.typeOnly);
}

/**
 * Whether every statement with code is a constant initialised `as const` (the functions' tables):
 * StrykerJS's instrumenter takes an `as` expression for a type annotation and makes no mutant inside
 * it, so such a file is never in a report. Listed apart, not as "not measured" (docs/testing.md).
 */
function onlyConstTables(file) {
  const ts = require("typescript");
  const asConst = (e) =>
    e !== undefined && (ts.isAsExpression(e) || (ts.isSatisfiesExpression(e) && ts.isAsExpression(e.expression)));
  return statementsOf(file).every(
    ({ st, typeOnly }) =>
      typeOnly || (ts.isVariableStatement(st) && st.declarationList.declarations.every((d) => asConst(d.initializer))),
  );
}

function summary() {
  const runs = fs
    .readdirSync(dir)
    .filter((n) => /^incremental-.*\.json$/.test(n))
    .map((n) => ({ name: n.replace(/^incremental-|\.json$/g, ""), file: path.join(dir, n) }))
    .map((r) => ({ ...r, at: writtenAt(r.file) }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
  /** source file → { run, counts } of the newest run that mutated today's source */
  const best = new Map();
  const stale = new Set();
  /** source file → every result seen for it in an older run (as text) */
  const seen = new Map();
  for (const run of runs) {
    const report = JSON.parse(fs.readFileSync(run.file, "utf8"));
    for (const [file, entry] of Object.entries(report.files)) {
      const abs = path.join(root, file);
      const today = fs.existsSync(abs) ? fs.readFileSync(abs, "utf8") : null;
      if (today !== entry.source) {
        stale.add(file);
        continue;
      }
      // A run seeded with a copy of another's incremental file carries that file's results for the
      // files it did not mutate: a result an older run already gave is such a copy (or the same
      // figures again), not a newer measurement, and must not hide a run in between.
      const result = JSON.stringify(entry.mutants.map((m) => [m.id, m.mutatorName, m.location, m.status]));
      const before = seen.get(file) ?? new Set();
      seen.set(file, before);
      if (before.has(result)) continue;
      before.add(result);
      const counts = {};
      for (const m of entry.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
      best.set(file, { run: run.name, counts });
    }
  }
  const areas = {};
  for (const [area, inArea] of Object.entries(AREAS)) {
    const files = walk("src").filter(inArea).filter(hasCode).sort();
    const rows = [];
    const total = Object.fromEntries(VALID.map((s) => [s, 0]));
    const unmeasured = [];
    const noMutants = [];
    for (const file of files) {
      const hit = best.get(file);
      if (!hit && onlyConstTables(file)) {
        noMutants.push(file);
        continue;
      }
      if (!hit) {
        unmeasured.push({ file, changedSinceRun: stale.has(file) });
        continue;
      }
      const c = Object.fromEntries(VALID.map((s) => [s, hit.counts[s] ?? 0]));
      for (const s of VALID) total[s] += c[s];
      rows.push({ file, run: hit.run, ...c, valid: VALID.reduce((n, s) => n + c[s], 0), score: score(c) });
    }
    areas[area] = { files: rows, total: { ...total, score: score(total) }, unmeasured, noMutants };
  }
  return areas;
}

function score(c) {
  const valid = VALID.reduce((n, s) => n + c[s], 0);
  return valid === 0 ? null : (100 * (c.Killed + c.Timeout)) / valid;
}

const pct = (s) => (s === null ? "—" : `${s.toFixed(2)} %`);

function markdown(areas) {
  const out = [];
  for (const [area, a] of Object.entries(areas)) {
    const valid = VALID.reduce((n, s) => n + a.total[s], 0);
    out.push(
      `## ${area}: ${pct(a.total.score)} over ${valid} valid mutants in ${a.files.length} files` +
        ` (${a.total.Killed} killed, ${a.total.Timeout} timed out, ${a.total.Survived} survived,` +
        ` ${a.total.NoCoverage} without coverage); ${a.unmeasured.length} files not measured`,
      "",
      "| File | Run | Valid | Killed | Timed out | Survived | No coverage | Score |",
      "|---|---|---|---|---|---|---|---|",
      ...a.files.map(
        (r) =>
          `| \`${r.file.replace(/^src\//, "")}\` | ${r.run} | ${r.valid} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${pct(r.score)} |`,
      ),
      "",
    );
    if (a.noMutants.length > 0) {
      out.push(
        "No mutant to make (only `as const` tables, which StrykerJS does not mutate; what guards them: docs/testing.md): " +
          a.noMutants.map((f) => `\`${f.replace(/^src\//, "")}\``).join(", "),
        "",
      );
    }
    if (a.unmeasured.length > 0) {
      out.push(
        "Not measured: " +
          a.unmeasured
            .map((u) => `\`${u.file.replace(/^src\//, "")}\`${u.changedSinceRun ? " (changed since its run)" : ""}`)
            .join(", "),
        "",
      );
    }
  }
  return out.join("\n");
}

if (require.main === module) {
  const areas = summary();
  console.log(process.argv.includes("--json") ? JSON.stringify(areas, null, 2) : markdown(areas));
}

module.exports = { summary, score };
