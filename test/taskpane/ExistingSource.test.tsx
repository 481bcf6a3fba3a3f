/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { Wizard } from "../../src/taskpane/components/Wizard/Wizard";
import { programTemplate } from "../../src/engine/program/templates";
import { ExcelUnavailableError } from "../../src/taskpane/services/WorkbookService";
import { fakeService, renderWithService, type FakeService } from "./support";

const TABLES = [
  { name: "Sales", sheet: "Q1 data", headers: ["Rep ID", "Rep name", "Bookings (EUR)", "Quota"], rows: 42 },
  { name: "Regions", sheet: "Lists", headers: ["Region"], rows: 4 },
];

function startCommission(service: FakeService) {
  renderWithService(<Wizard onShowPrograms={jest.fn()} />, service);
  fireEvent.click(screen.getByRole("button", { name: /Sales commission with accelerators/ }));
  fireEvent.click(screen.getByRole("radio", { name: "A table already in this workbook" }));
  return screen.getByRole("group", { name: "Columns in your data" });
}

const pick = (group: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(group).getByLabelText(label), { target: { value } });

describe("partner results in an existing table", () => {
  test("offers the workbook's tables, then the chosen table's headers for the partner, each KPI and its target", async () => {
    const service = fakeService();
    service.listTables.mockResolvedValue(TABLES);
    const group = startCommission(service);
    const table = await within(group).findByLabelText("Table");
    expect(
      within(table)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose a table", "Sales (Q1 data, 42 rows)", "Regions (Lists, 4 rows)"]);
    // Column pickers wait for a table.
    expect(within(group).getByLabelText("Column for Bookings")).toBeDisabled();

    pick(group, "Table", "Sales");
    const column = within(group).getByLabelText("Column for Bookings");
    expect(
      within(column)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Choose a column", "Rep ID", "Rep name", "Bookings (EUR)", "Quota"]);
    pick(group, "Partner column", "Rep ID");
    pick(group, "Partner name column", "Rep name");
    pick(group, "Column for Bookings", "Bookings (EUR)");
    pick(group, "Target column for Bookings", "Quota");
    expect(within(group).getByLabelText("Partner column")).toHaveValue("Rep ID");

    fireEvent.click(screen.getByRole("button", { name: /^Review, step/ }));
    await screen.findByRole("list", { name: "What will be written" });
    const expected = programTemplate("salesCommission");
    expected.source = {
      kind: "existing",
      source: "Sales",
      partnerColumn: "Rep ID",
      partnerNameColumn: "Rep name",
      kpiColumns: ["Bookings (EUR)"],
      targetColumns: ["Quota"],
    };
    expect(service.preview).toHaveBeenLastCalledWith(expected, {});
    expect(service.listTables).toHaveBeenCalledTimes(1);
  });

  test("until every column is mapped the step says so and nothing is previewed", async () => {
    const service = fakeService();
    service.listTables.mockResolvedValue(TABLES);
    const group = startCommission(service);
    await within(group).findByLabelText("Table");
    pick(group, "Table", "Sales");
    pick(group, "Partner column", "Rep ID");
    pick(group, "Column for Bookings", "Bookings (EUR)");
    expect(
      screen.getByText("Choose the table with the partner results and map the partner and every KPI to a column."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Review, step/ }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Create program" })).toBeDisabled());
    expect(service.preview).not.toHaveBeenCalled();
  });

  test("switching tables keeps the columns the new table also has", async () => {
    const service = fakeService();
    service.listTables.mockResolvedValue([
      ...TABLES,
      { name: "Sales_Q2", sheet: "Q2", headers: ["Rep ID", "Bookings"], rows: 40 },
    ]);
    const group = startCommission(service);
    await within(group).findByLabelText("Table");
    pick(group, "Table", "Sales");
    pick(group, "Partner column", "Rep ID");
    pick(group, "Column for Bookings", "Bookings (EUR)");
    pick(group, "Table", "Sales_Q2");
    expect(within(group).getByLabelText("Partner column")).toHaveValue("Rep ID");
    expect(within(group).getByLabelText("Column for Bookings")).toHaveValue("");
  });

  test("without Excel the names are typed, and the pane says why", async () => {
    const service = fakeService();
    service.listTables.mockRejectedValue(new ExcelUnavailableError());
    const group = startCommission(service);
    expect(await within(group).findByText(/Excel is not available here/)).toBeTruthy();
    fireEvent.change(within(group).getByLabelText("Table name"), { target: { value: "Sales" } });
    fireEvent.change(within(group).getByLabelText("Partner column"), { target: { value: "Rep ID" } });
    fireEvent.change(within(group).getByLabelText("Column for Bookings"), { target: { value: "Bookings" } });
    fireEvent.change(within(group).getByLabelText("Target column for Bookings"), { target: { value: "Quota" } });
    fireEvent.click(screen.getByRole("button", { name: /^Review, step/ }));
    await screen.findByRole("list", { name: "What will be written" });
    expect(service.preview.mock.calls.at(-1)![0].source).toEqual({
      kind: "existing",
      source: "Sales",
      partnerColumn: "Rep ID",
      kpiColumns: ["Bookings"],
      targetColumns: ["Quota"],
    });
  });

  test("a workbook without tables offers the selected cells, or a table's name typed", async () => {
    const service = fakeService();
    const group = startCommission(service);
    expect(await within(group).findByText(/no tables yet: select your data \(header row included\)/)).toBeTruthy();
    expect(within(group).getByLabelText("Table name")).toBeTruthy();
    // Nothing sensible selected: the reason is shown at the button and nothing changes.
    fireEvent.click(within(group).getByRole("button", { name: "Use the selected cells" }));
    expect(await within(group).findByText("Select the partner results in the sheet first.")).toBeTruthy();
    expect(service.readSourceRange).toHaveBeenCalledWith(null);
  });

  test("the selected cells become the source: their address, their headers for the columns, kept as picked", async () => {
    const service = fakeService();
    service.listTables.mockResolvedValue(TABLES);
    const RANGE = {
      name: "'Q3 data'!$B$2:$E$62",
      sheet: "Q3 data",
      headers: ["Rep ID", "Rep name", "Bookings (EUR)", "Quota"],
      rows: 60,
      range: { sheet: "Q3 data", top: 1, left: 1, bottom: 61, right: 4 },
    };
    service.readSourceRange.mockResolvedValue(RANGE);
    const group = startCommission(service);
    await within(group).findByLabelText("Table");
    pick(group, "Table", "Sales");
    pick(group, "Partner column", "Rep ID");
    fireEvent.click(within(group).getByRole("button", { name: "Use the selected cells" }));
    await waitFor(() => expect(within(group).getByLabelText("Table")).toHaveValue(RANGE.name));
    expect(
      within(within(group).getByLabelText("Table"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toContain("Cells 'Q3 data'!$B$2:$E$62 (60 rows)");
    // The partner column mapped on the table is also in the range, so it stays.
    expect(within(group).getByLabelText("Partner column")).toHaveValue("Rep ID");
    pick(group, "Column for Bookings", "Bookings (EUR)");
    expect(within(group).getByLabelText("Column for Bookings")).toHaveValue("Bookings (EUR)");
  });

  test("a program read back over a range reads that range's headers, so its columns show", async () => {
    const service = fakeService();
    service.readSourceRange.mockImplementation(async (address: string | null) => ({
      name: address ?? "",
      sheet: "Q3 data",
      headers: ["Rep ID", "Rep name", "Bookings (EUR)", "Quota"],
      rows: 60,
      range: { sheet: "Q3 data", top: 1, left: 1, bottom: 61, right: 4 },
    }));
    const group = startCommission(service);
    await within(group).findByText(/no tables yet/);
    const name = within(group).getByLabelText("Table name");
    // Typing reads nothing: "'Q3 data'!B2:E6" on the way to E62 is a valid address too.
    fireEvent.change(name, { target: { value: "'Q3 data'!B2:E6" } });
    fireEvent.change(name, { target: { value: "'Q3 data'!B2:E62" } });
    expect(service.readSourceRange).not.toHaveBeenCalled();
    fireEvent.blur(name);
    await waitFor(() => expect(service.readSourceRange).toHaveBeenCalledWith("'Q3 data'!B2:E62"));
    expect(service.readSourceRange).toHaveBeenCalledTimes(1);
    expect(await within(group).findByLabelText("Table")).toHaveValue("'Q3 data'!B2:E62");
  });
});
