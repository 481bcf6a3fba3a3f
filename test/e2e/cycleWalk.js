/* eslint-disable no-undef */
/*
 * The payout cycle walked end to end (the walk itself; cycle.e2e.test.js runs it in English,
 * cycle.zh.e2e.test.js in Chinese) in the built pane at 320 px (issue 16 "Done when"), in
 * English and in Chinese, on the SolarWave sample inserted from the Programs screen:
 *
 *  1. More actions › Payout periods; Close 2026-Q1: the preview (partners, total, what is frozen,
 *     that protecting cannot be undone), then the snapshot sheet (values only, protected) and
 *     its fingerprint in the Periods table, read from the recording Excel's workbook;
 *  2. a closed number edited by hand on the snapshot: Check closed periods names the partner row
 *     and the cell; put back, the check finds the period intact;
 *  3. late data for Q1 (one late installation added to the Installations table; another
 *     partner's installations found to have been completed late, so everything Q1 paid them is
 *     clawed back) and Update adjustments: each partner's line, recomputed − paid, to settle in Q2;
 *  4. the adjustment in Q2 on the dashboard (computed by HyperFormula with the built INCENTIVE
 *     functions) and on that partner's own statement;
 *  5. Close 2026-Q2: the clawback is larger than the partner's Q2 earnings, so it is carried
 *     forward (to pay 0, carried out on the Q2 snapshot);
 *  6. Re-open 2026-Q2 with a reason, logged in the Periods table;
 *  7. the Change log's rows of every step.
 * Screenshots: the pane at each step (docs/screenshots/cycle-*.png, cycle-zh-*.png) and, drawn by
 * sheetView.js since the recording Excel draws no sheets, the snapshot, the dashboard with the
 * adjustment, the statement (statement-zh.png in Chinese) and the Change log.
 *
 * The recording Excel calculates nothing: the partners' results are typed into the data table as
 * Excel would calculate them from the Installations table (paneStates.sampleResults; after the
 * late data, cycleCase.js), which is also what Close period and Update adjustments read.
 */
const { startHarness, expectUsableScreen } = require("./harness");
const { catalogLabels, sampleResults, typeSampleResults } = require("./paneStates");
const { cycleCase, computedSheet, inChildNode, xlsxSheets } = require("./cycleCase");
const { screenshotSheet } = require("./sheetView");

const Q1 = "2026-Q1";
const Q2 = "2026-Q2";

/** The pane's words; functions are called with §1, §2 … and filled in by fill(). */
const PANE = catalogLabels((t) => ({
  insertSample: t.programs.insertSample,
  sampleConfirmHeading: t.programs.sampleConfirmHeading,
  insert: t.programs.insert,
  sampleInserted: t.programs.sampleInsertedTitle,
  moreActions: t.programs.moreActions,
  payoutPeriods: t.programs.payoutPeriods,
  generateDashboard: t.programs.generateDashboard,
  generate: t.programs.generate,
  dashboardReady: t.programs.doneTitle.dashboard,
  sendStatement: t.programs.sendStatement,
  statementFor: t.programs.statementForPartner("§1"),
  statementReady: t.programs.statementReady,
  close: t.programs.close,
  partners: t.common.partnersMany("§1"),
  heading: t.cycle.heading("§1"),
  closePeriod: t.cycle.closePeriod("§1"),
  previewHeading: t.cycle.previewHeading("§1"),
  previewSummary: t.cycle.previewSummary("§1", "§2"),
  frozenPartners: t.cycle.frozenPartners,
  frozenTotals: t.cycle.frozenTotals,
  protectWarning: t.cycle.protectWarning,
  confirmClose: t.cycle.confirmClose("§1"),
  closedTitle: t.cycle.closedTitle("§1"),
  check: t.cycle.check,
  checkEditedTitle: t.cycle.checkEditedTitle,
  checkIntactTitle: t.cycle.checkIntactTitle,
  intact: t.cycle.intact("§1", "§2"),
  findingsFor: t.cycle.findingsFor("§1"),
  rowEdited: t.cycle.rowEdited("§1", "§2"),
  partnerRow: t.cycle.rows.partner("§1"),
  cellEdited: t.cycle.cellEdited("§1", "§2", "§3", "§4"),
  payoutField: t.cycle.fields.payout,
  updateAdjustments: t.cycle.updateAdjustments("§1"),
  adjustedTitle: t.cycle.adjustedTitle("§1"),
  reopen: t.cycle.reopen("§1"),
  reopenHeading: t.cycle.reopenHeading("§1"),
  reason: t.cycle.reason,
  confirmReopen: t.cycle.confirmReopen("§1"),
  reopenedTitle: t.cycle.reopenedTitle("§1"),
  sheetInText: t.common.sheetInText("§1"),
  tabPrograms: t.shell.tabPrograms,
  tabInsights: t.shell.tabInsights,
  recognition: t.recognition.heading,
  recognitionNote: t.recognition.noteLabel,
  copyNote: t.recognition.copy,
  noteCopied: t.recognition.copied,
  improvedHeading: t.recognition.improvedHeading("§1"),
  fileOpened: t.statementFile.openedTitle,
  onSheet: t.statementFile.onSheet,
}));

/** The sheets' words (the program's sheet language): snapshot fields, Periods, Adjustments, Change log. */
const SHEET = inChildNode(`
  const { CYCLE_WORDS } = require("./src/workbook/cycle/cycleWords.ts");
  const { ADJUSTMENTS_WORDS } = require("./src/workbook/cycle/adjustmentsWords.ts");
  const { CHANGE_LOG_WORDS } = require("./src/workbook/changeLog/changeLogWords.ts");
  const of = (l) => ({
    fields: CYCLE_WORDS[l].fields,
    periodsHeaders: CYCLE_WORDS[l].periodsHeaders,
    closed: CYCLE_WORDS[l].closed,
    reopened: CYCLE_WORDS[l].reopened,
    adjustmentsHeaders: ADJUSTMENTS_WORDS[l].headers,
    lineQ1: ADJUSTMENTS_WORDS[l].lineFor("${Q1}"),
    carriedInQ2: ADJUSTMENTS_WORDS[l].carriedInFrom("${Q2}"),
    logHeaders: CHANGE_LOG_WORDS[l].headers,
    logActions: CHANGE_LOG_WORDS[l].actions,
  });
  return { en: of("en"), zh: of("zh") };
`);

const CASE = cycleCase();
const RESULTS = sampleResults();

const fill = (template, ...args) => args.reduce((s, a, i) => s.split(`§${i + 1}`).join(a), template);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A template as a regular expression: each null argument matches anything. */
const pattern = (template, ...args) =>
  new RegExp(
    "^" +
      args
        .reduce((s, a, i) => s.split(`§${i + 1}`).join(a === null ? "\u0000" : a), template)
        .split("\u0000")
        .map(escapeRe)
        .join(".+") +
      "$",
  );
/** The amounts in a line of text, as numbers without their signs ("CNY 14,168.83", "¥-1,234.00"). */
const amounts = (text) => (text.match(/\d[\d,]*\.\d\d/g) || []).map((m) => Number(m.replace(/,/g, "")));
const cents = (x) => Math.round(x * 100);

/**
 * Registers the walk in one language: each language has a test file of its own
 * (cycle.e2e.test.js, cycle.zh.e2e.test.js), so the two run side by side on two jest workers.
 */
function walkCycle(lang, office) {
  let h;

  beforeAll(async () => {
    expect(CASE.late).not.toBeNull();
    expect(CASE.clawback).not.toBeNull();
    h = await startHarness();
  });

  afterAll(async () => {
    if (h) await h.close();
  });

  describe(`the payout cycle in ${lang}`, () => {
    const t = PANE[lang];
    const w = SHEET[lang];
    const shot = (name) => (lang === "en" ? `cycle-${name}` : `cycle-zh-${name}`);
    // The walk's state, carried from one step to the next (jest runs a file's tests in order).
    let pane, page, card, panel, key, program, previewTotal, q1Sheet, q1Fingerprint, lateLine, clawbackLine;

    // Light reads of the recording Excel (pane.excel() also copies its whole log and checks every
    // formula, which takes long on the sample's 2,000-row Installations table).
    const excel = () => page.evaluate(() => ({ snapshot: window.__excel.snapshot() }));
    const errorsLogged = () => page.evaluate(() => window.__excel.log.filter((e) => e.error).map((e) => e.error));
    const tableNamed = (x, name) => x.snapshot.tables.find((tb) => tb.name === name);
    const column = (tb, header) => tb.values.map((r) => r[tb.headers.indexOf(header)]);
    const sheetNamed = (x, name) => x.snapshot.sheets.find((s) => s.name === name);
    const sheetWithRole = (x, role) =>
      x.snapshot.sheets.filter((s) =>
        Object.values(s.customProperties || {}).some((v) => {
          try {
            const mark = JSON.parse(v);
            return mark.key === key && mark.role === role;
          } catch {
            return false;
          }
        }),
      );

    /** The snapshot's partner rows by ID, each with its cells by the section's header words. */
    function snapshotPartners(sheet) {
      const rows = new Map();
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const m = /^A(\d+)$/.exec(address);
        if (m) rows.set(Number(m[1]), cell.v);
      }
      const partnerRows = [...rows.entries()].filter(([, kind]) => kind === "partner").map(([r]) => r);
      const headerRow = Math.min(...partnerRows) - 1;
      const headers = new Map();
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const m = /^([A-Z]+)(\d+)$/.exec(address);
        if (m && Number(m[2]) === headerRow) headers.set(cell.v, m[1]);
      }
      const byId = new Map();
      for (const r of partnerRows) {
        const at = (header) => {
          const col = headers.get(header);
          return { address: `${col}${r}`, value: (sheet.cells[`${col}${r}`] || {}).v };
        };
        byId.set(at(w.fields.id).value, { row: r, at });
      }
      return byId;
    }

    async function openPeriods() {
      await card.getByRole("button", { name: t.moreActions, exact: true }).click();
      await page.getByRole("menuitem", { name: t.payoutPeriods, exact: true }).click();
      panel = page.getByRole("region", { name: fill(t.heading, program), exact: true });
      await panel.getByRole("button", { name: t.check, exact: true }).waitFor();
    }

    test("1. insert the SolarWave sample, type in the results Excel would calculate, open Payout periods", async () => {
      pane = await h.openPane({ width: 320, office });
      page = pane.page;
      await page.getByRole("button", { name: t.insertSample, exact: true }).click();
      const confirm = page.getByRole("region", { name: t.sampleConfirmHeading, exact: true });
      await confirm.getByRole("button", { name: t.insert, exact: true }).click();
      await page.getByText(t.sampleInserted, { exact: true }).waitFor();
      const x = await excel();
      const data = x.snapshot.tables.find((tb) => tb.origin === "addin" && /_Data$/.test(tb.name));
      key = data.name.replace(/^PI_/, "").replace(/_Data$/, "");
      await typeSampleResults(page, data.name, RESULTS);
      card = page.getByRole("list").first().getByRole("listitem").first();
      program = await card.locator("[id$='-name']").first().innerText();
      await openPeriods();
      await panel.getByRole("button", { name: fill(t.closePeriod, Q1), exact: true }).waitFor();
    });

    test("2. Close 2026-Q1: the preview says partners, total and what will be frozen, and writes nothing", async () => {
      const setsBefore = await page.evaluate(
        () => window.__excel.log.filter((e) => e.kind === "set" && e.address).length,
      );
      await panel.getByRole("button", { name: fill(t.closePeriod, Q1), exact: true }).click();
      const preview = panel.getByRole("region", { name: fill(t.previewHeading, Q1), exact: true });
      await preview.waitFor();
      const text = await preview.innerText();
      const summary = text.split("\n").find((l) => pattern(t.previewSummary, fill(t.partners, "60"), null).test(l));
      expect(summary).toBeDefined();
      for (const line of [t.frozenPartners, t.frozenTotals, t.protectWarning]) expect(text).toContain(line);
      previewTotal = amounts(summary)[0];
      await preview.scrollIntoViewIfNeeded();
      await expectUsableScreen(pane, "close preview");
      await pane.screenshot(shot("1-preview"));
      // The preview wrote nothing.
      expect(await page.evaluate(() => window.__excel.log.filter((e) => e.kind === "set" && e.address).length)).toBe(
        setsBefore,
      );
    });

    test("3. confirmed: 2026-Q1 closed, its fingerprint shown", async () => {
      const preview = panel.getByRole("region", { name: fill(t.previewHeading, Q1), exact: true });
      await preview.getByRole("button", { name: fill(t.confirmClose, Q1), exact: true }).click();
      await panel.getByText(fill(t.closedTitle, Q1), { exact: true }).waitFor();
      q1Fingerprint = await panel.getByText(/^[0-9a-f]{64}$/).innerText();
      await expectUsableScreen(pane, "closed");
      await pane.screenshot(shot("1-closed"));
    });

    test("4. the snapshot sheet (values only, protected) and its fingerprint in the Periods table", async () => {
      const x = await excel();
      const periods = tableNamed(x, `PI_${key}_Periods`);
      const [action, period, , , , partners, total, fingerprint, sheet] = w.periodsHeaders;
      expect(periods.headers.slice(0, 9)).toEqual(w.periodsHeaders.slice(0, 9));
      expect(column(periods, action)).toEqual([w.closed]);
      expect(column(periods, period)).toEqual([Q1]);
      expect(column(periods, partners)).toEqual([60]);
      expect(cents(column(periods, total)[0])).toBe(cents(previewTotal));
      expect(column(periods, fingerprint)).toEqual([q1Fingerprint]);
      q1Sheet = column(periods, sheet)[0];
      const snapshot = sheetNamed(x, q1Sheet);
      expect(snapshot).toBeDefined();
      // Values only; the fingerprint in its note; every partner on it; protected in a step of its own.
      const cells = Object.values(snapshot.cells);
      expect(cells.filter((c) => "f" in c)).toEqual([]);
      expect(cells.some((c) => typeof c.v === "string" && c.v.includes(q1Fingerprint))).toBe(true);
      expect(snapshotPartners(snapshot).size).toBe(60);
      const protect = await page.evaluate(() =>
        window.__excel.log.filter((e) => e.member === "protect" && !e.error).map((e) => e.target),
      );
      expect(protect).toEqual([expect.stringContaining(q1Sheet)]);
      await screenshotSheet(h, x.snapshot, q1Sheet, shot("2-snapshot"), { lang, maxRows: 40 });
    });

    test("5. a closed number edited by hand: Check closed periods names the partner row and the cell; put back, intact", async () => {
      const x = await excel();
      const partner = snapshotPartners(sheetNamed(x, q1Sheet)).get(CASE.late.partnerId);
      const payout = partner.at(w.fields.payout);
      // As a user does it: unprotect the sheet (it has no password), type, protect it again.
      const setCell = (value) =>
        page.evaluate(
          ({ sheet, address, value }) =>
            window.Excel.run(async (context) => {
              const ws = context.workbook.worksheets.getItem(sheet);
              ws.protection.unprotect();
              ws.getRange(address).values = [[value]];
              ws.protection.protect();
              await context.sync();
            }),
          { sheet: q1Sheet, address: payout.address, value },
        );
      await setCell(payout.value + 1000);

      await panel.getByRole("button", { name: t.check, exact: true }).click();
      await panel.getByText(t.checkEditedTitle, { exact: true }).waitFor();
      const rows = panel.getByRole("list", { name: fill(t.findingsFor, Q1), exact: true });
      const items = await rows.getByRole("button").allInnerTexts();
      const rowName = fill(t.partnerRow, CASE.late.partnerId);
      const rowAddress = new RegExp(
        `^${escapeRe(fill(t.rowEdited, rowName, `A${partner.row}:`))}[A-Z]+${partner.row}$`,
      );
      expect(items[0]).toMatch(rowAddress);
      expect(items.slice(1)).toEqual([
        expect.stringMatching(pattern(t.cellEdited, payout.address, t.payoutField, null, null)),
      ]);
      await rows.scrollIntoViewIfNeeded();
      await expectUsableScreen(pane, "check: edited");
      await pane.screenshot(shot("3-check"));

      await setCell(payout.value);
      await panel.getByRole("button", { name: t.check, exact: true }).click();
      await panel.getByText(t.checkIntactTitle, { exact: true }).waitFor();
      await panel.getByText(fill(t.intact, Q1, fill(t.sheetInText, q1Sheet)), { exact: true }).waitFor();
      expect(await errorsLogged()).toEqual([]);
    });

    test("6. late data for Q1 (a late installation; a clawback) and Update adjustments: one line per partner, to settle in Q2", async () => {
      const { late, clawback } = CASE;
      let x = await excel();
      const installations = x.snapshot.tables.find((tb) => tb.name === `PI_${key}_Installations`);
      const data = x.snapshot.tables.find((tb) => tb.name === `PI_${key}_Data`);
      await page.evaluate(
        ({ installations, data, late, clawback }) =>
          window.Excel.run(async (context) => {
            // The late installation, as a new row of the Installations table (its calculated columns left to Excel).
            const inst = context.workbook.tables.getItem(installations.name);
            const r = late.row;
            const row = [
              r.siteId,
              r.partnerId,
              r.contractDate,
              r.dueDate,
              r.completedDate,
              r.systemKw,
              r.contractValue,
              r.csat,
            ];
            inst.rows.add(null, [row.concat(installations.headers.slice(row.length).map(() => null))]);
            // The clawback: the partner's installations were completed later than recorded.
            const body = inst.getDataBodyRange().load("values");
            await context.sync();
            for (const c of clawback.corrections) {
              const i = body.values.findIndex((v) => v[0] === c.siteId);
              body.getCell(i, 4).values = [[c.completedDate]];
            }
            // The partners' results, as Excel recalculates them from the Installations table.
            const results = context.workbook.tables.getItem(data.name).getDataBodyRange().load("values");
            await context.sync();
            for (const p of [late, clawback]) {
              const i = results.values.findIndex((v) => String(v[0]) === p.partnerId);
              results.getCell(i, 2).getResizedRange(0, 1).values = [p.after.map((a) => (a === null ? "" : a))];
            }
            await context.sync();
          }),
        { installations, data: { name: data.name }, late, clawback },
      );

      await panel.getByRole("button", { name: fill(t.updateAdjustments, Q1), exact: true }).click();
      await panel.getByText(fill(t.adjustedTitle, Q2), { exact: true }).waitFor();
      x = await excel();
      const adjustments = tableNamed(x, `PI_${key}_Adjustments`);
      const [settledIn, forPeriod, partnerId, line, paidSoFar, recomputed, adjustment] = w.adjustmentsHeaders;
      expect(column(adjustments, settledIn)).toEqual([Q2, Q2]);
      expect(column(adjustments, forPeriod)).toEqual([Q1, Q1]);
      expect(column(adjustments, line)).toEqual([w.lineQ1, w.lineQ1]);
      const lineOf = (id) => {
        const r = adjustments.values.find((v) => v[adjustments.headers.indexOf(partnerId)] === id);
        const at = (hd) => r[adjustments.headers.indexOf(hd)];
        return { paid: at(paidSoFar), recomputed: at(recomputed), adjustment: at(adjustment) };
      };
      lateLine = lineOf(late.partnerId);
      clawbackLine = lineOf(clawback.partnerId);
      expect(cents(lateLine.paid)).toBe(cents(CASE.paidLate));
      expect(lateLine.adjustment).toBeGreaterThan(0);
      expect(cents(lateLine.adjustment)).toBe(cents(lateLine.recomputed) - cents(lateLine.paid));
      expect(cents(clawbackLine.paid)).toBe(cents(CASE.paidClawback));
      expect(clawbackLine.recomputed).toBe(0);
      expect(cents(clawbackLine.adjustment)).toBe(-cents(CASE.paidClawback));

      // The pane lists the same lines.
      const lines = await panel.getByRole("listitem").allInnerTexts();
      for (const [id, l] of [
        [late.partnerId, lateLine],
        [clawback.partnerId, clawbackLine],
      ]) {
        const shown = lines.find((s) => s.startsWith(id));
        expect(amounts(shown).map(cents).sort()).toEqual(
          [l.paid, l.recomputed, Math.abs(l.adjustment)].map(cents).sort(),
        );
      }
      await panel.getByText(fill(t.adjustedTitle, Q2), { exact: true }).scrollIntoViewIfNeeded();
      await expectUsableScreen(pane, "adjustments");
      await pane.screenshot(shot("4-adjustments"));
    });

    test("7. Insights: the recognition note names the partner whose score rose since 2026-Q1", async () => {
      await page.getByRole("tab", { name: t.tabInsights, exact: true }).click();
      const section = page.getByRole("region", { name: t.recognition, exact: true });
      const note = section.getByRole("textbox", { name: t.recognitionNote, exact: true });
      const improved = fill(t.improvedHeading, Q1);
      await note.waitFor();
      await page.waitForFunction(
        ({ label, improved }) =>
          [...document.querySelectorAll("textarea")].some(
            (e) => e.getAttribute("aria-label") === label && e.value.includes(improved),
          ),
        { label: t.recognitionNote, improved },
      );
      const text = await note.inputValue();
      const after = text.slice(text.indexOf(improved));
      expect(after.split("\n")[1]).toContain(CASE.late.name);
      await section.scrollIntoViewIfNeeded();
      // The note scrolled to its most improved part, for the picture.
      await note.evaluate((e, at) => (e.scrollTop = (e.scrollHeight * e.value.indexOf(at)) / e.value.length), improved);
      await expectUsableScreen(pane, "recognition");
      await pane.screenshot(shot("4-recognition"));
      // Copy: with the clipboard allowed (as Office's webview allows it), the whole note reaches it.
      await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
      await section.getByRole("button", { name: t.copyNote, exact: true }).click();
      await section.getByText(t.noteCopied, { exact: true }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      await page.getByRole("tab", { name: t.tabPrograms, exact: true }).click();
      await card.getByRole("button", { name: t.moreActions, exact: true }).waitFor();
    });

    test("8. the adjustment in Q2 on the dashboard, computed as Excel would", async () => {
      const { late, clawback } = CASE;
      await card.getByRole("button", { name: t.generateDashboard, exact: true }).click();
      await card.getByRole("button", { name: t.generate, exact: true }).click();
      await card.getByText(t.dashboardReady, { exact: true }).waitFor();
      const x = await excel();
      const [dashboard] = sheetWithRole(x, "dashboard");
      const header = Object.entries(dashboard.cells).find(([, c]) => c.v === w.lineQ1);
      expect(header).toBeDefined();
      const values = computedSheet(x.snapshot, dashboard.name);
      await screenshotSheet(h, x.snapshot, dashboard.name, shot("4-dashboard"), { lang, values, maxRows: 30 });
      // Each partner's row of the per-partner table (under the header holding the line's name).
      const [, column, headerRow] = /^([A-Z]+)(\d+)$/.exec(header[0]);
      const rowOf = (id) =>
        Object.keys(values)
          .map((a) => /^A(\d+)$/.exec(a))
          .filter((m) => m && Number(m[1]) > Number(headerRow) && values[m[0]] === id)
          .map((m) => Number(m[1]))
          .sort((a, b) => a - b)[0];
      const adjustmentOf = (id) => ({ id, row: rowOf(id), cents: cents(values[`${column}${rowOf(id)}`]) });
      expect(adjustmentOf(late.partnerId)).toEqual({
        id: late.partnerId,
        row: expect.any(Number),
        cents: cents(lateLine.adjustment),
      });
      expect(adjustmentOf(clawback.partnerId)).toEqual({
        id: clawback.partnerId,
        row: expect.any(Number),
        cents: cents(clawbackLine.adjustment),
      });
    });

    test("9. the adjustment on that partner's own statement: a file of its own, and on a sheet here", async () => {
      const { late, clawback } = CASE;
      await card.getByRole("button", { name: t.sendStatement, exact: true }).click();
      await card
        .getByRole("combobox")
        .first()
        .selectOption({ label: `${late.partnerId} · ${late.name}` });
      // The file the partner is sent: a new workbook Excel opens from an .xlsx built in the pane.
      await card.getByRole("button", { name: fill(t.statementFor, late.name), exact: true }).click();
      await card.getByText(t.fileOpened, { exact: true }).waitFor();
      const created = await page.evaluate(() => window.__excel.createdWorkbooks.map((c) => c.base64));
      expect(created).toHaveLength(1);
      const file = await xlsxSheets(created[0]);
      const fileValues = file.flatMap((sh) => Object.values(sh.cells).map((c) => c.v));
      expect(fileValues).toContain(late.name);
      expect(fileValues).not.toContain(clawback.name);
      expect(fileValues.filter((v) => v && typeof v === "object")).toEqual([]); // values only, no formula
      const fileSheet = file.find((sh) => Object.values(sh.cells).some((c) => c.v === w.lineQ1));
      expect(fileSheet).toBeDefined();
      const [lineAddress] = Object.entries(fileSheet.cells).find(([, c]) => c.v === w.lineQ1);
      const lineRow = lineAddress.replace(/^[A-Z]+/, "");
      expect(
        Object.entries(fileSheet.cells)
          .filter(([a, c]) => a.replace(/^[A-Z]+/, "") === lineRow && typeof c.v === "number")
          .map(([, c]) => cents(c.v)),
      ).toContain(cents(lateLine.adjustment));
      await screenshotSheet(
        h,
        { sheets: file, tables: [] },
        fileSheet.name,
        lang === "en" ? "cycle-4-statement-file" : "statement-zh",
        { lang },
      );

      // The same statement on a sheet here, as finance checks it before sending.
      await card.getByRole("button", { name: t.onSheet, exact: true }).click();
      await card.getByText(t.statementReady, { exact: true }).waitFor();
      const x = await excel();
      const statement = sheetWithRole(x, "statementValues").find((s) =>
        Object.values(s.cells).some((c) => c.v === late.name),
      );
      expect(statement).toBeDefined();
      expect(Object.values(statement.cells).some((c) => c.v === clawback.name)).toBe(false);
      const lineCell = Object.entries(statement.cells).find(([, c]) => c.v === w.lineQ1);
      expect(lineCell).toBeDefined();
      const row = lineCell[0].replace(/^[A-Z]+/, "");
      const amountsInRow = Object.entries(statement.cells)
        .filter(([a, c]) => a.replace(/^[A-Z]+/, "") === row && typeof c.v === "number")
        .map(([, c]) => cents(c.v));
      expect(amountsInRow).toContain(cents(lateLine.adjustment));
      await screenshotSheet(h, x.snapshot, statement.name, shot("4-statement"), { lang });
      await card.getByRole("button", { name: t.close, exact: true }).click();
    });

    test("10. Close 2026-Q2: the clawback is larger than the partner's Q2 earnings, so it is carried forward", async () => {
      const { late, clawback } = CASE;
      await openPeriods();
      await panel.getByRole("button", { name: fill(t.closePeriod, Q2), exact: true }).click();
      const preview = panel.getByRole("region", { name: fill(t.previewHeading, Q2), exact: true });
      await preview.getByRole("button", { name: fill(t.confirmClose, Q2), exact: true }).click();
      await panel.getByText(fill(t.closedTitle, Q2), { exact: true }).waitFor();
      const x = await excel();
      const periods = tableNamed(x, `PI_${key}_Periods`);
      const q2Sheet = column(periods, w.periodsHeaders[8])[1];
      const partners = snapshotPartners(sheetNamed(x, q2Sheet));
      const of = (id, field) => partners.get(id).at(w.fields[field]).value;
      // The clawback partner earns nothing in Q2: to pay 0, the whole clawback carried out.
      expect(of(clawback.partnerId, "payout")).toBe(0);
      expect(cents(of(clawback.partnerId, "adjustments"))).toBe(cents(clawbackLine.adjustment));
      expect(of(clawback.partnerId, "toPay")).toBe(0);
      expect(cents(of(clawback.partnerId, "carriedOut"))).toBe(cents(clawbackLine.adjustment));
      // The late installation's partner is paid Q2's payout and the adjustment.
      expect(cents(of(late.partnerId, "toPay"))).toBe(cents(of(late.partnerId, "payout")) + cents(lateLine.adjustment));
      await screenshotSheet(h, x.snapshot, q2Sheet, shot("5-q2-snapshot"), { lang, maxRows: 40 });
    });

    test("11. the balance carried into 2026-Q3 on the clawed-back partner's statement", async () => {
      const { clawback } = CASE;
      await card.getByRole("button", { name: t.sendStatement, exact: true }).click();
      await card
        .getByRole("combobox")
        .first()
        .selectOption({ label: `${clawback.partnerId} · ${clawback.name}` });
      await card.getByRole("button", { name: t.onSheet, exact: true }).click();
      await card.getByText(t.statementReady, { exact: true }).waitFor();
      const x = await excel();
      const statement = sheetWithRole(x, "statementValues").find((s) =>
        Object.values(s.cells).some((c) => c.v === clawback.name),
      );
      const carried = Object.entries(statement.cells).find(([, c]) => c.v === w.carriedInQ2);
      expect(carried).toBeDefined();
      const row = carried[0].replace(/^[A-Z]+/, "");
      expect(
        Object.entries(statement.cells)
          .filter(([a, c]) => a.replace(/^[A-Z]+/, "") === row && typeof c.v === "number")
          .map(([, c]) => cents(c.v)),
      ).toContain(cents(clawbackLine.adjustment));
      await screenshotSheet(h, x.snapshot, statement.name, shot("5-carried-statement"), { lang });
      await card.getByRole("button", { name: t.close, exact: true }).click();
      await openPeriods();
    });

    test("12. Re-open 2026-Q2 with a reason: logged in the Periods table", async () => {
      const reason = lang === "en" ? "Partner disputes the late completion dates" : "合作伙伴对延迟完工日期有异议";
      await panel.getByRole("button", { name: fill(t.reopen, Q2), exact: true }).click();
      const form = panel.getByRole("region", { name: fill(t.reopenHeading, Q2), exact: true });
      const confirm = form.getByRole("button", { name: fill(t.confirmReopen, Q2), exact: true });
      await expect(confirm.getAttribute("aria-disabled")).resolves.toBe("true");
      await form.getByRole("textbox", { name: t.reason }).fill(reason);
      await confirm.click();
      await panel.getByText(fill(t.reopenedTitle, Q2), { exact: true }).waitFor();
      await expectUsableScreen(pane, "re-opened");
      await pane.screenshot(shot("5-reopened"));
      const x = await excel();
      const periods = tableNamed(x, `PI_${key}_Periods`);
      expect(column(periods, w.periodsHeaders[0])).toEqual([w.closed, w.closed, w.reopened]);
      expect(column(periods, w.periodsHeaders[1])).toEqual([Q1, Q2, Q2]);
      expect(column(periods, w.periodsHeaders[9])[2]).toBe(reason);
    });

    test("13. the Change log: a row for the program's creation and for every close and re-opening", async () => {
      const x = await excel();
      const log = tableNamed(x, `PI_${key}_ChangeLog`);
      const [, action, changes, reason] = w.logHeaders;
      const a = w.logActions;
      expect(column(log, action)).toEqual([a.created, a.periodClosed, a.periodClosed, a.periodReopened]);
      const what = column(log, changes);
      expect(what[1]).toContain(Q1);
      expect(what[1]).toContain(q1Fingerprint);
      expect(what[2]).toContain(Q2);
      expect(what[3]).toContain(Q2);
      expect(column(log, reason)[3]).toMatch(/./);
      const [sheet] = sheetWithRole(x, "changeLog");
      await screenshotSheet(h, x.snapshot, sheet.name, shot("5-change-log"), { lang });
      expect(await errorsLogged()).toEqual([]);
      await pane.assertClean();
      await pane.close();
    });
  });
}

module.exports = { walkCycle };
