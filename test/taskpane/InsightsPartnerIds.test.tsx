/**
 * @jest-environment jsdom
 */
/* The finance analyst's walk: partners who share a name are told apart by their Partner ID in every Insights list. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { programTemplate } from "../../src/engine/program/templates";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type {
  InsightsPartner,
  InsightsSource,
  ProgramActivity,
} from "../../src/taskpane/services/InsightsSource";
import { partnerName } from "../../src/taskpane/components/Insights/insightsModel";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import { isoToSerial } from "../../src/engine/excelDates";

const day = (iso: string) => isoToSerial(iso)!;

/** Two partners named "Sunrise Solar" (as the SolarWave sample has names thrice), with installations. */
function twins(): { p: ProgramDefinition; people: InsightsPartner[]; activity: ProgramActivity } {
  const p = programTemplate("solarwave");
  const people: InsightsPartner[] = [
    { id: "P017", name: "Sunrise Solar", input: { actuals: [0.55, 4.2] } },
    { id: "P042", name: "Sunrise Solar", input: { actuals: [0.52, 4.2] } },
    { id: "P003", name: "Blue Sky", input: { actuals: [0.95, 4.4] } },
  ];
  const items: ProgramActivity["items"][number][] = [];
  ["2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"].forEach((q, i) => {
    for (let k = 0; k < 4; k++) {
      items.push({ partner: "P017", due: day(q) + k, completed: day(q) + k + (k < 1 + i ? 0 : 5) });
      items.push({ partner: "P042", due: day(q) + k, completed: day(q) + k + (k < 2 ? 0 : 5) });
    }
  });
  for (let k = 0; k < 4; k++) {
    items.push({ partner: "P017", due: day("2026-03-01") + k, completed: day("2026-03-01") + k });
    items.push({ partner: "P042", due: day("2026-03-01") + k, completed: k < 3 ? day("2026-03-01") + k : null });
  }
  return { p, people, activity: { source: "PI_Solar_Installations", kpi: 0, asOf: day("2026-10-31"), items } };
}

function show(p: ProgramDefinition, people: InsightsPartner[], activity: ProgramActivity | null) {
  const source: InsightsSource = {
    listPrograms: jest.fn(async () => [
      { key: "Solar", name: p.name, planSheet: "Solar Plan", dataSheet: "Solar Data", partners: people.length },
    ]),
    loadProgram: jest.fn(async () => ({ program: p, partners: people })),
    loadActivity: jest.fn(async () => activity),
  };
  render(
    <PaneProviders>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");

test("closest below a tier, what-if movers and changes, suggested targets and impact name each partner with its ID", async () => {
  const { p, people, activity } = twins();
  show(p, people, activity);
  const cost = await screen.findByRole("region", { name: "Plan cost" });
  const below = items(within(cost).getByRole("list", { name: "Closest below Bronze" }));
  expect(below.some((x) => x.startsWith("Sunrise Solar (P017) "))).toBe(true);
  expect(below.some((x) => x.startsWith("Sunrise Solar (P042) "))).toBe(true);

  const whatIf = screen.getByRole("region", { name: "What if" });
  fireEvent.change(within(whatIf).getByLabelText("Tier 1 from score (%)"), { target: { value: "70" } });
  await waitFor(() =>
    expect(within(whatIf).getByTestId("whatif-movers")).toHaveTextContent("Tier changes: 2 partners up."),
  );
  expect(items(within(whatIf).getByRole("list", { name: "Partners who change tier" }))).toEqual([
    "▲ Sunrise Solar (P017): up from Below the first tier to Bronze",
    "▲ Sunrise Solar (P042): up from Below the first tier to Bronze",
  ]);
  const changes = items(within(whatIf).getByRole("list", { name: "Change per partner, largest first" }));
  expect(changes.filter((x) => /^Sunrise Solar \(P0(17|42)\): /.test(x))).toHaveLength(2);

  const targets = screen.getByRole("region", { name: "Suggested targets" });
  const group = within(targets).getByRole("group", { name: "1. On-time installs" });
  await within(group).findByText(/history method/);
  const suggested = items(within(group).getByRole("list", { name: "Suggested On-time installs target per partner" }));
  expect(suggested.map((x) => x.split(":")[0])).toEqual([
    "Sunrise Solar (P017)",
    "Sunrise Solar (P042)",
    "Blue Sky (P003)",
  ]);

  const impact = screen.getByRole("region", { name: "Program impact" });
  const perPartner = items(within(impact).getByRole("list", { name: "On-time share per partner, before and after" }));
  expect(perPartner.map((x) => x.split(":")[0])).toEqual(["Sunrise Solar (P017)", "Sunrise Solar (P042)"]);
});

test("in Chinese the ID follows the name the Chinese way", () => {
  const people: InsightsPartner[] = [{ id: "P017", name: "Sunrise Solar", input: { actuals: [] } }];
  expect(partnerName(people, 0, { t: CATALOGS.zh, locale: "zh-CN" })).toBe("Sunrise Solar（编号 P017）");
  expect(partnerName([{ id: "", name: "Blue Sky", input: { actuals: [] } }], 0, { t: CATALOGS.en, locale: "en" })).toBe(
    "Blue Sky",
  );
});
