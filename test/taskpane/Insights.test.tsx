/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { mockAll, type MockedAll } from "./mockAll";
import { describeChange, planCost, programImpact, whatIf } from "../../src/engine/analytics";
import { programTemplate } from "../../src/engine/program/templates";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type { InsightsPartner, InsightsSource, ProgramActivity } from "../../src/taskpane/services/InsightsSource";
import { activityEvents, money } from "../../src/taskpane/components/Insights/insightsModel";
import { isoToSerial } from "../../src/engine/excelDates";

const rebate = (): ProgramDefinition => programTemplate("resellerRebate");

const partners = (volumes: number[]): InsightsPartner[] =>
  volumes.map((v, i) => ({
    id: `R${i + 1}`,
    name: `Reseller ${String.fromCharCode(65 + i)}`,
    input: { actuals: [v] },
  }));

// Silver, Silver, Gold, Member, Platinum (retro: the whole volume at the tier reached).
const VOLUMES = [260000, 480000, 520000, 100000, 1200000];

/** A source that only reads: the screen offers no writes without saveScenario and the others. */
type ReadOnlySource = Pick<Required<InsightsSource>, "listPrograms" | "loadProgram" | "loadActivity">;

function fakeSource(
  program: ProgramDefinition,
  people: InsightsPartner[],
  activity: ProgramActivity | null = null,
): MockedAll<ReadOnlySource> {
  return mockAll<ReadOnlySource>({
    listPrograms: async () => [
      {
        key: "Rebate",
        name: program.name,
        planSheet: "Rebate Plan",
        dataSheet: "Rebate Data",
        partners: people.length,
      },
    ],
    loadProgram: async () => ({ program, partners: people }),
    loadActivity: async () => activity,
  });
}

function show(source: InsightsSource) {
  return render(
    <PaneProviders>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const region = (name: string) => screen.findByRole("region", { name });

describe("plan cost", () => {
  test("total, share of measured, per tier and near misses equal planCost's", async () => {
    const p = rebate();
    const people = partners(VOLUMES);
    const source = fakeSource(p, people);
    show(source);
    const cost = planCost(
      p,
      people.map((x) => x.input),
    );
    const section = await region("Plan cost");
    expect(source.loadProgram).toHaveBeenCalledWith("Rebate");
    expect(within(section).getByTestId("insights-total")).toHaveTextContent(money(p, cost.total));
    expect(money(p, cost.total)).toBe("USD 93,000.00");
    expect(section).toHaveTextContent(`${((cost.total / 2560000) * 100).toFixed(2)}% of Purchase volume`);

    const perTier = within(section).getByRole("table", { name: "Partners and money per tier" });
    const rows = within(perTier).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(
      cost.byTier.map((t) => `${t.tier ?? "Below the first tier"}${t.partners}${money(p, t.paid)}`),
    );
    expect(within(rows[2]).getByRole("rowheader")).toHaveTextContent("Silver");
    expect(rows[2]).toHaveTextContent("USD 14,800.00");

    // Reseller B is USD 20,000 below Gold; C USD 480,000 below Platinum.
    expect(within(section).getByRole("list", { name: "Closest below Gold" })).toHaveTextContent(
      "Reseller B (R2) USD 20,000.00 more in Purchase volume reaches Gold",
    );
  });

  test("the attainment histogram is a named image with a table alternative", async () => {
    show(fakeSource(rebate(), partners(VOLUMES)));
    const section = await region("Plan cost");
    const chart = within(section).getByRole("img", { name: /^Attainment histogram: 5 partners/ });
    expect(chart.getAttribute("aria-label")).toContain("2 partners at or above 100%");
    const table = within(section).getByRole("table", { name: "Partners by attainment (weighted score)" });
    const cells = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(cells).toHaveLength(16);
    expect(cells[0]).toBe("0–10%0");
    expect(cells[10]).toBe("100–110%1"); // 520,000 of 500,000
    expect(cells[15]).toBe("150% or more1");
  });

  test("an empty workbook says what to do", async () => {
    const source = fakeSource(rebate(), []);
    source.listPrograms.mockResolvedValue([]);
    show(source);
    expect(await screen.findByText(/There is no program in this workbook yet/)).toBeInTheDocument();
    expect(source.loadProgram).not.toHaveBeenCalled();
  });
});

describe("what-if", () => {
  test("editing a tier rate updates the total and the delta, with the sign in words", async () => {
    const p = rebate();
    const people = partners(VOLUMES);
    show(fakeSource(p, people));
    const section = await region("What if");
    await waitFor(() => expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("No change"));

    type(within(section).getByLabelText("Tier 3 rate (%)"), "4");
    const scenario = rebate();
    scenario.tiers[2].rate = 0.04;
    const expected = whatIf(
      p,
      scenario,
      people.map((x) => x.input),
    );
    expect(expected.totalDelta).toBe(2600);
    await waitFor(() => expect(within(section).getByTestId("whatif-total")).toHaveTextContent("USD 95,600.00"));
    expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("Costs USD 2,600.00 more than now (+3%).");
    expect(within(section).getByTestId("whatif-movers")).toHaveTextContent("No partner changes tier.");
    const list = within(section).getByRole("list", { name: "Change per partner, largest first" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Reseller C (R3): USD 18,200.00 → USD 20,800.00 (+USD 2,600.00, more)"]);
    expect(
      within(section).getByRole("img", { name: /Total payout now USD 93,000.00, in the scenario USD 95,600.00/ }),
    ).toBeInTheDocument();
    expect(within(section).getByRole("table", { name: "Total payout, now and in the scenario" })).toBeInTheDocument();
  });

  test("raising a bound lists who moves down a tier, and the change per partner, largest first", async () => {
    show(fakeSource(rebate(), partners(VOLUMES)));
    const section = await region("What if");
    type(within(section).getByLabelText("Tier 2 from (USD)"), "300000");
    await waitFor(() =>
      expect(within(section).getByTestId("whatif-movers")).toHaveTextContent("Tier changes: 1 partner down."),
    );
    expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("Costs USD 5,200.00 less than now (−6%).");
    const movers = within(section).getByRole("list", { name: "Partners who change tier" });
    expect(movers).toHaveTextContent("Reseller A (R1): down from Silver to Member");
  });

  test("a gate excludes partners; an invalid table says what to fix; reset goes back", async () => {
    show(fakeSource(rebate(), partners(VOLUMES)));
    const section = await region("What if");
    const kpi = within(section).getByRole("group", { name: "1. Purchase volume" });
    type(within(kpi).getByLabelText("Gate (USD), optional"), "500000");
    await waitFor(() =>
      expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("Costs USD 14,800.00 less than now"),
    );
    type(within(section).getByLabelText("Tier 2 from (USD)"), "2000000");
    expect(await within(section).findByText(/Fix the plan above to see its cost/)).toBeInTheDocument();
    fireEvent.click(within(section).getByRole("button", { name: "Back to the current plan" }));
    await waitFor(() => expect(within(section).getByTestId("whatif-delta")).toHaveTextContent("No change"));
    expect(within(section).getByLabelText("Tier 2 from (USD)")).toHaveValue("250,000");
  });
});

// ---------------------------------------------------------------- SolarWave-like data with installations

const day = (iso: string) => isoToSerial(iso)!;

function solarwave() {
  const p = programTemplate("solarwave");
  const people: InsightsPartner[] = [
    { id: "P1", name: "Sunrise Solar", input: { actuals: [0.9, 4.5] } },
    { id: "P2", name: "Green Grid", input: { actuals: [0.7, 4.0] } },
    { id: "P3", name: "Blue Sky", input: { actuals: [0.8, 3.5] } },
  ];
  const items: ProgramActivity["items"][number][] = [];
  // Before 2026: P1 on time 1 in 2 per quarter, rising; P2 on time 1 in 2; after: mostly on time.
  const quarters = ["2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"];
  quarters.forEach((q, i) => {
    for (let k = 0; k < 4; k++) {
      items.push({ partner: "P1", due: day(q) + k, completed: day(q) + k + (k < 1 + i ? 0 : 5) });
      items.push({ partner: "p2", due: day(q) + k, completed: day(q) + k + (k < 2 ? 0 : 5) });
    }
  });
  for (let k = 0; k < 4; k++) {
    items.push({ partner: "P1", due: day("2026-03-01") + k, completed: day("2026-03-01") + k });
    items.push({ partner: "P2", due: day("2026-03-01") + k, completed: k < 3 ? day("2026-03-01") + k : null });
  }
  // Open and not yet due at the cut-off: not counted.
  items.push({ partner: "P2", due: day("2026-12-01"), completed: null });
  const activity: ProgramActivity = {
    source: "PI_Solar_Installations",
    kpi: 0,
    asOf: day("2026-10-31"),
    items,
  };
  return { p, people, activity };
}

describe("suggested targets", () => {
  test("the population method states the share and the value next to it; no history is said plainly", async () => {
    show(fakeSource(rebate(), partners(VOLUMES)));
    const section = await region("Suggested targets");
    const kpi = within(section).getByRole("group", { name: "1. Purchase volume" });
    // 60% of 5 partners = 3 at or above: 480,000.
    expect(within(kpi).getByTestId("population-0")).toHaveTextContent(
      "USD 480,000 — population method: the value 60% of partners reached this period.",
    );
    expect(within(kpi).getByTestId("history-0")).toHaveTextContent(/^History method: no history\./);

    type(within(section).getByLabelText("Share of partners who reached it (%)"), "20");
    expect(within(kpi).getByTestId("population-0")).toHaveTextContent(
      /^USD 1,200,000 — population method: the value 20%/,
    );
  });

  test("the history method projects each partner's own trend, bounded, where installations exist", async () => {
    const { p, people, activity } = solarwave();
    show(fakeSource(p, people, activity));
    const section = await region("Suggested targets");
    const kpi = within(section).getByRole("group", { name: "1. On-time installs" });
    const history = await within(kpi).findByText(/history method/);
    expect(history).toHaveTextContent("last 4 quarters before the program (2025-01-01 to 2025-12-31)");
    expect(history).toHaveTextContent(/^86% \(median\) — history method/);
    expect(history).toHaveTextContent("2 of 3 partners have enough history; the cap or floor applies to 2.");
    const list = within(kpi).getByRole("list", { name: "Suggested On-time installs target per partner" });
    // P1 rises 25% → 100% a quarter: capped at +20% of 80% = 96%. P2 is flat at 50%: floored at 76%.
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Sunrise Solar (P1): 96% (trend 125%, limited)",
      "Green Grid (P2): 76% (trend 50%, limited)",
      "Blue Sky (P3): 80% (no history: current target kept)",
    ]);
    const csat = within(section).getByRole("group", { name: "2. CSAT" });
    expect(within(csat).getByTestId("history-1")).toHaveTextContent("no history");
  });
});

describe("program impact", () => {
  test("on-time share before and after the start, in percentage points first and the relative change second", async () => {
    const { p, people, activity } = solarwave();
    show(fakeSource(p, people, activity));
    const section = await region("Program impact");
    const impact = programImpact(activityEvents(activity), day("2026-01-01"));
    const change = describeChange(impact.overall.relativeChange!);
    expect(change).toBe("+56%");
    expect(await within(section).findByTestId("impact-change")).toHaveTextContent(
      "+31.3 percentage points, +56% relative",
    );
    expect(within(section).getByTestId("impact-sentence")).toHaveTextContent(
      "On-time installs rose from 56.3% before 2026-01-01 to 87.5% after: +31.3 percentage points, +56% relative (32 installations before, 8 after).",
    );
    const chart = within(section).getByRole("img", { name: /^On-time share before and after 2026-01-01/ });
    expect(chart.getAttribute("aria-label")).toContain(
      "56.3% before, 87.5% after (+31.3 percentage points, +56% relative)",
    );
    const table = within(section).getByRole("table", { name: "On-time share before and after 2026-01-01" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["PeriodOn-time share", "Before56.3%", "After87.5%"]);
    const perPartner = within(section).getByRole("list", { name: "On-time share per partner, before and after" });
    // Largest rise first; the open installation due after the cut-off is not counted.
    expect(
      within(perPartner)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Sunrise Solar (P1): 62.5% → 100% (+37.5 percentage points, +60% relative)",
      "Green Grid (P2): 50% → 75% (+25 percentage points, +50% relative)",
    ]);
  });

  test("without dated events it says what is needed", async () => {
    show(fakeSource(rebate(), partners(VOLUMES)));
    const section = await region("Program impact");
    expect(await within(section).findByTestId("impact-needs")).toHaveTextContent(
      /a table named PI_Rebate_Installations with the columns Partner ID, Due date and Completed date/,
    );
  });
});
