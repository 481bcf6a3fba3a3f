/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { EXCEL_UNAVAILABLE_MESSAGE } from "../../src/taskpane/services/WorkbookService";
import { SUMMARY, fakeService } from "./support";

// The lazy screens' modules, loaded with this file rather than inside the first test that opens
// them (the mock below hands out these same modules): evaluating them is CPU work a test's time
// limit should not pay for.
import "../../src/taskpane/components/Wizard/Wizard";
import "../../src/taskpane/components/Insights/Insights";
import "../../src/taskpane/i18n/zh";

// jest runs CommonJS without dynamic import(): load the lazy screens synchronously.
jest.mock("../../src/taskpane/lazy", () => ({
  loadWizard: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Wizard/Wizard")),
  loadInsights: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Insights/Insights")),
  loadChineseCatalog: () => Promise.resolve(jest.requireActual("../../src/taskpane/i18n/zh").zh),
}));

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});

describe("Insights in the shell", () => {
  test("an Insights tab after New program opens the section, loaded on first use", async () => {
    render(<App theme={webLightTheme} service={fakeService([SUMMARY])} />);
    const tabs = within(screen.getByRole("tablist", { name: "Sections" })).getAllByRole("tab");
    expect(tabs).toHaveLength(3);
    expect(tabs[2]).toBe(screen.getByRole("tab", { name: "Insights" }));
    expect(screen.queryByRole("tabpanel", { name: "Insights" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Insights" }));
    const panel = await screen.findByRole("tabpanel", { name: "Insights" });
    expect(await within(panel).findByRole("heading", { level: 2, name: "Insights" })).toBeInTheDocument();
    // Outside Excel (jsdom has no Excel.run) the section says so instead of failing.
    expect(await within(panel).findByText(EXCEL_UNAVAILABLE_MESSAGE)).toBeInTheDocument();
    expect(window.location.hash).toBe("#insights");
  });

  test("#insights opens the section at start (a ribbon button can point at it)", async () => {
    window.history.replaceState(null, "", "/#insights");
    render(<App theme={webLightTheme} service={fakeService([SUMMARY])} />);
    expect(screen.getByRole("tab", { name: "Insights" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("heading", { level: 2, name: "Insights" })).toBeInTheDocument();
  });
});
