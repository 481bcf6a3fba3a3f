/* eslint-disable no-undef */
/*
 * Shared by overflow.e2e.test.js and keyboard.e2e.test.js: the pane's own words in both
 * languages, read from the catalogues in src/taskpane/i18n/ (so a changed label changes here by
 * itself), and the SolarWave sample's results, computed by the source, typed into its data table
 * as Excel would have calculated them (the recording Excel calculates nothing).
 */
const { execFileSync } = require("child_process");
const { ROOT } = require("./harness");

/**
 * Runs `pick(catalogue)` on the English and the Chinese catalogue in a child Node (the
 * catalogues are TypeScript) and returns { en, zh }. `pick` must be self-contained: it is sent
 * as source text and must return JSON.
 */
function catalogLabels(pick) {
  const script = `
    require("./scripts/tsRequire");
    const { en } = require("./src/taskpane/i18n/en/index.ts");
    const { zh } = require("./src/taskpane/i18n/zh/index.ts");
    const pick = ${pick.toString()};
    process.stdout.write(JSON.stringify({ en: pick(en), zh: pick(zh) }));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }));
}

/** The sample's partners with On-time and CSAT for the template's period, computed by the source itself. */
function sampleResults() {
  const script = `
    require("./scripts/tsRequire");
    const fs = require("fs");
    const s = require("./src/workbook/solarwaveSample.ts");
    const t = require("./src/engine/program/templates.ts").programTemplate("solarwave");
    const d = "assets/sample/solarwave/";
    const sample = s.parseSolarWaveSample({
      partnersCsv: fs.readFileSync(d + "partners.csv", "utf8"),
      installationsCsv: fs.readFileSync(d + "installations.csv", "utf8"),
    });
    const a = s.sampleActuals(sample, t.periodStart, t.periodEnd);
    process.stdout.write(JSON.stringify(sample.partners.map((p) => [p.id, a.get(p.id).onTime, a.get(p.id).csat])));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }));
}

/**
 * Types the sample's results into its data table (`table`), found by the headers the table has
 * in either language: the third and fourth columns (On-time, CSAT) after Partner ID and Partner.
 * Returns the data sheet's name and the address of the first partner's payout cell (the last
 * column) and the second partner's score cell, for Explain and the error list.
 */
function typeSampleResults(page, table, results) {
  return page.evaluate(
    ({ table, results }) =>
      window.Excel.run(async (context) => {
        const t = context.workbook.tables.getItem(table);
        const body = t.getDataBodyRange().load("values, columnCount");
        const sheet = t.worksheet.load("name");
        await context.sync();
        const byId = new Map(results.map((r) => [r[0], r]));
        const cols = body.values.map((row) => {
          const r = byId.get(String(row[0]));
          return [r ? r[1] : "", r && r[2] !== null ? r[2] : ""];
        });
        body.getCell(0, 2).getResizedRange(cols.length - 1, 1).values = cols;
        const payout = body.getCell(0, body.columnCount - 1).load("address");
        const score = body.getCell(1, body.columnCount - 4).load("address");
        await context.sync();
        const local = (a) => a.split("!").pop();
        return { sheet: sheet.name, payout: local(payout.address), score: local(score.address) };
      }),
    { table, results },
  );
}

/** Resolves after the browser has laid out and painted twice (a resize or a render has landed). */
function settled(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

module.exports = { catalogLabels, sampleResults, typeSampleResults, settled };
