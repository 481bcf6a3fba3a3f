/* eslint-disable no-undef */
/*
 * No screen scrolls sideways (issue 14): every screen and state of the pane — Programs empty and
 * with programs, the sample's preview, a program card with its menu open, each write's
 * confirmation (dashboard, statements, values with the confidential warning, one partner's
 * statement) and its result, the delete confirmation, the error list, Explain with a partner's
 * breakdown, the functions' help unfolded, each wizard step with its validation messages shown,
 * the review with issues and ready to create, the created message, Insights with every section,
 * a what-if with its movers and the Apply confirmation — checked at 270, 320 and 350 px, in
 * English and in Chinese; and the pane's frame fits (the title on one line, the tabs on one row).
 *
 * One pane per language; each state is reached once and the same page is resized to each width
 * (page.setViewportSize), so a state is checked three times for the price of one walk. Every
 * offender of every state is collected and the test fails at the end listing them all
 * (harness.horizontalOverflow: the page scrolls sideways, an element scrolls sideways inside
 * itself, or an element reaches past the pane's right edge). The first test shows the check
 * failing on a deliberately wide element. Screenshots at 270 and 320 px go to
 * docs/screenshots/narrow-<width>-<en|zh>-<wizard|programs|insights>.png.
 */
const { startHarness, horizontalOverflow, screenshot, PANE_WIDTHS } = require("./harness");
const { wizard } = require("./wizardDriver");
const { catalogLabels, sampleResults, typeSampleResults, settled } = require("./paneStates");

const L = catalogLabels((t) => ({
  language: t.shell.language,
  tabPrograms: t.shell.tabPrograms,
  tabNew: t.shell.tabNew,
  tabInsights: t.shell.tabInsights,
  insertSample: t.programs.insertSample,
  sampleConfirmHeading: t.programs.sampleConfirmHeading,
  insert: t.programs.insert,
  sampleInserted: t.programs.sampleInsertedTitle,
  moreActions: t.programs.moreActions,
  generateDashboard: t.programs.generateDashboard,
  sendStatement: t.programs.sendStatement,
  statementsMenu: t.programs.statementsMenu,
  valuesMenu: t.programs.valuesMenu,
  deleteProgram: t.programs.deleteProgram,
  generate: t.programs.generate,
  dashboardReady: t.programs.doneTitle.dashboard,
  statementReady: t.programs.statementReady,
  onSheet: t.statementFile.onSheet,
  statementFileOpened: t.statementFile.openedTitle,
  everyStatementFile: t.statementFile.every("60"),
  confirmEveryFile: t.statementFile.confirmHeading("60"),
  emptyTitle: t.programs.emptyTitle,
  cancel: t.common.cancel,
  close: t.programs.close,
  explainButton: t.explain.explainButton,
  explainHowCalculated: t.explain.howCalculated,
  check: t.explain.check,
  scratch: t.wizard.scratchTitle,
  templatesButton: t.wizard.templatesButton,
  checkAgain: t.explain.checkAgain,
  solarwave: t.wizard.templates.solarwave.title,
  stepTitles: t.wizard.stepTitles,
  reviewCreate: t.wizard.reviewCreateHeading,
  newProgram: t.wizard.newProgram,
  help: t.help.heading,
  costHeading: t.insights.costHeading,
  whatIfHeading: t.insights.whatIfHeading,
  applyOpen: t.insights.applyOpen,
  applyTitle: t.insights.applyTitle,
  tier3: t.wizard.tierGroup(3),
}));

const LANGUAGES = [
  { lang: "en", office: {} },
  { lang: "zh", office: { displayLanguage: "zh-CN" } },
];

let h;
const results = sampleResults();

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/**
 * Checks the page as it is now at each pane width, adding "<state> at <w> px: …" to `found` for
 * each offender; leaves the page at 320 px (where the walk clicks on).
 */
async function checkWidths(page, state, found, shot = null) {
  for (const width of PANE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    const o = await horizontalOverflow(page);
    if (o.scrolls) found.push(`${state} at ${width} px: the page scrolls sideways (${o.scrollWidth} px)`);
    for (const offender of o.offenders) found.push(`${state} at ${width} px: ${offender}`);
    // The pane's frame fits too: the title on one line, the section tabs on one row.
    const frame = await page.evaluate(() => {
      const h1 = document.querySelector("h1");
      const lines = h1
        ? Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight))
        : 1;
      const rows = new Set(
        Array.from(document.querySelectorAll("[role=tab]"), (t) => Math.round(t.getBoundingClientRect().top)),
      );
      return { lines, rows: rows.size };
    });
    if (frame.lines > 1) found.push(`${state} at ${width} px: the title wraps onto ${frame.lines} lines`);
    if (frame.rows > 1) found.push(`${state} at ${width} px: the tabs wrap onto ${frame.rows} rows`);
    if (shot && width < 350) await screenshot(page, `narrow-${width}-${shot}`);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  await settled(page);
}

const expectNone = (found) => expect(found.join("\n")).toBe("");

test("the check fails on an element wider than the pane", async () => {
  const pane = await h.openPane({ width: 270 });
  const found = [];
  await checkWidths(pane.page, "first screen", found);
  expectNone(found);
  await pane.page.evaluate(() => {
    const wide = document.createElement("div");
    wide.id = "too-wide";
    wide.textContent = "wide";
    wide.style.width = "300px";
    document.querySelector("main").appendChild(wide);
  });
  await checkWidths(pane.page, "with a 300 px element", found);
  // Past 270 px (not 320 or 350), named.
  expect(found.length).toBe(1);
  expect(found[0]).toMatch(/^with a 300 px element at 270 px: div#too-wide "wide" ends at \d+ px/);
  await pane.close();
});

describe.each(LANGUAGES)("$lang", ({ lang, office }) => {
  const t = L[lang];

  test("the wizard: each step, its validation messages, the review with issues and ready, created; the new program's card", async () => {
    const pane = await h.openPane({ width: 320, office });
    const page = pane.page;
    const w = wizard(page, lang);
    const found = [];
    await checkWidths(page, "Programs, empty", found);
    // The functions' help, unfolded.
    await page.getByRole("button", { name: t.help }).click();
    await page.getByRole("list").filter({ hasText: "INCENTIVE.PAYOUT" }).first().waitFor();
    await checkWidths(page, "Programs, empty, the functions' help open", found);
    await page.getByRole("button", { name: t.help }).click();

    await w.open();
    await checkWidths(page, "templates", found);
    // Blank: every step with its messages at the fields, then the review listing every issue.
    await w.pickTemplate(t.scratch);
    await w.next(t.stepTitles[1]);
    await w.next(t.stepTitles[2]);
    await w.next(t.reviewCreate);
    await checkWidths(page, "review with issues", found);
    for (const step of [2, 1, 0]) {
      await w.back();
      await w.waitForStep(t.stepTitles[step]);
      await checkWidths(page, `${t.stepTitles[step]} with its issues`, found);
    }
    // The SolarWave template: every step filled in, the review ready, created.
    await page.getByRole("button", { name: t.templatesButton, exact: true }).click();
    await w.pickTemplate(t.solarwave);
    await checkWidths(page, t.stepTitles[0], found);
    await w.next(t.stepTitles[1]);
    await checkWidths(page, t.stepTitles[1], found);
    await w.next(t.stepTitles[2]);
    await checkWidths(page, t.stepTitles[2], found, `${lang}-wizard`);
    await w.next(t.reviewCreate);
    await w.waitUntilCreatable();
    await checkWidths(page, "review, ready to create", found);
    await w.create();
    await w.waitForCreated();
    await checkWidths(page, "created", found);

    // Its card on Programs: no partners yet, with the way to the data table; the menu open.
    await page.getByRole("tab", { name: t.tabPrograms }).click();
    await page.getByText(t.emptyTitle, { exact: true }).waitFor();
    await checkWidths(page, "Programs, a program with no partners", found);
    await page.getByRole("button", { name: t.moreActions, exact: true }).click();
    await page.getByRole("menu").waitFor();
    await checkWidths(page, "program card, menu open", found);
    await page.keyboard.press("Escape");
    await pane.assertClean();
    await pane.close();
    expectNone(found);
  });

  let pane = null;
  let cells = null;

  test("Programs with the sample: preview, card, menu, every write's confirmation and result, delete, errors, Explain", async () => {
    pane = await h.openPane({ width: 320, office });
    const page = pane.page;
    const found = [];
    await page.getByRole("button", { name: t.insertSample }).click();
    const confirm = page.getByRole("region", { name: t.sampleConfirmHeading });
    await confirm.getByRole("button", { name: t.insert, exact: true }).waitFor();
    await checkWidths(page, "sample preview", found);
    await confirm.getByRole("button", { name: t.insert, exact: true }).click();
    await page.getByText(t.sampleInserted).waitFor();
    await checkWidths(page, "sample inserted", found);

    const x = await pane.excel();
    const data = x.snapshot.tables.find((tb) => tb.origin === "addin" && /_Data$/.test(tb.name));
    cells = await typeSampleResults(page, data.name, results);
    await checkWidths(page, "the sample's card", found, `${lang}-programs`);

    const card = page.getByRole("list").first().getByRole("listitem").first();
    const open = async (item) => {
      await card.getByRole("button", { name: t.moreActions, exact: true }).click();
      await page.getByRole("menuitem", { name: item, exact: true }).click();
    };
    await card.getByRole("button", { name: t.moreActions, exact: true }).click();
    await page.getByRole("menu").waitFor();
    await checkWidths(page, "sample card, menu open", found);
    await page.keyboard.press("Escape");

    await card.getByRole("button", { name: t.generateDashboard }).click();
    await checkWidths(page, "dashboard confirmation", found);
    await card.getByRole("button", { name: t.cancel, exact: true }).click();
    await open(t.statementsMenu);
    await checkWidths(page, "statements confirmation", found);
    await card.getByRole("button", { name: t.cancel, exact: true }).click();
    await open(t.valuesMenu);
    await checkWidths(page, "values-only confirmation (confidential)", found);
    await card.getByRole("button", { name: t.generate, exact: true }).click();
    await card.getByRole("button", { name: t.sendStatement }).waitFor();
    await checkWidths(page, "values-only written (confidential)", found);

    await card.getByRole("button", { name: t.sendStatement }).click();
    await card.getByRole("combobox").first().waitFor();
    await checkWidths(page, "one partner's statement", found);
    // The partner's statement as a file (Excel.createWorkbook on the recording Excel), then every
    // partner's confirmation, then the statement on a sheet.
    await card.getByRole("region").getByRole("button").first().click();
    await card.getByText(t.statementFileOpened, { exact: true }).waitFor();
    await checkWidths(page, "one partner's statement file opened", found);
    await card.getByRole("button", { name: t.everyStatementFile, exact: true }).click();
    await card.getByRole("region", { name: t.confirmEveryFile }).waitFor();
    await checkWidths(page, "every partner's statement files: confirmation", found);
    await card
      .getByRole("region", { name: t.confirmEveryFile })
      .getByRole("button", { name: t.cancel, exact: true })
      .click();
    await card.getByRole("button", { name: t.onSheet, exact: true }).click();
    await card.getByText(t.statementReady, { exact: true }).waitFor();
    await checkWidths(page, "one partner's statement written", found);
    await card.getByRole("button", { name: t.close, exact: true }).click();

    await card.getByRole("button", { name: t.generateDashboard }).click();
    await card.getByRole("button", { name: t.generate, exact: true }).click();
    await card.getByText(t.dashboardReady, { exact: true }).waitFor();
    await checkWidths(page, "dashboard written", found);

    await open(t.deleteProgram);
    await card.getByRole("heading", { level: 3 }).waitFor();
    await checkWidths(page, "delete confirmation", found);
    await card.getByRole("button", { name: t.cancel, exact: true }).click();

    // A formula error in the data table, listed with its formula and Go to cell.
    await page.evaluate((c) => window.__excel.setComputed(c.sheet, c.score, [["#VALUE!"]]), cells);
    await card.getByRole("button", { name: t.check, exact: true }).click();
    await card.getByRole("button", { name: t.checkAgain, exact: true }).waitFor();
    await card.getByRole("listitem").first().waitFor();
    await checkWidths(page, "error list", found);

    // Explain: the first partner's payout, step by step.
    await page.evaluate((c) => window.__excel.select(c.sheet, c.payout), cells);
    await page.getByRole("button", { name: t.explainButton }).click();
    await page.getByRole("heading", { name: t.explainHowCalculated }).waitFor();
    await checkWidths(page, "Explain, a partner's payout", found);
    await pane.assertClean();
    expectNone(found);
  });

  test("Insights on the sample: every section, a what-if with its movers, the Apply confirmation", async () => {
    expect(pane).not.toBeNull();
    const page = pane.page;
    const found = [];
    await page.getByRole("tab", { name: t.tabInsights }).click();
    const cost = page.getByRole("region", { name: t.costHeading });
    await cost.getByTestId("insights-total").waitFor();
    await checkWidths(page, "Insights", found, `${lang}-insights`);
    // The total payout reads as one figure, not broken mid-number, at every width.
    for (const width of PANE_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await settled(page);
      const lines = await cost
        .getByTestId("insights-total")
        .evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      if (lines > 1) found.push(`the total payout at ${width} px: on ${lines} lines`);
    }
    await page.setViewportSize({ width: 320, height: 800 });

    const whatIf = page.getByRole("region", { name: t.whatIfHeading });
    const gold = whatIf.getByRole("group", { name: t.tier3, exact: true }).locator("input").first();
    await gold.click();
    await gold.press("ControlOrMeta+a");
    await gold.pressSequentially("110");
    await gold.press("Tab");
    await whatIf.getByTestId("whatif-movers").waitFor();
    await checkWidths(page, "what-if with movers", found);
    await whatIf.getByRole("button", { name: t.applyOpen }).click();
    await whatIf.getByRole("region", { name: t.applyTitle }).waitFor();
    await checkWidths(page, "Apply confirmation", found);
    await pane.assertClean();
    await pane.close();
    pane = null;
    expectNone(found);
  });
});
