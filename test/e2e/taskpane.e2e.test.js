/* eslint-disable no-undef */
/*
 * The built task pane in headless Chromium, as Excel would host it: at the three pane widths
 * (270 px Mac, 320 px Windows, 350 px web), in the light, dark and high-contrast themes. Checks
 * that the first screen renders and says what the add-in does, never scrolls sideways, has no
 * serious or critical accessibility violations (axe-core), talks to nothing but its own origin and
 * office.js, registers the eleven functions, and only reads the workbook until the user asks for a
 * write. Screenshots go to docs/screenshots/. Prints taskpane_first_render_ms (median of 5).
 */
const { PANE_WIDTHS, startHarness, expectUsableScreen, visibleText } = require("./harness");
const { measureFirstRender } = require("./firstRender");

const FUNCTIONS = [
  "PAYOUT",
  "TIER",
  "RATE",
  "GAP",
  "ATTAINMENT",
  "BONUS",
  "SCORE",
  "ONTIME",
  "PRICE",
  "EXPLAIN",
  "GATE",
];

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

describe.each(PANE_WIDTHS)("first screen at %i px", (width) => {
  test("renders, says in one line what the add-in does, fits without scrolling sideways, passes axe", async () => {
    const pane = await h.openPane({ width });
    const { page } = pane;
    await expect(page.getByRole("heading", { level: 1, name: /Partner Incentives/ }).isVisible()).resolves.toBe(true);
    // The first run's line shows once the workbook has been read (no programs found).
    await page.getByRole("button", { name: "Insert sample program" }).waitFor();
    const text = await visibleText(page);
    // One line saying what the add-in does: paying partners by results.
    expect(text).toMatch(/pay[a-z]* (each )?partners? by results/i);
    await expectUsableScreen(pane, `first screen at ${width} px`);
    await pane.screenshot(`taskpane-${width}`);
    await pane.assertClean();
    await pane.close();
  });
});

test("Office's dark theme and high contrast: readable and accessible", async () => {
  const dark = await h.openPane({
    width: 320,
    office: {
      officeTheme: {
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#262626",
        controlForegroundColor: "#FFFFFF",
        isDarkTheme: true,
      },
    },
  });
  const background = await dark.page.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor,
  );
  expect(background).not.toBe("rgb(255, 255, 255)");
  await expectUsableScreen(dark, "dark theme");
  await dark.screenshot("taskpane-320-dark");
  await dark.assertClean();
  await dark.close();

  const contrast = await h.openPane({ width: 320, forcedColors: "active" });
  expect(await contrast.page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
  await expectUsableScreen(contrast, "high contrast");
  await contrast.screenshot("taskpane-320-high-contrast");
  await contrast.assertClean();
  await contrast.close();
});

test("contacts only its own origin and office.js, and registers all eleven INCENTIVE functions (the SPEC's ten and GATE)", async () => {
  const pane = await h.openPane({ width: 320 });
  await pane.page.waitForTimeout(500);
  await pane.assertClean();
  const origins = new Set(pane.requests.map((u) => new URL(u).origin));
  expect([...origins].sort()).toEqual([h.server.origin, "https://appsforoffice.microsoft.com"].sort());
  const x = await pane.excel();
  expect(x.customFunctions.sort()).toEqual([...FUNCTIONS].sort());
  await pane.close();
});

test("the first screen only reads the workbook: nothing written, every property loaded before it is read", async () => {
  const workbook = {
    sheets: [
      {
        name: "Sales",
        cells: { A1: "Partner", B1: "Amount", A2: '=HYPERLINK("x")', B2: 1200 },
        tables: [{ name: "SalesData", address: "A1:B2" }],
      },
      { name: "Notes", cells: { A1: "Q3 notes" } },
    ],
    names: [{ name: "Rate", formula: "=0.05" }],
  };
  const pane = await h.openPane({ width: 320, excel: { workbook } });
  await pane.page.waitForTimeout(500);
  const x = await pane.excel();
  expect(x.log.filter((e) => e.kind === "set")).toEqual([]);
  expect(x.snapshot).toEqual(x.initialSnapshot);
  expect(x.userChanges).toEqual([]);
  expect(x.warnings).toEqual([]);
  expect(x.log.filter((e) => e.error)).toEqual([]);
  await pane.assertClean();
  await pane.close();
});

test("when Excel fails, the pane says so instead of going blank", async () => {
  const pane = await h.openPane({ width: 320, excel: { failAtSync: 1, failMessage: "The workbook is busy (test)." } });
  await pane.page.waitForTimeout(500);
  await expect(pane.page.getByRole("heading", { level: 1, name: /Partner Incentives/ }).isVisible()).resolves.toBe(
    true,
  );
  const x = await pane.excel();
  if (x.log.some((e) => e.kind === "sync")) {
    // The first screen reads the workbook: its failure must be shown, in words.
    await pane.page.getByText("The workbook is busy (test).").waitFor({ state: "visible" });
  }
  await pane.assertClean();
  await pane.close();
});

test("ribbon buttons open their view, a #view address opens it directly, and the pane reopens where the user left it", async () => {
  const selected = (page) => page.getByRole("tab", { selected: true }).innerText();
  const pane = await h.openPane({ width: 320 });
  const { page } = pane;
  await expect(selected(page)).resolves.toBe("Programs");
  // The ribbon's buttons run the functions the page associated with Office.actions (shared runtime).
  const press = (id) =>
    page.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const action = (window.__officeActions || {})[name];
          if (!action)
            return reject(new Error(`no ribbon action ${name}: ${Object.keys(window.__officeActions || {})}`));
          action({ completed: () => resolve(true), source: { id: name } });
        }),
      id,
    );
  await press("openNewProgram");
  await page.getByRole("tab", { name: "New program", selected: true }).waitFor();
  await press("openPrograms");
  await page.getByRole("tab", { name: "Programs", selected: true }).waitFor();
  const x = await pane.excel();
  expect(x.officeCalls.filter((c) => c.api === "addin.showAsTaskpane")).toHaveLength(2);
  await pane.assertClean();
  await pane.close();

  const direct = await h.openPane({ width: 320, hash: "#new" });
  await expect(selected(direct.page)).resolves.toBe("New program");
  await direct.page.getByRole("tab", { name: "Programs" }).click();
  await direct.close();
  // Reopened without a hash, with the storage of the last session: Programs again, then New program.
  const again = await h.openPane({ width: 320, keepStorage: true });
  await expect(selected(again.page)).resolves.toBe("Programs");
  await again.page.getByRole("tab", { name: "New program" }).click();
  await again.page.reload();
  await again.page.getByRole("tab", { name: "New program", selected: true }).waitFor();
  await again.assertClean();
  await again.close();
});

test("taskpane_first_render_ms (median of 5, 320 px)", async () => {
  const r = await measureFirstRender({ runs: 5, width: 320, harness: h });
  expect(r.samplesMs).toHaveLength(5);
  process.stdout.write(
    `\ntaskpane_first_render_ms: ${r.medianMs} (median of ${r.runs} at ${r.width} px: ${r.samplesMs.join(", ")})\n`,
  );
});
