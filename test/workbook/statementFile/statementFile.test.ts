/*
 * A partner's statement file, read back with exceljs: the one sheet, its values, number formats,
 * column widths and looks, Chinese text intact — and nothing of any other partner anywhere in the
 * package (every part unzipped and searched).
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { evaluatePartner, programTemplate, programTierTable, roundMoney } from "../../../src/engine";
import { isoToSerial } from "../../../src/engine/excelDates";
import type { PartnerRecord } from "../../../src/workbook/contract";
import type { StatementAdjustment } from "../../../src/workbook/dashboard/statementAdjustment";
import { describeValuesOnlyStatement } from "../../../src/workbook/dashboard/valuesOnlyStatement";
import { formula, text } from "../../../src/workbook/sheetPlan";
import {
  describeFileSheet,
  statementFile,
  statementFileBytes,
  toBase64,
  type StatementFileSource,
} from "../../../src/workbook/statementFile";

const p = programTemplate("salesCommission");
const partners: PartnerRecord[] = [
  { id: "EU-1", name: "Northwind Traders", actuals: [130000], targets: [100000], row: 1 },
  { id: "EU-2", name: '=HYPERLINK("http://example.invalid","x")', actuals: [87654], targets: [100000], row: 2 },
  { id: "CN-7", name: "阳光安装有限公司", actuals: [111111], targets: [100000], row: 3 },
];
const adjustment: StatementAdjustment = {
  forPeriod: "2026-Q1",
  settledIn: "2026-Q2",
  table: "PI_Sales_Adjustments",
  columns: { partnerId: "Partner ID", settledIn: "Settled in", amount: "Adjustment" },
  amounts: new Map([
    ["EU-1", 4321.09],
    ["EU-2", -120.55],
  ]),
  carried: {
    fromPeriod: "2026-Q1",
    ids: "'Q1'!$A$5:$A$7",
    balances: "'Q1'!$S$5:$S$7",
    amounts: new Map([
      ["EU-1", -777.77],
      ["EU-2", -250.25],
    ]),
  },
};
const source: StatementFileSource = { key: "Sales", program: p, partners, adjustment };
const zip = (files: Record<string, Uint8Array>) => zipSync(files);

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** Every part of the package as text. */
function packageText(bytes: Uint8Array): string {
  return Object.values(unzipSync(bytes))
    .map((b) => strFromU8(b))
    .join("\n");
}

const payoutOf = (partner: PartnerRecord) =>
  roundMoney(evaluatePartner(p, programTierTable(p), partner).payout, p.decimals);

/** Every cell of the sheet as [address, value]. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  sheet.eachRow((row) => row.eachCell((cell) => out.set(cell.address, cell)));
  return out;
}

describe("a partner's statement file", () => {
  it("holds that partner's values-only statement on one sheet, values and formats as the sheet plan has them", async () => {
    const file = statementFile(source, 1, zip);
    expect(file.partner.id).toBe("EU-2");
    expect(file.sheet).toBe("EU-2 statement");
    const book = await readBack(file.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["EU-2 statement"]);
    const sheet = book.worksheets[0];
    const cells = cellsOf(sheet);

    // Every value and number format of the plan, cell by cell.
    const plan = describeFileSheet(
      describeValuesOnlyStatement(p, partners, 1, {
        key: "Sales",
        sheetName: file.sheet,
        adjustment,
        forPartner: true,
      }),
    );
    let compared = 0;
    for (const c of plan.cells) {
      const address = `${String.fromCharCode(65 + c.column)}${c.row + 1}`;
      const cell = sheet.getCell(address);
      if (c.value !== null) {
        // exceljs reads a date-formatted number back as a Date.
        const read = cell?.value instanceof Date ? isoToSerial(cell.value.toISOString().slice(0, 10)) : cell?.value;
        expect([address, read]).toEqual([address, c.value]);
        compared++;
      }
      // "General" is the default format, which exceljs reads back as none.
      if (c.format && c.format !== "General") expect([address, cell?.numFmt]).toEqual([address, c.format]);
    }
    expect(compared).toBeGreaterThan(30);

    // The partner's payout and adjustment line are there, as numbers with the money format.
    const values = [...cells.values()];
    const payout = values.find((c) => c.value === payoutOf(partners[1]));
    expect(payout).toBeDefined();
    expect(payout!.numFmt).toMatch(/0\.00/);
    expect(values.some((c) => c.value === -120.55)).toBe(true);
    // The balance carried in from the closed period, on a line of its own.
    const carried = values.find((c) => c.value === -250.25);
    expect(carried).toBeDefined();
    expect(sheet.getCell(`A${carried!.row}`).value).toBe("Carried in from 2026-Q1");
    // A name that looks like a formula is text, never a formula.
    const name = values.find((c) => c.value === partners[1].name);
    expect(name?.type).toBe(ExcelJS.ValueType.String);
    expect(values.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);

    // What is to be settled: payout + adjustment + carried in, added up to the cent.
    const due = Math.round(payoutOf(partners[1]) * 100 - 12055 - 25025) / 100;
    const settle = due.toLocaleString("en-US", { minimumFractionDigits: 2 });
    const line =
      due < 0
        ? `payout + adjustment + carried in = EUR ${settle}:`
        : `To be settled this period: payout + adjustment + carried in = EUR ${settle}.`;
    const settled = values.filter((c) => typeof c.value === "string" && c.value.startsWith(line));
    expect(settled).toHaveLength(1);

    // Looks: the title bold 14 pt, the notes under the statement italic; widths from points.
    expect(cells.get("A1")!.font).toMatchObject({ bold: true, size: 14 });
    expect(settled[0].font).toMatchObject({ italic: true });
    expect(sheet.getColumn(1).width).toBeCloseTo(22.14, 1); // 120 pt = 160 px: (160 − 5) / 7
  });

  it("has no other partner's ID, name, payout or adjustment anywhere in the package", () => {
    const all = packageText(statementFile(source, 1, zip).bytes);
    expect(all).toContain("EU-2");
    for (const other of [partners[0], partners[2]]) {
      expect(all).not.toContain(other.id);
      expect(all).not.toContain(other.name);
      expect(all).not.toContain(`<v>${payoutOf(other)}</v>`);
    }
    expect(all).not.toContain("4321.09");
    expect(all).not.toContain("777.77");
    // Nothing about the sheet with everyone's pay.
    expect(all).not.toMatch(/CONFIDENTIAL/);
  });

  it.each(["en", "zh"] as const)(
    "holds none of finance's notes (%s): no program key, nothing about regenerating or values vs formulas",
    async (language) => {
      const file = statementFile(source, 0, zip, language);
      const texts = [...cellsOf((await readBack(file.bytes)).worksheets[0]).values()]
        .map((c) => c.value)
        .filter((v): v is string => typeof v === "string");
      expect(texts.length).toBeGreaterThan(10);
      const all = packageText(file.bytes);
      for (const internal of [
        /key Sales/,
        /Regenerat/,
        /Generate again/,
        /Partner Incentives for Excel/,
        /键 Sales/,
        /重新生成/,
      ])
        expect([internal, all.match(internal)?.[0]]).toEqual([internal, undefined]);
      // The same statement on a sheet in the workbook keeps them, for finance.
      const onSheet = describeValuesOnlyStatement(p, partners, 0, { key: "Sales", language, adjustment });
      const notes = onSheet.cells.map((c) => (c.value as { text?: string })?.text ?? "").join("\n");
      expect(notes).toMatch(language === "en" ? /\(key Sales\)[^]*Regenerating/ : /（键 Sales）[^]*重新生成/);
    },
  );

  it("is written in Chinese when asked, the Chinese text intact", async () => {
    const file = statementFile(source, 2, zip, "zh");
    expect(file.sheet).toBe("CN-7 结算单");
    const book = await readBack(file.bytes);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe("CN-7 结算单");
    const texts = [...cellsOf(sheet).values()].map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("阳光安装有限公司");
    expect(texts.some((t) => t.includes("合作伙伴激励结算单"))).toBe(true);
    expect(packageText(file.bytes)).not.toContain("Northwind");
  });

  it("writes text XML cannot hold as SpreadsheetML escapes, read back as the same text", async () => {
    const odd = 'A\u0001B _x0041_ & <b> "q"';
    const file = statementFileBytes(
      {
        name: "Odd [sheet]".replace(/[[\]]/g, ""),
        cells: [{ row: 0, column: 0, value: odd, format: null, look: null }],
        columnWidths: [],
        landscape: false,
      },
      zip,
    );
    const book = await readBack(file);
    // exceljs reads _xHHHH_ back as the character (ECMA-376 ST_Xstring).
    expect(book.worksheets[0].getCell("A1").value).toBe(odd);
  });

  it("refuses a sheet with a formula: a statement file holds values only", () => {
    expect(() =>
      describeFileSheet({
        name: "x",
        role: "statementValues",
        cells: [{ row: 0, column: 0, style: "title", value: formula("=1+1") }],
        tables: [],
        columnWidths: [],
        frozenRows: 0,
      }),
    ).toThrow(/values only/);
    expect(
      describeFileSheet({
        name: "x",
        role: "statementValues",
        cells: [{ row: 0, column: 0, style: "title", value: text("=1+1") }],
        tables: [],
        columnWidths: [],
        frozenRows: 0,
      }).cells[0].value,
    ).toBe("=1+1");
  });

  it("refuses an index that is not a partner, in words", () => {
    expect(() => statementFile(source, 3, zip)).toThrow(/no partner number 3/);
  });

  it("is Base64 as Excel.createWorkbook takes it: strict, no line breaks", () => {
    const bytes = statementFile(source, 0, zip).bytes;
    const b64 = toBase64(bytes);
    expect(b64).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(Buffer.from(b64, "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
