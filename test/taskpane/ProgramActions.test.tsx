/**
 * @jest-environment jsdom
 */
/* The Programs screen's per-program actions, the Explain panel and the issues list, with the fake service. */
import * as React from "react";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { programTemplate } from "../../src/engine/program/templates";
import { Programs } from "../../src/taskpane/components/Programs/Programs";
import { SELECTION_SETTLE_MS } from "../../src/taskpane/components/Explain/useExplain";
import { explainView, referencesIn } from "../../src/taskpane/components/Explain/explainModel";
import type { SelectionInfo } from "../../src/taskpane/services/WorkbookService";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import { SUMMARY, deferred, failOnActWarnings, fakeService, renderWithService, solarWavePayoutCell } from "./support";
import "./cardChunks";

failOnActWarnings();

/** The explain model in English, as the pane shows it by default. */
const explainEn = (info: SelectionInfo) => explainView(info, CATALOGS.en, "en-US");

function renderPrograms(service = fakeService([SUMMARY])) {
  renderWithService(<Programs active onNewProgram={() => undefined} />, service);
  return service;
}

async function actions() {
  return within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
}

/**
 * Opens a card action from its "More actions" menu. An item may start a call to the service (Delete
 * program reads the program's sheets, Update partners reads and saves): the fake service answers at
 * once, so its answer's state lands in the microtasks after the click, before the test's next wait.
 * The click is in an async act, which awaits those, so the test looks at the state they set.
 */
async function fromMenu(name: string) {
  fireEvent.click((await actions()).getByRole("button", { name: "More actions" }));
  const item = await screen.findByRole("menuitem", { name });
  await act(async () => fireEvent.click(item));
}

/** The open confirmation of a write, by its heading. */
const dialog = (heading: string) => screen.getByRole("region", { name: heading });

describe("the program card", () => {
  test("shows its primary action, the send action and a menu: no language selects and no wall of buttons", async () => {
    renderPrograms(fakeService([{ ...SUMMARY, source: "Sales" }]));
    const group = await actions();
    expect(group.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Generate dashboard",
      "Send a partner their statement…",
      "More actions",
    ]);
    expect(screen.queryByRole("combobox")).toBeNull();
    fireEvent.click(group.getByRole("button", { name: "More actions" }));
    const items = await screen.findAllByRole("menuitem");
    expect(items.map((i) => i.textContent)).toEqual([
      "Update partners from Sales",
      "Statements for every partner (live)…",
      "Statement values for every partner (internal)…",
      "Payout periods",
      "Delete program",
    ]);
  });
});

describe("a program whose new data table is empty", () => {
  test("says where to add partners, with a button to the data table; a program with partners does not", async () => {
    const service = fakeService([
      { ...SUMMARY, partners: 0 },
      { ...SUMMARY, key: "Full", name: "Full" },
    ]);
    renderPrograms(service);
    expect(await screen.findAllByText("No partners yet")).toHaveLength(1);
    expect(screen.getByText(/into the data table on SolarWave Data: the payouts fill in/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Go to the data table" }));
    expect(service.selectCell).toHaveBeenCalledWith("SolarWave Data", "A1");
  });
});

describe("generate and refresh", () => {
  test("Generate dashboard asks first: language and what will be written; then progress, a result that takes focus, and Go to sheet", async () => {
    const service = fakeService([SUMMARY]);
    const pending = deferred<Awaited<ReturnType<typeof service.generateDashboard>>>();
    service.generateDashboard.mockReturnValueOnce(pending.promise);
    renderPrograms(service);
    fireEvent.click((await actions()).getByRole("button", { name: "Generate dashboard" }));
    // The card's confirmations are a chunk fetched when the first opens.
    const confirm = await screen.findByRole("region", { name: "Generate the dashboard" });
    expect(within(confirm).getByRole("heading")).toHaveFocus();
    const preview = within(within(confirm).getByRole("list", { name: "What will be written" })).getAllByRole(
      "listitem",
    );
    expect(preview.map((l) => l.textContent)).toEqual([
      "A new sheet: the program's dashboard. Your own sheets are not changed.",
      "For 60 partners.",
      "In the program's sheet language.",
    ]);
    expect(service.generateDashboard).not.toHaveBeenCalled();
    fireEvent.change(within(confirm).getByRole("combobox", { name: "Dashboard language" }), {
      target: { value: "zh" },
    });
    expect(within(confirm).getByText("In Chinese (Simplified).")).toBeInTheDocument();
    fireEvent.click(within(confirm).getByRole("button", { name: "Generate" }));
    expect(service.generateDashboard).toHaveBeenCalledWith("SolarWave", { language: "zh" });
    expect(screen.queryByRole("region", { name: "Generate the dashboard" })).toBeNull();
    expect(screen.getByText("Generating the dashboard…")).toBeInTheDocument();
    expect((await actions()).getByRole("button", { name: "More actions" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => pending.resolve({ sheet: "SolarWave Dashboard", inPlace: false, partners: 60, syncs: 4 }));
    const result = screen.getByText("Dashboard ready").closest<HTMLElement>("[tabindex='-1']");
    expect(result).toHaveFocus();
    expect(screen.getByText(/Added “SolarWave Dashboard” for 60 partners/)).toBeInTheDocument();
    expect(screen.queryByText("Generating the dashboard…")).toBeNull();
    fireEvent.click(within(result!).getByRole("button", { name: "Go to sheet" }));
    expect(service.selectCell).toHaveBeenCalledWith("SolarWave Dashboard", "A1");
    expect((await actions()).getByRole("button", { name: "Refresh dashboard" })).toBeEnabled();
  });

  test("a program that already has a dashboard offers Refresh, says it is rewritten in place, and that it was", async () => {
    const service = fakeService([SUMMARY]);
    service.programSheets.mockResolvedValue([
      { name: "SolarWave Plan", role: "plan" },
      { name: "SolarWave Dashboard", role: "dashboard" },
    ]);
    service.generateDashboard.mockResolvedValueOnce({
      sheet: "SolarWave Dashboard",
      inPlace: true,
      partners: 60,
      syncs: 4,
    });
    renderPrograms(service);
    fireEvent.click(await (await actions()).findByRole("button", { name: "Refresh dashboard" }));
    const confirm = dialog("Refresh the dashboard");
    expect(
      within(confirm).getByText("“SolarWave Dashboard” is cleared and rewritten in place; no sheet is added."),
    ).toBeInTheDocument();
    fireEvent.click(within(confirm).getByRole("button", { name: "Refresh" }));
    expect(service.generateDashboard).toHaveBeenCalledWith("SolarWave");
    expect(await screen.findByText(/Refreshed “SolarWave Dashboard”/)).toBeInTheDocument();
  });

  test("statements and every partner's statement values: from the menu, with their language; the values sheet is said to be confidential", async () => {
    const service = renderPrograms();
    await fromMenu("Statements for every partner (live)…");
    let confirm = dialog("Statements for every partner");
    fireEvent.change(within(confirm).getByRole("combobox", { name: "Statements language" }), {
      target: { value: "zh" },
    });
    fireEvent.click(within(confirm).getByRole("button", { name: "Generate" }));
    expect(service.generateStatements).toHaveBeenCalledWith("SolarWave", { language: "zh" });
    expect(await screen.findByText("Statements ready")).toBeInTheDocument();
    expect(screen.getByText(/“SolarWave Statements”: one printable statement per partner/)).toBeInTheDocument();

    await fromMenu("Statement values for every partner (internal)…");
    confirm = dialog("Statement values for every partner");
    expect(within(confirm).getByText("Confidential: every partner's pay")).toBeInTheDocument();
    fireEvent.click(within(confirm).getByRole("button", { name: "Generate" }));
    expect(service.generateValuesOnlyStatements).toHaveBeenCalledWith("SolarWave");
    expect(await screen.findByText("Values-only statements ready")).toBeInTheDocument();
    expect(screen.getByText(/as values only \(no formulas\) on “SolarWave Statement values”/)).toBeInTheDocument();
    // The result says the sheet is confidential and never suggests sending it.
    expect(screen.getByText("Confidential: every partner's pay")).toBeInTheDocument();
    expect(screen.queryByText(/Move or Copy/)).toBeNull();
  });

  test("what the write noted and what Ctrl+Z does are said with the result", async () => {
    const service = renderPrograms();
    service.generateStatements.mockResolvedValueOnce({
      sheet: "SolarWave Statements",
      inPlace: false,
      partners: 1200,
      syncs: 4,
      notes: ["Statements 1,028 to 1,200 do not start a new page."],
      undo: "stepByStep",
    });
    await fromMenu("Statements for every partner (live)…");
    fireEvent.click(within(dialog("Statements for every partner")).getByRole("button", { name: "Generate" }));
    expect(await screen.findByText(/Statements 1,028 to 1,200 do not start a new page\./)).toBeInTheDocument();
    expect(screen.getByText(/Ctrl\+Z takes it back one step at a time/)).toBeInTheDocument();
  });

  test("the send action: one partner's values-only statement, picked by name, in a chosen language, on a sheet of its own", async () => {
    const service = fakeService([SUMMARY]);
    const partner = (id: string, name: string) => ({ id, name, row: 0, actuals: [1], targets: [] });
    service.readPartnerInputs.mockResolvedValueOnce([
      partner("P1001", "Sunrise Shanghai"),
      partner("P1014", '=HYPERLINK("x")'),
    ]);
    service.generateValuesOnlyStatements.mockResolvedValueOnce({
      sheet: "P1014 statement",
      inPlace: false,
      partners: 1,
      syncs: 4,
    });
    renderPrograms(service);
    fireEvent.click((await actions()).getByRole("button", { name: "Send a partner their statement…" }));
    const send = dialog("Send a partner their statement");
    expect(within(send).getByRole("heading")).toHaveFocus();
    expect(service.readPartnerInputs).toHaveBeenCalledWith("SolarWave");
    const select = await within(send).findByRole("combobox", { name: "Partner" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["P1001 · Sunrise Shanghai", 'P1014 · =HYPERLINK("x")']);
    expect(within(send).getByRole("button", { name: "Statement for Sunrise Shanghai" })).toBeInTheDocument();
    fireEvent.change(select, { target: { value: "1" } });
    fireEvent.change(within(send).getByRole("combobox", { name: "Statements language" }), {
      target: { value: "zh" },
    });
    expect(within(send).getByText(/with =HYPERLINK\("x"\)'s statement alone/)).toBeInTheDocument();
    expect(within(send).getByRole("button", { name: 'Statement for =HYPERLINK("x")' })).toBeInTheDocument();
    // The statement as a file: test/taskpane/statementFile.test.tsx; here, on a sheet of its own.
    fireEvent.click(within(send).getByRole("button", { name: "On a sheet here instead" }));
    expect(service.generateValuesOnlyStatements).toHaveBeenCalledWith("SolarWave", 1, { language: "zh" });
    const done = await within(send).findByText(/statement as values only on “P1014 statement”/);
    const result = done.closest<HTMLElement>("[tabindex='-1']");
    expect(result).toHaveFocus();
    fireEvent.click(within(result!).getByRole("button", { name: "Go to sheet" }));
    expect(service.selectCell).toHaveBeenCalledWith("P1014 statement", "A1");
  });

  test("a failure says what was not done and why, in words", async () => {
    const service = fakeService([SUMMARY]);
    service.generateStatements.mockRejectedValueOnce(
      new Error("Excel could not finish writing “SolarWave Statements”: busy. The workbook is as it was."),
    );
    renderPrograms(service);
    await fromMenu("Statements for every partner (live)…");
    fireEvent.click(within(dialog("Statements for every partner")).getByRole("button", { name: "Generate" }));
    expect(await screen.findByText("The statements were not generated")).toBeInTheDocument();
    expect(screen.getByText(/busy\. The workbook is as it was\./)).toBeInTheDocument();
    expect((await actions()).getByRole("button", { name: "More actions" })).toBeEnabled();
  });
});

describe("delete", () => {
  test("lists the program's sheets first and deletes only after the confirmation", async () => {
    const service = renderPrograms();
    await fromMenu("Delete program");
    const confirm = await screen.findByRole("region", { name: `Delete “${SUMMARY.name}”?` });
    expect(within(confirm).getByRole("heading")).toHaveFocus();
    const sheets = within(within(confirm).getByRole("list", { name: "Sheets to delete" })).getAllByRole("listitem");
    expect(sheets.map((s) => s.textContent)).toEqual(["SolarWave Plan (plan)", "SolarWave Data (partner data)"]);
    expect(service.programSheets).toHaveBeenCalledWith("SolarWave");
    expect(service.deleteProgram).not.toHaveBeenCalled();

    service.list.mockResolvedValue([]);
    fireEvent.click(within(confirm).getByRole("button", { name: "Delete 2 sheets" }));
    expect(service.deleteProgram).toHaveBeenCalledWith("SolarWave");
    expect(await screen.findByText(`“${SUMMARY.name}” deleted`)).toBeInTheDocument();
    // The card is gone: focus moves to the result rather than to the page.
    expect(screen.getByText(`“${SUMMARY.name}” deleted`).closest("[tabindex='-1']")).toHaveFocus();
    expect(screen.getByText(/Sheets deleted: SolarWave Plan, SolarWave Data\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("list", { name: "Programs in this workbook" })).toBeNull());
  });

  test("Cancel deletes nothing", async () => {
    const service = renderPrograms();
    await fromMenu("Delete program");
    const confirm = await screen.findByRole("region", { name: `Delete “${SUMMARY.name}”?` });
    fireEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("region", { name: `Delete “${SUMMARY.name}”?` })).toBeNull();
    expect(service.deleteProgram).not.toHaveBeenCalled();
  });

  test("a failed delete says so; a host that cannot tell the sheets deletes nothing", async () => {
    const service = fakeService([SUMMARY]);
    service.deleteProgram.mockRejectedValueOnce(new Error("The workbook is protected."));
    renderPrograms(service);
    await fromMenu("Delete program");
    fireEvent.click(await screen.findByRole("button", { name: "Delete 2 sheets" }));
    expect(await screen.findByText("The program was not deleted")).toBeInTheDocument();
    expect(screen.getByText("The workbook is protected.")).toBeInTheDocument();

    service.programSheets.mockResolvedValueOnce(null);
    await fromMenu("Delete program");
    expect(await screen.findByText(/cannot show which sheets the add-in created/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Delete \d+ sheets?$/ })).toBeNull();
    expect(service.deleteProgram).toHaveBeenCalledTimes(1);
  });
});

/** A payout cell of the SolarWave data table, row 2, read by its real formula from the row's four input cells. */
const PAYOUT_SELECTION = solarWavePayoutCell(
  '=IF([@[Score]]="","",IF([@[Gate met]],ROUND(INCENTIVE.BONUS([@[Score]],20000,PI_SolarWave_Tiers),2),0))',
  ["Partner ID", "Partner", "On-time installs", "CSAT"],
);

describe("explain the selected cell", () => {
  test("the button reads the selection and shows the payout's breakdown and the cells it came from", async () => {
    const service = fakeService([SUMMARY]);
    service.readSelection.mockResolvedValue(PAYOUT_SELECTION);
    renderPrograms(service);
    const panel = await screen.findByRole("region", { name: "Explain the selected cell" });
    expect(within(panel).getByText(/then choose Explain selected cell/)).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole("button", { name: "Explain selected cell" }));

    const result = await within(panel).findByRole("article", { name: "Sunrise Solar (P101)" });
    expect(within(result).getByText(/SolarWave Data!J6 shows 28,428.57/)).toBeInTheDocument();
    const kpis = within(within(result).getByRole("list", { name: "Results by KPI" })).getAllByRole("listitem");
    expect(kpis[0]).toHaveTextContent("On-time installs: 96% of target 80%, attainment 120%, weight 70%");
    expect(kpis[1]).toHaveTextContent(
      "CSAT: 4.6 score (1-5) of target 4.2 score (1-5), attainment 109.5%, weight 30%, gate met",
    );
    const summary = within(result).getByLabelText("Result");
    expect(summary).toHaveTextContent("Score116.9%");
    expect(summary).toHaveTextContent("Tier reachedSilver");
    expect(summary).toHaveTextContent("Payout (CNY)CNY 28,428.57");
    const how = within(result).getByLabelText("How the payout is calculated");
    expect(how).toHaveTextContent("Share of target incentive142.14%");
    expect(how).toHaveTextContent("Target incentiveCNY 20,000.00");
    const sources = within(within(result).getByRole("list", { name: "Cells it came from" })).getAllByRole("listitem");
    expect(sources.map((s) => s.textContent)).toEqual([
      "Partner: 'SolarWave Data'!B6",
      "On-time installs (actual): 'SolarWave Data'!C6",
      "CSAT (actual): 'SolarWave Data'!D6",
      "KPI table (targets, weights, gates): 'SolarWave Plan'!D6:J8",
      "Tier table: 'SolarWave Plan'!L6:N9",
      "Settings (decimals, cap, method…): 'SolarWave Plan'!A6:B16",
    ]);
  });

  test("follows the selection where Excel has the event, reading once the selection settles", async () => {
    jest.useFakeTimers();
    try {
      const service = fakeService([SUMMARY]);
      let onChange: () => void = () => undefined;
      const stop = jest.fn();
      service.watchSelection.mockImplementation(async (f) => {
        onChange = f;
        return stop;
      });
      service.readSelection.mockResolvedValue(PAYOUT_SELECTION);
      const view = renderWithService(<Programs active onNewProgram={() => undefined} />, service);
      const panel = await screen.findByRole("region", { name: "Explain the selected cell" });
      await waitFor(() => expect(within(panel).getByText(/its breakdown shows here/)).toBeInTheDocument());
      act(() => {
        onChange();
        onChange();
      });
      expect(service.readSelection).not.toHaveBeenCalled();
      await act(async () => jest.advanceTimersByTime(SELECTION_SETTLE_MS));
      expect(service.readSelection).toHaveBeenCalledTimes(1);
      expect(await within(panel).findByRole("article", { name: "Sunrise Solar (P101)" })).toBeInTheDocument();
      view.unmount();
      expect(stop).toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });

  test("a cell with nothing to explain says so; a failed read says why", async () => {
    const service = fakeService([SUMMARY]);
    renderPrograms(service);
    const panel = await screen.findByRole("region", { name: "Explain the selected cell" });
    fireEvent.click(within(panel).getByRole("button", { name: "Explain selected cell" }));
    expect(await within(panel).findByText(/Sheet1!A1 has no INCENTIVE formula/)).toBeInTheDocument();
    service.readSelection.mockRejectedValueOnce(new Error("Excel is busy."));
    fireEvent.click(within(panel).getByRole("button", { name: "Explain selected cell" }));
    expect(await within(panel).findByText("Could not read the selected cell")).toBeInTheDocument();
    expect(within(panel).getByText("Excel is busy.")).toBeInTheDocument();
  });
});

describe("explain model", () => {
  test("a commission row: marginal bands as EXPLAIN shows them, per-partner target cells among the sources", () => {
    const p = programTemplate("salesCommission");
    const view = explainEn({
      cell: {
        ...PAYOUT_SELECTION.cell,
        dataRow: {
          ...PAYOUT_SELECTION.cell.dataRow!,
          cells: [
            { header: "Partner", address: "B5" },
            { header: "Bookings", address: "C5" },
            { header: "Bookings target", address: "D5" },
          ],
        },
      },
      program: p,
      partner: { id: "R1", name: "Reseller", row: 1, actuals: [150000], targets: [100000] },
    });
    if (view.kind !== "partner") throw new Error(view.kind);
    expect(view.breakdown.tier).toBe("Super accelerator");
    expect(view.breakdown.steps.map((s) => s.label)).toEqual([
      "Tier Base (EUR 0 to EUR 100,000)",
      "Tier Accelerator (EUR 100,000 to EUR 150,000)",
      "Total before rounding",
    ]);
    expect(view.breakdown.steps[1].value).toBe("EUR 50,000 × 6% = EUR 3,000.00");
    expect(view.breakdown.payout).toBe("EUR 7,000.00");
    expect(view.sources.map((s) => s.label)).toContain("Bookings target");
  });

  test("a gate missed pays nothing, a blank row and a formula outside a table are told apart", () => {
    const missed = explainEn({
      ...PAYOUT_SELECTION,
      partner: { ...PAYOUT_SELECTION.partner!, actuals: [0.96, 3.5] },
    });
    if (missed.kind !== "partner") throw new Error(missed.kind);
    expect(missed.breakdown.gates).toBe("Missed");
    expect(missed.breakdown.payout).toBe("CNY 0.00");
    expect(missed.breakdown.note).toBe("A gate was missed, so nothing is paid for this period.");
    expect(explainEn({ ...PAYOUT_SELECTION, partner: null }).kind).toBe("blankRow");
    const formula = explainEn({
      cell: {
        ...PAYOUT_SELECTION.cell,
        dataRow: null,
        formula: "=INCENTIVE.PAYOUT(B2,'Tier table'!$A$2:$C$5,\"marginal\")",
      },
      program: null,
      partner: null,
    });
    expect(formula).toMatchObject({ kind: "formula", reads: ["B2", "'Tier table'!$A$2:$C$5"] });
  });

  test("referencesIn skips text literals and function names", () => {
    expect(referencesIn('=INCENTIVE.BONUS(D5,"A1",PI_X_Tiers[Rate],LOG10(C3))')).toEqual([
      "D5",
      "PI_X_Tiers[Rate]",
      "C3",
    ]);
  });
});

describe("issues list", () => {
  test("lists each INCENTIVE error with its meaning, and Go to selects the cell", async () => {
    const service = fakeService([SUMMARY]);
    service.findIssues.mockResolvedValue({
      issues: [
        { sheet: "SolarWave Data", address: "G6", formula: "=INCENTIVE.SCORE(E6:F6,{0.7,0.3})", error: "#VALUE!" },
        { sheet: "SolarWave Data", address: "J9", formula: "=INCENTIVE.BONUS(G9,20000,T)", error: "#NAME?" },
      ],
      errorCells: 2,
      truncated: false,
    });
    renderPrograms(service);
    fireEvent.click(await screen.findByRole("button", { name: "Check formula errors" }));
    expect(service.findIssues).toHaveBeenCalledWith(SUMMARY);
    const list = await screen.findByRole("list", { name: `Formula errors in ${SUMMARY.name}` });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("#VALUE!");
    expect(items[0]).toHaveTextContent("SolarWave Data!G6");
    expect(items[0]).toHaveTextContent(/text, blank or of the wrong kind/);
    expect(items[1]).toHaveTextContent(/Excel does not know the INCENTIVE functions here/);
    expect(screen.getByText("2 INCENTIVE formulas show an error.")).toBeInTheDocument();
    fireEvent.click(within(items[1]).getByRole("button", { name: "Go to SolarWave Data!J9" }));
    expect(service.selectCell).toHaveBeenCalledWith("SolarWave Data", "J9");
  });

  test("no errors says so; a failed check says why", async () => {
    const service = fakeService([SUMMARY]);
    renderPrograms(service);
    fireEvent.click(await screen.findByRole("button", { name: "Check formula errors" }));
    expect(
      await screen.findByText("No INCENTIVE formula in this program's sheets shows an error."),
    ).toBeInTheDocument();
    service.findIssues.mockRejectedValueOnce(new Error("The sheet is protected."));
    fireEvent.click(screen.getByRole("button", { name: "Check formula errors again" }));
    expect(await screen.findByText("Could not check the sheets")).toBeInTheDocument();
    expect(screen.getByText("The sheet is protected.")).toBeInTheDocument();
  });
});

describe("a program over the user's own table", () => {
  const OVER_SALES = { ...SUMMARY, source: "Sales" };

  test("Update partners saves the program as read, and says how many partners the results now hold and what was added", async () => {
    const service = fakeService([OVER_SALES]);
    const read = programTemplate("salesCommission");
    service.readProgram.mockResolvedValueOnce(read);
    service.update.mockResolvedValueOnce({
      summary: { ...OVER_SALES, partners: 62 },
      program: read,
      changes: [],
      notes: ["2 rows of Sales added since the program was created now have their results row."],
      syncs: 4,
    });
    renderPrograms(service);
    await fromMenu("Update partners from Sales");
    expect(await screen.findByText("Partners updated")).toBeInTheDocument();
    expect(service.readProgram).toHaveBeenCalledWith("SolarWave");
    expect(service.update).toHaveBeenCalledWith("SolarWave", read);
    // The program's line shows the new count at once, without reloading the list.
    expect(screen.getByText(/^62 partners ·/)).toBeInTheDocument();
    expect(service.list).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(
        "The results sheet now has a row for each of 62 partners. 2 rows of Sales added since the program was created now have their results row.",
      ),
    ).toBeInTheDocument();
  });

  test("a refusal (the table is gone) is shown as said; programs with their own data table have no such button", async () => {
    const service = fakeService([OVER_SALES, { ...SUMMARY, key: "Own", name: "Own data" }]);
    service.update.mockRejectedValueOnce(
      new Error("The workbook has no table named “Sales”: choose one of its tables."),
    );
    renderPrograms(service);
    await fromMenu("Update partners from Sales");
    expect(await screen.findByText("The partners were not updated")).toBeInTheDocument();
    expect(screen.getByText(/no table named “Sales”/)).toBeInTheDocument();
    fireEvent.click(
      within(screen.getByRole("group", { name: "Actions for Own data" })).getByRole("button", { name: "More actions" }),
    );
    expect(await screen.findByRole("menuitem", { name: "Delete program" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: /Update partners/ })).toBeNull();
  });
});
