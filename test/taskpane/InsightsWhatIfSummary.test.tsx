/**
 * @jest-environment jsdom
 */
/* The finance analyst's walk: what-if keeps its answer (new total, delta, tier moves) in sight above its inputs. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { programTemplate } from "../../src/engine/program/templates";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type { InsightsPartner, InsightsSource } from "../../src/taskpane/services/InsightsSource";
import type { UiLanguage } from "../../src/taskpane/i18n/language";

const people: InsightsPartner[] = [260000, 480000, 520000, 100000, 1200000].map((v, i) => ({
  id: `R${i + 1}`,
  name: `Reseller ${String.fromCharCode(65 + i)}`,
  input: { actuals: [v] },
}));

function show(p: ProgramDefinition, language: UiLanguage = "en") {
  const source: InsightsSource = {
    listPrograms: jest.fn(async () => [
      { key: "Rebate", name: p.name, planSheet: "Plan", dataSheet: "Data", partners: people.length },
    ]),
    loadProgram: jest.fn(async () => ({ program: p, partners: people })),
  };
  render(
    <PaneProviders language={language}>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

test("the summary sits above every input, sticky, and says the new total, the delta and who moves, politely", async () => {
  show(programTemplate("resellerRebate"));
  const section = await screen.findByRole("region", { name: "What if" });
  const summary = within(section).getByRole("status", { name: "Scenario: new total, change and tier moves" });
  expect(summary).toHaveAttribute("aria-live", "polite");
  expect(summary).toHaveAttribute("aria-atomic", "true");
  // Before the first of the ~15 inputs, not below them.
  const inputs = within(section).getAllByRole("textbox");
  expect(inputs.length).toBeGreaterThan(5);
  for (const input of inputs) expect(follows(summary, input)).toBe(true);
  const style = window.getComputedStyle(summary);
  expect(style.position).toBe("sticky");
  expect(["0", "0px"]).toContain(style.top);
  expect(["0", "0px"]).toContain(style.minWidth);
  expect(style.overflowWrap).toBe("anywhere");

  await waitFor(() => expect(summary).toHaveTextContent("No change"));
  fireEvent.change(within(section).getByLabelText("Tier 2 from (USD)"), { target: { value: "300000" } });
  await waitFor(() => expect(summary).toHaveTextContent("Tier changes: 1 partner down."));
  expect(summary).toHaveTextContent("New total: USD 87,800.00 (now USD 93,000.00)");
  expect(summary).toHaveTextContent("Costs USD 5,200.00 less than now (−6%).");
  // The details stay below the inputs.
  const movers = within(section).getByRole("list", { name: "Partners who change tier" });
  expect(follows(inputs[inputs.length - 1], movers)).toBe(true);
});

test("in Chinese", async () => {
  show(programTemplate("resellerRebate"), "zh");
  const section = await screen.findByRole("region", { name: "模拟分析" });
  const summary = within(section).getByRole("status", { name: "情景：新的总额、变化和档位变动" });
  await waitFor(() => expect(summary).toHaveTextContent("无变化"));
  expect(summary).toHaveTextContent(/新的总额：/);
});
