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

/** The wizard's own words the driver clicks and waits for, in each of the pane's languages. */
const LABELS = {
  en: {
    newProgramTab: "New program",
    templates: "Templates",
    firstStep: "Program",
    next: "Next",
    back: "Back",
    create: "Create program",
    created: "Program created",
    kpis: "KPIs",
    addTier: "Add tier",
    // Editing a program (Programs › Edit program)
    programsTab: "Programs",
    actionsFor: (name) => `Actions for ${name}`,
    moreActions: "More actions",
    editProgram: "Edit program",
    editTitle: (name) => `Edit ${name}`,
    save: "Save changes",
    saved: "Changes saved",
    changes: "What will change",
  },
  zh: {
    newProgramTab: "新建方案",
    templates: "模板",
    firstStep: "方案",
    next: "下一步",
    back: "上一步",
    create: "创建方案",
    created: "方案已创建",
    kpis: "KPI 指标",
    addTier: "添加档位",
    programsTab: "激励方案",
    actionsFor: (name) => `“${name}”的操作`,
    moreActions: "更多操作",
    editProgram: "编辑方案",
    editTitle: (name) => `编辑“${name}”`,
    save: "保存更改",
    saved: "更改已保存",
    changes: "将更改的内容",
  },
};

/** The wizard in `page`, driven in `language` ("en" or "zh": the words the pane shows). */
function wizard(page, language = "en") {
  const L = LABELS[language];
  const button = (name) => page.getByRole("button", { name, exact: typeof name === "string" });
  const d = {
    page,
    /** Opens the New program tab and waits for the template list. */
    async open() {
      await page.getByRole("tab", { name: L.newProgramTab }).click();
      await page.getByRole("group", { name: L.templates }).waitFor();
    },
    /** Clicks a template ("Installer program (SolarWave)", /scratch/ …) and waits for step 1. */
    async pickTemplate(name) {
      await page.getByRole("group", { name: L.templates }).getByRole("button", { name }).click();
      await d.waitForStep(L.firstStep);
    },
    async waitForStep(heading) {
      await page.getByRole("heading", { level: 2, name: heading, exact: true }).waitFor();
    },
    async next(expectedHeading) {
      await button(L.next).click();
      if (expectedHeading) await d.waitForStep(expectedHeading);
    },
    async back() {
      await button(L.back).click();
    },
    createButton: () => button(L.create),
    /** Waits until Create can be clicked (it waits for the preview of what will be written). */
    async waitUntilCreatable() {
      await button(L.create).click({ trial: true });
    },
    async create() {
      await button(L.create).click();
    },
    /** Waits for the success message after Create and returns its text. */
    async waitForCreated() {
      const ok = page.getByText(L.created);
      await ok.waitFor();
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
      return page.getByRole("list", { name: L.kpis }).getByRole("listitem").nth(i);
    },
    async addTier() {
      await button(L.addTier).click();
    },
    /**
     * Editing: opens `programName` from the Programs tab with Edit program in its More actions menu and waits
     * for the wizard's "Edit <name>" title. While editing, step headings are one level down (h3).
     */
    async edit(programName) {
      await page.getByRole("tab", { name: L.programsTab }).click();
      await page
        .getByRole("group", { name: L.actionsFor(programName) })
        .getByRole("button", { name: L.moreActions, exact: true })
        .click();
      await page.getByRole("menuitem", { name: L.editProgram, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: L.editTitle(programName), exact: true }).waitFor();
    },
    async waitForEditStep(heading) {
      await page.getByRole("heading", { level: 3, name: heading, exact: true }).waitFor();
    },
    /** Next while editing, waiting for the step's (h3) heading. */
    async nextInEdit(expectedHeading) {
      await button(L.next).click();
      if (expectedHeading) await d.waitForEditStep(expectedHeading);
    },
    saveButton: () => button(L.save),
    async save() {
      await button(L.save).click();
    },
    /** Waits for "Changes saved" after Save changes and returns the message's text. */
    async waitForSaved() {
      const ok = page.getByText(L.saved, { exact: true }).first();
      await ok.waitFor();
      return ok.locator("xpath=..").innerText();
    },
    /** The lines of the review's "What will change" while editing. */
    changeLines() {
      return page.getByRole("region", { name: L.changes }).getByRole("listitem").allInnerTexts();
    },
    /** The text of the review step (what will be written, issues). */
    reviewText() {
      return page.locator("main").innerText();
    },
  };
  return d;
}

module.exports = { wizard };
