/**
 * @jest-environment jsdom
 */
/*
 * The recognition note on the Insights screen, by role: top performers, most improved since the
 * last closed period and partners who moved up a tier, as text to copy; the Copy button with the
 * clipboard, and without it (the text is selected and the pane says to press Ctrl+C); before any
 * close; a failed read; in Chinese.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { programTemplate } from "../../src/engine/program/templates";
import { standingsNow } from "../../src/engine/analytics/recognition";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import { RecognitionSection } from "../../src/taskpane/components/Recognition/RecognitionSection";
import type { ClosedStandings, InsightsPartner, InsightsSource } from "../../src/taskpane/services/InsightsSource";
import type { UiLanguage } from "../../src/taskpane/i18n/language";

const program = programTemplate("solarwave");
const NAMES = ["Sun & Co", "Twelve", "Star", "华东能源"];
const partners = (onTime: number[]): InsightsPartner[] =>
  ["0012", "12", "A*1", "AB1"].map((id, i) => ({ id, name: NAMES[i], input: { actuals: [onTime[i], 4.6] } }));
/** Q1 as closed; now "12" and "AB1" rose (AB1 from Bronze to Silver), "0012" fell. */
const Q1: ClosedStandings = { period: "2026-Q1", standings: standingsNow(program, partners([0.9, 0.8, 0.85, 0.7])) };
const NOW = partners([0.85, 0.9, 0.85, 0.95]);

function sourceWith(last: () => Promise<ClosedStandings | null>): InsightsSource {
  return {
    listPrograms: jest.fn(async () => [
      { key: "Solar", name: program.name, planSheet: "Solar Plan", dataSheet: "Solar Data", partners: NOW.length },
    ]),
    loadProgram: jest.fn(async () => ({ program, partners: NOW })),
    loadLastClosed: jest.fn(last),
  };
}

function show(last: () => Promise<ClosedStandings | null>, language: UiLanguage = "en") {
  const source = sourceWith(last);
  render(
    <PaneProviders language={language}>
      <RecognitionSection programKey="Solar" program={program} partners={NOW} source={source} />
    </PaneProviders>,
  );
  return source;
}

const noteLines = async (name = "Recognition note") =>
  ((await screen.findByRole("textbox", { name })) as HTMLTextAreaElement).value.split("\n");

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

test("the note names the top performers, the most improved since Q1 and who moved up a tier", async () => {
  const source = show(async () => Q1);
  expect(screen.getByRole("region", { name: "Recognition" })).toBeInTheDocument();
  const lines = await noteLines();
  expect(source.loadLastClosed).toHaveBeenCalledWith("Solar");
  expect(lines[0]).toBe(`Partner recognition: ${program.name}`);
  expect(lines).toEqual(
    expect.arrayContaining([
      "Top performers (best 5 scores)",
      "1. 华东能源: score 116%, Silver",
      "2. Twelve: score 111.6%, Silver",
      // A tie (107.2%) keeps the data table's order.
      "3. Sun & Co: score 107.2%, Silver",
      "4. Star: score 107.2%, Silver",
      "Most improved since 2026-Q1",
      "1. 华东能源: score 94.1% → 116% (+21.9 points)",
      "2. Twelve: score 102.9% → 111.6% (+8.7 points)",
      "Reached a new tier since 2026-Q1",
      "• 华东能源: Bronze → Silver",
    ]),
  );
  expect(lines.some((l) => l.includes("Sun & Co: score 111.6%"))).toBe(false);
});

test("Copy puts the note on the clipboard and says so", async () => {
  const writeText = jest.fn(async () => undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  show(async () => Q1);
  const text = (await noteLines()).join("\n");
  fireEvent.click(screen.getByRole("button", { name: "Copy note" }));
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Copied."));
  expect(writeText).toHaveBeenCalledWith(text);
});

test("without a clipboard (some Office webviews) the note is selected and the pane says to press Ctrl+C", async () => {
  show(async () => Q1);
  const box = (await screen.findByRole("textbox", { name: "Recognition note" })) as HTMLTextAreaElement;
  fireEvent.click(screen.getByRole("button", { name: "Copy note" }));
  expect(screen.getByRole("status")).toHaveTextContent("Selected: press Ctrl+C");
  expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  expect(box).toHaveFocus();
});

test("a clipboard that refuses falls back to selecting the text", async () => {
  const writeText = jest.fn(async () => {
    throw new Error("Write permission denied.");
  });
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  show(async () => Q1);
  await noteLines();
  fireEvent.click(screen.getByRole("button", { name: "Copy note" }));
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("press Ctrl+C"));
});

test("before any close: top performers only, and where to close a period", async () => {
  show(async () => null);
  const lines = await noteLines();
  expect(lines).toContain("1. 华东能源: score 116%, Silver");
  expect(lines.some((l) => l.startsWith("Most improved since"))).toBe(false);
  expect(lines[lines.length - 1]).toMatch(/^Most improved and new tiers compare with the last closed period/);
});

test("a failed read says so and still gives the top performers", async () => {
  show(async () => {
    throw new Error("The snapshot sheet is protected.");
  });
  expect(await screen.findByRole("alert")).toHaveTextContent(
    "Could not read the last closed period: The snapshot sheet is protected.",
  );
  expect(await noteLines()).toContain("2. Twelve: score 111.6%, Silver");
});

test("in Chinese: 表彰, the note in the glossary's words, 复制通报", async () => {
  show(async () => Q1, "zh");
  expect(await screen.findByRole("region", { name: "表彰" })).toBeInTheDocument();
  const lines = await noteLines("表彰通报");
  expect(lines).toEqual(
    expect.arrayContaining([
      "表现最佳（得分前 5 名）",
      "1. 华东能源：得分 116%，Silver",
      "较 2026-Q1 进步最大",
      "1. 华东能源：得分 94.1% → 116%（提升 21.9 个百分点）",
      "较 2026-Q1 升档",
      "• 华东能源：由 Bronze 升至 Silver",
    ]),
  );
  expect(screen.getByRole("button", { name: "复制通报" })).toBeInTheDocument();
});

test("Insights shows Recognition as a section of its own", async () => {
  render(
    <PaneProviders>
      <Insights source={sourceWith(async () => Q1)} debounceMs={0} />
    </PaneProviders>,
  );
  const section = await screen.findByRole("region", { name: "Recognition" });
  expect(await within(section).findByRole("button", { name: "Copy note" })).toBeInTheDocument();
});
