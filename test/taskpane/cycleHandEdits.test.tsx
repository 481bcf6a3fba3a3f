/**
 * @jest-environment jsdom
 */
/*
 * A plan edited by hand, in the Payout periods panel, by role with a fake cycle service: the
 * notice lists old → new per field (the wizard's words), takes a reason, and "Log this change"
 * hands it to the service (one Change log row), then says what happened; nothing is shown for a
 * plan as logged; a failure to log keeps the notice; Chinese.
 */
import * as React from "react";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { ProgramDefinition, programChanges, programTemplate } from "../../src/engine";
import { CyclePanel } from "../../src/taskpane/components/Cycle/CyclePanel";
import type { CycleService, PlanHandEdits } from "../../src/taskpane/services/CycleService";
import { CycleServiceProvider } from "../../src/taskpane/services/CycleServiceContext";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { mockAll } from "./mockAll";
import { SUMMARY, fakeService, renderWithService } from "./support";

const Q1 = { label: "2026-Q1", start: 46023, end: 46112 };
const LOGGED = programTemplate("solarwave");
const NOW: ProgramDefinition = {
  ...LOGGED,
  tiers: LOGGED.tiers.map((tier, i) => (i === 1 ? { ...tier, rate: 1.3 } : tier)),
};
const LAST = {
  action: "created",
  at: "2026-01-05T09:00:00.000Z",
  changes: "",
  reason: "",
  fingerprint: "f".repeat(64),
  plan: LOGGED,
} as const;
const EDITED: PlanHandEdits = {
  found: { state: "editedByHand", last: LAST, changes: programChanges(LOGGED, NOW) },
  program: NOW,
};

function cycleService(overrides: Partial<CycleService> = {}) {
  return mockAll<CycleService>({
    previewClose: async () => ({
      key: SUMMARY.key,
      programName: SUMMARY.name,
      period: Q1,
      partners: 2,
      total: 100,
      currency: "CNY",
      decimals: 2,
      kpis: 2,
      tiers: 3,
      fingerprint: "0".repeat(64),
      sheet: "SolarWave 2026-Q1",
      closedBefore: 0,
      lastClosed: null,
      next: { label: "2026-Q2", start: 46113, end: 46203 },
      pastProgramEnd: false,
    }),
    close: async () => {
      throw new Error("not in this test");
    },
    protect: async () => undefined,
    check: async () => ({ programName: SUMMARY.name, periods: [], syncs: 1 }),
    reopen: async () => {
      throw new Error("not in this test");
    },
    updateAdjustments: async () => {
      throw new Error("not in this test");
    },
    previewAdjustments: async () => {
      throw new Error("not in this test");
    },
    previewEarlierAdjustments: async () => {
      throw new Error("not in this test");
    },
    handEdits: async () => EDITED,
    logHandEdits: async () => EDITED.found,
    ...overrides,
  });
}

function renderPanel(cycle = cycleService(), language: UiLanguage = "en") {
  renderWithService(
    <CycleServiceProvider service={cycle}>
      <CyclePanel programKey={SUMMARY.key} programName={SUMMARY.name} onHide={() => undefined} />
    </CycleServiceProvider>,
    fakeService([SUMMARY]),
    language,
  );
  return cycle;
}

describe("a plan edited by hand since its last logged change", () => {
  test("the notice lists old → new, takes a reason and logs it as one row; then it says so", async () => {
    const cycle = renderPanel();
    const notice = await screen.findByRole("region", {
      name: "The plan was edited by hand since its last logged change",
    });
    expect(
      within(notice).getByText("Since the Change log's last row (2026-01-05), the plan tables changed:"),
    ).toBeVisible();
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Tier 2.*rate: 100% → 130%/)]);
    expect(cycle.handEdits).toHaveBeenCalledWith(SUMMARY.key);
    expect(cycle.logHandEdits).not.toHaveBeenCalled();

    fireEvent.change(within(notice).getByRole("textbox", { name: "Reason (kept in the Change log)" }), {
      target: { value: "Agreed with finance" },
    });
    fireEvent.click(within(notice).getByRole("button", { name: "Log this change" }));
    expect(cycle.logHandEdits).toHaveBeenCalledWith(SUMMARY.key, "Agreed with finance");
    expect(await screen.findByText("Change logged")).toBeVisible();
    expect(
      screen.getByText("One row was added to the program's Change log: the plan is as logged again."),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Log this change" })).toBeNull();
    expect(cycle.logHandEdits).toHaveBeenCalledTimes(1);
  });

  test("a plan as logged, or a program without a log: no notice", async () => {
    const cycle = renderPanel(
      cycleService({ handEdits: async () => ({ found: { state: "asLogged", last: LAST }, program: LOGGED }) }),
    );
    await screen.findByText(/Open period: 2026-Q1/);
    await waitFor(() => expect(cycle.handEdits).toHaveBeenCalled());
    expect(screen.queryByText("The plan was edited by hand since its last logged change")).toBeNull();
    expect(screen.queryByRole("button", { name: "Log this change" })).toBeNull();
  });

  test("a row without the plan: the fingerprint alone tells, said so; a failure to log keeps the notice", async () => {
    renderPanel(
      cycleService({
        handEdits: async () => ({ found: { state: "editedByHand", last: LAST, changes: null }, program: NOW }),
        logHandEdits: async () => {
          throw new Error("The workbook is read-only.");
        },
      }),
    );
    expect(await screen.findByText(/does not hold the plan, so what changed cannot be listed/)).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Log this change" }));
    expect(await screen.findByText("The change was not logged")).toBeVisible();
    expect(screen.getByText("The workbook is read-only.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Log this change" })).toBeVisible();
  });

  test("Chinese", async () => {
    renderPanel(cycleService(), "zh");
    const notice = await screen.findByRole("region", { name: "方案在最近一次记录的变更之后被手动编辑过" });
    expect(within(notice).getByText(/自变更记录的最后一行（2026年1月5日）以来/)).toBeVisible();
    expect(within(notice).getByRole("button", { name: "记录此变更" })).toBeVisible();
    expect(within(notice).getByRole("textbox", { name: "原因（保存在变更记录中）" })).toBeVisible();
  });
});
