/* eslint-disable no-undef */
/*
 * The first screen fetches only what it shows (issue 15 item 3): opening the pane requests the
 * page, office.js and the page's own script tags (functions.js, taskpane.js) and nothing else —
 * no chunk, no data — until the user asks for something; then the screen asked for loads. Both
 * on an empty workbook and on one that holds a program (its list, menu and Explain showing). Its
 * size is measured by `npm run bench` (bundle.first_screen_gzip_bytes, scripts/bench/firstScreen.js),
 * its time too (taskpane_first_render_ms); neither is asserted here.
 */
const path = require("path");
const { DIST, OFFICE_JS_URL, startHarness } = require("./harness");
const { pageScripts } = require("../../scripts/bench/firstScreen");
const { settled } = require("./paneStates");

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** The pane's requests so far, the add-in's own as paths ("functions.js"), office.js as its URL. */
function requested(pane) {
  return pane.requests.map((u) => (u.startsWith(h.server.origin + "/") ? new URL(u).pathname.slice(1) : u));
}

test("opening the pane fetches the page, office.js and the page's scripts, and nothing else until the user asks", async () => {
  const scripts = pageScripts(path.resolve(DIST));
  expect(scripts).toEqual(["functions.js", "taskpane.js"]);

  // openPane waits for the first screen and for the network to go quiet.
  const pane = await h.openPane({ width: 320 });
  const { page } = pane;
  await page.getByRole("button", { name: "Insert sample program" }).waitFor();
  await settled(page);
  await page.waitForLoadState("networkidle");
  expect([...new Set(requested(pane))].sort()).toEqual([OFFICE_JS_URL, ...scripts, "taskpane.html"].sort());

  // The user asks for the wizard: its chunks (and its words) load now, and it shows.
  const before = pane.requests.length;
  await page.getByRole("tab", { name: "New program" }).click();
  await page.getByRole("group", { name: "Templates" }).waitFor();
  const loadedOnAsk = requested(pane).slice(before);
  expect(loadedOnAsk.length).toBeGreaterThan(0);
  expect(loadedOnAsk.every((p) => /^[\w.-]+\.js$/.test(p) && !scripts.includes(p))).toBe(true);
  await pane.assertClean();
  await pane.close();
});

/** The Excel model's snapshot as its seed (config.workbook): cells, tables, names and marks. */
function seedFrom(snapshot) {
  const local = (address) => address.split("!").pop();
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      customProperties: sheet.customProperties,
      cells: Object.fromEntries(
        Object.entries(sheet.cells).map(([a, c]) => [
          a,
          { ...("f" in c ? { formula: c.f } : { value: c.v }), ...(c.nf ? { numberFormat: c.nf } : {}) },
        ]),
      ),
      tables: snapshot.tables
        .filter((t) => t.sheet === sheet.name)
        .map((t) => ({ name: t.name, address: local(t.address), hasHeaders: true })),
    })),
    names: snapshot.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      sheet: n.sheet || undefined,
    })),
    customProperties: snapshot.customProperties,
    settings: snapshot.settings,
  };
}

test("a workbook that holds a program: its first screen fetches nothing more", async () => {
  // The sample program, inserted in one pane, is the workbook the next pane opens on.
  const first = await h.openPane({ width: 320 });
  await first.page.getByRole("button", { name: "Insert sample program" }).click();
  await first.page
    .getByRole("region", { name: "Insert the sample program?" })
    .getByRole("button", { name: "Insert", exact: true })
    .click();
  await first.page.getByText("Sample program inserted").waitFor({ timeout: 60000 });
  const { snapshot } = await first.excel();
  await first.close();

  const pane = await h.openPane({ width: 320, excel: { workbook: seedFrom(snapshot) } });
  const { page } = pane;
  await page
    .getByRole("list", { name: "Programs in this workbook" })
    .getByText(/60 partners/)
    .waitFor();
  await settled(page);
  await page.waitForLoadState("networkidle");
  const scripts = pageScripts(path.resolve(DIST));
  expect([...new Set(requested(pane))].sort()).toEqual([OFFICE_JS_URL, ...scripts, "taskpane.html"].sort());
  await pane.assertClean();
  await pane.close();
});
