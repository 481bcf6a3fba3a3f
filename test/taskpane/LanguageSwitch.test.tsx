/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { initialLanguage } from "../../src/taskpane/i18n/language";
import { fakeService } from "./support";
import "./cardChunks";

// The lazy screens' modules, loaded with this file rather than inside the first test that opens
// them (the mock below hands out these same modules): evaluating them is CPU work a test's time
// limit should not pay for.
import "../../src/taskpane/components/Wizard/Wizard";
import "../../src/taskpane/i18n/zh";

jest.mock("../../src/taskpane/lazy", () => ({
  loadWizard: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Wizard/Wizard")),
  loadChineseCatalog: jest.fn(() => Promise.resolve(jest.requireActual("../../src/taskpane/i18n/zh").zh)),
}));

const lazy = jest.requireMock("../../src/taskpane/lazy") as { loadChineseCatalog: jest.Mock };

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});

test("the pane follows Office's display language until the user picks one, and remembers the pick", () => {
  expect(initialLanguage("zh-CN")).toBe("zh");
  expect(initialLanguage("zh-TW")).toBe("zh");
  expect(initialLanguage("en-GB")).toBe("en");
  expect(initialLanguage("de-DE")).toBe("en");
  expect(initialLanguage(null)).toBe("en");
  window.localStorage.setItem("partnerIncentives.language", "en");
  expect(initialLanguage("zh-CN")).toBe("en");
});

test("switching to Chinese loads its catalogue, re-labels the pane in place, sets the page language and is remembered", async () => {
  render(<App theme={webLightTheme} service={fakeService()} language="en" />);
  expect(screen.getByRole("heading", { level: 1, name: "Partner Incentives" })).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh" } });
  expect(await screen.findByRole("heading", { level: 1, name: "合作伙伴激励" })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "激励方案" })).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("zh-CN");
  expect(window.localStorage.getItem("partnerIncentives.language")).toBe("zh");
  fireEvent.change(screen.getByRole("combobox", { name: "语言" }), { target: { value: "en" } });
  expect(await screen.findByRole("tab", { name: "Programs" })).toBeTruthy();
  expect(document.documentElement.lang).toBe("en-US");
});

test("a pane that opens in Chinese renders once the Chinese catalogue has arrived, in Chinese from the first frame", async () => {
  window.localStorage.setItem("partnerIncentives.language", "zh");
  render(<App theme={webLightTheme} service={fakeService()} />);
  // Nothing in English is shown while the catalogue loads.
  expect(screen.queryByRole("heading", { level: 1, name: "Partner Incentives" })).toBeNull();
  expect(await screen.findByRole("heading", { level: 1, name: "合作伙伴激励" })).toBeTruthy();
});

test("when the Chinese catalogue cannot be loaded the pane stays in English, and picking Chinese again tries again", async () => {
  lazy.loadChineseCatalog.mockRejectedValueOnce(new Error("ChunkLoadError"));
  render(<App theme={webLightTheme} service={fakeService()} language="en" />);
  const select = screen.getByRole("combobox", { name: "Language" });
  fireEvent.change(select, { target: { value: "zh" } });
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en"));
  expect(screen.getByRole("heading", { level: 1, name: "Partner Incentives" })).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh" } });
  expect(await screen.findByRole("heading", { level: 1, name: "合作伙伴激励" })).toBeTruthy();
});
