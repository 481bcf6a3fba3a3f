/* eslint-disable no-undef */
/*
 * The payout-cycle walk's data, worked out by the source itself in a child Node (the sources are
 * TypeScript; scripts/tsRequire.js loads them), so the walk never hard-codes a partner or an amount:
 *
 *  - cycleCase(): on the SolarWave sample, a partner whose 2026-Q1 payout rises with one late
 *    installation (due and completed on time in Q1, entered after the close), and another whose
 *    Q1 installations turn out to have been completed late (their completion dates corrected),
 *    so the recomputed payout falls to nothing: a clawback of everything Q1 paid them. For each,
 *    the rows to write into the Installations table and the partner's results as Excel would
 *    calculate them afterwards (the recording Excel calculates nothing).
 *  - computedSheet(snapshot, sheet): one sheet of the recording Excel's workbook with every
 *    formula computed by HyperFormula and the built INCENTIVE.* functions (test/formulas/), the
 *    values Excel would show; cells HyperFormula cannot compute come back as { error }.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { ROOT } = require("./harness");

/** Runs `body` (source text, with `input` in scope) in a child Node at the repository root; returns its JSON. */
function inChildNode(body, input = null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pi-e2e-cycle-"));
  const file = path.join(dir, "input.json");
  fs.writeFileSync(file, JSON.stringify(input));
  try {
    const script = `
      require("./scripts/tsRequire");
      const input = JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"));
      const output = (() => { ${body} })();
      process.stdout.write(JSON.stringify(output));`;
    return JSON.parse(
      execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The late installation and the clawback, with the partners' results before and after (see above). */
function cycleCase() {
  return inChildNode(`
    const fs = require("fs");
    const s = require("./src/workbook/solarwaveSample.ts");
    const e = require("./src/engine");
    const program = e.programTemplate("solarwave");
    const q1 = e.firstPeriod(program);
    const d = "assets/sample/solarwave/";
    const sample = s.parseSolarWaveSample({
      partnersCsv: fs.readFileSync(d + "partners.csv", "utf8"),
      installationsCsv: fs.readFileSync(d + "installations.csv", "utf8"),
    });
    const results = (installations) => s.sampleActuals({ ...sample, installations }, program.periodStart, program.periodEnd);
    const payouts = (actuals) =>
      e.snapshotPayouts(e.buildSnapshot(program, q1, sample.partners.map((p) => ({
        id: p.id, name: p.name, input: { actuals: [actuals.get(p.id).onTime, actuals.get(p.id).csat] },
      }))));
    const before = results(sample.installations);
    const paid = payouts(before);
    const serial = (iso) => e.serialOfIso(iso);
    const pair = (a) => [a.onTime, a.csat];
    const paying = sample.partners.filter((p) => paid.get(p.id) > 0 && before.get(p.id).onTime !== null);

    // A late installation: due 2026-02-20, completed on 2026-02-10, entered after Q1 was closed.
    let late = null;
    for (const p of paying) {
      const row = { siteId: "S-LATE-" + p.id, partnerId: p.id, contractDate: serial("2026-01-05"),
        dueDate: serial("2026-02-20"), completedDate: serial("2026-02-10"), systemKw: 12.5,
        contractValue: 52000, csat: 5 };
      const after = results([...sample.installations, row]);
      if (payouts(after).get(p.id) > paid.get(p.id)) {
        late = { partnerId: p.id, name: p.name, row, before: pair(before.get(p.id)), after: pair(after.get(p.id)) };
        break;
      }
    }
    // The clawback: every installation of the partner due in the period was in fact completed 40 days late.
    let clawback = null;
    for (const p of paying) {
      if (late && p.id === late.partnerId) continue;
      const mine = (x) => x.partnerId === p.id && x.dueDate !== null && x.dueDate >= serial(program.periodStart) &&
        x.dueDate <= serial(program.periodEnd) && x.completedDate !== null;
      const corrected = sample.installations.map((x) => (mine(x) ? { ...x, completedDate: x.dueDate + 40 } : x));
      const after = results(corrected);
      if (payouts(after).get(p.id) === 0) {
        clawback = {
          partnerId: p.id,
          name: p.name,
          corrections: sample.installations.filter(mine).map((x) => ({ siteId: x.siteId, completedDate: x.dueDate + 40 })),
          before: pair(before.get(p.id)),
          after: pair(after.get(p.id)),
        };
        break;
      }
    }
    return { late, clawback, paidLate: late && paid.get(late.partnerId), paidClawback: clawback && paid.get(clawback.partnerId) };
  `);
}

/**
 * One sheet of the recording Excel's workbook (`snapshot`, as pane.excel() gives it) with its
 * formulas computed: { address: value } for every cell of the sheet; an error HyperFormula gives
 * is { error: "#NAME?" } (the dashboard's two SORTBY top lists, which it cannot compute).
 */
function computedSheet(snapshot, sheet) {
  return inChildNode(
    `
    const { evaluateWorkbook } = require("./test/formulas/hyperformulaWorkbook.ts");
    const wb = evaluateWorkbook(input.snapshot);
    const cells = input.snapshot.sheets.find((s) => s.name === input.sheet).cells;
    const out = {};
    for (const address of Object.keys(cells)) {
      // HyperFormula's value for every cell: a formatted cell a spill lands on holds no value of its own.
      const computed = wb.value(input.sheet, address);
      const v = computed === null && cells[address].f === undefined ? cells[address].v : computed;
      out[address] = v !== null && typeof v === "object" ? { error: v.value || String(v.type) } : v;
    }
    // Spilled results land in cells the snapshot does not hold.
    const id = wb.hf.getSheetId(input.sheet);
    const { height, width } = wb.hf.getSheetDimensions(id);
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        const address = require("./test/formulas/hyperformulaWorkbook.ts").colName(c) + (r + 1);
        if (address in out) continue;
        const v = wb.hf.getCellValue({ sheet: id, row: r, col: c });
        if (v !== null && v !== undefined) out[address] = typeof v === "object" ? { error: v.value || String(v.type) } : v;
      }
    return out;
  `,
    { snapshot, sheet },
  );
}

/**
 * What an .xlsx (Base64, as the add-in passed it to Excel.createWorkbook) holds, read with
 * exceljs, in the shape of the recording Excel's sheets (sheetView.js draws either): [{ name,
 * cells: { address: { v, nf, fmt } }, props: { "columnWidth:A:A": points } }]; a formula cell's
 * v is { formula }.
 */
async function xlsxSheets(base64) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64"));
  return wb.worksheets.map((ws) => {
    const cells = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        // exceljs reads a date-formatted number as a Date: back to Excel's serial date.
        const value = v instanceof Date ? v.getTime() / 86400000 + 25569 : v;
        const out = {
          v: value !== null && typeof value === "object" && "formula" in value ? { formula: value.formula } : value,
        };
        if (cell.numFmt) out.nf = cell.numFmt;
        if (cell.font && cell.font.bold) out.fmt = { "font.bold": true };
        cells[cell.address] = out;
      }),
    );
    // Column widths in characters of the default font, as points (about 7 px a character, 5 px padding).
    const props = {};
    (ws.columns || []).forEach((col, i) => {
      if (col && col.width) props[`columnWidth:${col.letter}:${col.letter}`] = Math.round((col.width * 7 + 5) * 0.75);
    });
    return { name: ws.name, cells, props };
  });
}

module.exports = { cycleCase, computedSheet, inChildNode, xlsxSheets };
