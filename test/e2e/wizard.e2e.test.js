/* eslint-disable no-undef */
/*
 * The new-program wizard, walked as a user does (real clicks and typing) in the built pane at
 * 320 px, then the workbook the recording Excel ends up with: the program's tables with their
 * headers and rows, formulas that call INCENTIVE.* and resolve, number formats, ownership marks,
 * writes with calculation suspended, nothing of the user's touched, text kept as text.
 * A screenshot of every step goes to docs/screenshots/ (wizard-*.png, scratch-*.png).
 */
const { startHarness, expectUsableScreen } = require("./harness");
const { wizard } = require("./wizardDriver");

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/**
 * The user's own workbook, which the add-in must leave alone: a data sheet with a table, a sheet
 * already named like the program's plan sheet, and a defined name equal to one of the program's
 * table names (docs/workbook.md: the sheet gets " (2)", the whole program moves to key "<key>_2").
 */
const USER_WORKBOOK = {
  sheets: [
    {
      name: "Sales",
      cells: { A1: "Partner", B1: "Amount", A2: "Sunrise Solar", B2: 125000, A3: "Blue Roof", B3: 98000 },
      tables: [{ name: "SalesData", address: "A1:B3" }],
    },
    { name: "SolarWave Q3 Installers Plan", cells: { A1: "My own notes, not a program" } },
  ],
  names: [{ name: "PI_SolarWave_Q3_Installers_KPIs", formula: "=Sales!$B$2" }],
};

/** Writes in the log: property sets with an address, copyFrom and tables.add. */
function writesOf(log) {
  return log.filter((e) => e.address && (e.kind === "set" || ["copyFrom", "add", "clear"].includes(e.member)));
}

/** Syncs of the Excel.run that wrote the program. */
function createSyncs(log) {
  const runs = new Set(writesOf(log).map((e) => e.run));
  expect(runs.size).toBe(1);
  const [run] = runs;
  return log.filter((e) => e.kind === "sync" && e.run === run).length;
}

/** The add-in's own tables, by what they hold (names are the add-in's business). */
function programTables(snapshot) {
  const own = snapshot.tables.filter((t) => t.origin === "addin");
  const has = (...headers) => own.find((t) => headers.every((x) => t.headers.includes(x)));
  return { own, has };
}

/** Checks shared by every program the wizard creates. */
function expectSoundWrite(x, { programName }) {
  // Nothing of the user's was written, renamed or deleted; nothing was deleted at all.
  expect(x.userChanges).toEqual([]);
  expect(x.snapshot.deleted).toEqual([]);
  for (const s of x.initialSnapshot.sheets) {
    expect(x.snapshot.sheets.find((t) => t.name === s.name)).toEqual(s);
  }
  // Real Excel would have rejected or mis-read none of it.
  expect(x.log.filter((e) => e.error)).toEqual([]);
  expect(x.warnings).toEqual([]);
  // Every formula resolves: tables, columns, sheets, and INCENTIVE functions that are registered.
  expect(x.formulaProblems).toEqual([]);
  // Every write ran with calculation and screen updating suspended.
  const writes = writesOf(x.log);
  expect(writes.length).toBeGreaterThan(0);
  expect(
    writes
      .filter((e) => !e.suspended || !e.suspended.calculation || !e.suspended.screenUpdating)
      .map((e) => `${e.target}.${e.member}`),
  ).toEqual([]);
  // The new sheets are marked as the add-in's own, and the program's name is in its settings.
  const newSheets = x.snapshot.sheets.filter((s) => s.origin === "addin");
  expect(newSheets.length).toBeGreaterThan(0);
  for (const s of newSheets) expect(Object.keys(s.customProperties).length).toBeGreaterThan(0);
  const { own } = programTables(x.snapshot);
  expect(own.some((t) => t.values.some((row) => row.includes(programName)))).toBe(true);
}

/** One undo step: the Excel.run that writes merges its syncs (the stub advertises ExcelApi 1.20). */
function expectOneUndoStep(x) {
  const writingRuns = new Set(writesOf(x.log).map((e) => e.run));
  const runs = x.log.filter((e) => e.kind === "run" && writingRuns.has(e.run));
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) expect(run.options).toMatchObject({ mergeUndoGroup: true });
}

let solarWaveCreateSyncs = null;

test("SolarWave template: walked step by step, creates the program's tables with INCENTIVE formulas", async () => {
  const pane = await h.openPane({ width: 320, excel: { workbook: USER_WORKBOOK } });
  const w = wizard(pane.page);
  const page = pane.page;

  await w.open();
  await expectUsableScreen(pane, "templates");
  await pane.screenshot("wizard-0-templates");

  await w.pickTemplate(/SolarWave/);
  await w.type("Program name", "SolarWave Q3 Installers");
  await expectUsableScreen(pane, "step 1, Program");
  await pane.screenshot("wizard-1-program");

  await w.next("KPIs");
  await expect(page.getByText(/Weights: 100% of 100%/).isVisible()).resolves.toBe(true);
  await expectUsableScreen(pane, "step 2, KPIs");
  await pane.screenshot("wizard-2-kpis");

  await w.next("Rewards");
  // The worked example follows the target incentive as it is typed: 112% earns 130% of it.
  await w.type("Target incentive (CNY)", "25000");
  await page.getByText(/112% of target overall earns CNY 32,500\.00/).waitFor();
  await expectUsableScreen(pane, "step 3, Rewards");
  await pane.screenshot("wizard-3-rewards");

  await w.next("Review and create");
  await page.getByRole("heading", { name: "What will be written", exact: true }).waitFor();
  await w.waitUntilCreatable();
  const review = await w.reviewText();
  expect(review).toContain("SolarWave Q3 Installers");
  await expect(w.createButton().isEnabled()).resolves.toBe(true);
  await expectUsableScreen(pane, "step 4, Review");
  await pane.screenshot("wizard-4-review");

  const before = await pane.excel();
  expect(writesOf(before.log)).toEqual([]); // nothing written before Create
  await w.create();
  const created = await w.waitForCreated();
  expect(created).toContain("SolarWave Q3 Installers");
  await expectUsableScreen(pane, "after Create");
  await pane.screenshot("wizard-5-created");

  const x = await pane.excel();
  expectSoundWrite(x, { programName: "SolarWave Q3 Installers" });
  const { own } = programTables(x.snapshot);
  // The review listed exactly these tables and columns.
  for (const t of own) {
    expect(review).toContain(t.name);
    expect(review).toContain(t.headers.join(", "));
  }
  // Names and places as docs/workbook.md describes them, moved aside from the user's names.
  const key = "PI_SolarWave_Q3_Installers_2";
  const plan = "SolarWave Q3 Plan (2)"; // "… Installers Plan (2)" would pass 31 characters: cut at a word
  const dataSheet = "SolarWave Q3 Installers Data";
  const changeLog = "SolarWave Q3 Change log"; // its "Created" row written with the program
  expect(own.map((t) => [t.name, t.sheet])).toEqual([
    [`${key}_Settings`, plan],
    [`${key}_KPIs`, plan],
    [`${key}_Tiers`, plan],
    [`${key}_Data`, dataSheet],
    [`${key}_ChangeLog`, changeLog],
  ]);
  expect(x.snapshot.sheets.map((s) => s.name)).toEqual([
    "Sales",
    "SolarWave Q3 Installers Plan",
    plan,
    dataSheet,
    changeLog,
  ]);
  const table = (suffix) => own.find((t) => t.name === `${key}_${suffix}`);
  const column = (t, header) => t.values.map((r) => r[t.headers.indexOf(header)]);

  const settings = table("Settings");
  expect(settings.headers).toEqual(["Setting", "Value"]);
  const setting = (name) => settings.values.find((r) => r[0] === name);
  expect(setting("Program")[1]).toBe("SolarWave Q3 Installers");
  expect(setting("Currency")[1]).toBe("CNY");
  expect(setting("Target incentive")[1]).toBe(25000);
  expect(settings.numberFormats[settings.values.indexOf(setting("Period start"))][1]).toBe("yyyy-mm-dd");

  const kpis = table("KPIs");
  expect(kpis.headers).toEqual(["KPI", "Unit", "Direction", "Target", "Target mode", "Weight", "Gate"]);
  expect(column(kpis, "KPI")).toEqual(["On-time installs", "CSAT"]);
  expect(column(kpis, "Weight")).toEqual([0.7, 0.3]);
  expect(kpis.numberFormats.map((r) => r[kpis.headers.indexOf("Weight")])).toEqual(["0.0%", "0.0%"]);

  const tiers = table("Tiers");
  expect(tiers.headers).toEqual(["Lower bound", "Rate", "Label"]);
  expect(tiers.values).toEqual([
    [0.8, 0.5, "Bronze"],
    [1, 1, "Silver"],
    [1.2, 1.5, "Gold"],
  ]);
  expect(tiers.numberFormats[0].slice(0, 2)).toEqual(["0.0%", "0.0%"]);

  const data = table("Data");
  expect(data.headers).toEqual([
    "Partner ID",
    "Partner",
    "On-time installs",
    "CSAT",
    "On-time installs attainment",
    "CSAT attainment",
    "Score",
    "Gate met",
    "Tier",
    "Payout (CNY)",
  ]);
  const formula = (header) => data.formulas[0][data.headers.indexOf(header)];
  const format = (header) => data.numberFormats[0][data.headers.indexOf(header)];
  expect(formula("On-time installs attainment")).toMatch(/^=INCENTIVE\.ATTAINMENT\(\[@\[On-time installs\]\],/);
  expect(formula("CSAT attainment")).toMatch(/^=INCENTIVE\.ATTAINMENT\(\[@\[CSAT\]\],/);
  // A partly blank row scores blank (as the engine says: no results yet), not #N/A.
  expect(formula("Score")).toMatch(
    /^=IF\(OR\(\[@\[On-time installs attainment\]:\[CSAT attainment\]\]=""\),"",INCENTIVE\.SCORE\(/,
  );
  expect(formula("Tier")).toContain(`INCENTIVE.TIER([@[Score]],${key}_Tiers)`);
  expect(formula("Payout (CNY)")).toContain(
    // Settings by their defined names, which a renamed label in the Settings table cannot break.
    `INCENTIVE.BONUS([@[Score]],${key}_TargetIncentive,${key}_Tiers,`,
  );
  for (const h of ["On-time installs attainment", "CSAT attainment", "Score"]) expect(format(h)).toBe("0.0%");
  expect(format("Payout (CNY)")).toBe("¥#,##0.00"); // CNY with its symbol, as docs/workbook.md says
  expect(format("Partner ID")).toBe("@");
  // The data sheet keeps its title rows and header in view.
  expect(x.snapshot.sheets.find((s) => s.name === dataSheet).freeze).toEqual({ rows: 4, columns: 0 });

  // Writing took the documented 3 syncs (names, writes, calculate) - the same for 60 partners below.
  solarWaveCreateSyncs = createSyncs(x.log);
  expect(solarWaveCreateSyncs).toBe(3);
  await pane.assertClean();
  expectOneUndoStep(x);
  await pane.close();
});

test("a program entered by hand: typed KPI, tiers and cap land in the tables; text that looks like a formula stays text", async () => {
  const pane = await h.openPane({ width: 320 });
  const w = wizard(pane.page);
  const page = pane.page;

  await w.open();
  await w.pickTemplate(/Start from scratch/);
  await w.type("Program name", "Northwind Resellers 2026");
  await w.type("Currency", "EUR");
  await w.choose(/^Commission/);
  await expectUsableScreen(pane, "scratch step 1");
  await pane.screenshot("scratch-1-program");

  await w.next("KPIs");
  const kpi = w.kpi(0);
  await w.type("Name", "Bookings", kpi);
  await w.type("Unit", "EUR", kpi);
  await w.type("Target", "250000", kpi);
  await expectUsableScreen(pane, "scratch step 2");
  await pane.screenshot("scratch-2-kpis");

  await w.next("Rewards");
  await w.choose(/^Retroactive/);
  await w.type("Tier 1 label", '=HYPERLINK("http://example.invalid","Base")');
  await w.addTier();
  await w.type("Tier 2 from (EUR)", "100000");
  await w.type("Tier 2 rate (%)", "3");
  await w.type("Tier 2 label", "+Silver");
  await w.addTier();
  await w.type("Tier 3 from (EUR)", "200000");
  await w.type("Tier 3 rate (%)", "5");
  await w.type("Tier 3 label", "Gold");
  await w.type("Cap per partner (EUR), optional", "20000");
  await expectUsableScreen(pane, "scratch step 3");
  await pane.screenshot("scratch-3-rewards");

  await w.next("Review and create");
  await page.getByRole("heading", { name: "What will be written", exact: true }).waitFor();
  await w.waitUntilCreatable();
  await expectUsableScreen(pane, "scratch step 4");
  await pane.screenshot("scratch-4-review");
  await w.create();
  await w.waitForCreated();

  const x = await pane.excel();
  expectSoundWrite(x, { programName: "Northwind Resellers 2026" });
  const { has } = programTables(x.snapshot);
  const tiers = has("Rate", "Label");
  expect(tiers.values).toEqual([
    [0, 0.02, '=HYPERLINK("http://example.invalid","Base")'],
    [100000, 0.03, "+Silver"],
    [200000, 0.05, "Gold"],
  ]);
  // Labels that start with = or + are text in the sheet, not formulas (no text-became-formula warning above).
  const sheet = x.snapshot.sheets.find((s) => s.name === tiers.sheet);
  const labelCells = Object.values(sheet.cells).filter(
    (c) => c.v === "+Silver" || (typeof c.v === "string" && c.v.startsWith("=HYPERLINK")),
  );
  expect(labelCells.length).toBe(2);
  expect(labelCells.every((c) => c.f === undefined)).toBe(true);
  const kpis = has("KPI", "Weight");
  expect(kpis.values[0]).toEqual(expect.arrayContaining(["Bookings", "EUR", 250000]));
  const data = has("Bookings");
  expect(data.formulas[0].some((f) => typeof f === "string" && f.includes("INCENTIVE.PAYOUT("))).toBe(true);
  expect(x.snapshot.tables.flatMap((t) => t.values.flat()).includes(20000)).toBe(true);

  // Writing costs a constant number of round trips, whatever the program.
  if (solarWaveCreateSyncs !== null) expect(createSyncs(x.log)).toBe(solarWaveCreateSyncs);
  await pane.assertClean();
  expectOneUndoStep(x);
  await pane.close();
});

test("Create stays disabled, with the reason shown, while the program is invalid", async () => {
  const pane = await h.openPane({ width: 270 });
  const w = wizard(pane.page);
  await w.open();
  await w.pickTemplate(/Start from scratch/);
  await w.next("KPIs");
  await w.next("Rewards");
  await w.next("Review and create");
  await expect(w.createButton().isDisabled()).resolves.toBe(true);
  await expect(
    pane.page
      .getByText(/Give the program a name/)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
  await expectUsableScreen(pane, "review with an issue");
  await pane.screenshot("wizard-invalid-270");
  const x = await pane.excel();
  expect(writesOf(x.log)).toEqual([]);
  await pane.assertClean();
  await pane.close();
});

test("Insert sample program: preview first, then 60 SolarWave partners with formulas in every row, listed on Programs", async () => {
  const pane = await h.openPane({ width: 320 });
  const page = pane.page;
  await page.getByRole("button", { name: "Insert sample program" }).click();
  // The preview, in the pane: every sheet and table with its columns, before anything is written.
  const confirm = page.getByRole("region", { name: "Insert the sample program?" });
  await confirm
    .getByText(/Columns:/)
    .first()
    .waitFor();
  expect(writesOf((await pane.excel()).log)).toEqual([]);
  await expectUsableScreen(pane, "sample preview");
  await pane.screenshot("sample-1-preview");
  await confirm.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByText("Sample program inserted").waitFor();
  await page
    .getByRole("list", { name: "Programs in this workbook" })
    .getByText(/60 partners/)
    .waitFor();
  await expectUsableScreen(pane, "sample inserted");
  await pane.screenshot("sample-2-inserted");

  const x = await pane.excel();
  expect(x.userChanges).toEqual([]);
  expect(x.warnings).toEqual([]);
  expect(x.formulaProblems).toEqual([]);
  const data = programTables(x.snapshot).has("On-time installs", "CSAT");
  expect(data.rowCount).toBe(60);
  const calculated = data.headers
    .map((_, i) => i)
    .filter((i) => typeof data.formulas[0][i] === "string" && data.formulas[0][i].startsWith("="));
  expect(calculated.length).toBeGreaterThan(0);
  for (const row of data.formulas) for (const i of calculated) expect(row[i]).toBe(data.formulas[0][i]);
  // Partner names from the sample file, including ones that look like formulas, arrive as text.
  const partner = data.headers.indexOf("Partner");
  const names = data.values.map((r) => r[partner]);
  expect(data.formulas.map((r) => r[partner])).toEqual(names);
  expect(names.filter((n) => /^[=+\-@]/.test(n)).length).toBeGreaterThanOrEqual(3);
  expect(new Set(data.values.map((r) => r[data.headers.indexOf("Partner ID")])).size).toBe(60);
  // The installations the KPIs are computed from, with real dates.
  const installations = programTables(x.snapshot).has("Site ID", "Due date");
  expect(installations.rowCount).toBe(4053);
  expect(installations.numberFormats[0][installations.headers.indexOf("Due date")]).toBe("yyyy-mm-dd");
  expect(typeof installations.values[0][installations.headers.indexOf("Due date")]).toBe("number");
  if (solarWaveCreateSyncs !== null) expect(createSyncs(x.log)).toBe(solarWaveCreateSyncs);
  await pane.assertClean();
  expectOneUndoStep(x);
  await pane.close();
});

test("the wizard in Chinese (Office in zh-CN): every step readable at 320 px, the SolarWave program created in Chinese", async () => {
  const pane = await h.openPane({ width: 320, office: { displayLanguage: "zh-CN" } });
  const w = wizard(pane.page, "zh");
  const page = pane.page;
  await page.getByRole("heading", { level: 1, name: "合作伙伴激励" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");

  await w.open();
  await expectUsableScreen(pane, "zh templates");
  await pane.screenshot("wizard-zh-0-templates");

  await w.pickTemplate(/安装商激励方案/);
  // A template starts in the pane's language: its names and its sheets.
  await expect(page.getByLabel(/方案名称/).inputValue()).resolves.toBe("SolarWave 安装商激励方案 2026");
  await expect(page.getByLabel(/工作表语言/).inputValue()).resolves.toBe("zh");
  await w.type("方案名称", "华东安装商 2026 第三季度");
  await expectUsableScreen(pane, "zh step 1");
  await pane.screenshot("wizard-zh-1-program");

  await w.next("KPI 指标");
  await page.getByText(/权重合计：100%（应为 100%）——已完成/).waitFor();
  await expectUsableScreen(pane, "zh step 2");
  await pane.screenshot("wizard-zh-2-kpis");

  await w.next("激励");
  await w.type("目标奖金（元）", "25000");
  await page.getByText(/综合目标达成率为 112% 的合作伙伴获得 ¥32,500\.00/).waitFor();
  await expectUsableScreen(pane, "zh step 3");
  await pane.screenshot("wizard-zh-3-rewards");

  await w.next("复核并创建");
  await w.waitUntilCreatable();
  const review = await w.reviewText();
  expect(review).toContain("2026年1月1日 至 2026年9月30日，按季度结算");
  await expectUsableScreen(pane, "zh step 4");
  await pane.screenshot("wizard-zh-4-review");

  await w.create();
  expect(await w.waitForCreated()).toContain("华东安装商 2026 第三季度");
  await expectUsableScreen(pane, "zh created");
  await pane.screenshot("wizard-zh-5-created");

  const x = await pane.excel();
  expect(x.userChanges).toEqual([]);
  expect(x.warnings).toEqual([]);
  expect(x.formulaProblems).toEqual([]);
  const own = programTables(x.snapshot).own;
  // The program's own text arrives as typed, Chinese kept through the write path.
  expect(JSON.stringify(own.map((t) => t.values))).toContain("华东安装商 2026 第三季度");
  // Its plan and data sheets were written in the language chosen on the Program step: Chinese headers.
  const settings = own.find((t) => t.name.endsWith("_Settings"));
  expect(settings.headers.join(" ")).toMatch(/[\u3400-\u9fff]/);
  await pane.assertClean();
  await pane.close();
});

test("the Chinese wizard at 270 px (Mac): nothing scrolls sideways on any step", async () => {
  const pane = await h.openPane({ width: 270, office: { displayLanguage: "zh-CN" } });
  const w = wizard(pane.page, "zh");
  await w.open();
  await expectUsableScreen(pane, "zh templates at 270");
  await w.pickTemplate(/销售佣金：超目标部分比例更高/);
  await expectUsableScreen(pane, "zh step 1 at 270");
  await w.next("KPI 指标");
  await expectUsableScreen(pane, "zh step 2 at 270");
  await w.next("激励");
  await expectUsableScreen(pane, "zh step 3 at 270");
  await pane.screenshot("wizard-zh-narrow-rewards");
  await w.next("复核并创建");
  await w.waitUntilCreatable();
  await expectUsableScreen(pane, "zh step 4 at 270");
  await pane.close();
});
