/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webDarkTheme, webLightTheme, teamsHighContrastTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { fluentThemeFor } from "../../src/taskpane/theme";
import { createExcelWorkbookService } from "../../src/taskpane/services/excelWorkbookService";
import { SUMMARY, fakeService } from "./support";
import "./cardChunks";

// The lazy screens' modules, loaded with this file rather than inside the first test that opens
// them (the mock below hands out these same modules): evaluating them is CPU work a test's time
// limit should not pay for.
import "../../src/taskpane/components/Wizard/Wizard";
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

describe("task pane shell", () => {
  test("a title, the two main sections as tabs, Programs first", async () => {
    render(<App theme={webLightTheme} language="en" service={fakeService([SUMMARY])} />);
    expect(screen.getByRole("heading", { level: 1, name: "Partner Incentives" })).toBeTruthy();
    const tabs = within(screen.getByRole("tablist", { name: "Sections" })).getAllByRole("tab");
    expect(tabs).toHaveLength(3);
    expect(tabs[0]).toBe(screen.getByRole("tab", { name: "Programs" }));
    expect(tabs[1]).toBe(screen.getByRole("tab", { name: "New program" }));
    expect(tabs[2]).toBe(screen.getByRole("tab", { name: "Insights" }));
    expect(screen.getByRole("tab", { name: "Programs" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("list", { name: "Programs in this workbook" })).toBeTruthy();
  });

  test("the help section lists the ten functions with an example each", async () => {
    render(<App theme={webLightTheme} language="en" service={fakeService()} />);
    await screen.findByRole("button", { name: "Insert sample program" });
    fireEvent.click(screen.getByRole("button", { name: "Functions you can type in any cell" }));
    const list = await screen.findByRole("list", { name: "INCENTIVE functions" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(10);
    for (const name of [
      "PAYOUT",
      "TIER",
      "RATE",
      "GAP",
      "ATTAINMENT",
      "BONUS",
      "SCORE",
      "ONTIME",
      "PRICE",
      "EXPLAIN",
    ]) {
      expect(within(list).getByText(name)).toBeTruthy();
      expect(within(list).getByText(new RegExp(`=INCENTIVE\\.${name}\\(`))).toBeTruthy();
    }
  });
});

describe("Programs", () => {
  test("lists the workbook's programs with partners and sheets", async () => {
    const service = fakeService([
      SUMMARY,
      {
        ...SUMMARY,
        key: "Rebate",
        name: "Reseller Rebate 2026",
        planSheet: "Rebate",
        dataSheet: "Rebate",
        partners: 1,
      },
    ]);
    render(<App theme={webLightTheme} language="en" service={service} />);
    const list = await screen.findByRole("list", { name: "Programs in this workbook" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("SolarWave Installer Program 2026");
    expect(items[0].textContent).toContain("60 partners · Sheets: SolarWave Plan, SolarWave Data");
    expect(items[1].textContent).toContain("1 partner · Sheet: Rebate");
    expect(screen.queryByRole("button", { name: "Insert sample program" })).toBeNull();
  });

  test("Refresh reads the list again", async () => {
    const service = fakeService([SUMMARY]);
    render(<App theme={webLightTheme} language="en" service={service} />);
    await screen.findByRole("list", { name: "Programs in this workbook" });
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByRole("list", { name: "Programs in this workbook" });
    expect(service.list).toHaveBeenCalledTimes(2);
  });

  test("first run: says what the add-in does and inserts the sample after showing what it writes", async () => {
    const service = fakeService([]);
    render(<App theme={webLightTheme} language="en" service={service} />);
    expect(await screen.findByText(/turns an incentive plan into live Excel tables and formulas/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Insert sample program" }));

    const confirm = await screen.findByRole("region", { name: "Insert the sample program?" });
    expect(within(confirm).getByRole("heading", { name: "Insert the sample program?" })).toHaveFocus();
    expect(within(confirm).getByRole("list", { name: "What will be written" })).toBeTruthy();
    expect(within(confirm).getByText("Sheet “SolarWave Data”")).toBeTruthy();
    expect(within(confirm).getByText("=INCENTIVE.BONUS([@Score], 20000, SolarWave_Tiers)")).toBeTruthy();
    expect(service.preview).toHaveBeenCalledWith(
      expect.objectContaining({ name: "SolarWave Installer Program 2026" }),
      {
        withSolarWaveSample: true,
      },
    );
    expect(service.create).not.toHaveBeenCalled();

    fireEvent.click(within(confirm).getByRole("button", { name: "Insert" }));
    expect(await screen.findByText("Sample program inserted")).toBeTruthy();
    expect(service.create).toHaveBeenCalledWith(expect.objectContaining({ payKind: "bonus", currency: "CNY" }), {
      withSolarWaveSample: true,
    });
    expect(service.list).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/with 60 partners, on SolarWave Plan and SolarWave Data/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Insert the sample program?" })).toBeNull();
  });

  test("Cancel writes nothing", async () => {
    const service = fakeService([]);
    render(<App theme={webLightTheme} language="en" service={service} />);
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample program" }));
    const confirm = await screen.findByRole("region", { name: "Insert the sample program?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("region", { name: "Insert the sample program?" })).toBeNull();
    expect(screen.getByRole("button", { name: "Insert sample program" })).toBeTruthy();
    expect(service.create).not.toHaveBeenCalled();
  });

  test("a failed sample insert says why and that the workbook is unchanged", async () => {
    const service = fakeService([]);
    service.create.mockRejectedValueOnce(new Error("The workbook is protected."));
    render(<App theme={webLightTheme} language="en" service={service} />);
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample program" }));
    const confirm = await screen.findByRole("region", { name: "Insert the sample program?" });
    fireEvent.click(within(confirm).getByRole("button", { name: "Insert" }));
    expect(await screen.findByText("The sample was not inserted")).toBeTruthy();
    expect(screen.getByText(/The workbook is protected\. The workbook was left as it was\./)).toBeTruthy();
  });

  test("without Excel (a plain browser) the pane still renders and says Excel is not available", async () => {
    render(<App theme={webLightTheme} language="en" service={createExcelWorkbookService()} />);
    expect(await screen.findByText(/Excel is not available here/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "New program" })).toBeTruthy();
  });
});

describe("views", () => {
  test("the last view is remembered", async () => {
    const first = render(<App theme={webLightTheme} language="en" service={fakeService()} />);
    fireEvent.click(screen.getByRole("tab", { name: "New program" }));
    expect(await screen.findByRole("heading", { name: "Start a new program" })).toBeTruthy();
    first.unmount();
    window.history.replaceState(null, "", "/");

    render(<App theme={webLightTheme} language="en" service={fakeService()} />);
    expect(screen.getByRole("tab", { name: "New program" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Start a new program" })).toBeTruthy();
    expect(window.location.hash).toBe("#new");
  });

  test("still works when storage is blocked", async () => {
    const spy = jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    const set = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    try {
      render(<App theme={webLightTheme} language="en" service={fakeService()} />);
      await screen.findByRole("button", { name: "Insert sample program" });
      fireEvent.click(screen.getByRole("tab", { name: "New program" }));
      expect(screen.getByRole("tab", { name: "New program" }).getAttribute("aria-selected")).toBe("true");
      expect(await screen.findByRole("heading", { name: "Start a new program" })).toBeTruthy();
    } finally {
      // Restored even when the test fails, or every later test in the file would fail with it.
      spy.mockRestore();
      set.mockRestore();
    }
  });

  test("a hash opens a view, at start and while open (ribbon buttons)", async () => {
    window.localStorage.setItem("partnerIncentives.lastView", "programs");
    window.history.replaceState(null, "", "/#new");
    render(<App theme={webLightTheme} language="en" service={fakeService()} />);
    expect(screen.getByRole("tab", { name: "New program" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Start a new program" })).toBeTruthy();

    act(() => {
      window.history.replaceState(null, "", "/#programs");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(screen.getByRole("tab", { name: "Programs" }).getAttribute("aria-selected")).toBe("true");
    await screen.findByRole("button", { name: "Insert sample program" });
    await waitFor(() => expect(screen.getByRole("tabpanel", { name: "Programs" })).toBeTruthy());
  });
});

describe("Office theme → Fluent theme", () => {
  test("light by default and for a light Office background", () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  });

  test("dark for a dark Office theme or background", () => {
    expect(fluentThemeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  });

  test("high contrast when the system forces colours", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(teamsHighContrastTheme);
  });
});
