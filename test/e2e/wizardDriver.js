/* eslint-disable no-undef */
/*
 * How a user drives the new-program wizard, by role and label, with real clicks and typing. All
 * knowledge of the wizard's UI text lives here, so when a label changes only this file does.
 */

/** A field's label exactly, allowing the required-field asterisk Fluent adds after it. */
function fieldLabel(label) {
  if (label instanceof RegExp) return label;
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);
}

/** The wizard in `page`. */
function wizard(page) {
  const button = (name) => page.getByRole("button", { name, exact: typeof name === "string" });
  const d = {
    page,
    /** Opens the New program tab and waits for the template list. */
    async open() {
      await page.getByRole("tab", { name: "New program" }).click();
      await page.getByRole("group", { name: "Templates" }).waitFor();
    },
    /** Clicks a template ("Installer program (SolarWave)", /scratch/ …) and waits for step 1. */
    async pickTemplate(name) {
      await page.getByRole("group", { name: "Templates" }).getByRole("button", { name }).click();
      await d.waitForStep("Program");
    },
    async waitForStep(heading) {
      await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
    },
    async next(expectedHeading) {
      await button("Next").click();
      if (expectedHeading) await d.waitForStep(expectedHeading);
    },
    async back() {
      await button("Back").click();
    },
    createButton: () => button("Create program"),
    /** Waits until Create can be clicked (it waits for the preview of what will be written). */
    async waitUntilCreatable(timeout = 20000) {
      await button("Create program").click({ trial: true, timeout });
    },
    async create() {
      await button("Create program").click();
    },
    /** Waits for the success message after Create and returns its text. */
    async waitForCreated(timeout = 30000) {
      const ok = page.getByText("Program created");
      await ok.waitFor({ timeout });
      return ok.locator("xpath=..").innerText();
    },
    /**
     * Types into a field as a user does: click, select what is there, type the new text
     * character by character. `within` scopes the label (e.g. one KPI's card).
     */
    async type(label, text, within = page) {
      const field = within.getByLabel(fieldLabel(label)).and(within.locator("input, textarea"));
      await field.click();
      await field.press("ControlOrMeta+a");
      await field.press("Backspace");
      await field.pressSequentially(String(text));
      await field.press("Tab");
    },
    async choose(radioName, within = page) {
      await within.getByRole("radio", { name: radioName }).click();
    },
    async check(name, within = page) {
      await within.getByRole("checkbox", { name }).check();
    },
    async select(label, option, within = page) {
      await within.getByLabel(fieldLabel(label)).selectOption(option);
    },
    /** The card of the i-th KPI (0-based) on the KPIs step. */
    kpi(i) {
      return page.getByRole("list", { name: "KPIs" }).getByRole("listitem").nth(i);
    },
    async addTier() {
      await button("Add tier").click();
    },
    /** The text of the review step (what will be written, issues). */
    reviewText() {
      return page.locator("main").innerText();
    },
  };
  return d;
}

module.exports = { wizard };
