/* eslint-disable no-undef */
/*
 * Insights on the SolarWave sample, walked as a user does in the built pane at 320 px: insert the
 * sample, open Insights, raise the Gold tier's reach in What if and see the cost delta and who
 * moves, save it as a scenario sheet (the recorded writes: one new marked sheet, values only,
 * nothing of the user's touched), then apply it (the tier table changes) — screenshots into
 * docs/screenshots/insights-*.png and axe at every step.
 *
 * The recording Excel does not calculate formulas, so after inserting the sample the partners'
 * On-time and CSAT results are typed into the data table as Excel would have calculated them
 * (sampleActuals, the TypeScript twin of the sample's formulas).
 */
const { startHarness, expectUsableScreen } = require("./harness");
const { sampleResults } = require("./paneStates");

let h;
// The walk's state, carried from one step to the next (jest runs a file's tests in order).
let pane, page, key, total, cost, whatIf, beforeSave;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** Writes, in the log from `from` on: property sets with an address, copyFrom, add. */
function writesSince(log, from) {
  return log
    .slice(from)
    .filter((e) => e.address && (e.kind === "set" || ["copyFrom", "add", "clear"].includes(e.member)));
}

// One walk in five steps, each a test of its own: a step's time is its own (the whole walk took
// 60–230 s here depending on the machine's load), and a failure names the step.
test("1. insert the SolarWave sample and type in the results Excel would calculate", async () => {
  pane = await h.openPane({ width: 320 });
  page = pane.page;

  await page.getByRole("button", { name: "Insert sample program" }).click();
  const confirm = page.getByRole("region", { name: "Insert the sample program?" });
  await confirm.getByRole("button", { name: "Insert", exact: true }).click();
  await page.getByText("Sample program inserted").waitFor();
  const x = await pane.excel();
  const data = x.snapshot.tables.find((t) => t.origin === "addin" && /_Data$/.test(t.name));
  key = data.name.replace(/^PI_/, "").replace(/_Data$/, "");

  // The results Excel would calculate from the Installations table, typed in as values.
  const results = sampleResults();
  await page.evaluate(
    ({ table, results }) =>
      window.Excel.run(async (context) => {
        const t = context.workbook.tables.getItem(table);
        const header = t.getHeaderRowRange().load("values");
        const body = t.getDataBodyRange().load("values");
        await context.sync();
        const h = header.values[0];
        const [id, onTime, csat] = ["Partner ID", "On-time installs", "CSAT"].map((x) => h.indexOf(x));
        const byId = new Map(results.map((r) => [r[0], r]));
        const cols = body.values.map((row) => {
          const r = byId.get(String(row[id]));
          return [r ? r[1] : "", r && r[2] !== null ? r[2] : ""];
        });
        if (csat !== onTime + 1) throw new Error("On-time and CSAT are not side by side");
        body.getCell(0, onTime).getResizedRange(cols.length - 1, 1).values = cols;
        await context.sync();
      }),
    { table: data.name, results },
  );
});

test("2. Insights: the plan's cost over the 60 partners", async () => {
  await page.getByRole("tab", { name: "Insights" }).click();
  cost = page.getByRole("region", { name: "Plan cost" });
  await cost.getByTestId("insights-total").waitFor();
  await expect(cost.innerText()).resolves.toMatch(/Partners\s+60/);
  total = await cost.getByTestId("insights-total").innerText();
  expect(total).toMatch(/^CNY [\d,]+\.\d\d$/);
  await expectUsableScreen(pane, "insights cost");
  await pane.screenshot("insights-1-cost");
});

test("3. What if: Gold from a score of 110% instead of 120% gives the cost delta and who moves", async () => {
  whatIf = page.getByRole("region", { name: "What if" });
  const gold = whatIf.getByLabel(/^Tier 3 from score \(%\)/).and(whatIf.locator("input"));
  await gold.scrollIntoViewIfNeeded();
  await gold.click();
  await gold.press("ControlOrMeta+a");
  await gold.pressSequentially("110");
  await gold.press("Tab");
  const delta = whatIf.getByTestId("whatif-delta");
  await expect(delta.innerText()).resolves.toBeTruthy();
  await page.waitForFunction(() =>
    /more than now/.test(document.querySelector('[data-testid="whatif-delta"]').textContent),
  );
  expect(await delta.innerText()).toMatch(/^Costs CNY [\d,]+\.\d\d more than now \(\+\d+%\)\.$/);
  expect(await whatIf.getByTestId("whatif-movers").innerText()).toMatch(/^Tier changes: \d+ partners? up\.$/);
  const movers = whatIf.getByRole("list", { name: "Partners who change tier" });
  expect(await movers.getByRole("listitem").first().innerText()).toMatch(/up from Silver to Gold$/);
  // Nothing was written by the what-if.
  beforeSave = (await pane.excel()).log.length;
  await whatIf.getByTestId("whatif-delta").scrollIntoViewIfNeeded();
  await expectUsableScreen(pane, "insights what-if");
  await pane.screenshot("insights-2-whatif");
});

test("4. Save as scenario: one new sheet, marked as the add-in's, values only; nothing else written", async () => {
  await whatIf.getByRole("button", { name: "Save as scenario" }).click();
  const saved = whatIf.getByText(/^Saved as the new sheet “/);
  await saved.waitFor();
  const sheetName = (await saved.innerText()).match(/“(.+)”/)[1];
  const x = await pane.excel();
  const scenario = x.snapshot.sheets.find((s) => s.name === sheetName);
  expect(scenario.origin).toBe("addin");
  expect(JSON.parse(Object.values(scenario.customProperties)[0])).toMatchObject({ key, role: "scenario" });
  const cells = Object.values(scenario.cells);
  expect(cells.some((c) => "f" in c)).toBe(false);
  expect(cells.some((c) => c.v === "Sunrise Solar" || String(c.v).includes("HYPERLINK"))).toBe(true);
  const saveWrites = writesSince(x.log, beforeSave);
  expect(saveWrites.length).toBeGreaterThan(0);
  expect(new Set(saveWrites.map((e) => e.address.split("!")[0].replace(/^'|'$/g, "")))).toEqual(new Set([sheetName]));
  expect(saveWrites.filter((e) => !e.suspended || !e.suspended.calculation).map((e) => e.member)).toEqual([]);
  const saveRuns = new Set(saveWrites.map((e) => e.run));
  expect(saveRuns.size).toBe(1);
  const [saveRun] = saveRuns;
  expect(x.log.find((e) => e.kind === "run" && e.run === saveRun).options).toMatchObject({ mergeUndoGroup: true });
  expect(x.log.filter((e) => e.kind === "sync" && e.run === saveRun).length).toBe(7);
  expect(x.userChanges).toEqual([]);
  expect(x.log.filter((e) => e.error)).toEqual([]);
  await saved.scrollIntoViewIfNeeded();
  await expectUsableScreen(pane, "insights saved");
  await pane.screenshot("insights-3-saved");
});

test("5. Apply, after a confirmation that lists the change: the tier table changes, the screen reads it again", async () => {
  await whatIf.getByRole("button", { name: "Apply to the program…" }).click();
  const apply = whatIf.getByRole("region", { name: "Apply these changes to the program?" });
  await expect(apply.getByRole("listitem").allInnerTexts()).resolves.toEqual(["Tier 3 lower bound: 120% → 110%"]);
  await apply.scrollIntoViewIfNeeded();
  await expectUsableScreen(pane, "insights apply confirmation");
  await pane.screenshot("insights-4-apply");
  const tiersBefore = (await pane.excel()).snapshot.tables.find((t) => t.name === `PI_${key}_Tiers`);
  await apply.getByRole("button", { name: "Apply", exact: true }).click();
  await whatIf.getByText(/^Applied: the program's tables now hold the scenario/).waitFor();
  const x = await pane.excel();
  const tiers = x.snapshot.tables.find((t) => t.name === `PI_${key}_Tiers`);
  expect(tiersBefore.values[2][0]).toBeCloseTo(1.2, 10);
  expect(tiers.values[2][0]).toBeCloseTo(1.1, 10);
  expect(tiers.values.map((r) => r.slice(1))).toEqual(tiersBefore.values.map((r) => r.slice(1)));
  // The screen read the program again: the applied plan is now the current one.
  await page.waitForFunction(() =>
    /^No change/.test(document.querySelector('[data-testid="whatif-delta"]').textContent),
  );
  expect(await cost.getByTestId("insights-total").innerText()).not.toBe(total);
  expect(x.userChanges).toEqual([]);
  expect(x.log.filter((e) => e.error)).toEqual([]);
  expect(x.formulaProblems).toEqual([]);
  await whatIf.getByText(/^Applied: /).scrollIntoViewIfNeeded();
  await expectUsableScreen(pane, "insights applied");
  await pane.screenshot("insights-5-applied");
  await pane.assertClean();
  await pane.close();
});
