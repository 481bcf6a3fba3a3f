/**
 * @jest-environment jsdom
 */
/* Insights' writes, by role: Save as scenario, Apply after a confirmation, writing reviewed targets; and the screen in Chinese. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { mockAll, type MockedAll } from "./mockAll";
import { programTemplate } from "../../src/engine/program/templates";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type { InsightsPartner, InsightsSource, ProgramActivity } from "../../src/taskpane/services/InsightsSource";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { isoToSerial } from "../../src/engine/excelDates";

const VOLUMES = [260000, 480000, 520000, 100000, 1200000];
const people: InsightsPartner[] = VOLUMES.map((v, i) => ({
  id: `R${i + 1}`,
  name: `Reseller ${String.fromCharCode(65 + i)}`,
  input: { actuals: [v] },
}));

type Source = MockedAll<Required<InsightsSource>>;

/** A workbook whose program becomes whatever was applied last, as Excel's would. */
function fakeSource(start: ProgramDefinition, partners = people, activity: ProgramActivity | null = null): Source {
  let program = start;
  return mockAll<Required<InsightsSource>>({
    listPrograms: async () => [
      { key: "Rebate", name: program.name, planSheet: "Plan", dataSheet: "Data", partners: partners.length },
    ],
    loadProgram: async () => ({ program, partners }),
    loadActivity: async () => activity,
    loadLastClosed: async () => null,
    saveScenario: async () => ({ sheet: "Reseller Rebate Scenario" }),
    applyScenario: async (_key: string, next: ProgramDefinition) => {
      program = next;
      return {
        notes: ["1 row of Sales added since the program was created now has its results row."],
        undo: "oneStep" as const,
      };
    },
    writeTargets: async () => ({ column: "On-time installs target", written: 3, unmatched: [] }),
  });
}

function show(source: InsightsSource, language: UiLanguage = "en") {
  return render(
    <PaneProviders language={language}>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function whatIfWithRate4() {
  const section = await screen.findByRole("region", { name: "What if" });
  type(within(section).getByLabelText("Tier 3 rate (%)"), "4");
  await waitFor(() => expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("Costs USD 2,600.00 more"));
  return section;
}

describe("Save as scenario", () => {
  test("writes a comparison sheet for the scenario against the program as read, and says where", async () => {
    const p = programTemplate("resellerRebate");
    const source = fakeSource(p);
    show(source);
    const section = await whatIfWithRate4();
    const save = within(section).getByRole("button", { name: "Save as scenario" });
    expect(save).toHaveAccessibleDescription(/Adds a new sheet comparing the current plan with this scenario/);
    fireEvent.click(save);
    expect(await within(section).findByText("Saved as the new sheet “Reseller Rebate Scenario”.")).toBeInTheDocument();
    const [key, scenario, basedOn, language] = source.saveScenario.mock.calls[0];
    expect(key).toBe("Rebate");
    expect(scenario.tiers[2].rate).toBe(0.04);
    expect(basedOn).toEqual(p);
    expect(language).toBe("en");
    expect(source.applyScenario).not.toHaveBeenCalled();
  });

  test("a failed save shows Excel's reason and leaves the scenario as it was", async () => {
    const source = fakeSource(programTemplate("resellerRebate"));
    source.saveScenario.mockRejectedValue(new Error("The program was changed in the workbook after Insights read it."));
    show(source);
    const section = await whatIfWithRate4();
    fireEvent.click(within(section).getByRole("button", { name: "Save as scenario" }));
    expect(await within(section).findByText("The scenario was not saved")).toBeInTheDocument();
    expect(section).toHaveTextContent("The program was changed in the workbook after Insights read it.");
    expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("Costs USD 2,600.00 more");
  });

  test("without write methods (a read-only source) no write is offered", async () => {
    const source: InsightsSource = {
      listPrograms: fakeSource(programTemplate("resellerRebate")).listPrograms,
      loadProgram: async () => ({ program: programTemplate("resellerRebate"), partners: people }),
    };
    show(source);
    const section = await screen.findByRole("region", { name: "What if" });
    expect(within(section).queryByRole("button", { name: "Save as scenario" })).toBeNull();
    expect(within(section).queryByRole("button", { name: /Apply/ })).toBeNull();
  });
});

describe("Apply", () => {
  test("lists exactly what changes and the cost before writing; after Apply, current is what was applied", async () => {
    const p = programTemplate("resellerRebate");
    const source = fakeSource(p);
    show(source);
    const section = await whatIfWithRate4();
    fireEvent.click(within(section).getByRole("button", { name: "Apply to the program…" }));
    const confirm = within(section).getByRole("region", { name: "Apply these changes to the program?" });
    expect(
      within(confirm)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Tier 3 rate: 3.5% → 4%"]);
    expect(confirm).toHaveTextContent("Effect on the total payout: Costs USD 2,600.00 more than now (+3%).");
    expect(source.applyScenario).not.toHaveBeenCalled();

    fireEvent.click(within(confirm).getByRole("button", { name: "Apply" }));
    expect(
      await within(section).findByText(/^Applied: the program's tables now hold the scenario/),
    ).toBeInTheDocument();
    // What the write also did (rows for partners new in the user's table) is said with it.
    expect(within(section).getByText(/1 row of Sales added since the program was created/)).toBeInTheDocument();
    // What Ctrl+Z does now, as the source said.
    expect(within(section).getByText(/One Ctrl\+Z \(Undo\) takes this back/)).toBeInTheDocument();
    expect(source.applyScenario).toHaveBeenCalledWith("Rebate", expect.objectContaining({ name: p.name }), p);
    expect(source.applyScenario.mock.calls[0][1].tiers[2].rate).toBe(0.04);
    // Read again: the applied plan is now the current one, so the what-if shows no change.
    expect(source.loadProgram).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("No change"));
    expect(within(section).getByLabelText("Tier 3 rate (%)")).toHaveValue("4");
    expect(within(section).queryByRole("region", { name: "Apply these changes to the program?" })).toBeNull();
  });

  test("Cancel writes nothing; a failed Apply says so and keeps the confirmation", async () => {
    const source = fakeSource(programTemplate("resellerRebate"));
    show(source);
    const section = await whatIfWithRate4();
    fireEvent.click(within(section).getByRole("button", { name: "Apply to the program…" }));
    fireEvent.click(within(section).getByRole("button", { name: "Cancel" }));
    expect(within(section).queryByRole("region", { name: "Apply these changes to the program?" })).toBeNull();
    expect(source.applyScenario).not.toHaveBeenCalled();

    source.applyScenario.mockRejectedValue(new Error("Excel could not finish saving the changes."));
    fireEvent.click(within(section).getByRole("button", { name: "Apply to the program…" }));
    fireEvent.click(within(section).getByRole("button", { name: "Apply" }));
    expect(await within(section).findByText("The changes were not applied")).toBeInTheDocument();
    expect(section).toHaveTextContent("Excel could not finish saving the changes.");
    expect(within(section).getByRole("region", { name: "Apply these changes to the program?" })).toBeInTheDocument();
    expect(source.loadProgram).toHaveBeenCalledTimes(1);
  });
});

const day = (iso: string) => isoToSerial(iso)!;

describe("writing suggested targets", () => {
  test("a fixed target and the population method: the KPI table's target, after review", async () => {
    const p = programTemplate("resellerRebate");
    const source = fakeSource(p);
    show(source);
    const section = await screen.findByRole("region", { name: "Suggested targets" });
    const kpi = within(section).getByRole("group", { name: "1. Purchase volume" });
    fireEvent.click(within(kpi).getByRole("button", { name: "Review and write Purchase volume targets…" }));
    const review = within(kpi).getByRole("region", { name: "Write Purchase volume targets to the program?" });
    expect(within(review).getByRole("radio", { name: /^History/ })).toBeDisabled();
    expect(within(review).getByRole("radio", { name: "Population: USD 480,000 for every partner" })).toBeChecked();
    expect(review).toHaveTextContent(
      `The KPI table's target for Purchase volume changes from USD ${p.kpis[0].target!.toLocaleString("en-US")} to USD 480,000`,
    );
    fireEvent.click(within(review).getByRole("button", { name: "Write targets" }));
    expect(
      await within(kpi).findByText(/^Wrote the new Purchase volume target into the KPI table/),
    ).toBeInTheDocument();
    const written = source.applyScenario.mock.calls[0][1];
    expect(written.kpis[0].target).toBe(480000);
    expect({ ...written, kpis: [] }).toEqual({ ...p, kpis: [] });
    expect(source.writeTargets).not.toHaveBeenCalled();
  });

  test("per-partner suggestions from history for a fixed-target KPI: the switch is stated, then the column is written", async () => {
    const p = programTemplate("solarwave");
    const partners: InsightsPartner[] = [
      { id: "P1", name: "Sunrise Solar", input: { actuals: [0.9, 4.5] } },
      { id: "P2", name: "Green Grid", input: { actuals: [0.7, 4.0] } },
    ];
    const items: ProgramActivity["items"][number][] = [];
    ["2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"].forEach((q, i) => {
      for (let k = 0; k < 4; k++) {
        items.push({ partner: "P1", due: day(q) + k, completed: day(q) + k + (k < 1 + i ? 0 : 5) });
        items.push({ partner: "P2", due: day(q) + k, completed: day(q) + k + (k < 2 ? 0 : 5) });
      }
    });
    const activity: ProgramActivity = { source: "PI_Solar_Installations", kpi: 0, asOf: day("2026-10-31"), items };
    const source = fakeSource(p, partners, activity);
    show(source);
    const section = await screen.findByRole("region", { name: "Suggested targets" });
    const kpi = within(section).getByRole("group", { name: "1. On-time installs" });
    await within(kpi).findByText(/history method/);
    fireEvent.click(within(kpi).getByRole("button", { name: "Review and write On-time installs targets…" }));
    const review = within(kpi).getByRole("region", { name: "Write On-time installs targets to the program?" });
    expect(within(review).getByRole("radio", { name: "History: each partner's own suggestion" })).toBeChecked();
    expect(review).toHaveTextContent("switches it to per-partner targets");
    expect(
      within(within(review).getByRole("list", { name: "On-time installs targets to write" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Sunrise Solar (P1): 80% → 96%", "Green Grid (P2): 80% → 76%"]);
    fireEvent.click(within(review).getByRole("button", { name: "Write targets" }));
    expect(await within(kpi).findByText(/^Wrote 3 targets into “On-time installs target”/)).toBeInTheDocument();
    expect(source.writeTargets).toHaveBeenCalledWith(
      "Rebate",
      0,
      [
        { partnerId: "P1", target: expect.closeTo(0.96, 10) },
        { partnerId: "P2", target: expect.closeTo(0.76, 10) },
      ],
      { basedOn: p, switchToPerPartner: true },
    );
  });
});

test("in Chinese: headings, buttons and money follow the pane's language", async () => {
  show(fakeSource(programTemplate("resellerRebate")), "zh");
  const cost = await screen.findByRole("region", { name: "方案成本" });
  expect(within(cost).getByTestId("insights-total")).toHaveTextContent("US$93,000.00");
  const whatIf = screen.getByRole("region", { name: "模拟分析" });
  expect(within(whatIf).getByRole("button", { name: "另存为情景" })).toBeInTheDocument();
  expect(within(whatIf).getByRole("button", { name: "应用到方案…" })).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "建议目标" })).toBeInTheDocument();
});
