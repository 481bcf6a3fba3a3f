/**
 * @jest-environment jsdom
 */
/*
 * The pane in Simplified Chinese: the wizard and the Programs screen found by their Chinese roles
 * and labels, a language switch mid-wizard that keeps what was typed, the engine's validation
 * messages in Chinese, and money and dates formatted for zh-CN.
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Wizard } from "../../src/taskpane/components/Wizard/Wizard";
import { Programs } from "../../src/taskpane/components/Programs/Programs";
import { formatDate, formatMoney } from "../../src/taskpane/components/shared/format";
import { SUMMARY, failOnActWarnings, fakeService, renderWithService } from "./support";
import "./cardChunks";
// The lazy screens' modules, loaded with this file rather than inside the first test that opens
// them (the mock below hands out these same modules), as in App.test.tsx.
import "../../src/taskpane/components/Wizard/Wizard";
import "../../src/taskpane/i18n/zh";

jest.mock("../../src/taskpane/lazy", () => ({
  loadWizard: () => Promise.resolve(jest.requireActual("../../src/taskpane/components/Wizard/Wizard")),
  loadChineseCatalog: () => Promise.resolve(jest.requireActual("../../src/taskpane/i18n/zh").zh),
}));

failOnActWarnings();

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

test("the wizard in Chinese: templates, steps, fields and the sheets' language by their Chinese names", async () => {
  renderWithService(<Wizard onShowPrograms={jest.fn()} />, fakeService(), "zh");
  expect(screen.getByRole("heading", { level: 2, name: "新建激励方案" })).toBeTruthy();
  const templates = screen.getByRole("group", { name: "模板" });
  expect(within(templates).getAllByRole("button")).toHaveLength(4);
  fireEvent.click(within(templates).getByRole("button", { name: /安装商激励方案（SolarWave）/ }));

  expect(screen.getByRole("heading", { level: 2, name: "方案" })).toBeTruthy();
  expect(screen.getByRole("navigation", { name: "向导步骤" })).toBeTruthy();
  expect(screen.getByRole("button", { name: /^KPI 指标，第 2 步，共 4 步/ })).toBeTruthy();
  // Created in the pane's language: the template's own names and its sheets are Chinese.
  expect(screen.getByLabelText(/方案名称/)).toHaveValue("SolarWave 安装商激励方案 2026");
  expect(screen.getByRole("combobox", { name: /工作表语言/ })).toHaveValue("zh");
  expect(screen.getByRole("radio", { name: /^奖金/ })).toBeChecked();
  expect(screen.getByLabelText(/结算周期/)).toHaveDisplayValue("按季度");

  fireEvent.click(screen.getByRole("button", { name: "下一步" }));
  expect(screen.getByRole("heading", { level: 2, name: "KPI 指标" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "添加 KPI" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "下一步" }));
  expect(screen.getByRole("heading", { level: 2, name: "激励" })).toBeTruthy();
  expect(screen.getByRole("list", { name: "档位" })).toBeTruthy();
  // The worked example: Chinese words, the money in zh-CN's currency style.
  expect(screen.getByTestId("worked-example").textContent).toMatch(/的合作伙伴获得 ¥[\d,]+\.\d\d/);
  fireEvent.click(screen.getByRole("button", { name: "下一步" }));
  expect(screen.getByRole("heading", { level: 2, name: "复核并创建" })).toBeTruthy();
  expect(screen.getByText("2026年1月1日 至 2026年9月30日，按季度结算")).toBeTruthy();
  const preview = await screen.findByRole("list", { name: "将写入的内容" });
  expect(within(preview).getByRole("heading", { name: "工作表“SolarWave Plan”" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "创建方案" })).toBeTruthy();
});

test("validation messages come from the engine in Chinese, at the field and on the review", () => {
  renderWithService(<Wizard onShowPrograms={jest.fn()} />, fakeService(), "zh");
  fireEvent.click(screen.getByRole("button", { name: /从空白开始/ }));
  expect(screen.getByRole("button", { name: "方案，第 1 步，共 4 步，1 个问题" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "下一步" }));
  fireEvent.click(screen.getByRole("button", { name: "上一步" }));
  expect(screen.getByLabelText(/方案名称/)).toHaveAccessibleDescription("请为方案命名。");
  fireEvent.click(screen.getByRole("button", { name: /^复核/ }));
  expect(screen.getByText(/^暂时无法创建：有 \d+ 个问题需要修正。$/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "请为方案命名。（“方案”步骤）" })).toBeTruthy();
});

test("switching language mid-wizard keeps what was typed and re-words the validation", async () => {
  render(<App theme={webLightTheme} service={fakeService()} language="en" />);
  fireEvent.click(screen.getByRole("tab", { name: "New program" }));
  fireEvent.click(await screen.findByRole("button", { name: /Start from scratch/ }));
  type(screen.getByLabelText(/Program name/), "East China installers");
  type(screen.getByLabelText(/Currency/), "CNY");
  fireEvent.click(screen.getByRole("button", { name: "Next" }));
  const weight = screen.getByLabelText("Weight (%)");
  type(weight, "60");
  expect(screen.getByText(/Weights: 60% of 100%/)).toBeTruthy();

  await act(async () => {
    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh" } });
  });
  // The same step, the same values, the words in Chinese; the weights message comes from the engine again.
  expect(screen.getByRole("heading", { level: 2, name: "KPI 指标" })).toBeTruthy();
  expect(screen.getByLabelText("权重（%）")).toHaveValue("60");
  expect(screen.getByText(/权重合计：60%（应为 100%）——/).textContent).not.toMatch(/Weights|must/i);
  fireEvent.click(screen.getByRole("button", { name: "上一步" }));
  expect(screen.getByLabelText(/方案名称/)).toHaveValue("East China installers");
  expect(screen.getByLabelText(/币种/)).toHaveValue("CNY");

  await act(async () => {
    fireEvent.change(screen.getByRole("combobox", { name: "语言" }), { target: { value: "en" } });
  });
  expect(screen.getByLabelText(/Program name/)).toHaveValue("East China installers");
});

test("the Programs screen in Chinese: its list, actions and first run", async () => {
  renderWithService(<Programs active onNewProgram={jest.fn()} />, fakeService([SUMMARY]), "zh");
  expect(screen.getByRole("heading", { level: 2, name: "激励方案" })).toBeTruthy();
  const list = await screen.findByRole("list", { name: "此工作簿中的方案" });
  expect(within(list).getByText("60 个合作伙伴 · 工作表：SolarWave Plan、SolarWave Data")).toBeTruthy();
  const actions = within(list).getByRole("group", { name: `“${SUMMARY.name}”的操作` });
  for (const name of ["生成仪表板", "向合作伙伴发送其结算单…", "更多操作"])
    expect(within(actions).getByRole("button", { name })).toBeTruthy();
  fireEvent.click(within(actions).getByRole("button", { name: "更多操作" }));
  for (const name of ["全部合作伙伴的结算单（实时公式）…", "全部合作伙伴的结算单数值（内部核对）…", "删除方案"])
    expect(await screen.findByRole("menuitem", { name })).toBeTruthy();
  expect(screen.getByRole("button", { name: "解释所选单元格" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "可在任意单元格中输入的函数" })).toBeTruthy();
});

test("an empty workbook in Chinese offers the sample program, in Chinese", async () => {
  const service = fakeService();
  renderWithService(<Programs active onNewProgram={jest.fn()} />, service, "zh");
  expect(await screen.findByText("此工作簿中还没有方案。")).toBeTruthy();
  expect(screen.getByRole("button", { name: "创建方案" })).toBeTruthy();
  // The sample is inserted in the pane's language, like the wizard's templates.
  fireEvent.click(screen.getByRole("button", { name: "插入示例方案" }));
  expect(await screen.findByRole("heading", { name: "插入示例方案？" })).toBeTruthy();
  expect(service.preview.mock.calls[0][0]).toMatchObject({
    sheetLanguage: "zh",
    name: "SolarWave 安装商激励方案 2026",
  });
});

test("money and dates: zh-CN through Intl, English exactly as before", () => {
  expect(formatMoney(32500, "CNY", 2, "zh-CN")).toBe("¥32,500.00");
  expect(formatMoney(32500, "CNY", 2)).toBe("CNY 32,500.00");
  expect(formatMoney(32500, "CNY", 2, "en-US")).toBe("CNY 32,500.00");
  expect(formatMoney(1234.5, "XYZ1", 0, "zh-CN")).toBe("XYZ1 1,235");
  expect(formatDate("2026-09-30", "zh-CN")).toBe("2026年9月30日");
  expect(formatDate("2026-09-30", "en-US")).toBe("2026-09-30");
});

/*
 * One program, two languages: each write's language is chosen in its own confirmation. One test per
 * write (it was one test of four writes, about 35 s of a busy machine's CPU share at load 12, and
 * ran out of its 60 s at load 16): each renders the card and asks only for its own confirmation.
 */
describe("one program, two languages", () => {
  async function renderCard() {
    const service = fakeService([SUMMARY]);
    service.readPartnerInputs.mockResolvedValue([{ id: "P01", name: "阳光安装", row: 1, actuals: [], targets: [] }]);
    renderWithService(<Programs active onNewProgram={jest.fn()} />, service, "en");
    const list = await screen.findByRole("list", { name: "Programs in this workbook" });
    return { service, card: within(list) };
  }

  async function statementsFromMenu(card: ReturnType<typeof within>, item: string) {
    fireEvent.click(card.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: item }));
    fireEvent.change(card.getByRole("combobox", { name: "Statements language" }), { target: { value: "zh" } });
    // Generate calls the service, which answers at once: its result's state is set in the
    // microtasks after the click, awaited inside act (not between the test's waits).
    await act(async () => fireEvent.click(card.getByRole("button", { name: "Generate" })));
  }

  test("the dashboard as the program's", async () => {
    const { service, card } = await renderCard();
    fireEvent.click(card.getByRole("button", { name: "Generate dashboard" }));
    expect(await card.findByRole("combobox", { name: "Dashboard language" })).toHaveDisplayValue("As the program");
    fireEvent.click(card.getByRole("button", { name: "Generate" }));
    await card.findByText("Dashboard ready");
    expect(service.generateDashboard).toHaveBeenCalledWith(SUMMARY.key);
  });

  test("the live statements in Chinese", async () => {
    const { service, card } = await renderCard();
    await statementsFromMenu(card, "Statements for every partner (live)…");
    await card.findByText("Statements ready");
    expect(service.generateStatements).toHaveBeenCalledWith(SUMMARY.key, { language: "zh" });
  });

  test("every partner's statement values in Chinese", async () => {
    const { service, card } = await renderCard();
    await statementsFromMenu(card, "Statement values for every partner (internal)…");
    await card.findByText("Values-only statements ready");
    expect(service.generateValuesOnlyStatements).toHaveBeenCalledWith(SUMMARY.key, "all", { language: "zh" });
  });

  test("one partner's statement in Chinese, on a sheet", async () => {
    const { service, card } = await renderCard();
    fireEvent.click(card.getByRole("button", { name: "Send a partner their statement…" }));
    fireEvent.change(await card.findByRole("combobox", { name: "Statements language" }), { target: { value: "zh" } });
    expect(await card.findByRole("button", { name: "Statement for 阳光安装" })).toBeInTheDocument();
    fireEvent.click(card.getByRole("button", { name: "On a sheet here instead" }));
    await card.findByText(/Wrote 阳光安装's statement/);
    expect(service.generateValuesOnlyStatements).toHaveBeenLastCalledWith(SUMMARY.key, 0, { language: "zh" });
  });
});
