/**
 * @jest-environment jsdom
 */
/* The payout-cycle panel (components/Cycle), by role, with a fake cycle service: Close period, Check closed periods, Re-open. */
import * as React from "react";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { CycleError, programTemplate } from "../../src/engine";
import { CyclePanel } from "../../src/taskpane/components/Cycle/CyclePanel";
import { Programs } from "../../src/taskpane/components/Programs/Programs";
import type {
  AdjustmentsUpdate,
  ClosedPeriodsCheck,
  ClosedResult,
  CycleService,
  PeriodClosePreview,
} from "../../src/taskpane/services/CycleService";
import { CycleServiceProvider } from "../../src/taskpane/services/CycleServiceContext";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { mockAll } from "./mockAll";
import { SUMMARY, deferred, fakeService, renderWithService } from "./support";
import "./cardChunks";

const FP = "4624777a91c256520a5d5dffe82e76cd84faa2eb2c5e2b0dc48f5644c5a73c3a";
const Q1 = { label: "2026-Q1", start: 46023, end: 46112 };
const Q2 = { label: "2026-Q2", start: 46113, end: 46203 };

const PREVIEW: PeriodClosePreview = {
  key: SUMMARY.key,
  programName: SUMMARY.name,
  period: Q1,
  partners: 60,
  total: 412345.5,
  currency: "CNY",
  decimals: 2,
  kpis: 2,
  tiers: 3,
  fingerprint: FP,
  sheet: "SolarWave 2026-Q1",
  closedBefore: 0,
  lastClosed: null,
  next: Q2,
  pastProgramEnd: false,
};

const CLOSED: ClosedResult = {
  period: Q1,
  sheet: "SolarWave 2026-Q1",
  periodsSheet: "SolarWave Periods",
  fingerprint: FP,
  partners: 60,
  total: 412345.5,
  currency: "CNY",
  decimals: 2,
  closedAt: "2026-04-02T09:30:00Z",
  next: Q2,
  syncs: 6,
};

const EDITED: ClosedPeriodsCheck = {
  programName: SUMMARY.name,
  syncs: 5,
  periods: [
    {
      period: Q1,
      sheet: "SolarWave 2026-Q1",
      fingerprint: FP,
      status: "edited",
      rowFingerprintsMatch: true,
      rows: [
        {
          key: "partner P3",
          address: "A14:V14",
          cells: [{ field: "payout", address: "O14", found: "999999", expected: "600.01" }],
        },
      ],
    },
  ],
};

const ADJUSTED: AdjustmentsUpdate = {
  settledIn: "2026-Q2",
  forPeriod: "2026-Q1",
  closed: ["2026-Q1"],
  added: [
    {
      partnerId: "P3",
      forPeriod: "2026-Q1",
      settledIn: "2026-Q2",
      paidBefore: 3500,
      recomputed: 2200,
      adjustment: -1300,
    },
  ],
  skipped: [],
  sheet: "SolarWave Adjustments",
  syncs: 9,
};

/** The open period Q2, after Q1 was closed. */
const AFTER_Q1: PeriodClosePreview = {
  ...PREVIEW,
  period: Q2,
  closedBefore: 1,
  lastClosed: { period: Q1, sheet: "SolarWave 2026-Q1", fingerprint: FP },
};

function cycleService(overrides: Partial<CycleService> = {}) {
  return mockAll<CycleService>({
    previewClose: async () => PREVIEW,
    close: async () => CLOSED,
    protect: async () => undefined,
    check: async () => EDITED,
    reopen: async (_key, period, reason) => ({
      period: Q1,
      reopenedAt: "2026-04-05T08:00:00Z",
      reason,
      was: { period: Q1, closedAt: CLOSED.closedAt, partners: 60, total: CLOSED.total, fingerprint: FP },
      sheet: `SolarWave ${period}`,
      syncs: 5,
    }),
    updateAdjustments: async () => ADJUSTED,
    previewAdjustments: async (_key, forPeriod) => ({ ...ADJUSTED, forPeriod: forPeriod ?? "2026-Q1" }),
    previewEarlierAdjustments: async () => ({ ...ADJUSTED, forPeriod: "2026-Q1" }),
    handEdits: async () => ({ found: { state: "noLog" }, program: programTemplate("solarwave") }),
    logHandEdits: async () => ({ state: "noLog" }),
    ...overrides,
  });
}

function renderPanel(cycle = cycleService(), language: UiLanguage = "en", workbook = fakeService([SUMMARY])) {
  renderWithService(
    <CycleServiceProvider service={cycle}>
      <CyclePanel programKey={SUMMARY.key} programName={SUMMARY.name} onHide={() => undefined} />
    </CycleServiceProvider>,
    workbook,
    language,
  );
  return { cycle, workbook };
}

describe("Close period", () => {
  test("preview (partners, total, what is frozen, protection cannot be undone), confirm, progress, result with the fingerprint", async () => {
    const writing = deferred<ClosedResult>();
    const protecting = deferred<void>();
    const { cycle } = renderPanel(cycleService({ close: () => writing.promise, protect: () => protecting.promise }));
    expect(
      await screen.findByText("Open period: 2026-Q1 (2026-01-01 – 2026-03-31). No period closed yet."),
    ).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Close period 2026-Q1…" }));
    const confirm = await screen.findByRole("region", { name: "Close 2026-Q1?" });
    expect(within(confirm).getByText("60 partners, total payout CNY 412,345.50.")).toBeVisible();
    expect(
      within(confirm)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "every partner's KPI results, score, tier and payout;",
      "the plan as it stands: settings, 2 KPIs, 3 tiers and targets;",
      "the totals, with a fingerprint (SHA-256) for each row and for the whole snapshot.",
    ]);
    expect(within(confirm).getByText(/moves on to the next period \(2026-Q2\)/)).toBeVisible();
    expect(within(confirm).getByText(/Protecting a sheet cannot be undone with Ctrl\+Z/)).toBeVisible();
    expect(cycle.close).not.toHaveBeenCalled();

    fireEvent.click(within(confirm).getByRole("button", { name: "Close 2026-Q1 and protect its snapshot" }));
    expect(await screen.findByText("Writing the snapshot…")).toBeVisible();
    expect(cycle.close).toHaveBeenCalledWith(SUMMARY.key, "2026-Q1");
    expect(cycle.protect).not.toHaveBeenCalled(); // protection only after the write
    writing.resolve(CLOSED);
    expect(await screen.findByText("Protecting the snapshot sheet…")).toBeVisible();
    expect(cycle.protect).toHaveBeenCalledWith("SolarWave 2026-Q1");
    protecting.resolve();
    expect(await screen.findByText("2026-Q1 closed")).toBeVisible();
    const body = screen.getByText(
      /Snapshot on SolarWave 2026-Q1: 60 partners, total payout CNY 412,345\.50\. The open period is now 2026-Q2\./,
    );
    expect(body).toBeVisible();
    // The body is a paragraph of its own, under the title, not run on after it.
    expect(body.tagName).toBe("P");
    expect(screen.getByText(FP)).toBeVisible();
  });

  test("closing a period closed already is refused in the pane's words; nothing is protected", async () => {
    const { cycle } = renderPanel(
      cycleService({
        close: async () => {
          throw new CycleError("alreadyClosed", "2026-Q1 is closed already", { period: "2026-Q1" });
        },
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Close period 2026-Q1…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Close 2026-Q1 and protect its snapshot" }));
    expect(await screen.findByText("The period was not closed")).toBeVisible();
    expect(screen.getByText("2026-Q1 is closed already. Re-open it first to close it again.")).toBeVisible();
    expect(cycle.protect).not.toHaveBeenCalled();
  });

  test("Cancel writes nothing", async () => {
    const { cycle } = renderPanel();
    fireEvent.click(await screen.findByRole("button", { name: "Close period 2026-Q1…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Close 2026-Q1?" })).toBeNull());
    expect(cycle.close).not.toHaveBeenCalled();
  });
});

describe("Check closed periods", () => {
  test("names the edited snapshot, the partner row and the cell; each goes to its cell", async () => {
    const { workbook } = renderPanel();
    fireEvent.click(await screen.findByRole("button", { name: "Check closed periods" }));
    expect(await screen.findByText("A closed period was changed")).toBeVisible();
    expect(screen.getByText("2026-Q1: SolarWave 2026-Q1 was edited after the period was closed.")).toBeVisible();
    const rows = screen.getByRole("list", { name: "Edited rows of 2026-Q1" });
    const row = within(rows).getByRole("button", { name: "Partner P3, cells A14:V14" });
    fireEvent.click(row);
    expect(workbook.selectCell).toHaveBeenCalledWith("SolarWave 2026-Q1", "A14:V14");
    fireEvent.click(
      within(rows).getByRole("button", {
        name: "O14 (payout) holds CNY 999,999.00; the row's other values give CNY 600.01.",
      }),
    );
    expect(workbook.selectCell).toHaveBeenLastCalledWith("SolarWave 2026-Q1", "O14");
    // Each finding reads as text in its list item (a link, not a centred button with the bullet apart).
    expect(row.closest("li")).not.toBeNull();
    expect(row.className).toMatch(/fui-Link/);
  });

  test("findings show money, percentages and numbers as the pane does, in Chinese too", async () => {
    const cells = [
      { field: "payout", address: "O14", found: "15168.83", expected: "14168.83" },
      { field: "kpi1.attainment", address: "F14", found: "0.681818182", expected: "0.7" },
      { field: "kpi1.target", address: "E14", found: "1200000", expected: "1200000" },
      { field: "tier", address: "M14", found: "Gold", expected: "Silver" },
    ];
    const check: ClosedPeriodsCheck = {
      ...EDITED,
      periods: [{ ...EDITED.periods[0], rows: [{ ...EDITED.periods[0].rows[0], cells }] }],
    };
    renderPanel(cycleService({ check: async () => check }));
    fireEvent.click(await screen.findByRole("button", { name: "Check closed periods" }));
    const rows = await screen.findByRole("list", { name: "Edited rows of 2026-Q1" });
    const names = within(rows)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names).toEqual([
      "Partner P3, cells A14:V14",
      "O14 (payout) holds CNY 15,168.83; the row's other values give CNY 14,168.83.",
      "F14 (KPI 1 attainment) holds 68.2%; the row's other values give 70%.",
      "E14 (KPI 1 target) holds 1,200,000; the row's other values give 1,200,000.",
      "M14 (tier) holds Gold; the row's other values give Silver.",
    ]);
    cleanup();
    renderPanel(cycleService({ check: async () => check }), "zh");
    fireEvent.click(await screen.findByRole("button", { name: "检查已结账考核期" }));
    const zh = await screen.findByRole("list", { name: "2026-Q1 中被编辑的行" });
    expect(
      within(zh).getByRole("button", { name: /^O14（.+）为 ¥15,168\.83；按该行其他值应为 ¥14,168\.83。$/ }),
    ).toBeVisible();
  });

  test("intact periods, and none closed yet, say so", async () => {
    const intact: ClosedPeriodsCheck = {
      ...EDITED,
      periods: [{ ...EDITED.periods[0], status: "intact", rows: [] }],
    };
    renderPanel(cycleService({ check: async () => intact }));
    fireEvent.click(await screen.findByRole("button", { name: "Check closed periods" }));
    expect(await screen.findByText("Every closed period is as it was closed")).toBeVisible();
    expect(screen.getByText("2026-Q1 (SolarWave 2026-Q1): unchanged.")).toBeVisible();
  });
});

describe("Re-open", () => {
  test("offered for the latest closed period only, needs a reason, and says it is logged", async () => {
    const closedQ1 = {
      ...PREVIEW,
      period: Q2,
      closedBefore: 1,
      lastClosed: { period: Q1, sheet: "SolarWave 2026-Q1", fingerprint: FP },
    };
    const { cycle } = renderPanel(cycleService({ previewClose: async () => closedQ1 }));
    expect(await screen.findByText(/Last closed: 2026-Q1\./)).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Re-open 2026-Q1…" }));
    const form = await screen.findByRole("region", { name: "Re-open 2026-Q1?" });
    const go = within(form).getByRole("button", { name: "Re-open 2026-Q1" });
    expect(go).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(go);
    expect(cycle.reopen).not.toHaveBeenCalled();
    fireEvent.change(within(form).getByRole("textbox", { name: /Reason/ }), {
      target: { value: "Late installations for P3" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Re-open 2026-Q1" }));
    expect(await screen.findByText("2026-Q1 re-opened")).toBeVisible();
    expect(cycle.reopen).toHaveBeenCalledWith(SUMMARY.key, "2026-Q1", "Late installations for P3");
    expect(screen.getByText("Logged in the Periods table with the reason: Late installations for P3").tagName).toBe(
      "P",
    );
  });

  test("no Re-open before the first close", async () => {
    renderPanel();
    await screen.findByRole("button", { name: "Close period 2026-Q1…" });
    expect(screen.queryByRole("button", { name: /Re-open/ })).toBeNull();
  });
});

describe("Update adjustments", () => {
  test("offered once a period is closed; lists each partner's recomputed − paid, settled in the open period", async () => {
    const { cycle } = renderPanel(cycleService({ previewClose: async () => AFTER_Q1 }));
    fireEvent.click(await screen.findByRole("button", { name: "Update adjustments for 2026-Q1" }));
    expect(await screen.findByText("Adjustments added, to settle in 2026-Q2")).toBeVisible();
    expect(cycle.updateAdjustments).toHaveBeenCalledWith(SUMMARY.key);
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "P3: recomputed CNY 2,200.00 − paid CNY 3,500.00 = CNY -1,300.00",
    ]);
    // Under the title, a paragraph of its own.
    expect(screen.getByText(/^Each line is recomputed − paid so far/).tagName).toBe("P");
  });

  test("a failure says so; then nothing changed says so", async () => {
    const none = { ...ADJUSTED, added: [] };
    const failing = jest.fn().mockRejectedValueOnce(new Error("sync failed")).mockResolvedValueOnce(none);
    renderPanel(cycleService({ previewClose: async () => AFTER_Q1, updateAdjustments: failing }));
    const button = await screen.findByRole("button", { name: "Update adjustments for 2026-Q1" });
    fireEvent.click(button);
    expect(await screen.findByText("The adjustments were not updated")).toBeVisible();
    fireEvent.click(button);
    expect(
      await screen.findByText("Nothing changed: 2026-Q1 recomputed on the data as it is now pays what was paid."),
    ).toBeVisible();
  });

  test("an earlier closed period: chosen in a form that warns about the data, previews its lines, then trues it up", async () => {
    const Q3 = { label: "2026-Q3", start: 46204, end: 46295 };
    const closed = ["2026-Q1", "2026-Q2"];
    const preview = async (_key: string, forPeriod?: string): Promise<AdjustmentsUpdate> => ({
      ...ADJUSTED,
      settledIn: "2026-Q3",
      closed,
      forPeriod: forPeriod ?? "2026-Q2",
      added: forPeriod === "2026-Q2" ? [] : ADJUSTED.added.map((l) => ({ ...l, settledIn: "2026-Q3" })),
    });
    const { cycle } = renderPanel(
      cycleService({
        previewClose: async () => ({
          ...PREVIEW,
          period: Q3,
          closedBefore: 2,
          lastClosed: { period: Q2, sheet: "SolarWave 2026-Q2", fingerprint: FP },
        }),
        previewAdjustments: preview,
        // The workbook's choice when Q1 and Q2 are closed: the one before the latest.
        previewEarlierAdjustments: (key) => preview(key, "2026-Q1"),
      }),
    );
    expect(await screen.findByRole("button", { name: "Update adjustments for 2026-Q2" })).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Update adjustments for an earlier period…" }));
    const form = await screen.findByRole("region", { name: "Update adjustments for a closed period" });
    const period = within(form).getByRole("combobox", { name: "Closed period to true up" });
    expect(period).toHaveValue("2026-Q1");
    expect(
      within(form).getByText(/2026-Q1 is not the latest closed period \(2026-Q2\): put 2026-Q1's figures back/),
    ).toBeVisible();
    expect(
      await within(form).findByText("P3: recomputed CNY 2,200.00 − paid CNY 3,500.00 = CNY -1,300.00"),
    ).toBeVisible();
    expect(within(form).getByText(/a line settled in 2026-Q3\./)).toBeVisible();
    // One read opened the form: its periods and its first preview together.
    expect(cycle.previewEarlierAdjustments.mock.calls).toEqual([[SUMMARY.key]]);
    expect(cycle.previewAdjustments).not.toHaveBeenCalled();
    expect(cycle.updateAdjustments).not.toHaveBeenCalled();

    // The latest, chosen in the form: no warning, its own preview.
    fireEvent.change(period, { target: { value: "2026-Q2" } });
    expect(await within(form).findByText(/Nothing changed: 2026-Q2 recomputed/)).toBeVisible();
    expect(within(form).queryByText(/is not the latest closed period/)).toBeNull();
    fireEvent.change(period, { target: { value: "2026-Q1" } });
    await within(form).findByText(/P3: recomputed/);
    expect(cycle.previewAdjustments.mock.calls).toEqual([
      [SUMMARY.key, "2026-Q2"],
      [SUMMARY.key, "2026-Q1"],
    ]);
    fireEvent.click(within(form).getByRole("button", { name: "Add the lines for 2026-Q1" }));
    expect(cycle.updateAdjustments).toHaveBeenCalledWith(SUMMARY.key, "2026-Q1");
    expect(await screen.findByText("Adjustments added, to settle in 2026-Q2")).toBeVisible();
  });

  test("not offered with one closed period; the form in Chinese", async () => {
    renderPanel(cycleService({ previewClose: async () => AFTER_Q1 }));
    await screen.findByRole("button", { name: "Update adjustments for 2026-Q1" });
    expect(screen.queryByRole("button", { name: "Update adjustments for an earlier period…" })).toBeNull();
    cleanup();
    const twoClosed = { ...AFTER_Q1, closedBefore: 2, lastClosed: { period: Q2, sheet: "S", fingerprint: FP } };
    renderPanel(
      cycleService({
        previewClose: async () => twoClosed,
        previewEarlierAdjustments: async () => ({ ...ADJUSTED, closed: ["2026-Q1", "2026-Q2"], forPeriod: "2026-Q1" }),
      }),
      "zh",
    );
    fireEvent.click(await screen.findByRole("button", { name: "更新更早考核期的调整…" }));
    const form = await screen.findByRole("region", { name: "更新已结账考核期的调整" });
    expect(within(form).getByRole("combobox", { name: "要重算的已结账考核期" })).toHaveValue("2026-Q1");
    expect(within(form).getByText(/2026-Q1 不是最近结账的考核期（2026-Q2）/)).toBeVisible();
    expect(await within(form).findByRole("button", { name: "添加 2026-Q1 的调整" })).toBeVisible();
  });

  test("no such action before the first close", async () => {
    renderPanel();
    await screen.findByRole("button", { name: "Close period 2026-Q1…" });
    expect(screen.queryByRole("button", { name: /Update adjustments/ })).toBeNull();
  });

  test("in Chinese", async () => {
    renderPanel(cycleService({ previewClose: async () => AFTER_Q1 }), "zh");
    fireEvent.click(await screen.findByRole("button", { name: "更新 2026-Q1 的调整" }));
    expect(await screen.findByText("已添加调整，于 2026-Q2 结算")).toBeVisible();
  });
});

describe("in Chinese", () => {
  test("the panel, the preview and the findings speak Chinese", async () => {
    renderPanel(cycleService(), "zh");
    expect(await screen.findByRole("heading", { name: `激励考核期：${SUMMARY.name}` })).toBeVisible();
    expect(
      await screen.findByText("当前考核期：2026-Q1（2026年1月1日 – 2026年3月31日）。尚无已结账的考核期。"),
    ).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "考核期 2026-Q1 结账…" }));
    expect(await screen.findByRole("region", { name: "为 2026-Q1 结账？" })).toBeVisible();
    expect(screen.getByText(/保护工作表无法用 Ctrl\+Z 撤消/)).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "检查已结账考核期" }));
    expect(await screen.findByText("有已结账考核期被更改")).toBeVisible();
    expect(
      screen.getByRole("button", { name: "O14（激励金额）为 ¥999,999.00；按该行其他值应为 ¥600.01。" }),
    ).toBeVisible();
  });
});

describe("from the Programs screen", () => {
  test("More actions › Payout periods opens the panel in the program's card", async () => {
    const cycle = cycleService();
    renderWithService(
      <CycleServiceProvider service={cycle}>
        <Programs active onNewProgram={() => undefined} />
      </CycleServiceProvider>,
      fakeService([SUMMARY]),
    );
    const group = within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
    fireEvent.click(group.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Payout periods" }));
    expect(await screen.findByRole("region", { name: `Payout periods: ${SUMMARY.name}` })).toBeVisible();
    expect(cycle.previewClose).toHaveBeenCalledWith(SUMMARY.key);
    fireEvent.click(screen.getByRole("button", { name: "Hide payout periods" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: `Payout periods: ${SUMMARY.name}` })).toBeNull());
  });
});

describe("the panel's English words", () => {
  test("are not on the first screen: they come with the later screens' words, which the panel waits for", async () => {
    let catalog!: typeof import("../../src/taskpane/i18n/englishCatalog");
    jest.isolateModules(() => {
      catalog = require("../../src/taskpane/i18n/englishCatalog");
    });
    expect(() => catalog.englishCatalog.cycle).toThrow(/read before they were loaded/);
    await catalog.loadEnglishScreenWords();
    expect(catalog.englishCatalog.cycle.check).toBe("Check closed periods");
  });
});
