/**
 * @jest-environment jsdom
 */
/* The issues list says why each cell fails: the function's own reason from the workbook, in the pane's language, else the code's meaning. */
import * as React from "react";
import { fireEvent, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { Programs } from "../../src/taskpane/components/Programs/Programs";
import type { IssueScan, SelectionInfo } from "../../src/taskpane/services/WorkbookService";
import { explainView } from "../../src/taskpane/components/Explain/explainModel";
import { programTemplate } from "../../src/engine/program/templates";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import { SUMMARY, fakeService, renderWithService } from "./support";
import "./cardChunks";

const SCAN: IssueScan = {
  issues: [
    {
      sheet: "Sales Data",
      address: "E5",
      formula: '=INCENTIVE.ATTAINMENT([@Bookings],[@[Bookings target]],"higher")',
      error: "#DIV/0!",
      reason: { kind: "engine", id: "blankTarget", params: {}, fixedTargetOf: "Bookings" },
    },
    {
      sheet: "Sales Data",
      address: "I6",
      formula: "=INCENTIVE.PAYOUT([@Bookings],PI_X_Tiers)",
      error: "#N/A",
      reason: { kind: "inputError", code: "#N/A", column: "Bookings", address: "'Sales Data'!C6" },
    },
    {
      sheet: "Sales Data",
      address: "I7",
      formula: "=INCENTIVE.PAYOUT([@Bookings],PI_X_Tiers)",
      error: "#NUM!",
      reason: null,
    },
  ],
  errorCells: 3,
  truncated: false,
};

async function listed(language: "en" | "zh", check: string, label: string) {
  const service = fakeService([SUMMARY]);
  service.findIssues.mockResolvedValue(SCAN);
  renderWithService(<Programs active onNewProgram={() => undefined} />, service, language);
  fireEvent.click(await screen.findByRole("button", { name: check }));
  const list = await screen.findByRole("list", { name: label });
  return within(list).getAllByRole("listitem");
}

describe("issues list: why each cell fails", () => {
  test("in English: the function's reason, the input cell holding the error, else the code's meaning", async () => {
    const items = await listed("en", "Check formula errors", `Formula errors in ${SUMMARY.name}`);
    expect(items[0]).toHaveTextContent("Target for Bookings is blank, and the result divides by it.");
    expect(items[0]).not.toHaveTextContent("A target is blank or zero");
    expect(items[1]).toHaveTextContent(
      "The cell 'Sales Data'!C6 (Bookings) holds the error #N/A, and the formula passes it on: correct that cell.",
    );
    expect(items[2]).toHaveTextContent("A number is out of range: negative where it cannot be, or too large.");
  });

  test("in Chinese", async () => {
    const items = await listed("zh", "检查公式错误", `“${SUMMARY.name}”中的公式错误`);
    expect(items[0]).toHaveTextContent("Bookings的目标为空，而结果需要除以它。");
    expect(items[1]).toHaveTextContent(
      "单元格 'Sales Data'!C6（Bookings）包含错误 #N/A，公式将其原样传递：请更正该单元格。",
    );
    expect(items[2]).toHaveTextContent("数字超出范围");
  });
});

describe("Explain on an error cell whose reason the workbook found", () => {
  const cell = {
    sheet: "Sales Data",
    address: "E5",
    formula: '=INCENTIVE.ATTAINMENT([@Bookings],[@[Bookings target]],"higher")',
    value: "#DIV/0!",
    valueType: "Error",
    dataRow: {
      key: "X",
      table: "PI_X_Data",
      row: 4,
      column: "Bookings attainment",
      cells: [],
      tiers: null,
      kpis: null,
      settings: null,
    },
  };
  const info: SelectionInfo = {
    cell,
    program: programTemplate("salesCommission"),
    partner: { id: "P4", name: "Four", row: 4, actuals: [70000], targets: [null] },
    reason: { kind: "engine", id: "blankTarget", params: { what: "Bookings target" } },
  };

  test("says the function's message, whatever the code, in the pane's language", () => {
    expect(explainView(info, CATALOGS.en, "en-US")).toEqual({
      kind: "problem",
      where: "Sales Data!E5",
      message: "Bookings target is blank, and the result divides by it.",
    });
    expect(explainView(info, CATALOGS.zh, "zh-CN")).toMatchObject({
      message: "Bookings target为空，而结果需要除以它。",
    });
    // A statement's cell (no data row): the same reason, from the row its formula reads.
    const statement = {
      ...info,
      cell: { ...cell, sheet: "Sales Statements", dataRow: null },
      program: null,
      partner: null,
    };
    expect(explainView(statement, CATALOGS.en, "en-US")).toMatchObject({
      kind: "problem",
      message: "Bookings target is blank, and the result divides by it.",
    });
    // No reason found: the partner's breakdown, as before.
    expect(explainView({ ...info, reason: null }, CATALOGS.en, "en-US").kind).toBe("partner");
  });
});
