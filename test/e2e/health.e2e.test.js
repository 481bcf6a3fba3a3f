/* eslint-disable no-undef */
/*
 * Plan health in the built pane at 320 px (issue 17 item 3): the Reseller volume rebate template,
 * paid retro, created with the wizard; six resellers' purchase volumes typed into its data table
 * as a user would; Insights flags the cliff at Gold with its numbers and the resellers within reach,
 * and Try in What if puts the suggested rate into the what-if. Screenshots
 * docs/screenshots/insights-health-{en,zh}.png, axe and no sideways scrolling in both languages.
 *
 * The template's tiers: Member 0%, Silver 2% from USD 250,000, Gold 3.5% from USD 500,000,
 * Platinum 5% from USD 1,000,000, retro. Reaching 500,000 pays 500,000 × (3.5% − 2%) = USD 7,500.00
 * at once, more than all of Silver pays (2% × 250,000 = USD 5,000.00); R1 (480,000) and R2
 * (465,000) are within 10% below it. The suggested Gold rate, 2% + 2% × 250,000 ÷ 500,000 = 3%,
 * pays R3 (620,000) 0.5% less (USD 3,100.00) and moves nobody.
 */
const { startHarness, expectUsableScreen } = require("./harness");
const { wizard } = require("./wizardDriver");

const RESELLERS = [
  ["R1", "Harbor Supply", 480000],
  ["R2", "Lakeside IT", 465000],
  ["R3", "Northwind Traders", 620000],
  ["R4", "Summit Systems", 300000],
  ["R5", "Bayview Distribution", 1150000],
  ["R6", "Cedar Tech", 120000],
];

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** Replaces the data table's rows with the resellers: Partner ID, Partner and Purchase volume. */
function typeResellers(page, table) {
  return page.evaluate(
    ({ table, rows }) =>
      window.Excel.run(async (context) => {
        const t = context.workbook.tables.getItem(table);
        const header = t.getHeaderRowRange().load("values");
        const body = t.getDataBodyRange().load("rowCount, columnCount");
        await context.sync();
        const h = header.values[0];
        const [id, name, volume] = ["Partner ID", "Partner", "Purchase volume"].map((x) => h.indexOf(x));
        if (id < 0 || name < 0 || volume < 0) throw new Error(`unexpected headers: ${h.join(", ")}`);
        const missing = rows.length - body.rowCount;
        if (missing > 0)
          t.rows.add(
            null,
            Array.from({ length: missing }, () => new Array(h.length).fill("")),
          );
        await context.sync();
        const cells = t.getDataBodyRange().load("values");
        await context.sync();
        const values = cells.values.map((row, i) => {
          const r = rows[i];
          const out = row.slice();
          out[id] = r ? r[0] : "";
          out[name] = r ? r[1] : "";
          out[volume] = r ? r[2] : "";
          return [out[id], out[name], out[volume]];
        });
        // The three columns are side by side in a new data table: Partner ID, Partner, the KPI.
        if (name !== id + 1 || volume !== id + 2)
          throw new Error("Partner ID, Partner and the KPI are not side by side");
        t
          .getDataBodyRange()
          .getCell(0, id)
          .getResizedRange(values.length - 1, 2).values = values;
        await context.sync();
      }),
    { table, rows: RESELLERS },
  );
}

test("a retro cliff is flagged in Plan health with its numbers and who is within reach; its fix opens in What if (en, zh)", async () => {
  const pane = await h.openPane({ width: 320 });
  const page = pane.page;
  const w = wizard(page);

  // 1. The Reseller volume rebate template, created as it is (retro, new data table).
  await w.open();
  await w.pickTemplate(/^Reseller volume rebate/);
  await w.next("KPIs");
  await w.next("Rewards");
  await w.next("Review and create");
  await w.waitUntilCreatable();
  await w.create();
  await w.waitForCreated();
  const x = await pane.excel();
  const data = x.snapshot.tables.find((t) => t.origin === "addin" && /_Data$/.test(t.name));
  await typeResellers(page, data.name);

  // 2. Insights: Plan health flags the cliff at Gold.
  await page.getByRole("tab", { name: "Insights" }).click();
  const health = page.getByRole("region", { name: "Plan health" });
  const cliff = health.getByRole("group", { name: "Warning: Cliff at Gold" });
  await cliff.waitFor();
  expect(await cliff.innerText()).toContain(
    "Reaching USD 500,000 pays USD 7,500.00 more at once (3.5% instead of 2% on the whole amount, retro): more than the whole of Silver pays (USD 5,000.00).",
  );
  const reach = cliff.getByRole("list", { name: "2 partners within 10% below it, closest first" });
  expect(await reach.getByRole("listitem").allInnerTexts()).toEqual([
    "Harbor Supply (R1): USD 480,000, USD 20,000 short",
    "Lakeside IT (R2): USD 465,000, USD 35,000 short",
  ]);
  expect(await cliff.innerText()).toContain("Try Gold's rate at 3%: the jump is then what the tier below pays.");
  await health.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expectUsableScreen(pane, "insights plan health");
  await pane.screenshot("insights-health-en");

  // 3. Try in What if: the suggested rate is in the what-if, which costs it.
  await cliff.getByRole("button", { name: "Try in What if" }).click();
  const whatIf = page.getByRole("region", { name: "What if" });
  expect(
    await whatIf
      .getByLabel(/^Tier 3 rate \(%\)/)
      .and(whatIf.locator("input"))
      .inputValue(),
  ).toBe("3");
  await page.waitForFunction(() =>
    /less than now/.test(document.querySelector('[data-testid="whatif-delta"]').textContent),
  );
  expect(await whatIf.getByTestId("whatif-delta").innerText()).toMatch(/^Costs USD 3,100\.00 less than now \(/);
  expect(await whatIf.getByTestId("whatif-movers").innerText()).toBe("No partner changes tier.");

  // 4. The same in Chinese, from the pane's language switch.
  await page.getByRole("combobox", { name: "Language" }).selectOption("zh");
  const healthZh = page.getByRole("region", { name: "方案健康检查" });
  const cliffZh = healthZh.getByRole("group", { name: "警告：Gold处的断崖" });
  await cliffZh.waitFor();
  expect(await cliffZh.innerText()).toContain("超过Silver整个档位的激励金额（USD 5,000.00）");
  await healthZh.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expectUsableScreen(pane, "insights plan health (zh)");
  await pane.screenshot("insights-health-zh");
  // The narrowest pane: the findings wrap, nothing scrolls sideways.
  await page.setViewportSize({ width: 270, height: 800 });
  await expectUsableScreen({ ...pane, width: 270 }, "insights plan health (zh)");
  await pane.assertClean();
});
