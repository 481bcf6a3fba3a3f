/**
 * @jest-environment jsdom
 */
/*
 * The finance analyst's walk: a gap to the next tier is worded in Insights exactly as the
 * partner's statement words it, and impact speaks in percentage points first, the relative change
 * second, and says that a before/after comparison is not proof of cause. English and Chinese.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { programTemplate } from "../../src/engine/program/templates";
import { programTierTable } from "../../src/engine/program/evaluate";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import type {
  InsightsPartner,
  InsightsSource,
  ProgramActivity,
} from "../../src/taskpane/services/InsightsSource";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { gapSentence } from "../../src/workbook/dashboard/gapText";
import { ProgramRefs } from "../../src/workbook/dashboard/programRefs";
import { isoToSerial } from "../../src/engine/excelDates";

const day = (iso: string) => isoToSerial(iso)!;

function show(p: ProgramDefinition, people: InsightsPartner[], activity: ProgramActivity | null, language: UiLanguage) {
  const source: InsightsSource = {
    listPrograms: jest.fn(async () => [
      { key: "K", name: p.name, planSheet: "Plan", dataSheet: "Data", partners: people.length },
    ]),
    loadProgram: jest.fn(async () => ({ program: p, partners: people })),
    loadActivity: jest.fn(async () => activity),
  };
  render(
    <PaneProviders language={language}>
      <Insights source={source} debounceMs={0} />
    </PaneProviders>,
  );
}

/** Before the start 4 of 7 on time (57.1%), after 5 of 7 (71.4%): +14.3 points, +25% relative. */
function solar(): { p: ProgramDefinition; people: InsightsPartner[]; activity: ProgramActivity } {
  const p = programTemplate("solarwave");
  const people: InsightsPartner[] = [{ id: "P017", name: "Sunrise Solar", input: { actuals: [0.9, 4.5] } }];
  const items: ProgramActivity["items"][number][] = [];
  for (let k = 0; k < 7; k++) {
    items.push({ partner: "P017", due: day("2025-10-01") + k, completed: day("2025-10-01") + k + (k < 4 ? 0 : 3) });
    items.push({ partner: "P017", due: day("2026-03-01") + k, completed: day("2026-03-01") + k + (k < 5 ? 0 : 3) });
  }
  return { p, people, activity: { source: "PI_K_Installations", kpi: 0, asOf: day("2026-10-31"), items } };
}

describe("a gap to the next tier reads as the statement reads it", () => {
  test.each([
    ["en", "Plan cost", "Closest below Gold", /^9\.1 percentage points more in score reaches Gold$/],
    ["zh", "方案成本", "距“Gold”最近", /^得分再增加 9\.1 个百分点，即可达到Gold$/],
  ] as const)("score (%s)", async (language, region, list, words) => {
    const { p, people } = solar();
    show(p, people, null, language);
    const cost = await screen.findByRole("region", { name: region });
    const item = within(within(cost).getByRole("list", { name: list })).getByRole("listitem");
    const gap = item.textContent!.replace(/^Sunrise Solar\s*[（(][^)）]*[)）]\s*/, "");
    expect(gap).toMatch(words);
    // The very sentence a values-only statement prints for this partner.
    const score = 0.7 * (0.9 / 0.8) + 0.3 * (4.5 / 4.2);
    expect(gap).toBe(gapSentence(new ProgramRefs(p, "K", language), programTierTable(p), score, 1));
    expect(gap).not.toMatch(/points of score|得分百分点/);
  });

  test("money: the basis KPI's amount, as on the statement", async () => {
    const p = programTemplate("resellerRebate");
    const people: InsightsPartner[] = [{ id: "R2", name: "Reseller B", input: { actuals: [480000] } }];
    show(p, people, null, "en");
    const cost = await screen.findByRole("region", { name: "Plan cost" });
    const item = within(within(cost).getByRole("list", { name: "Closest below Gold" })).getByRole("listitem");
    const statement = gapSentence(new ProgramRefs(p, "K", "en"), programTierTable(p), 480000, 1);
    expect(statement).toBe("USD 20,000.00 more in Purchase volume reaches Gold");
    expect(item).toHaveTextContent(`Reseller B (R2) ${statement}`);
  });
});

describe("impact: points first, relative second, and not proof of cause", () => {
  test("in English", async () => {
    const { p, people, activity } = solar();
    show(p, people, activity, "en");
    const impact = await screen.findByRole("region", { name: "Program impact" });
    expect(await within(impact).findByTestId("impact-change")).toHaveTextContent(
      /^\+14\.3 percentage points, \+25% relative$/,
    );
    expect(within(impact).getByTestId("impact-sentence")).toHaveTextContent(
      "On-time installs rose from 57.1% before 2026-01-01 to 71.4% after: +14.3 percentage points, +25% relative (7 installations before, 7 after).",
    );
    expect(within(impact).getByTestId("impact-not-cause")).toHaveTextContent(
      /compares the periods before and after the program's start; it is not proof that the program caused the change/,
    );
    const rows = within(within(impact).getByRole("list", { name: "On-time share per partner, before and after" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(rows).toEqual(["Sunrise Solar (P017): 57.1% → 71.4% (+14.3 percentage points, +25% relative)"]);
  });

  test("in Chinese", async () => {
    const { p, people, activity } = solar();
    show(p, people, activity, "zh");
    const impact = await screen.findByRole("region", { name: "方案效果" });
    expect(await within(impact).findByTestId("impact-change")).toHaveTextContent(/^\+14\.3 个百分点，相对变化 \+25%$/);
    expect(within(impact).getByTestId("impact-not-cause")).toHaveTextContent(/并不能证明变化是由方案引起的/);
    // Dates in a Chinese sentence are written 年月日, never ISO (docs/glossary.md).
    const sentence = within(impact).getByTestId("impact-sentence");
    expect(sentence).toHaveTextContent(
      /从 2026年1月1日 之前的 57\.1% 升至之后的 71\.4%：\+14\.3 个百分点，相对变化 \+25%/,
    );
    expect(sentence.textContent).not.toMatch(/2026-01-01/);
  });
});
