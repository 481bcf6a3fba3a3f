/* eslint-disable no-undef */
/*
 * The whole new-program wizard by keyboard only (issue 14): Tab, Shift+Tab, Enter, Space, the
 * arrow keys and Alt+N / Alt+B, no click and no programmatic focus. On every step, Next is at
 * most 3 Tab presses from the step's last field (and Back one Shift+Tab before it), and after
 * every action focus is asserted: on the new step's heading after Next, Back, Alt+N, Alt+B and a
 * template; on the created message after Create (never the page's body); on the templates after
 * New program. In the built pane at 320 px, English and Chinese.
 */
const { startHarness } = require("./harness");
const { catalogLabels, settled } = require("./paneStates");

const L = catalogLabels((t) => ({
  tabNew: t.shell.tabNew,
  solarwave: t.wizard.templates.solarwave.title,
  stepTitles: t.wizard.stepTitles,
  reviewCreate: t.wizard.reviewCreateHeading,
  next: t.wizard.next,
  back: t.wizard.back,
  create: t.wizard.createProgram,
  newProgram: t.wizard.newProgram,
  created: t.wizard.createdTitle,
  startHeading: t.wizard.startHeading,
  programName: t.wizard.programName,
  sheetLanguage: t.wizard.sheetLanguage,
}));

const MAX_TABS_TO_NEXT = 3;

let h;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
});

/** What has focus: tag, role, accessible-ish name (aria-label, or text), whether it is the body. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { body: true, tag: "body", name: "", text: "" };
    const text = (el.innerText || el.textContent || "").replace(/\s+/g, " ").trim();
    const labelled = el.getAttribute("aria-labelledby");
    const byLabel = labelled
      ? labelled
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent || "")
          .join(" ")
      : "";
    const label = el.labels && el.labels[0] ? el.labels[0].textContent : "";
    return {
      body: false,
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") || "",
      type: el.getAttribute("type") || "",
      name: (el.getAttribute("aria-label") || byLabel || label || text).replace(/\s+/g, " ").trim(),
      text: text.slice(0, 200),
      inStep: !!el.closest("[role=region]") && !el.matches("[role=region]"),
      inFooter: !!el.closest("footer"),
    };
  });
}

/**
 * The last field of the step shown: the last element in tab order inside the step's body region
 * (enabled, visible, tabbable). Returned as a marker, so the walk can tell when Tab has reached it.
 */
function markLastField(page) {
  return page.evaluate(() => {
    const region = document.querySelector("#panel-new [role=region]");
    const tabbable = Array.from(
      region.querySelectorAll("input, select, textarea, button, a[href], [tabindex]:not([tabindex='-1'])"),
    ).filter((el) => {
      if (el.disabled || el.getAttribute("tabindex") === "-1" || el.closest("[data-tabster-dummy]")) return false;
      if (el.closest("[inert], [hidden]")) return false;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== "hidden";
    });
    // A radio group is one Tab stop: its checked radio stands for it.
    const stops = tabbable.filter(
      (el) =>
        !(el.type === "radio" && !el.checked && region.querySelector(`input[type=radio][name="${el.name}"]:checked`)),
    );
    // A step with nothing to fill in (the review once created): the region itself.
    const last = stops[stops.length - 1] || region;
    document.querySelectorAll("[data-e2e-last]").forEach((el) => el.removeAttribute("data-e2e-last"));
    if (last) last.setAttribute("data-e2e-last", "");
    return last ? last.outerHTML.slice(0, 120) : null;
  });
}

const onMarked = (page) => page.evaluate(() => document.activeElement?.hasAttribute("data-e2e-last") === true);

/** Presses Tab until `until()` holds, at most `max` times; returns how many presses it took (or throws). */
async function tabUntil(page, until, max, what) {
  for (let n = 0; n <= max; n++) {
    if (await until()) return n;
    if (n < max) await page.keyboard.press("Tab");
  }
  const f = await focused(page);
  throw new Error(`${what}: not reached in ${max} Tab presses; focus is on ${f.tag} "${f.name}"`);
}

const isButton = (page, name) => async () => {
  const f = await focused(page);
  return f.tag === "button" && f.text === name;
};

/** Focus is on the step heading `title` (h2, the wizard's own focus target after a step change). */
async function expectFocusOnHeading(page, title) {
  await page.waitForFunction(
    (title) => {
      const el = document.activeElement;
      return el && /^H[23]$/.test(el.tagName) && el.textContent.trim() === title;
    },
    title,
  );
}

describe.each([
  { lang: "en", office: {} },
  { lang: "zh", office: { displayLanguage: "zh-CN" } },
])("$lang", ({ lang, office }) => {
  const t = L[lang];

  test("the SolarWave wizard by keyboard: Next ≤ 3 Tabs from each step's last field, focus on each step's heading, then on the created message", async () => {
    const pane = await h.openPane({ width: 320, office });
    const page = pane.page;
    const counts = {};

    // Into the tabs (the first Tab stops are the language switch and the selected tab), to New program.
    await tabUntil(page, async () => (await focused(page)).role === "tab", 5, "the section tabs");
    await page.keyboard.press("ArrowRight"); // Programs → New program
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: t.startHeading }).waitFor();
    expect((await focused(page)).name).toBe(t.tabNew);

    // A template, by Tab and Enter: focus goes to the first step's heading.
    await tabUntil(page, async () => (await focused(page)).text.startsWith(t.solarwave), 10, "the SolarWave template");
    await page.keyboard.press("Enter");
    await expectFocusOnHeading(page, t.stepTitles[0]);

    // Program: the name, typed; then on to the step's last field and Next.
    await tabUntil(page, async () => (await focused(page)).name.startsWith(t.programName), 10, "Program name");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(lang === "en" ? "Keyboard Q3" : "键盘方案 Q3");

    const steps = [t.stepTitles[0], t.stepTitles[1], t.stepTitles[2]];
    for (let i = 0; i < steps.length; i++) {
      if (i === 0) {
        // Arrow keys on a select (the sheets' language) change its value without opening it.
        await tabUntil(
          page,
          async () => (await focused(page)).name.startsWith(t.sheetLanguage),
          40,
          "Sheets' language",
        );
        const { before, last } = await page.evaluate(() => ({
          before: document.activeElement.value,
          last: document.activeElement.selectedIndex === document.activeElement.options.length - 1,
        }));
        const [away, home] = last ? ["ArrowUp", "ArrowDown"] : ["ArrowDown", "ArrowUp"];
        await page.keyboard.press(away);
        expect(await page.evaluate(() => document.activeElement.value)).not.toBe(before);
        await page.keyboard.press(home);
        expect(await page.evaluate(() => document.activeElement.value)).toBe(before);
      }
      expect(await markLastField(page)).not.toBeNull();
      await tabUntil(page, () => onMarked(page), 80, `${steps[i]}: its last field`);
      counts[steps[i]] = await tabUntil(page, isButton(page, t.next), MAX_TABS_TO_NEXT, `${steps[i]}: Next`);
      // Back is one Shift+Tab before Next.
      await page.keyboard.press("Shift+Tab");
      expect((await focused(page)).inFooter).toBe(true);
      await page.keyboard.press("Tab");
      expect((await focused(page)).text).toBe(t.next);
      if (i === 1) {
        // Space presses a button as Enter does.
        await page.keyboard.press("Space");
      } else {
        await page.keyboard.press("Enter");
      }
      await expectFocusOnHeading(page, i + 1 < steps.length ? steps[i + 1] : t.reviewCreate);
    }

    // Alt+B and Alt+N from anywhere in the wizard: back to Rewards and forward again, focus on each heading.
    await page.keyboard.press("Alt+KeyB");
    await expectFocusOnHeading(page, t.stepTitles[2]);
    await page.keyboard.press("Alt+KeyN");
    await expectFocusOnHeading(page, t.reviewCreate);

    // Review: Create is at most 3 Tabs from the review's last field; Enter creates.
    const create = page.getByRole("button", { name: t.create, exact: true });
    await create.click({ trial: true }).catch(async (e) => {
      throw new Error(`${e.message}\nThe review says: ${await page.locator("#panel-new").innerText()}`);
    });
    expect(await markLastField(page)).not.toBeNull();
    await tabUntil(page, () => onMarked(page), 120, "Review: its last field");
    counts.review = await tabUntil(page, isButton(page, t.create), MAX_TABS_TO_NEXT, "Review: Create");
    await page.keyboard.press("Enter");
    await page.getByText(t.created).first().waitFor();
    await settled(page);
    // Focus is on the result: the created message, never the page's body.
    const after = await focused(page);
    expect(after.body).toBe(false);
    expect(after.text).toContain(t.created);

    // New program (the footer's primary button now) by Alt+N: the templates, focus on their heading.
    await page.keyboard.press("Alt+KeyN");
    await page.getByRole("heading", { name: t.startHeading }).waitFor();
    await expectFocusOnHeading(page, t.startHeading);

    for (const [step, n] of Object.entries(counts)) expect([step, n <= MAX_TABS_TO_NEXT]).toEqual([step, true]);
    await pane.assertClean();
    await pane.close();
  });
});
