/**
 * @jest-environment jsdom
 */
/*
 * A partner's statement as a file (issue 16 item 5), in the send panel with the fake service: one
 * partner's file, every partner's in turn with progress, Stop and a confirmation above five
 * windows, a failure midway, and the sheet where Excel cannot open a workbook. Found by role.
 */
import * as React from "react";
import { fireEvent, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PartnerStatement } from "../../src/taskpane/components/Programs/PartnerStatement";
import type { PartnerRecord, StatementFiles } from "../../src/taskpane/services/WorkbookService";
import { SUMMARY, deferred, fakeService, renderWithService } from "./support";

const partner = (i: number): PartnerRecord => ({
  id: `P${1001 + i}`,
  name: ["Sunrise Shanghai", "阳光安装", "Delta Solar", "Eastwind", "Pearl River", "Hilltop", "Seaside"][i],
  row: i + 1,
  actuals: [1],
  targets: [],
});
const partners = (n: number) => Array.from({ length: n }, (_, i) => partner(i));

/** The send panel over `n` partners; `open` answers each file (its sheet named after the partner by default). */
function panel(n: number, open?: StatementFiles["openFile"], language: "en" | "zh" = "en") {
  const service = fakeService([SUMMARY]);
  const list = partners(n);
  service.readPartnerInputs.mockResolvedValue(list);
  const opener = jest.fn(open ?? (async (which: number) => ({ sheet: `${list[which].id} statement` })));
  service.statementFiles.mockResolvedValue({ partners: list, openFile: opener });
  renderWithService(<PartnerStatement program={SUMMARY} onClose={() => undefined} />, service, language);
  return { service, open: opener, list };
}

const region = () => screen.getByRole("region", { name: "Send a partner their statement" });

test("Statement for ‹partner› opens that partner's file as a new workbook, and says it is not saved", async () => {
  const { service, open } = panel(3);
  const send = region();
  const select = await within(send).findByRole("combobox", { name: "Partner" });
  expect(within(send).getByText(/The add-in cannot name or save it for you\./)).toBeInTheDocument();
  fireEvent.change(select, { target: { value: "1" } });
  fireEvent.change(within(send).getByRole("combobox", { name: "Statements language" }), { target: { value: "zh" } });
  expect(
    within(send).getByText("A new workbook with 阳光安装's statement alone, as values (no formulas)."),
  ).toBeInTheDocument();
  fireEvent.click(within(send).getByRole("button", { name: "Statement for 阳光安装" }));
  expect(
    await within(send).findByText(
      /Excel opened 阳光安装's statement as a new workbook \(sheet “P1002 statement”\)\. It is not saved yet/,
    ),
  ).toBeInTheDocument();
  expect(service.statementFiles).toHaveBeenCalledWith("SolarWave", { language: "zh" });
  expect(open).toHaveBeenCalledTimes(1);
  expect(open).toHaveBeenCalledWith(1);
  expect(service.generateValuesOnlyStatements).not.toHaveBeenCalled();
  // The result takes the focus.
  expect(within(send).getByText("Statement file opened").closest("[tabindex='-1']")).toHaveFocus();
});

test("on a sheet instead: the values-only sheet, as before", async () => {
  const { service, open } = panel(3);
  const send = region();
  await within(send).findByRole("combobox", { name: "Partner" });
  fireEvent.click(within(send).getByRole("button", { name: "On a sheet here instead" }));
  expect(await within(send).findByText("Statement ready")).toBeInTheDocument();
  expect(service.generateValuesOnlyStatements).toHaveBeenCalledWith("SolarWave", 0);
  expect(open).not.toHaveBeenCalled();
});

test("every partner, up to five: opened one after another without asking, with progress", async () => {
  const waits = [deferred<{ sheet: string }>(), deferred<{ sheet: string }>(), deferred<{ sheet: string }>()];
  const { open } = panel(3, (which) => waits[which].promise);
  const send = region();
  fireEvent.click(await within(send).findByRole("button", { name: "Statement files for every partner (3)…" }));
  expect(screen.queryByRole("region", { name: /Open 3 workbooks/ })).toBeNull();
  expect(await within(send).findByText("Opening 1 of 3: Sunrise Shanghai")).toBeInTheDocument();
  expect(within(send).getByRole("progressbar")).toBeInTheDocument();
  // The next file is made only once Excel took the one before.
  expect(open).toHaveBeenCalledTimes(1);
  waits[0].resolve({ sheet: "P1001 statement" });
  expect(await within(send).findByText("Opening 2 of 3: 阳光安装")).toBeInTheDocument();
  expect(open).toHaveBeenCalledTimes(2);
  waits[1].resolve({ sheet: "P1002 statement" });
  waits[2].resolve({ sheet: "P1003 statement" });
  expect(
    await within(send).findByText(/^3 statement files opened, each partner's in a workbook of its own\./),
  ).toBeInTheDocument();
  expect(open.mock.calls).toEqual([[0], [1], [2]]);
});

test("every partner, above five: asks first; Cancel opens nothing; Stop ends the walk after the file being opened", async () => {
  const waits = partners(7).map(() => deferred<{ sheet: string }>());
  const { open } = panel(7, (which) => waits[which].promise);
  const send = region();
  fireEvent.click(await within(send).findByRole("button", { name: "Statement files for every partner (7)…" }));
  const ask = screen.getByRole("region", { name: "Open 7 workbooks?" });
  expect(within(ask).getByText(/7 windows, one after another\. You can stop between two\./)).toBeInTheDocument();
  expect(ask).toHaveFocus();
  fireEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
  expect(screen.queryByRole("region", { name: "Open 7 workbooks?" })).toBeNull();
  expect(open).not.toHaveBeenCalled();

  fireEvent.click(within(send).getByRole("button", { name: "Statement files for every partner (7)…" }));
  fireEvent.click(
    within(screen.getByRole("region", { name: "Open 7 workbooks?" })).getByRole("button", { name: "Open 7 workbooks" }),
  );
  expect(await within(send).findByText("Opening 1 of 7: Sunrise Shanghai")).toBeInTheDocument();
  waits[0].resolve({ sheet: "P1001 statement" });
  expect(await within(send).findByText("Opening 2 of 7: 阳光安装")).toBeInTheDocument();
  fireEvent.click(within(send).getByRole("button", { name: "Stop" }));
  expect(within(send).getByRole("button", { name: "Stopping after this one…" })).toBeInTheDocument();
  waits[1].resolve({ sheet: "P1002 statement" });
  expect(
    await within(send).findByText("Stopped: 2 of 7 statement files opened. None of them is saved yet."),
  ).toBeInTheDocument();
  expect(open).toHaveBeenCalledTimes(2);
});

test("a file Excel refuses midway stops the walk and says which, how many were opened, and why", async () => {
  const { open } = panel(3, async (which) => {
    if (which === 1) throw new Error("The user declined to create a workbook.");
    return { sheet: "x" };
  });
  const send = region();
  fireEvent.click(await within(send).findByRole("button", { name: "Statement files for every partner (3)…" }));
  expect(await within(send).findByText("The statement file was not opened")).toBeInTheDocument();
  expect(
    within(send).getByText(
      /Stopped at 阳光安装's statement: 1 of 3 opened before it\. The user declined to create a workbook\./,
    ),
  ).toBeInTheDocument();
  expect(open).toHaveBeenCalledTimes(2);
});

test("where Excel cannot open a workbook (before ExcelApi 1.8), the statement goes on a sheet and the pane says why", async () => {
  const service = fakeService([SUMMARY]);
  service.canOpenStatementFiles.mockReturnValue(false);
  service.readPartnerInputs.mockResolvedValue(partners(7));
  renderWithService(<PartnerStatement program={SUMMARY} onClose={() => undefined} />, service);
  const send = region();
  await within(send).findByRole("combobox", { name: "Partner" });
  expect(
    within(send).getByText(/cannot open a new workbook from an add-in \(that needs ExcelApi 1\.8\)/),
  ).toBeInTheDocument();
  expect(within(send).queryByRole("button", { name: /every partner/ })).toBeNull();
  expect(within(send).queryByRole("button", { name: "On a sheet here instead" })).toBeNull();
  fireEvent.click(within(send).getByRole("button", { name: "Statement for Sunrise Shanghai" }));
  expect(await within(send).findByText("Statement ready")).toBeInTheDocument();
  expect(service.generateValuesOnlyStatements).toHaveBeenCalledWith("SolarWave", 0);
  expect(service.statementFiles).not.toHaveBeenCalled();
});

test("in Chinese: the confirmation and the progress", async () => {
  const waits = partners(7).map(() => deferred<{ sheet: string }>());
  panel(7, (which) => waits[which].promise, "zh");
  const send = screen.getByRole("region", { name: "向合作伙伴发送其结算单" });
  fireEvent.click(await within(send).findByRole("button", { name: "为每个合作伙伴生成结算单文件（7）…" }));
  const ask = screen.getByRole("region", { name: "打开 7 个工作簿？" });
  fireEvent.click(within(ask).getByRole("button", { name: "打开 7 个工作簿" }));
  expect(await within(send).findByText("正在打开第 1 个，共 7 个：Sunrise Shanghai")).toBeInTheDocument();
  fireEvent.click(within(send).getByRole("button", { name: "停止" }));
  waits[0].resolve({ sheet: "x" });
  expect(await within(send).findByText("已停止：已打开 1 个结算单文件，共 7 个。它们都尚未保存。")).toBeInTheDocument();
});
