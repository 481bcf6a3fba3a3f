/**
 * @jest-environment jsdom
 */
/* Editing a program: Edit program on the Programs screen, the wizard in edit mode, Save changes. */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Wizard } from "../../src/taskpane/components/Wizard/Wizard";
import { programDiff } from "../../src/taskpane/components/shared/programDiff";
import { programTemplate } from "../../src/engine/program/templates";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import { SUMMARY, deferred, fakeService, renderWithService, type FakeService } from "./support";
import "./cardChunks";

// The lazy screens' modules, loaded with this file rather than inside the first test that opens
// them (the mock below hands out these same modules): evaluating them is CPU work a test's time
// limit should not pay for.
import "../../src/taskpane/i18n/zh";

// jest runs CommonJS without dynamic import(): load the lazy screens synchronously.
jest.mock("../../src/taskpane/lazy", () => ({
  loadWizard: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Wizard/Wizard")),
  loadChineseCatalog: () => Promise.resolve(jest.requireActual("../../src/taskpane/i18n/zh").zh),
}));

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});

const NAME = "SolarWave Installer Program 2026";
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const step = (name: string) => fireEvent.click(screen.getByRole("button", { name: new RegExp(`^${name}, step`) }));
const changes = () => screen.getByRole("region", { name: "What will change" });

function editWizard(service: FakeService = fakeService(), program: ProgramDefinition = programTemplate("solarwave")) {
  const onShowPrograms = jest.fn();
  const onEditEnd = jest.fn();
  renderWithService(
    <Wizard onShowPrograms={onShowPrograms} edit={{ key: "SolarWave", program }} onEditEnd={onEditEnd} />,
    service,
  );
  return { service, onShowPrograms, onEditEnd };
}

describe("Edit program on the Programs screen", () => {
  test("reads the program, then the wizard shows “Edit <name>” with its values", async () => {
    const service = fakeService([SUMMARY]);
    const read = deferred<ProgramDefinition>();
    service.readProgram.mockReturnValueOnce(read.promise);
    render(<App theme={webLightTheme} language="en" service={service} />);
    const actions = within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
    fireEvent.click(actions.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Edit program" }));
    expect(service.readProgram).toHaveBeenCalledWith("SolarWave");
    expect(screen.getByText("Reading the program from its tables…")).toBeInTheDocument();
    await act(async () => read.resolve(programTemplate("solarwave")));

    expect(await screen.findByRole("heading", { level: 2, name: `Edit ${NAME}` })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Edit program" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 3, name: "Program" })).toBeInTheDocument();
    expect(screen.getByLabelText(/Program name/)).toHaveValue(NAME);
    expect(screen.getByLabelText(/Currency/)).toHaveValue("CNY");
    expect(screen.getByRole("button", { name: "Cancel editing" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Templates" })).toBeNull();
  });

  test("a program that cannot be read says why, in words, and the wizard does not open", async () => {
    const service = fakeService([SUMMARY]);
    service.readProgram.mockRejectedValueOnce(new Error("The table SolarWave_Tiers is no longer in this workbook."));
    render(<App theme={webLightTheme} language="en" service={service} />);
    const actions = within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
    fireEvent.click(actions.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Edit program" }));
    expect(await screen.findByText("The program could not be opened for editing")).toBeInTheDocument();
    expect(screen.getByText("The table SolarWave_Tiers is no longer in this workbook.")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Programs" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "New program" })).toBeInTheDocument();
  });

  test("Cancel editing returns to the template picker and the tab reads New program again", async () => {
    render(<App theme={webLightTheme} language="en" service={fakeService([SUMMARY])} />);
    const actions = within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
    fireEvent.click(actions.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Edit program" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel editing" }));
    expect(screen.getByRole("heading", { name: "Start a new program" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Templates" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Continue with/ })).toBeNull();
    expect(screen.getByRole("tab", { name: "New program" })).toHaveAttribute("aria-selected", "true");
  });
});

describe("the wizard in edit mode", () => {
  test("a changed tier rate shows under What will change; Save changes sends the key and the edited program", async () => {
    const { service } = editWizard();
    step("Rewards");
    type(screen.getByLabelText("Tier 2 pays (% of target incentive)"), "120");
    step("Review");
    expect(screen.getByRole("heading", { level: 3, name: "Review and save" })).toBeInTheDocument();
    expect(within(changes()).getByText("Tier 2: rate: 100% → 120%")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "What will be written" })).toBeNull();
    expect(service.preview).not.toHaveBeenCalled();

    const save = screen.getByRole("button", { name: "Save changes" });
    expect(save).toBeEnabled();
    await act(async () => fireEvent.click(save));
    expect(service.update).toHaveBeenCalledTimes(1);
    const [key, program] = service.update.mock.calls[0];
    expect(key).toBe("SolarWave");
    expect(program.tiers[1]).toEqual({ bound: 1, rate: 1.2, label: "Silver" });
    expect(program.name).toBe(NAME);
    expect(service.create).not.toHaveBeenCalled();

    expect(screen.getByText("Changes saved")).toBeInTheDocument();
    // Focus moves to the saved message, not lost to the page.
    expect(screen.getByText("Changes saved").closest("[tabindex='-1']")).toHaveFocus();
    // The saved message says what the review said.
    expect(
      within(screen.getByRole("list", { name: "Changes saved" })).getByText("Tier 2: rate: 100% → 120%"),
    ).toBeTruthy();
    // Saved: later changes are against what was saved, so there is nothing left to save.
    expect(within(changes()).getByText(/Nothing has changed yet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Done" })).toBeInTheDocument();
  });

  test("the result's notes are shown with its changes", async () => {
    const service = fakeService();
    service.update.mockResolvedValueOnce({
      summary: SUMMARY,
      program: programTemplate("solarwave"),
      changes: [{ kind: "kpiRemoved", kpi: 1, name: "CSAT" }],
      notes: ["The CSAT column in SolarWave_Partners was kept: delete it by hand if you no longer need it."],
      syncs: 4,
    });
    editWizard(service);
    step("KPIs");
    fireEvent.click(screen.getByRole("button", { name: /Remove CSAT/ }));
    type(within(screen.getByRole("region", { name: "1. On-time installs" })).getByLabelText("Weight (%)"), "100");
    step("Review");
    expect(within(changes()).getByText("KPI removed: CSAT")).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save changes" })));
    expect(
      within(screen.getByRole("list", { name: "Changes saved" })).getByText("KPI removed: CSAT"),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Notes" })).getByText(/The CSAT column/)).toBeInTheDocument();
  });

  test("a failed save shows what the service said", async () => {
    const service = fakeService();
    service.update.mockRejectedValueOnce(
      new Error(
        "The table SolarWave_Tiers has no column “Pays”; the add-in needs it to save the program. Nothing was written.",
      ),
    );
    editWizard(service);
    step("Rewards");
    type(screen.getByLabelText("Tier 2 pays (% of target incentive)"), "120");
    step("Review");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save changes" })));
    expect(screen.getByText("The changes were not saved")).toBeInTheDocument();
    expect(
      screen.getByText(/has no column “Pays”; the add-in needs it to save the program\. Nothing was written\./),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save changes" })).toBeEnabled();
  });

  test("Save changes stays disabled, with the reason, until something changed", () => {
    editWizard();
    step("Review");
    const save = screen.getByRole("button", { name: "Save changes" });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription(/Nothing has changed yet/);
  });

  test("what is paid and where the results live are fixed while editing, and the pane says why", () => {
    editWizard();
    for (const name of [
      /^Commission/,
      /^Bonus/,
      /^A new table the add-in creates/,
      /^A table already in this workbook/,
    ])
      expect(screen.getByRole("radio", { name })).toBeDisabled();
    expect(screen.getAllByText(/Kept as the program was created/)).toHaveLength(2);
    // The program's name and the rest stay editable.
    expect(screen.getByLabelText(/Program name/)).toBeEnabled();
  });

  test("Cancel editing gives a fresh new-program wizard and tells the shell", () => {
    const { onEditEnd } = editWizard();
    type(screen.getByLabelText(/Program name/), "Renamed");
    fireEvent.click(screen.getByRole("button", { name: "Cancel editing" }));
    expect(screen.getByRole("group", { name: "Templates" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Continue with/ })).toBeNull();
    expect(onEditEnd).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: /Start from scratch/ }));
    expect(screen.getByLabelText(/Program name/)).toHaveValue("");
    expect(screen.getByRole("button", { name: "Templates" })).toBeInTheDocument();
  });
});

describe("programDiff", () => {
  test("settings, KPIs added and removed, tier rows and values", () => {
    const before = programTemplate("solarwave");
    const after: ProgramDefinition = {
      ...before,
      currency: "USD",
      kpis: [
        { ...before.kpis[0], weight: 1 },
        { ...before.kpis[1], name: "NPS", weight: 0 },
      ],
      tiers: [
        ...before.tiers.slice(0, 2),
        { ...before.tiers[2], bound: 1.3 },
        { bound: 1.5, rate: 2, label: "Platinum" },
      ],
    };
    const d = programDiff(before, after, CATALOGS.en, "en-US");
    expect(d.settings).toEqual(["Currency: CNY → USD"]);
    expect(d.kpis).toEqual(["KPI On-time installs: weight: 70% → 100%", "KPI added: NPS", "KPI removed: CSAT"]);
    expect(d.tiers).toEqual(["Tiers: 3 rows → 4 rows", "Tier 3: from: 120% → 130%"]);
    expect(d.blocked).toBeNull();
  });
});
