/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { Wizard } from "../../src/taskpane/components/Wizard/Wizard";
import { programTemplate } from "../../src/engine/program/templates";
import { fakeService, renderWithService, type FakeService } from "./support";

function start(template: RegExp | string, service: FakeService = fakeService()) {
  const onShowPrograms = jest.fn();
  renderWithService(<Wizard onShowPrograms={onShowPrograms} />, service);
  fireEvent.click(screen.getByRole("button", { name: template }));
  return { service, onShowPrograms };
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));
const step = (name: string) => fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${name}, step`) }));
const kpiCard = (heading: string) => screen.getByRole("region", { name: heading });
const example = () => screen.getByTestId("worked-example").textContent;

describe("templates", () => {
  test("offers the three templates and a blank start", () => {
    renderWithService(<Wizard onShowPrograms={jest.fn()} />, fakeService());
    const group = screen.getByRole("group", { name: "Templates" });
    expect(within(group).getAllByRole("button")).toHaveLength(4);
    for (const name of [
      /Installer program \(SolarWave\)/,
      /Reseller volume rebate/,
      /Sales commission with accelerators/,
      /Start from scratch/,
    ]) {
      expect(within(group).getByRole("button", { name })).toBeTruthy();
    }
  });

  test("picking a template fills the wizard", () => {
    start(/Installer program \(SolarWave\)/);
    expect(screen.getByRole("heading", { level: 2, name: "Program" })).toBeTruthy();
    expect(screen.getByLabelText(/Program name/)).toHaveValue("SolarWave Installer Program 2026");
    expect(screen.getByLabelText(/Currency/)).toHaveValue("CNY");
    expect(screen.getByLabelText("Period starts")).toHaveValue("2026-01-01");
    expect(screen.getByLabelText("Period ends")).toHaveValue("2026-09-30");
    expect(screen.getByRole("radio", { name: /^Bonus/ })).toBeChecked();
    next();
    expect(kpiCard("1. On-time installs")).toBeTruthy();
    expect(within(kpiCard("1. On-time installs")).getByLabelText("Target (%)")).toHaveValue("80");
    expect(within(kpiCard("1. On-time installs")).getByLabelText("Weight (%)")).toHaveValue("70");
    expect(within(kpiCard("2. CSAT")).getByLabelText(/Gate, in score \(1-5\), optional/)).toHaveValue("3.8");
  });

  test("from scratch: the missing name is said at the field, as the step indicator counts it", () => {
    start(/Start from scratch/);
    expect(screen.getByRole("button", { name: "Program, step 1 of 4, 1 issue" })).toBeTruthy();
    expect(screen.getByLabelText(/Program name/)).toHaveAccessibleDescription("Give the program a name.");
    expect(screen.getByLabelText(/Program name/)).toHaveAttribute("aria-invalid", "true");
    type(screen.getByLabelText(/Program name/), "Q3 Push");
    expect(screen.queryByText("Give the program a name.")).toBeNull();
    next();
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("button", { name: "Program, step 1 of 4, complete" })).toBeTruthy();
  });

  test("Back from the first step returns to the templates and can resume the draft", () => {
    start(/Reseller volume rebate/);
    fireEvent.click(screen.getByRole("button", { name: "Templates" }));
    fireEvent.click(screen.getByRole("button", { name: "Continue with “Reseller Rebate 2026”" }));
    expect(screen.getByLabelText(/Program name/)).toHaveValue("Reseller Rebate 2026");
  });
});

describe("how often the program pays", () => {
  test("every frequency is offered, and the one chosen is what the review says", () => {
    start(/Installer program \(SolarWave\)/);
    const paid = screen.getByRole("combobox", { name: /^Paid/ });
    expect(within(paid).getAllByRole("option").map((o) => [(o as HTMLOptionElement).value, o.textContent])).toEqual([
      ["monthly", "Monthly"],
      ["quarterly", "Quarterly"],
      ["annual", "Annual"],
    ]);
    expect(paid).toHaveValue("quarterly");
    fireEvent.change(paid, { target: { value: "monthly" } });
    step("Review");
    expect(screen.getByText(/, monthly$/)).toBeTruthy();
  });
});

describe("KPIs", () => {
  test("the weights' total is live, with the engine's message and a status in words", () => {
    start(/Installer program/);
    next();
    expect(screen.getByText(/Weights: 100% of 100% — complete/)).toBeTruthy();
    type(within(kpiCard("2. CSAT")).getByLabelText("Weight (%)"), "20");
    expect(screen.getByText("Weights: 90% of 100% — Weights add up to 90%; they must add up to 100%.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "KPIs, step 2 of 4, 1 issue" })).toBeTruthy();
  });

  test("an invalid weight shows the engine's message on that field and blocks Create with the reason", async () => {
    const { service } = start(/Installer program/);
    next();
    const weight = within(kpiCard("1. On-time installs")).getByLabelText("Weight (%)");
    type(weight, "120");
    expect(weight).toHaveAccessibleDescription(/On-time installs: the weight must be between 0% and 100%\./);
    expect(weight).toHaveAttribute("aria-invalid", "true");

    step("Review");
    const create = screen.getByRole("button", { name: "Create program" });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(
      /Create is not available yet: 2 issues to fix\..*On-time installs: the weight must be between 0% and 100%\. \(KPIs step\)/,
    );
    expect(service.preview).not.toHaveBeenCalled();
    fireEvent.click(
      screen.getByRole("button", { name: /^On-time installs: the weight must be between 0% and 100%\./ }),
    );
    expect(screen.getByRole("heading", { level: 2, name: "KPIs" })).toBeTruthy();
    expect(within(kpiCard("1. On-time installs")).getByLabelText("Weight (%)")).toHaveFocus();
    type(within(kpiCard("1. On-time installs")).getByLabelText("Weight (%)"), "70");
    step("Review");
    await waitFor(() => expect(screen.getByRole("button", { name: "Create program" })).toBeEnabled());
  });

  test("add, remove and reorder KPIs", () => {
    start(/Installer program/);
    next();
    fireEvent.click(screen.getByRole("button", { name: "Add KPI" }));
    const list = screen.getByRole("list", { name: "KPIs" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    type(within(kpiCard("3. KPI 3")).getByLabelText(/^Name/), "Response time");
    expect(kpiCard("3. Response time")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Move CSAT up" }));
    let headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["1. CSAT", "2. On-time installs", "3. Response time"]);
    expect(screen.getByText("CSAT moved to position 1 of 3.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Move CSAT up" })).toBeDisabled();
    // The fields moved with their KPI.
    expect(within(kpiCard("1. CSAT")).getByLabelText("Weight (%)")).toHaveValue("30");

    fireEvent.click(screen.getByRole("button", { name: "Move On-time installs down" }));
    headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["1. CSAT", "2. Response time", "3. On-time installs"]);

    fireEvent.click(screen.getByRole("button", { name: "Remove Response time" }));
    headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["1. CSAT", "2. On-time installs"]);
    expect(screen.getByText(/Weights: 100% of 100%/)).toBeTruthy();
  });

  test("at ten KPIs Add KPI stays focusable but adds none, and says why", () => {
    start(/Installer program/);
    next();
    const add = screen.getByRole("button", { name: "Add KPI" });
    for (let i = 0; i < 12; i++) fireEvent.click(add);
    expect(within(screen.getByRole("list", { name: "KPIs" })).getAllByRole("listitem")).toHaveLength(10);
    expect(add).toHaveAttribute("aria-disabled", "true");
    expect(add).toHaveAccessibleDescription(/up to 10 KPIs/);
  });

  test("the paid-on KPI follows its KPI when the KPIs are reordered", () => {
    start(/Reseller volume rebate/);
    next();
    fireEvent.click(screen.getByRole("button", { name: "Add KPI" }));
    type(within(kpiCard("2. KPI 2")).getByLabelText(/^Name/), "Returns");
    fireEvent.click(screen.getByRole("button", { name: "Move Returns up" }));
    step("Rewards");
    const paidOn = screen.getByLabelText(/Paid on/) as HTMLSelectElement;
    expect(paidOn.selectedOptions[0].textContent).toBe("Purchase volume");
  });
});

describe("Rewards", () => {
  test("a block copied from Excel pastes into the tier table, header skipped", () => {
    start(/Reseller volume rebate/);
    step("Rewards");
    const block = "Volume\tRate\tTier\n0\t0%\tMember\n100,000\t1.5%\tBronze\n300000\t3%\tGold\n";
    fireEvent.paste(screen.getByLabelText("Tier 1 from (USD)"), {
      clipboardData: { getData: () => block },
    });
    const tiers = screen.getByRole("list", { name: "Tiers" });
    expect(within(tiers).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByLabelText("Tier 2 from (USD)")).toHaveValue("100,000");
    expect(screen.getByLabelText("Tier 2 rate (%)")).toHaveValue("1.5");
    expect(screen.getByLabelText("Tier 3 label")).toHaveValue("Gold");
    expect(screen.getByText("Pasted 3 tiers from Excel.")).toBeTruthy();
    // 560,000 of volume reaches Gold: 3% of all of it (retro), as the engine computes.
    expect(example()).toBe(
      "A partner with Purchase volume of USD 560,000 (112% of target) earns USD 16,800.00 (Gold tier).",
    );
  });

  test("a tier out of order shows the engine's message on its row", () => {
    start(/Installer program/);
    step("Rewards");
    const bound = screen.getByLabelText("Tier 3 from score (%)");
    type(bound, "90");
    expect(bound).toHaveAccessibleDescription(
      /Tier table row 3: the lower bound 0\.9 is not above the row before it \(1\)/,
    );
    expect(screen.getByText(/Fix the tier table to see the payout curve/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rewards, step 3 of 4, 1 issue" })).toBeTruthy();
  });

  test("the worked example follows the tier rates as the user types", () => {
    start(/Installer program/);
    step("Rewards");
    expect(example()).toBe("A partner at 112% of target overall earns CNY 26,000.00 (Silver tier).");
    type(screen.getByLabelText("Tier 2 pays (% of target incentive)"), "120");
    expect(example()).toBe("A partner at 112% of target overall earns CNY 27,600.00 (Silver tier).");
    type(screen.getByLabelText("Example CSAT"), "3.5");
    expect(example()).toMatch(/misses a minimum to qualify and earns CNY 0\.00\./);
  });

  test("the payout curve has an accessible name and a table alternative", () => {
    start(/Sales commission/);
    step("Rewards");
    const chart = screen.getByRole("img", { name: /^Payout curve: Payout \(EUR\) by Bookings \(EUR\)/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    const table = screen.getByRole("table", { name: "Payout curve values" });
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(3);
    expect(example()).toBe(
      "A partner with Bookings of EUR 112,000 (112% of target) earns EUR 4,720.00 (Accelerator tier).",
    );
    // The example result follows its target (112% of it) until the user types one.
    type(screen.getByLabelText("Example target for Bookings"), "200000");
    expect(example()).toBe(
      "A partner with Bookings of EUR 224,000 (112% of target) earns EUR 9,440.00 (Accelerator tier).",
    );
    type(screen.getByLabelText("Example Bookings"), "112000");
    expect(example()).toBe("A partner with Bookings of EUR 112,000 (56% of target) earns EUR 4,480.00 (Base tier).");
  });

  test("each method is explained in one sentence", () => {
    start(/Reseller volume rebate/);
    step("Rewards");
    expect(screen.getByRole("radio", { name: /Retroactive.*whole result/ })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: /Marginal.*tax brackets/ }));
    // 2% on 250,000–500,000 and 3.5% on the 60,000 above it.
    expect(example()).toMatch(/earns USD 7,100\.00 \(Gold tier\)/);
  });
});

describe("Review and create", () => {
  test("shows the program and exactly what will be written, from the service's preview", async () => {
    const { service } = start(/Installer program/);
    step("Review");
    expect(screen.getByText("SolarWave Installer Program 2026")).toBeTruthy();
    const preview = await screen.findByRole("list", { name: "What will be written" });
    expect(within(preview).getByText("Sheet “SolarWave Plan”")).toBeTruthy();
    expect(within(preview).getByText("Table SolarWave_Partners")).toBeTruthy();
    expect(within(preview).getByText("(60 rows, 6 columns)")).toBeTruthy();
    expect(within(preview).getByText("=INCENTIVE.BONUS([@Score], 20000, SolarWave_Tiers)")).toBeTruthy();
    expect(service.preview).toHaveBeenCalledWith(programTemplate("solarwave"), {});
  });

  test("Create writes the program through the service and says what was created", async () => {
    const { service, onShowPrograms } = start(/Installer program/);
    next();
    type(within(kpiCard("2. CSAT")).getByLabelText("Weight (%)"), "30");
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    expect(await screen.findByText("Program created")).toBeTruthy();
    expect(service.create).toHaveBeenCalledTimes(1);
    expect(service.create).toHaveBeenCalledWith(programTemplate("solarwave"), {});
    expect(screen.getByText(/with 60 partners, on SolarWave Plan and SolarWave Data/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "See programs" }));
    expect(onShowPrograms).toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: "Create program" })).toBeNull();
  });

  test("the SolarWave sample can come along with the template", async () => {
    const { service } = start(/Installer program/);
    fireEvent.click(screen.getByRole("checkbox", { name: /SolarWave sample data/ }));
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    await screen.findByText("Program created");
    expect(service.create).toHaveBeenCalledWith(expect.objectContaining({ name: "SolarWave Installer Program 2026" }), {
      withSolarWaveSample: true,
    });
  });

  test("a failed create shows the service's message and that the workbook is unchanged", async () => {
    const service = fakeService();
    service.create.mockRejectedValueOnce(new Error("A sheet called “SolarWave Plan” could not be added."));
    start(/Installer program/, service);
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    expect(await screen.findByText("The program was not created")).toBeTruthy();
    expect(screen.getByText(/could not be added\. The workbook was left as it was\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create program" })).toBeEnabled();
  });

  test("a failed preview is shown, and nothing can be created without it", async () => {
    const service = fakeService();
    service.preview.mockRejectedValueOnce(new Error("Excel is not available here."));
    start(/Installer program/, service);
    step("Review");
    expect(await screen.findByText("Could not prepare the preview")).toBeTruthy();
    const create = screen.getByRole("button", { name: "Create program" });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(
      /Excel is not available here\. Nothing can be created until it is shown\./,
    );
    expect(service.create).not.toHaveBeenCalled();
  });
});

describe("validation you can act on", () => {
  test("the review lists every issue, each a link that goes to its field and focuses it", () => {
    start(/Installer program/);
    type(screen.getByLabelText(/Program name/), "");
    next();
    type(within(kpiCard("2. CSAT")).getByLabelText("Weight (%)"), "20");
    step("Review");
    const list = screen.getByRole("list", { name: "Issues to fix: each goes to its field" });
    const links = within(list).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual([
      "Give the program a name. (Program step)",
      "Weights add up to 90%; they must add up to 100%. (KPIs step)",
    ]);
    expect(screen.getByText("Create is not available yet: 2 issues to fix.")).toBeTruthy();
    fireEvent.click(links[0]);
    expect(screen.getByRole("heading", { level: 2, name: "Program" })).toBeTruthy();
    expect(screen.getByLabelText(/Program name/)).toHaveFocus();
  });

  test("a blank rate reads as blank in the review, and bounds out of order are flagged with it", () => {
    start(/Reseller volume rebate/);
    step("Rewards");
    type(screen.getByLabelText("Tier 2 rate (%)"), "");
    type(screen.getByLabelText("Tier 3 from (USD)"), "50,000");
    expect(screen.getByLabelText("Tier 3 from (USD)")).toHaveAccessibleDescription(
      /Tier table row 3: the lower bound 50,000 is not above the row before it \(250,000\)/,
    );
    step("Review");
    expect(screen.getByText(/Silver from 250,000: blank;/)).toBeTruthy();
    expect(screen.queryByText(/: %/)).toBeNull();
  });
});

describe("keyboard", () => {
  test("Alt+N and Alt+B press Next and Back from any field, and say so in their titles", () => {
    start(/Installer program/);
    const next = screen.getByRole("button", { name: "Next" });
    expect(next).toHaveAttribute("aria-keyshortcuts", "Alt+N");
    expect(next).toHaveAttribute("title", "Next (Alt+N)");
    fireEvent.keyDown(screen.getByLabelText(/Currency/), { key: "n", code: "KeyN", altKey: true });
    expect(screen.getByRole("heading", { level: 2, name: "KPIs" })).toHaveFocus();
    const back = screen.getByRole("button", { name: "Back" });
    expect(back).toHaveAttribute("title", "Back (Alt+B)");
    fireEvent.keyDown(within(kpiCard("2. CSAT")).getByLabelText("Weight (%)"), {
      key: "b",
      code: "KeyB",
      altKey: true,
    });
    expect(screen.getByRole("heading", { level: 2, name: "Program" })).toHaveFocus();
  });

  test("after Create, focus is on the result, not lost to the page", async () => {
    start(/Installer program/);
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    const title = await screen.findByText("Program created");
    expect(title.closest("[tabindex='-1']")).toHaveFocus();
  });
});

describe("a program over a new, empty data table", () => {
  test("Create says what to do next: add partners in the data table, with a button that goes there", async () => {
    const service = fakeService();
    service.create.mockImplementationOnce(async (p) => ({
      summary: { key: "Q3", name: p.name, planSheet: "Q3 Plan", dataSheet: "Q3 Data", partners: 0 },
      preview: {
        sheets: [
          { name: "Q3 Plan", tables: [], formulas: [] },
          { name: "Q3 Data", tables: [], formulas: [] },
        ],
      },
    }));
    start(/Sales commission/, service);
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    expect(await screen.findByText("Next: add your partners")).toBeTruthy();
    expect(screen.getByText(/The data table on Q3 Data has no partners yet\. Type or paste/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Go to the data table" }));
    expect(service.selectCell).toHaveBeenCalledWith("Q3 Data", "A1");
  });

  test("a program created with partners has no such step", async () => {
    start(/Installer program/);
    step("Review");
    await screen.findByRole("list", { name: "What will be written" });
    fireEvent.click(screen.getByRole("button", { name: "Create program" }));
    await screen.findByText("Program created");
    expect(screen.queryByText("Next: add your partners")).toBeNull();
  });
});
