/* The reasons behind a program's error cells, read from the strict Excel model: the program, then the issues' rows in one read. */
import { programTemplate } from "../../../src/engine";
import { createProgram } from "../../../src/workbook/programs";
import { generateStatements } from "../../../src/workbook/dashboard";
import { findIncentiveErrors, readIssueReasons } from "../../../src/workbook/selection";
import { reasonMessage } from "../../../src/workbook/issues/issueReason";
import { dataTableKeyIn, statementRow } from "../../../src/workbook/issues/issueReasons";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";

let KEY = "";

async function commissionWorkbook(): Promise<{
  excel: ModelExcel;
  data: string;
  column: (h: string) => string;
  row: (i: number) => number;
}> {
  const excel = new ModelExcel();
  const partners = [
    { id: "P1", name: "One", actuals: [120000], targets: [100000] },
    { id: "P2", name: "Two", actuals: [90000], targets: [null] },
    { id: "P3", name: "Three", actuals: [80000], targets: [100000] },
    { id: "P4", name: "Four", actuals: [70000], targets: [-5] },
  ];
  KEY = (await createProgram(excel.context, programTemplate("salesCommission"), { partners })).summary.key;
  const t = excel.table(`PI_${KEY}_Data`);
  const column = (h: string) => String.fromCharCode(65 + t.box.column + t.header().indexOf(h));
  return { excel, data: t.sheet.name, column, row: (i: number) => t.box.row + 1 + i };
}

describe("readIssueReasons", () => {
  test("each data-table error cell gets the function's reason, from one read of the rows involved", async () => {
    const { excel, data, column, row } = await commissionWorkbook();
    const att = column("Bookings attainment");
    const pay = column("Payout (EUR)");
    // What Excel calculated (the model calculates nothing): P2's blank target, P3's input error, P4's negative target.
    excel.setResult(data, `${att}${row(1) + 1}`, "#DIV/0!");
    excel.setResult(data, `${pay}${row(1) + 1}`, "#DIV/0!");
    excel.userEdit(data, `${column("Bookings")}${row(2) + 1}`, [["#N/A"]]);
    excel.setResult(data, `${pay}${row(2) + 1}`, "#N/A");
    excel.setResult(data, `${att}${row(3) + 1}`, "#NUM!");
    const scan = await findIncentiveErrors(excel.context, [data]);
    expect(scan.issues.map((i) => `${i.address} ${i.error}`).sort()).toEqual(
      [
        `${att}${row(1) + 1} #DIV/0!`,
        `${pay}${row(1) + 1} #DIV/0!`,
        `${pay}${row(2) + 1} #N/A`,
        `${att}${row(3) + 1} #NUM!`,
      ].sort(),
    );

    const sync = jest.spyOn(excel.context, "sync");
    const reasons = await readIssueReasons(excel.context, KEY, scan.issues);
    expect(sync).toHaveBeenCalledTimes(4); // the program (2), the data table's place, the rows
    const said = scan.issues.map((issue, i) => {
      const r = reasons[i];
      return [issue.address, r === null ? null : r.kind === "engine" ? reasonMessage(r, "en") : r];
    });
    expect(Object.fromEntries(said)).toEqual({
      [`${att}${row(1) + 1}`]: "Bookings target is blank, and the result divides by it.",
      [`${pay}${row(1) + 1}`]: "Bookings target is blank, and the result divides by it.",
      [`${pay}${row(2) + 1}`]: {
        kind: "inputError",
        code: "#N/A",
        column: "Bookings",
        address: `'${data}'!${column("Bookings")}${row(2) + 1}`,
      },
      [`${att}${row(3) + 1}`]: "Bookings target cannot be negative (it is -5).",
    });
    const zh = reasons[scan.issues.findIndex((i) => i.address === `${att}${row(1) + 1}`)];
    expect(zh && reasonMessage(zh, "zh")).toBe("Bookings target为空，而结果需要除以它。");
  });

  test("a Gate met cell gets GATE's reason, from the KPI table's Gate cell as it is", async () => {
    const excel = new ModelExcel();
    const partners = [{ id: "P1", name: "One", actuals: [0.9, 4.5], targets: [] }];
    const key = (await createProgram(excel.context, programTemplate("solarwave"), { partners })).summary.key;
    const data = excel.table(`PI_${key}_Data`);
    const kpis = excel.table(`PI_${key}_KPIs`);
    /** A1 address of data row `row` (0-based) under `header`; box.row is the header's 0-based row. */
    const at = (t: typeof data, header: string, row: number) =>
      `${String.fromCharCode(65 + t.box.column + t.header().indexOf(header))}${t.box.row + 2 + row}`;
    // CSAT's gate (3.8) typed over as a word; what Excel then calculates in Gate met (the model calculates nothing).
    excel.userEdit(kpis.sheet.name, at(kpis, "Gate", 1), [["high"]]);
    const gateMet = at(data, "Gate met", 0);
    excel.setResult(data.sheet.name, gateMet, "#VALUE!");
    const [reason] = await readIssueReasons(excel.context, key, [
      { sheet: data.sheet.name, address: gateMet, error: "#VALUE!" },
    ]);
    expect(reason && reasonMessage(reason, "en")).toBe('Gates must be a number, but it is the text "high".');
  });

  test("issues outside the data table get none; no issue, no read", async () => {
    const { excel } = await commissionWorkbook();
    const sync = jest.spyOn(excel.context, "sync");
    expect(await readIssueReasons(excel.context, KEY, [])).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
    const plan = excel.table(`PI_${KEY}_Tiers`).sheet.name;
    expect(await readIssueReasons(excel.context, KEY, [{ sheet: plan, address: "B3", error: "#VALUE!" }])).toEqual([
      null,
    ]);
    expect(
      await readIssueReasons(excel.context, "No_Such_Program", [{ sheet: plan, address: "B3", error: "#VALUE!" }]),
    ).toEqual([null]);
  });

  test("a statement's cell: the partner's row by the number its INDEX reads, failing as that row's Payout", async () => {
    const { excel } = await commissionWorkbook();
    const { sheet } = await generateStatements(excel.context, KEY);
    const cells = [...excel.sheet(sheet).cells.entries()];
    const explain = cells.filter(([, c]) => c.kind === "formula" && /INCENTIVE\.EXPLAIN/.test(String(c.value)));
    expect(explain.length).toBe(4); // one a partner
    const [rc, cell] = explain[1];
    const [r, c] = rc.split(",").map(Number);
    const address = `${String.fromCharCode(65 + c)}${r + 1}`;
    const ref = statementRow(String(cell.value), `PI_${KEY}_Data`);
    expect(ref).toEqual({ address: expect.stringMatching(/^F\d+$/), call: "EXPLAIN" });
    expect(dataTableKeyIn(String(cell.value))).toBe(KEY);
    expect(dataTableKeyIn("=INCENTIVE.PAYOUT(C2,Tiers)")).toBeNull();
    // What Excel calculated: the statement shows partner 2, whose target is blank.
    excel.setResult(sheet, ref!.address, 2);
    excel.setResult(sheet, address, "#DIV/0!");
    const [reason] = await readIssueReasons(excel.context, KEY, [
      { sheet, address, error: "#DIV/0!", formula: String(cell.value) },
    ]);
    expect(reason && reasonMessage(reason, "en")).toBe("Bookings target is blank, and the result divides by it.");
    // Another partner's number: a row with a target, so no reason gives #DIV/0!.
    excel.setResult(sheet, ref!.address, 1);
    expect(
      await readIssueReasons(excel.context, KEY, [{ sheet, address, error: "#DIV/0!", formula: String(cell.value) }]),
    ).toEqual([null]);
  });

  test("the tier table's cells as they are: text in a bound is named as the function names it", async () => {
    const { excel, data, column, row } = await commissionWorkbook();
    const tiers = excel.table(`PI_${KEY}_Tiers`);
    const bound = String.fromCharCode(65 + tiers.box.column + tiers.header().indexOf("Lower bound"));
    excel.userEdit(tiers.sheet.name, `${bound}${tiers.box.row + 3}`, [["lots"]]); // the second tier's bound
    const address = `${column("Payout (EUR)")}${row(0) + 1}`;
    excel.setResult(data, address, "#VALUE!");
    const [reason] = await readIssueReasons(excel.context, KEY, [{ sheet: data, address, error: "#VALUE!" }]);
    expect(reason && reasonMessage(reason, "en")).toBe(
      'Tier table row 2: the lower bound must be a number, not the text "lots".',
    );
  });

  test("a KPI's fixed target as it is in the KPI table: text, or an error passed on from its cell", async () => {
    const excel = new ModelExcel();
    const key = (
      await createProgram(excel.context, programTemplate("resellerRebate"), {
        partners: [{ id: "R1", name: "One", actuals: [300000] }],
      })
    ).summary.key;
    const data = excel.table(`PI_${key}_Data`);
    const kpis = excel.table(`PI_${key}_KPIs`);
    const target = `${String.fromCharCode(65 + kpis.box.column + kpis.header().indexOf("Target"))}${kpis.box.row + 2}`;
    const address = `${String.fromCharCode(65 + data.box.column + data.header().indexOf("Purchase volume attainment"))}${data.box.row + 2}`;
    const issue = { sheet: data.sheet.name, address, error: "#VALUE!" };
    excel.userEdit(kpis.sheet.name, target, [["lots"]]);
    excel.setResult(data.sheet.name, address, "#VALUE!");
    const [text] = await readIssueReasons(excel.context, key, [issue]);
    expect(text && reasonMessage(text, "en")).toBe(
      'Target for Purchase volume must be a number, but it is the text "lots".',
    );
    expect(text && reasonMessage(text, "zh")).toBe("Purchase volume的目标必须是数字，但它是文本“lots”。");

    excel.userEdit(kpis.sheet.name, target, [["#REF!"]]);
    const [passed] = await readIssueReasons(excel.context, key, [issue]);
    expect(passed).toEqual({
      kind: "inputError",
      code: "#REF!",
      column: "Purchase volume Target",
      address: `'${kpis.sheet.name}'!${target}`,
    });
  });
});
