/**
 * @jest-environment jsdom
 */
/*
 * Plan health in Insights (issue 17 item 3): a retro commission with a cliff at Gold is flagged
 * with its numbers and the partners within reach, and its suggested fix fills the what-if.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { mockAll } from "./mockAll";
import type { ProgramDefinition } from "../../src/engine/program/types";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type { InsightsPartner, InsightsSource } from "../../src/taskpane/services/InsightsSource";
import { commission, kpi } from "../engine/health/fixtures";

// T1 retro: reaching 100,000 pays 100,000 × (5% − 3%) = CNY 2,000.00 at once, more than all of
// Silver pays (CNY 1,500.00). Alpha (95,000) and Beta (92,000) are within 10% below it.
const SALES = [95000, 92000, 60000, 30000, 120000, 40000];
const people: InsightsPartner[] = SALES.map((v, i) => ({
  id: `P${i + 1}`,
  name: ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"][i],
  input: { actuals: [v] },
}));

function show(program: ProgramDefinition, language: UiLanguage = "en") {
  const source = mockAll<Pick<Required<InsightsSource>, "listPrograms" | "loadProgram">>({
    listPrograms: async () => [
      { key: "Health", name: program.name, planSheet: "Plan", dataSheet: "Data", partners: people.length },
    ],
    loadProgram: async () => ({ program, partners: people }),
  });
  return render(
    <PaneProviders language={language}>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

test("the retro cliff at Gold: its numbers, the partners within reach and a rate to try, by role", async () => {
  show(commission());
  const health = await screen.findByRole("region", { name: "Plan health" });
  const findings = within(health).getByRole("list", { name: "Findings" });
  const cliff = within(findings).getByRole("group", { name: "Warning: Cliff at Gold" });
  expect(cliff).toHaveTextContent(
    "Reaching CNY 100,000 pays CNY 2,000.00 more at once (5% instead of 3% on the whole amount, retro): more than the whole of Silver pays (CNY 1,500.00).",
  );
  const reach = within(cliff).getByRole("list", { name: "2 partners within 10% below it, closest first" });
  expect(
    within(reach)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Alpha (P1): CNY 95,000, CNY 5,000 short", "Beta (P2): CNY 92,000, CNY 8,000 short"]);
  expect(cliff).toHaveTextContent("Try Gold's rate at 4.5%: the jump is then what the tier below pays.");
});

test("Try in What if puts the fix into the what-if, which works out its cost", async () => {
  show(commission());
  const health = await screen.findByRole("region", { name: "Plan health" });
  const cliff = within(health).getByRole("group", { name: "Warning: Cliff at Gold" });
  fireEvent.click(within(cliff).getByRole("button", { name: "Try in What if" }));
  const whatIf = screen.getByRole("region", { name: "What if" });
  expect(within(whatIf).getByRole("textbox", { name: "Tier 3 rate (%)" })).toHaveValue("4.5");
  expect(within(health).getByRole("status")).toHaveTextContent(
    "In What if below: Try Gold's rate at 4.5%: the jump is then what the tier below pays.",
  );
  // Epsilon (120,000) is paid 4.5% instead of 5%: CNY 600.00 less.
  await waitFor(() =>
    expect(within(whatIf).getByTestId("whatif-delta")).toHaveTextContent(/^Costs CNY 600\.00 less than now/),
  );
});

test("another check with its numbers: a gate nobody meets (the median, 92,000: 3 of the 6 meet it)", async () => {
  show(commission({ kpis: [kpi("Sales", { gate: 500000 })] }));
  const health = await screen.findByRole("region", { name: "Plan health" });
  const gate = within(health).getByRole("group", { name: "Warning: Nobody meets the Sales gate" });
  expect(gate).toHaveTextContent("The gate is CNY 500,000; the best of 6 partners, Epsilon (P5), has CNY 120,000.");
  expect(gate).toHaveTextContent("Try the Sales gate at CNY 92,000, the median: half the partners meet it.");
});

test("in Chinese", async () => {
  show(commission(), "zh");
  const health = await screen.findByRole("region", { name: "方案健康检查" });
  const cliff = within(health).getByRole("group", { name: "警告：Gold处的断崖" });
  expect(cliff).toHaveTextContent("超过Silver整个档位的激励金额（¥1,500.00）");
  expect(within(cliff).getByRole("button", { name: "在模拟分析中试算" })).toBeInTheDocument();
});

/** Every finding's words (title, numbers, partners, fix) as the screen shows them. */
async function healthText(heading: string): Promise<string> {
  const health = await screen.findByRole("region", { name: heading });
  return within(health).getByRole("list", { name: "检查结果" }).textContent ?? "";
}

describe("money is written one way in a paragraph, as the sheets write it (glossary: the code first, ¥ for renminbi in Chinese)", () => {
  test("Chinese, a USD program: USD 7,500.00 and USD 500,000 alike, never Intl's US$", async () => {
    const usd = commission({ currency: "USD", kpis: [kpi("Sales", { unit: "USD" })] });
    show(usd, "zh");
    const cliff = within(await screen.findByRole("region", { name: "方案健康检查" })).getByRole("group", {
      name: "警告：Gold处的断崖",
    });
    expect(cliff).toHaveTextContent("达到 USD 100,000 时激励金额一次性增加 USD 2,000.00");
    expect(cliff).toHaveTextContent("（USD 1,500.00）");
    const all = await healthText("方案健康检查");
    expect(all).not.toMatch(/US\$/);
    expect(all.match(/USD \d/g)!.length).toBeGreaterThan(4);
  });

  test("Chinese, a CNY program: ¥ before every amount, tier bounds and partners' sales included", async () => {
    show(commission(), "zh");
    const all = await healthText("方案健康检查");
    expect(all).toContain("达到 ¥100,000 时激励金额一次性增加 ¥2,000.00");
    expect(all).toMatch(/¥95,000/);
    expect(all).toContain("6 个合作伙伴共获得 ¥14,810.00，其中最高的 10% 获得 ¥6,000.00。");
    expect(all).not.toMatch(/CNY|元/);
  });
});
