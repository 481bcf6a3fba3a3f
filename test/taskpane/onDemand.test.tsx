/**
 * @jest-environment jsdom
 */
/*
 * Parts of the first screen fetched when first asked for (issue 15 item 3): a program card's More
 * actions menu and its confirmations, Explain's result. Each says it is loading, says why when its
 * chunk did not come, and asking again tries again; loaded once, it is not fetched again.
 */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Programs } from "../../src/taskpane/components/Programs/Programs";
import { onDemand } from "../../src/taskpane/components/shared/useOnDemand";
import { SUMMARY, fakeService, renderWithService } from "./support";

// jest loads a chunk with require(): the first require of each of these fails, as a chunk that
// did not come (offline) would; the next succeeds.
const mockFailures = new Set(["menu", "dialogs", "cycle"]);
function mockFailOnce(part: string, path: string) {
  if (mockFailures.delete(part)) throw new Error(`Loading chunk ${part} failed.`);
  return jest.requireActual(path);
}
jest.mock("../../src/taskpane/components/Programs/MoreActionsMenu", () =>
  mockFailOnce("menu", "../../src/taskpane/components/Programs/MoreActionsMenu"),
);
jest.mock("../../src/taskpane/components/Programs/cardDialogs", () =>
  mockFailOnce("dialogs", "../../src/taskpane/components/Programs/cardDialogs"),
);

jest.mock("../../src/taskpane/components/Cycle/CyclePanel", () =>
  mockFailOnce("cycle", "../../src/taskpane/components/Cycle/CyclePanel"),
);

// The wizard's chunk: the first load fails.
jest.mock("../../src/taskpane/lazy", () => ({
  loadWizard: jest
    .fn()
    .mockRejectedValueOnce(new Error("Loading chunk wizard failed."))
    .mockImplementation(() => Promise.resolve(jest.requireActual("../../src/taskpane/components/Wizard/Wizard"))),
  loadInsights: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Insights/Insights")),
  loadChineseCatalog: () => Promise.resolve(jest.requireActual("../../src/taskpane/i18n/zh").zh),
}));

async function actions() {
  return within(await screen.findByRole("group", { name: `Actions for ${SUMMARY.name}` }));
}

describe("onDemand", () => {
  test("loads once, and a failed load is forgotten so the next ask tries again", async () => {
    const load = jest.fn<Promise<string>, []>().mockRejectedValueOnce(new Error("offline")).mockResolvedValue("module");
    const part = onDemand(load);
    expect(part.current()).toBeNull();
    await expect(part.load()).rejects.toThrow("offline");
    expect(part.current()).toBeNull();
    await expect(part.load()).resolves.toBe("module");
    await expect(part.load()).resolves.toBe("module");
    expect(part.current()).toBe("module");
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the program card", () => {
  test("More actions: a menu that did not load says why; clicking again loads it and opens it", async () => {
    renderWithService(<Programs active onNewProgram={() => undefined} />, fakeService([SUMMARY]));
    fireEvent.click((await actions()).getByRole("button", { name: "More actions" }));
    expect(await screen.findByText("This part of the pane could not be loaded")).toBeInTheDocument();
    expect(screen.getByText(/Loading chunk menu failed\. Check the connection, then try again\./)).toBeInTheDocument();
    expect(screen.queryByRole("menuitem")).toBeNull();

    fireEvent.click((await actions()).getByRole("button", { name: "More actions" }));
    expect(screen.getByText("Loading the menu…")).toBeInTheDocument();
    expect(await screen.findByRole("menuitem", { name: "Delete program" })).toBeInTheDocument();
    expect(screen.queryByText("This part of the pane could not be loaded")).toBeNull();
  });

  test("a confirmation that did not load says why; opening it again loads it", async () => {
    renderWithService(<Programs active onNewProgram={() => undefined} />, fakeService([SUMMARY]));
    fireEvent.click((await actions()).getByRole("button", { name: "Generate dashboard" }));
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    expect(await screen.findByText(/Loading chunk dialogs failed\./)).toBeInTheDocument();

    fireEvent.click((await actions()).getByRole("button", { name: "Send a partner their statement…" }));
    expect(await screen.findByRole("region", { name: "Send a partner their statement" })).toBeInTheDocument();
    expect(screen.queryByText(/Loading chunk dialogs failed/)).toBeNull();
  });

  test("the payout periods panel whose chunk did not come says why, in the card, and the pane stays", async () => {
    renderWithService(<Programs active onNewProgram={() => undefined} />, fakeService([SUMMARY]));
    fireEvent.click((await actions()).getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Payout periods" }));
    expect(await screen.findByText(/Loading chunk cycle failed\./)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Programs" })).toBeInTheDocument();
  });
});

describe("the shell", () => {
  test("a screen whose chunk did not come says why in its panel; choosing its tab again loads it", async () => {
    render(<App theme={webLightTheme} language="en" service={fakeService([])} />);
    fireEvent.click(await screen.findByRole("tab", { name: "New program" }));
    expect(await screen.findByText(/Loading chunk wizard failed\./)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "Programs" }));
    fireEvent.click(screen.getByRole("tab", { name: "New program" }));
    expect(await screen.findByRole("group", { name: "Templates" })).toBeInTheDocument();
    expect(screen.queryByText(/Loading chunk wizard failed/)).toBeNull();
  });
});
