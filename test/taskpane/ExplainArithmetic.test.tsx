/**
 * @jest-environment jsdom
 */
/*
 * The finance analyst's walk: Explain shows every step a partner needs to redo the payout by hand
 * (attainment, weighted score, the interpolation on a linear curve, the product), and copies the
 * explanation as text in the pane's language.
 */
import * as React from "react";
import { fireEvent, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { fakeService, renderWithService, solarWavePayoutCell } from "./support";
import { programTemplate } from "../../src/engine/program/templates";
import { readRate } from "../../src/engine/explain";
import { programTierTable } from "../../src/engine/program/evaluate";
import { ExplainPanel } from "../../src/taskpane/components/Explain/ExplainPanel";
import { explainView } from "../../src/taskpane/components/Explain/explainModel";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import type { UiLanguage } from "../../src/taskpane/i18n/language";

const SOLARWAVE = programTemplate("solarwave");

/** On-time 96% of 80%, CSAT 4.6 of 4.2: score 116.857%, between Silver (100%: 100%) and Gold (120%: 150%). */
const SELECTION = solarWavePayoutCell("=1", ["Partner ID", "Partner"]);

const steps = (language: UiLanguage) => {
  const view = explainView(SELECTION, CATALOGS[language], language === "zh" ? "zh-CN" : "en-US");
  if (view.kind !== "partner") throw new Error(view.kind);
  return view.breakdown.steps.map((s) => `${s.label} | ${s.value}`);
};

test("the engine reads a linear curve between two points, as interpolatedRate does", () => {
  const r = readRate(programTierTable(SOLARWAVE), "linear", 1.056);
  expect(r).toMatchObject({ kind: "between", lower: { tier: "Silver", bound: 1, rate: 1 }, upper: { tier: "Gold" } });
  expect(r.rate).toBeCloseTo(1 + (0.056 / 0.2) * 0.5, 12);
  expect(readRate(programTierTable(SOLARWAVE), "linear", 0.5)).toMatchObject({ kind: "below", rate: 0 });
  expect(readRate(programTierTable(SOLARWAVE), "linear", 2)).toMatchObject({ kind: "beyond", rate: 1.5 });
  expect(readRate(programTierTable(SOLARWAVE), "retro", 1.1)).toMatchObject({ kind: "step", rate: 1 });
});

test("every step of a bonus on a linear curve, the interpolation included", () => {
  expect(steps("en")).toEqual([
    "Attainment, On-time installs | 96% ÷ 80% = 120%",
    "Attainment, CSAT | 4.6 score (1-5) ÷ 4.2 score (1-5) = 109.524%",
    "Score | (70% × 120% + 30% × 109.524%) ÷ 100% = 116.857%",
    "Read off the bonus curve | score 116.857% is between Silver at 100% (100%) and Gold at 120% (150%): " +
      "100% + (116.857% − 100%) ÷ (120% − 100%) × (150% − 100%) = 142.1429%",
    "Share of target incentive | 142.14%",
    "Target incentive | CNY 20,000.00",
    "Payout before rounding | CNY 20,000.00 × 142.1429% = CNY 28,428.57",
  ]);
  expect(steps("zh")).toContain(
    "按奖金曲线读取 | 得分 116.857% 介于Silver（100% 起，比例 100%）与Gold（120% 起，比例 150%）之间：" +
      "100% + (116.857% − 100%) ÷ (120% − 100%) × (150% − 100%) = 142.1429%",
  );
});

function mockClipboard(): jest.Mock {
  const writeText = jest.fn(async () => undefined);
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
  return writeText;
}

async function explain(language: UiLanguage) {
  const service = fakeService();
  service.readSelection.mockResolvedValue(SELECTION);
  renderWithService(<ExplainPanel active />, service, language);
  fireEvent.click(screen.getByRole("button", { name: language === "zh" ? "解释所选单元格" : "Explain selected cell" }));
  return screen.findByRole("article", { name: language === "zh" ? "Sunrise Solar (P101)" : "Sunrise Solar (P101)" });
}

test("Copy as text puts the whole explanation on the clipboard, steps included, and says so", async () => {
  const writeText = mockClipboard();
  const article = await explain("en");
  fireEvent.click(within(article).getByRole("button", { name: "Copy as text" }));
  expect(await within(article).findByText(/^Copied/)).toBeInTheDocument();
  expect(writeText).toHaveBeenCalledTimes(1);
  const text = writeText.mock.calls[0][0] as string;
  expect(text.split("\n")[0]).toBe("Sunrise Solar (P101)");
  expect(text).toContain("SolarWave Data!J6 shows 28,428.57");
  expect(text).toContain("How the payout is calculated");
  expect(text).toContain(
    "Read off the bonus curve\tscore 116.857% is between Silver at 100% (100%) and Gold at 120% (150%)",
  );
  expect(text).toContain("Payout (CNY)\tCNY 28,428.57");
  expect(text).toContain("Cells it came from");
});

test("in Chinese, the copy is in Chinese; without a clipboard it says how to copy instead", async () => {
  const writeText = mockClipboard();
  const article = await explain("zh");
  fireEvent.click(within(article).getByRole("button", { name: "复制为文本" }));
  await within(article).findByText(/^已复制/);
  const text = writeText.mock.calls[0][0] as string;
  expect(text).toContain("激励金额的计算方式");
  expect(text).toContain("按奖金曲线读取\t得分 116.857% 介于Silver");
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined });
  fireEvent.click(within(article).getByRole("button", { name: "复制为文本" }));
  expect(await within(article).findByText(/^此处无法复制/)).toBeInTheDocument();
});

test("a rebate on a linear table shows the interpolated rate before the amount × rate; a binding cap shows min()", () => {
  const rebate = { ...programTemplate("resellerRebate"), method: "linear" as const };
  const view = explainView(
    {
      ...SELECTION,
      program: rebate,
      partner: { id: "R3", name: "Reseller C", row: 3, actuals: [520000], targets: [null] },
    },
    CATALOGS.en,
    "en-US",
  );
  if (view.kind !== "partner") throw new Error(view.kind);
  expect(view.breakdown.steps.slice(0, 2).map((s) => `${s.label} | ${s.value}`)).toEqual([
    "Rate reached | Purchase volume USD 520,000 is between Gold at USD 500,000 (3.5%) and Platinum at USD 1,000,000 (5%): " +
      "3.5% + (USD 520,000 − USD 500,000) ÷ (USD 1,000,000 − USD 500,000) × (5% − 3.5%) = 3.56%",
    "Tier Gold | USD 520,000 × 3.56% = USD 18,512.00",
  ]);

  const retro = explainView(
    {
      ...SELECTION,
      program: programTemplate("resellerRebate"),
      partner: { id: "R3", name: "Reseller C", row: 3, actuals: [520000], targets: [null] },
    },
    CATALOGS.en,
    "en-US",
  );
  if (retro.kind !== "partner") throw new Error(retro.kind);
  expect(retro.breakdown.steps[0]).toEqual({
    label: "Rate reached",
    value: "Purchase volume USD 520,000 reaches Gold (from USD 500,000): 3.5%",
  });

  const capped = explainView({ ...SELECTION, program: { ...SOLARWAVE, cap: 1.2 } }, CATALOGS.en, "en-US");
  if (capped.kind !== "partner") throw new Error(capped.kind);
  expect(capped.breakdown.steps.map((s) => `${s.label} | ${s.value}`)).toContain("Cap | min(142.1429%, 120%) = 120%");
  expect(capped.breakdown.payout).toBe("CNY 24,000.00");
});
