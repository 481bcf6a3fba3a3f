/*
 * A recording stand-in for the part of Excel's object model the workbook layer uses, behind an
 * office-addin-mock RequestContext. office-addin-mock serves fixed data; the writer needs sheets
 * and tables that appear when added and vanish when deleted, so the object model is modelled
 * here, and the mock provides the context (and its application object) whose sync() the tests spy on.
 *
 * It behaves like Excel where the tests depend on it:
 * - a call takes effect when queued, and a failing sync does not undo the calls before it (the
 *   worst case for a half-written program);
 * - Range.values is read the way Excel reads typing: "=…", "+…", "-…", "@…" become formulas
 *   (even in a text-formatted cell: the fake does not trust the format to stop them), "12" a
 *   number, "TRUE" a boolean, and a leading apostrophe means text (and is not stored);
 * - a loaded property can be read only after the sync that follows load();
 * - every sync's request size is measured (call overhead plus JSON of the arguments).
 */
import { OfficeMockObject } from "office-addin-mock";

export interface FakeCell {
  /** "blank": a cell that has only a number format. */
  kind: "text" | "number" | "boolean" | "formula" | "blank";
  value: string | number | boolean;
  numberFormat?: string;
  /** What a formula cell shows (Excel's calculated value), e.g. 1200 or "#VALUE!"; "" when unset. */
  result?: string | number | boolean;
}

export interface Call {
  readonly sync: number;
  readonly what: string;
  readonly bytes: number;
}

type Grid = unknown[][];

const CALL_BYTES = 150;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function parseAddress(address: string): Box {
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (whole) {
    const c = columnIndex(whole[1]);
    return { row: 0, column: c, rows: 1048576, columns: columnIndex(whole[2]) - c + 1 };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const row = Number(m[2]) - 1;
  const column = columnIndex(m[1]);
  if (!m[3]) return { row, column, rows: 1, columns: 1 };
  return { row, column, rows: Number(m[4]) - row, columns: columnIndex(m[3]) - column + 1 };
}

/** Excel reading an entry of Range.values as if typed. */
export function readAsTyped(input: unknown, numberFormat: string | undefined): FakeCell | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  const s = String(input);
  if (s.startsWith("'")) return { kind: "text", value: s.slice(1) };
  // Pessimistic: the text format is not trusted to stop a formula (only the apostrophe is).
  if (/^[=+\-@]./s.test(s)) return { kind: "formula", value: s.startsWith("=") ? s : `=${s}` };
  if (numberFormat === "@") return { kind: "text", value: s };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(s)) return { kind: "number", value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { kind: "boolean", value: /^true$/i.test(s) };
  return { kind: "text", value: s };
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly settings: Record<string, unknown>;
}

export interface FakeChart {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  legend: boolean | undefined;
  position: [string, string] | null;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly customProperties: { key: string; value: string }[] = [];
  readonly columnWidths = new Map<number, number>();
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  pageBreaks: string[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  /** Fills set with Range.format.fill.color, by address. */
  readonly fills = new Map<string, string>();
  frozenRows = 0;
  deleted = false;

  constructor(
    private readonly excel: FakeExcel,
    public name: string,
    readonly addedByTest = false,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cell at an A1 address, e.g. "B5". */
  at(address: string): FakeCell | undefined {
    const b = parseAddress(address);
    return this.cell(b.row, b.column);
  }

  put(row: number, column: number, cell: FakeCell | null, keepFormat = true): void {
    const key = `${row},${column}`;
    if (cell === null) return; // null leaves the cell alone
    const format = keepFormat ? this.cells.get(key)?.numberFormat : undefined;
    this.cells.set(key, { ...cell, numberFormat: cell.numberFormat ?? format });
  }

  setFormat(row: number, column: number, format: string): void {
    const key = `${row},${column}`;
    const cell = this.cells.get(key) ?? { kind: "blank" as const, value: "" };
    this.cells.set(key, { ...cell, numberFormat: format });
  }

  /** The smallest block holding every cell (with a value, when valuesOnly), as Worksheet.getUsedRange gives it; A1 when empty. */
  usedAddress(valuesOnly: boolean): string {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.kind === "blank") continue;
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom < 0) return "A1";
    return `${letters(left)}${top + 1}:${letters(right)}${bottom + 1}`;
  }

  /** The object the writer gets back from worksheets.add / getItem. */
  proxy(): unknown {
    const sheet = this;
    const excel = this.excel;
    return {
      get name() {
        return sheet.name;
      },
      customProperties: {
        add(key: string, value: string) {
          excel.record(`customProperties.add(${key})`, [key, value]);
          sheet.customProperties.push({ key, value });
        },
        getItemOrNullObject(key: string) {
          excel.record(`customProperties.getItemOrNullObject(${key})`, [key]);
          const loadKey = `property ${key} of ${sheet.name}`;
          const found = () => sheet.customProperties.find((p) => p.key === key);
          return {
            load() {
              excel.load(loadKey);
              return this;
            },
            get isNullObject() {
              return excel.read(loadKey, () => found() === undefined);
            },
            get value() {
              return excel.read(loadKey, () => found()?.value);
            },
          };
        },
      },
      tables: {
        add(source: { address: string; sheet: FakeSheet }, hasHeaders: boolean) {
          if (source.sheet !== sheet) excel.failNextSync("InvalidArgument: the range is on another sheet");
          excel.record(`tables.add(${sheet.name}!${source.address})`, [source.address, hasHeaders]);
          return excel.addTable(sheet, source.address);
        },
      },
      freezePanes: {
        freezeRows(n: number) {
          excel.record(`freezeRows(${n})`, [n]);
          // Worksheet.freezePanes is ExcelApi 1.7:
          // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-freezepanes-member
          excel.requireApi("1.7", "Worksheet.freezePanes");
          sheet.frozenRows = n;
        },
        unfreeze() {
          excel.record(`unfreeze(${sheet.name})`, []);
          excel.requireApi("1.7", "Worksheet.freezePanes");
          sheet.frozenRows = 0;
        },
      },
      getUsedRange(valuesOnly?: boolean) {
        excel.record(`getUsedRange(${sheet.name})`, [valuesOnly ?? false]);
        return new FakeRange(excel, sheet, sheet.usedAddress(valuesOnly === true)).proxy();
      },
      getRange(address?: string) {
        const a = address ?? "A1:XFD1048576";
        excel.record(`getRange(${a})`, [a]);
        return new FakeRange(excel, sheet, a).proxy();
      },
      charts: {
        add(type: string, source: { address: string; sheet: FakeSheet }, seriesBy: string) {
          if (source.sheet !== sheet) excel.failNextSync("InvalidArgument: the chart's data is on another sheet");
          excel.record(`charts.add(${type}, ${source.address})`, [type, source.address, seriesBy]);
          const chart: FakeChart = {
            name: "",
            type,
            source: source.address,
            seriesBy,
            title: "",
            legend: undefined,
            position: null,
          };
          sheet.charts.push(chart);
          return {
            set name(n: string) {
              excel.record(`chart.name(${n})`, [n]);
              chart.name = n;
            },
            title: {
              set text(t: string) {
                excel.record(`chart.title(${t})`, [t]);
                chart.title = t;
              },
            },
            legend: {
              set visible(v: boolean) {
                excel.record(`chart.legend(${v})`, [v]);
                chart.legend = v;
              },
            },
            setPosition(from: string, to: string) {
              excel.record(`chart.setPosition(${from}, ${to})`, [from, to]);
              chart.position = [from, to];
            },
          };
        },
        getCount() {
          excel.record(`charts.getCount(${sheet.name})`, []);
          const key = `chart count of ${sheet.name}`;
          excel.load(key);
          return {
            get value() {
              return excel.read(key, () => sheet.charts.length);
            },
          };
        },
        getItemAt(i: number) {
          excel.record(`charts.getItemAt(${i})`, [i]);
          return {
            delete() {
              excel.record(`chart.delete(${i})`, []);
              if (i >= sheet.charts.length) excel.failNextSync(`ItemNotFound: no chart ${i}`);
              else sheet.charts.splice(i, 1);
            },
          };
        },
        load() {
          excel.record(`charts.load(${sheet.name})`, []);
          excel.load(`charts of ${sheet.name}`);
          return this;
        },
        get items() {
          return excel.read(`charts of ${sheet.name}`, () =>
            sheet.charts.map((chart) => ({
              name: chart.name,
              delete() {
                excel.record(`chart.delete(${chart.name})`, []);
                sheet.charts = sheet.charts.filter((c) => c !== chart);
              },
            })),
          );
        },
      },
      pageLayout: new Proxy(
        {
          setPrintTitleRows(rows: string) {
            excel.record(`setPrintTitleRows(${rows})`, [rows]);
            sheet.pageLayout.printTitleRows = rows;
          },
          setPrintArea(area: string) {
            excel.record(`setPrintArea(${area})`, [area]);
            sheet.pageLayout.printArea = area;
          },
        } as Record<string, unknown>,
        {
          set(_target, prop, value) {
            excel.record(`pageLayout.${String(prop)}`, [value]);
            sheet.pageLayout[String(prop)] = value;
            return true;
          },
        },
      ),
      horizontalPageBreaks: {
        add(address: string) {
          excel.record(`pageBreak(${address})`, [address]);
          // "Page breaks: 1,026 horizontal and vertical" per sheet (Excel specifications and limits):
          // https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
          if (sheet.pageBreaks.length >= 1026)
            excel.failNextSync(`InvalidArgument: ${sheet.name} already has 1,026 page breaks, Excel's limit per sheet`);
          sheet.pageBreaks.push(address);
        },
        removePageBreaks() {
          excel.record(`removePageBreaks(${sheet.name})`, []);
          sheet.pageBreaks = [];
        },
      },
      activate() {
        excel.record(`activate(${sheet.name})`, []);
        excel.activeSheet = sheet.name;
      },
      delete() {
        excel.record(`delete(${sheet.name})`, []);
        excel.deleteSheet(sheet);
      },
    };
  }
}

export class FakeTable {
  name = "";
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  /** The table's values, header row first, as Range.values returns them (formulas read as ""). */
  values(): Grid {
    const out: Grid = [];
    for (let r = 0; r < this.box.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this.box.columns; c++) {
        const cell = this.sheet.cell(this.box.row + r, this.box.column + c);
        row.push(!cell || cell.kind === "formula" ? "" : cell.value);
      }
      out.push(row);
    }
    return out;
  }

  header(): string[] {
    return this.values()[0].map(String);
  }

  /** Range.formulas of the table: a formula cell's formula, a constant's value. */
  formulas(): Grid {
    return this.grid((cell) => (!cell || cell.kind === "blank" ? "" : cell.value));
  }

  /** Range.numberFormat of the table ("General" where none was set). */
  numberFormats(): Grid {
    return this.grid((cell) => cell?.numberFormat ?? "General");
  }

  private grid(f: (cell: FakeCell | undefined) => unknown): Grid {
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.columns }, (_, c) => f(this.sheet.cell(this.box.row + r, this.box.column + c))),
    );
  }

  /** Moves the cells of columns [from, from + columns) in rows >= fromRow by `by` rows. */
  private shiftDown(fromRow: number, by: number): void {
    const moved: [number, number, FakeCell][] = [];
    for (const [key, cell] of [...this.sheet.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (r >= fromRow && c >= this.box.column && c < this.box.column + this.box.columns) {
        this.sheet.cells.delete(key);
        moved.push([r + by, c, cell]);
      }
    }
    for (const [r, c, cell] of moved) if (r >= fromRow + Math.min(0, by)) this.sheet.cells.set(`${r},${c}`, cell);
  }

  /** Moves the cells of the table's rows in columns >= fromColumn by `by` columns. */
  private shiftRight(fromColumn: number, by: number): void {
    const moved: [number, number, FakeCell][] = [];
    for (const [key, cell] of [...this.sheet.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (c >= fromColumn && r >= this.box.row && r < this.box.row + this.box.rows) {
        this.sheet.cells.delete(key);
        moved.push([r, c + by, cell]);
      }
    }
    for (const [r, c, cell] of moved) this.sheet.cells.set(`${r},${c}`, cell);
  }

  /** TableRowCollection.add at the end: cells below move down; new cells take the last row's formats. */
  addRows(values: unknown[][]): void {
    const end = this.box.row + this.box.rows;
    this.shiftDown(end, values.length);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const format = this.sheet.cell(end - 1, this.box.column + c)?.numberFormat;
        const typed = readAsTyped(v === "" ? null : v, format);
        if (typed) this.sheet.put(end + r, this.box.column + c, { ...typed, numberFormat: format });
        else if (format) this.sheet.setFormat(end + r, this.box.column + c, format);
      }),
    );
    this.box.rows += values.length;
  }

  /** TableRow.delete: the row's cells go and the cells below in the table's columns move up. */
  deleteRow(index: number): void {
    const row = this.box.row + 1 + index;
    for (let c = this.box.column; c < this.box.column + this.box.columns; c++) this.sheet.cells.delete(`${row},${c}`);
    this.shiftDown(row + 1, -1);
    this.box.rows -= 1;
  }

  /** TableColumnCollection.add(index, null, name): cells from that column on move right, in the table's rows. */
  addColumn(index: number, header: string): void {
    this.shiftRight(this.box.column + index, 1);
    this.sheet.put(this.box.row, this.box.column + index, { kind: "text", value: header });
    this.box.columns += 1;
  }

  /** TableColumn.delete: the column's cells go and the cells to its right move left, in the table's rows. */
  deleteColumn(index: number): void {
    const column = this.box.column + index;
    for (let r = this.box.row; r < this.box.row + this.box.rows; r++) this.sheet.cells.delete(`${r},${column}`);
    this.shiftRight(column + 1, -1);
    this.box.columns -= 1;
  }

  /** Data rows of one column by header, as cells. */
  column(header: string): (FakeCell | undefined)[] {
    const c = this.header().indexOf(header);
    if (c < 0) throw new Error(`no column ${header} in ${this.name}`);
    return Array.from({ length: this.box.rows - 1 }, (_, r) =>
      this.sheet.cell(this.box.row + 1 + r, this.box.column + c),
    );
  }
}

class FakeRange {
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: FakeSheet,
    private readonly address: string,
  ) {}

  private box(): Box {
    return parseAddress(this.address);
  }

  private checkShape(grid: Grid, what: string): void {
    const b = this.box();
    if (
      !Array.isArray(grid) ||
      grid.length !== b.rows ||
      grid.some((r) => !Array.isArray(r) || r.length !== b.columns)
    ) {
      this.excel.failNextSync(`InvalidArgument: ${what} for ${this.address} does not match the range's size`);
    }
  }

  proxy(): unknown {
    const self = this;
    const { excel, sheet } = this;
    const font: Record<string, unknown> = {};
    const loadKey = `range ${sheet.name}!${this.address}`;
    const readGrid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
      const b = self.box();
      return Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.columns }, (_, c) => f(sheet.cell(b.row + r, b.column + c))),
      );
    };
    return {
      address: this.address,
      sheet,
      // Reading (the selection and issue helpers): load(), then sync(), then the properties.
      load(props?: string) {
        excel.record(`load(${sheet.name}!${self.address}, ${props ?? ""})`, [props ?? ""]);
        excel.load(loadKey, () =>
          responseOf(props, {
            values: () => readGrid((cell) => shownValue(cell)),
            formulas: () => readGrid((cell) => (!cell || cell.kind === "blank" ? "" : cell.value)),
            numberFormat: () => readGrid((cell) => cell?.numberFormat ?? "General"),
            valueTypes: () => readGrid((cell) => valueTypeOf(cell)),
          }),
        );
        return this;
      },
      get values() {
        return excel.read(loadKey, () => readGrid((cell) => shownValue(cell)));
      },
      get numberFormat() {
        return excel.read(loadKey, () => readGrid((cell) => cell?.numberFormat ?? "General"));
      },
      /** Range.getRow (ExcelApi 1.1) and getResizedRange (1.2): row blocks of a range. */
      getRow(i: number) {
        const b = self.box();
        excel.record(`getRow(${sheet.name}!${self.address}, ${i})`, [i]);
        return new FakeRange(
          excel,
          sheet,
          a1({ row: b.row + i, column: b.column, rows: 1, columns: b.columns }),
        ).proxy();
      },
      getResizedRange(rows: number, columns: number) {
        const b = self.box();
        excel.record(`getResizedRange(${sheet.name}!${self.address}, ${rows}, ${columns})`, [rows, columns]);
        excel.requireApi("1.2", "Range.getResizedRange");
        const box = { row: b.row, column: b.column, rows: b.rows + rows, columns: b.columns + columns };
        return new FakeRange(excel, sheet, a1(box)).proxy();
      },
      get formulas() {
        return excel.read(loadKey, () => readGrid((cell) => (!cell || cell.kind === "blank" ? "" : cell.value)));
      },
      get valueTypes() {
        return excel.read(loadKey, () => readGrid((cell) => valueTypeOf(cell)));
      },
      get rowIndex() {
        return excel.read(loadKey, () => self.box().row);
      },
      get columnIndex() {
        return excel.read(loadKey, () => self.box().column);
      },
      get rowCount() {
        return excel.read(loadKey, () => self.box().rows);
      },
      get columnCount() {
        return excel.read(loadKey, () => self.box().columns);
      },
      worksheet: {
        load() {
          excel.load(`worksheet of range ${sheet.name}`);
          return this;
        },
        get name() {
          return excel.read(`worksheet of range ${sheet.name}`, () => sheet.name);
        },
      },
      getCell(row: number, column: number) {
        const b = self.box();
        const a = `${letters(b.column + column)}${b.row + row + 1}`;
        excel.record(`getCell(${sheet.name}!${a})`, [row, column]);
        return new FakeRange(excel, sheet, a).proxy();
      },
      select() {
        excel.record(`select(${sheet.name}!${self.address})`, []);
        excel.selection = { sheet: sheet.name, address: self.address };
      },
      /** Only ("Formulas", "Errors"): formula cells showing an error, as blocks of one column. */
      getSpecialCellsOrNullObject(type: string, valueType: string) {
        excel.record(`getSpecialCellsOrNullObject(${sheet.name}!${self.address}, ${type}, ${valueType})`, [
          type,
          valueType,
        ]);
        if (type !== "Formulas" || valueType !== "Errors") throw new Error("fake: only Formulas/Errors");
        const b = self.box();
        const areas: Box[] = [];
        for (let c = b.column; c < b.column + b.columns; c++) {
          let run: Box | null = null;
          for (let r = b.row; r < b.row + b.rows; r++) {
            if (valueTypeOf(sheet.cell(r, c)) === "Error" && sheet.cell(r, c)?.kind === "formula") {
              if (run && run.row + run.rows === r) run.rows++;
              else areas.push((run = { row: r, column: c, rows: 1, columns: 1 }));
            }
          }
        }
        const key = `special cells ${sheet.name}!${self.address}`;
        return {
          load() {
            excel.load(key);
            return this;
          },
          get isNullObject() {
            return excel.read(key, () => areas.length === 0);
          },
          get cellCount() {
            return excel.read(key, () => areas.reduce((n, a) => n + a.rows * a.columns, 0));
          },
          areas: {
            get items() {
              return excel.read(key, () =>
                areas.map((a) => ({
                  rowIndex: a.row,
                  columnIndex: a.column,
                  rowCount: a.rows,
                  columnCount: a.columns,
                })),
              );
            },
          },
        };
      },
      set values(grid: Grid) {
        excel.record(`values(${self.address})`, grid);
        self.checkShape(grid, "values");
        excel.checkFormulaLengths(grid);
        const b = self.box();
        grid.forEach((row, r) =>
          row.forEach((v, c) =>
            sheet.put(b.row + r, b.column + c, readAsTyped(v, sheet.cell(b.row + r, b.column + c)?.numberFormat)),
          ),
        );
      },
      set formulas(grid: Grid) {
        excel.record(`formulas(${self.address})`, grid);
        self.checkShape(grid, "formulas");
        excel.checkFormulaLengths(grid);
        const b = self.box();
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            const format = sheet.cell(b.row + r, b.column + c)?.numberFormat;
            // A formula entered in a text-formatted cell stays text, as in Excel.
            const cell =
              typeof v === "string" && v.startsWith("=") && format !== "@"
                ? { kind: "formula" as const, value: v }
                : readAsTyped(v, format);
            sheet.put(b.row + r, b.column + c, cell);
          }),
        );
      },
      set numberFormat(grid: Grid) {
        excel.record(`numberFormat(${self.address})`, grid);
        self.checkShape(grid, "numberFormat");
        const b = self.box();
        grid.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f !== null && f !== undefined) sheet.setFormat(b.row + r, b.column + c, String(f));
          }),
        );
      },
      // Only the writer's own form: a Range of the same sheet (a bare address would be read on the active sheet).
      copyFrom(source: { address: string; sheet: FakeSheet }, type: string) {
        if (source.sheet !== sheet) excel.failNextSync("InvalidArgument: copyFrom from another sheet");
        excel.record(`copyFrom(${self.address} ← ${source.address}, ${type})`, [source.address, type]);
        const from = parseAddress(source.address);
        const to = self.box();
        for (let r = 0; r < to.rows; r++) {
          for (let c = 0; c < to.columns; c++) {
            const src = sheet.cell(from.row + (r % from.rows), from.column + (c % from.columns));
            if (!src || (type === "Formulas" && src.kind === "blank")) continue;
            // Excel moves relative row references along with the copy.
            const shift = to.row + r - (from.row + (r % from.rows));
            const moved = src.kind === "formula" ? shiftRows(String(src.value), shift) : src.value;
            if (type === "Formats") sheet.setFormat(to.row + r, to.column + c, src.numberFormat ?? "General");
            else if (type === "Formulas") sheet.put(to.row + r, to.column + c, { kind: src.kind, value: moved });
            else if (type === "All") sheet.cells.set(`${to.row + r},${to.column + c}`, { ...src, value: moved });
          }
        }
      },
      calculate() {
        excel.record(`calculate(${self.address})`, []);
      },
      clear(applyTo: string) {
        excel.record(`clear(${sheet.name}!${self.address}, ${applyTo})`, [applyTo]);
        const b = self.box();
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (r >= b.row && r < b.row + b.rows && c >= b.column && c < b.column + b.columns) sheet.cells.delete(key);
        }
        sheet.fills.clear();
        for (const k of [...excel.fonts.keys()]) if (k.startsWith(`${sheet.name}!`)) excel.fonts.delete(k);
      },
      conditionalFormats: {
        add(type: string) {
          excel.record(`conditionalFormats.add(${self.address}, ${type})`, [type]);
          const settings: Record<string, unknown> = {};
          sheet.conditionalFormats.push({ address: self.address, type, settings });
          // Every property path assigned below the format is recorded, e.g. "textComparison.rule".
          const path = (prefix: string): unknown =>
            new Proxy(
              {},
              {
                get: (_t, prop) => path(`${prefix}${String(prop)}.`),
                set: (_t, prop, value) => {
                  const key = `${prefix}${String(prop)}`;
                  excel.record(`conditionalFormat.${key}`, [value]);
                  settings[key] = value;
                  return true;
                },
              },
            );
          return path("");
        },
        clearAll() {
          excel.record(`conditionalFormats.clearAll(${sheet.name})`, []);
          sheet.conditionalFormats = [];
        },
      },
      format: {
        fill: {
          set color(color: string) {
            excel.record(`fill(${self.address})`, [color]);
            sheet.fills.set(self.address, color);
          },
        },
        set columnWidth(w: number) {
          excel.record(`columnWidth(${self.address})`, [w]);
          sheet.columnWidths.set(self.box().column, w);
        },
        font: new Proxy(font, {
          set(target, prop, value) {
            excel.record(`font.${String(prop)}(${self.address})`, [value]);
            target[prop as string] = value;
            excel.fonts.set(`${sheet.name}!${self.address}`, {
              ...(excel.fonts.get(`${sheet.name}!${self.address}`) ?? {}),
              [prop]: value,
            });
            return true;
          },
        }),
      },
    };
  }
}

export interface FakeExcelOptions {
  /** Sheets the user already has (their cells stay untouched by the writer). */
  readonly sheets?: readonly string[];
  /** Tables the user already has, on their first sheet. */
  readonly tables?: readonly string[];
  /** Defined names the user already has. */
  readonly names?: readonly string[];
  /** The highest ExcelApi requirement set the host supports (default 1.20). */
  readonly excelApi?: string;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: string[];
  readonly calls: Call[] = [];
  readonly fonts = new Map<string, Record<string, unknown>>();
  readonly syncBytes: number[] = [];
  activeSheet = "";
  /** The selected range (Workbook.getSelectedRange), set by Range.select or by a test. */
  selection: { sheet: string; address: string } | null = null;
  /** Handlers added with Workbook.onSelectionChanged.add. */
  readonly selectionHandlers: ((args: unknown) => Promise<unknown>)[] = [];
  syncs = 0;
  /** The host's highest ExcelApi set (FakeExcelOptions.excelApi). */
  readonly excelApi: string;
  /** The sync (1-based) that fails, after its calls took effect; 0 for none. */
  failAtSync = 0;
  private pendingFailure: string | null = null;
  private readonly loaded = new Set<string>();
  private readonly pendingLoads = new Map<string, (() => unknown) | undefined>();
  /** Bytes of JSON each sync's response returned (the loaded values). */
  readonly responseBytes: number[] = [];
  readonly context: Excel.RequestContext & { sync(): Promise<void> };
  readonly application = {
    suspendApiCalculationUntilNextSync: jest.fn(() => this.record("suspendApiCalculationUntilNextSync", [])),
    suspendScreenUpdatingUntilNextSync: jest.fn(() => this.record("suspendScreenUpdatingUntilNextSync", [])),
    calculate: jest.fn((type: string) => this.record(`calculate(${type})`, [type])),
  };

  constructor(options: FakeExcelOptions = {}) {
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(new FakeSheet(this, name, true));
    for (const name of options.tables ?? []) {
      const t = new FakeTable(this.sheets[0], { row: 0, column: 0, rows: 2, columns: 1 });
      t.name = name;
      this.tables.push(t);
    }
    this.names = [...(options.names ?? [])];
    const excelApi = options.excelApi ?? "1.20";
    this.excelApi = excelApi;
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && versionAtMost(v, excelApi) },
      },
    };
    const mock = new OfficeMockObject({ application: this.application }) as unknown as Record<string, unknown>;
    mock.workbook = this.workbookProxy();
    mock.sync = () => this.sync();
    this.context = mock as unknown as Excel.RequestContext & { sync(): Promise<void> };
  }

  /** Queues a call: it takes effect now; its bytes count toward the next sync's request. */
  record(what: string, args: unknown): void {
    this.calls.push({
      sync: this.syncs + 1,
      what,
      bytes: CALL_BYTES + Buffer.byteLength(JSON.stringify(args) ?? "", "utf8"),
    });
  }

  failNextSync(message: string): void {
    this.pendingFailure ??= message;
  }

  /**
   * A formula over 8,192 characters fails its batch: "Length of formula contents: 8,192 characters"
   * (Excel specifications and limits,
   * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
   */
  checkFormulaLengths(grid: Grid): void {
    if (!Array.isArray(grid)) return;
    for (const row of grid) {
      if (!Array.isArray(row)) continue;
      for (const v of row) {
        if (typeof v === "string" && /^[=+\-@]/.test(v) && v.length > 8192)
          this.failNextSync(`InvalidArgument: a formula of ${v.length} characters; Excel allows 8,192`);
      }
    }
  }

  /** A member of a newer requirement set than the host has fails its batch, as in Excel. */
  requireApi(version: string, member: string): void {
    if (!versionAtMost(version, this.excelApi))
      this.failNextSync(`ApiNotFound: ${member} needs ExcelApi ${version}; this host has ${this.excelApi}`);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.syncBytes.push(this.calls.filter((c) => c.sync === this.syncs).reduce((s, c) => s + c.bytes, 0));
    // Responses are limited like requests: 5 MB on Excel on the web ("Resource limits and
    // performance optimization for Office Add-ins", Excel add-ins section):
    // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
    let response = 0;
    for (const [key, payload] of this.pendingLoads) {
      this.loaded.add(key);
      if (payload) response += Buffer.byteLength(JSON.stringify(payload()) ?? "", "utf8");
    }
    this.responseBytes.push(response);
    this.pendingLoads.clear();
    if (response > RESPONSE_LIMIT_BYTES)
      this.failNextSync(`ResponsePayloadSizeLimitExceeded: the response would be ${response} bytes; Excel allows 5 MB`);
    const failure =
      this.pendingFailure ??
      (this.syncs === this.failAtSync ? "GeneralException: An internal error has occurred." : null);
    this.pendingFailure = null;
    if (failure) throw new Error(failure);
  }

  /** Queues a load; `payload` gives what the sync's response returns for it (measured at sync). */
  load(key: string, payload?: () => unknown): void {
    this.pendingLoads.set(key, payload ?? this.pendingLoads.get(key));
  }

  read<T>(key: string, value: () => T): T {
    if (!this.loaded.has(key)) throw new Error(`${key} was read before load() and sync()`);
    return value();
  }

  liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheet(name: string): FakeSheet {
    const s = this.liveSheets().find((x) => x.name === name);
    if (!s)
      throw new Error(
        `no sheet ${name}; sheets: ${this.liveSheets()
          .map((x) => x.name)
          .join(", ")}`,
      );
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name === name && !x.sheet.deleted);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }

  addTable(sheet: FakeSheet, address: string): unknown {
    const table = new FakeTable(sheet, parseAddress(address));
    this.tables.push(table);
    const excel = this;
    return {
      set name(n: string) {
        excel.record(`table.name(${n})`, [n]);
        if (
          excel.tables.some((t) => t !== table && !t.sheet.deleted && t.name.toLowerCase() === n.toLowerCase()) ||
          excel.names.some((x) => x.toLowerCase() === n.toLowerCase())
        ) {
          excel.failNextSync(`InvalidArgument: the table name ${n} is taken`);
        }
        table.name = n;
      },
    };
  }

  deleteSheet(sheet: FakeSheet): void {
    sheet.deleted = true;
  }

  private workbookProxy(): unknown {
    const excel = this;
    const tableProxy = (t: FakeTable) => ({
      name: t.name,
      worksheet: {
        load() {
          excel.load(`worksheet of ${t.name}`);
          return this;
        },
        get name() {
          return excel.read(`worksheet of ${t.name}`, () => t.sheet.name);
        },
      },
      getRange() {
        return {
          load(props?: string) {
            excel.load(`values of ${t.name}`, () =>
              responseOf(props, {
                values: () => t.values(),
                formulas: () => t.formulas(),
                numberFormat: () => t.numberFormats(),
              }),
            );
            return this;
          },
          getRow(i: number) {
            return new FakeRange(excel, t.sheet, a1({ ...t.box, row: t.box.row + i, rows: 1 })).proxy();
          },
          get values() {
            return excel.read(`values of ${t.name}`, () => t.values());
          },
          get formulas() {
            return excel.read(`values of ${t.name}`, () => t.formulas());
          },
          get numberFormat() {
            return excel.read(`values of ${t.name}`, () => t.numberFormats());
          },
          get rowIndex() {
            return excel.read(`values of ${t.name}`, () => t.box.row);
          },
          get columnIndex() {
            return excel.read(`values of ${t.name}`, () => t.box.column);
          },
          get rowCount() {
            return excel.read(`values of ${t.name}`, () => t.box.rows);
          },
          get columnCount() {
            return excel.read(`values of ${t.name}`, () => t.box.columns);
          },
        };
      },
      getHeaderRowRange() {
        return {
          load() {
            excel.load(`header of ${t.name}`, () => [t.values()[0]]);
            return this;
          },
          get values() {
            return excel.read(`header of ${t.name}`, () => [t.values()[0]]);
          },
        };
      },
      getDataBodyRange() {
        return {
          load(props?: string) {
            excel.load(`body of ${t.name}`, () => (/values/.test(props ?? "") ? t.values().slice(1) : t.box.rows - 1));
            return this;
          },
          getRow(i: number) {
            return new FakeRange(excel, t.sheet, a1({ ...t.box, row: t.box.row + 1 + i, rows: 1 })).proxy();
          },
          get values() {
            return excel.read(`body of ${t.name}`, () => t.values().slice(1));
          },
          get rowCount() {
            return excel.read(`body of ${t.name}`, () => t.box.rows - 1);
          },
        };
      },
      rows: {
        add(index: number | null | undefined, values?: unknown[][]) {
          excel.record(`table.rows.add(${t.name})`, [index ?? null, values ?? null]);
          if (index !== null && index !== undefined) throw new Error("fake: rows.add only at the end");
          t.addRows(values ?? [Array.from({ length: t.box.columns }, () => "")]);
        },
        getItemAt(i: number) {
          return {
            delete() {
              excel.record(`table.rows.delete(${t.name}, ${i})`, [i]);
              if (i >= t.box.rows - 1) excel.failNextSync(`ItemNotFound: no row ${i} in ${t.name}`);
              else t.deleteRow(i);
            },
          };
        },
      },
      columns: {
        add(index: number | null | undefined, values?: unknown[][], name?: string) {
          excel.record(`table.columns.add(${t.name}, ${index}, ${name})`, [
            index ?? null,
            values ?? null,
            name ?? null,
          ]);
          t.addColumn(index ?? t.box.columns, name ?? `Column${t.box.columns + 1}`);
        },
        getItem(name: string) {
          return {
            delete() {
              excel.record(`table.columns.delete(${t.name}, ${name})`, [name]);
              const i = t.header().findIndex((h) => h.toLowerCase() === name.toLowerCase());
              if (i < 0) excel.failNextSync(`ItemNotFound: no column ${name} in ${t.name}`);
              else t.deleteColumn(i);
            },
          };
        },
        getItemAt(i: number) {
          return {
            getDataBodyRange() {
              return {
                load() {
                  excel.load(`column ${i} of ${t.name}`, () =>
                    t
                      .values()
                      .slice(1)
                      .map((r) => [r[i]]),
                  );
                  return this;
                },
                get values() {
                  return excel.read(`column ${i} of ${t.name}`, () =>
                    t
                      .values()
                      .slice(1)
                      .map((r) => [r[i]]),
                  );
                },
              };
            },
          };
        },
      },
    });
    return {
      getSelectedRange() {
        excel.record("getSelectedRange", []);
        const where = excel.selection ?? { sheet: excel.activeSheet || excel.liveSheets()[0].name, address: "A1" };
        return new FakeRange(excel, excel.sheet(where.sheet), where.address).proxy();
      },
      onSelectionChanged: {
        add(handler: (args: unknown) => Promise<unknown>) {
          excel.record("onSelectionChanged.add", []);
          excel.selectionHandlers.push(handler);
          return {
            remove() {
              excel.record("onSelectionChanged.remove", []);
              excel.selectionHandlers.splice(excel.selectionHandlers.indexOf(handler), 1);
            },
          };
        },
      },
      worksheets: {
        load(what: string) {
          excel.record(`worksheets.load(${what})`, [what]);
          excel.load("worksheets");
          return this;
        },
        get items() {
          return excel.read("worksheets", () => excel.liveSheets().map((s) => s.proxy()));
        },
        add(name: string) {
          excel.record(`worksheets.add(${name})`, [name]);
          if (
            name.length > 31 ||
            /[:\\/?*[\]]/.test(name) ||
            excel.liveSheets().some((s) => s.name.toLowerCase() === name.toLowerCase())
          ) {
            excel.failNextSync(`InvalidArgument: cannot add a sheet named ${name}`);
          }
          const sheet = new FakeSheet(excel, name);
          excel.sheets.push(sheet);
          return sheet.proxy();
        },
        getItem(name: string) {
          excel.record(`worksheets.getItem(${name})`, [name]);
          const sheet = excel.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
          if (!sheet) {
            excel.failNextSync(`ItemNotFound: no sheet ${name}`);
            return new FakeSheet(excel, name).proxy();
          }
          return sheet.proxy();
        },
        getItemOrNullObject(name: string) {
          excel.record(`worksheets.getItemOrNullObject(${name})`, [name]);
          const sheet = excel.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
          const key = `null check of ${name}`;
          return {
            load() {
              excel.load(key);
              return this;
            },
            get isNullObject() {
              return excel.read(key, () => sheet === undefined);
            },
            delete() {
              excel.record(`delete(${name})`, []);
              if (sheet) excel.deleteSheet(sheet);
            },
          };
        },
      },
      tables: {
        getItem(name: string) {
          excel.record(`tables.getItem(${name})`, [name]);
          const t = excel.tables.find((x) => !x.sheet.deleted && x.name.toLowerCase() === name.toLowerCase());
          if (!t) {
            excel.failNextSync(`ItemNotFound: no table ${name}`);
            return tableProxy(new FakeTable(excel.sheets[0], { row: 0, column: 0, rows: 1, columns: 1 }));
          }
          return tableProxy(t);
        },
        load(what: string) {
          excel.record(`tables.load(${what})`, [what]);
          excel.load("tables");
          return this;
        },
        get items() {
          return excel.read("tables", () => excel.tables.filter((t) => !t.sheet.deleted).map(tableProxy));
        },
      },
      names: {
        load(what: string) {
          excel.record(`names.load(${what})`, [what]);
          excel.load("names");
          return this;
        },
        get items() {
          return excel.read("names", () => excel.names.map((name) => ({ name })));
        },
      },
    };
  }
}

/**
 * A formula's relative row references (A1, $A1, A1:B2 — not $A$1, not text in quotes, not a
 * quoted sheet name such as 'Q3 data') moved by `by` rows.
 */
export function shiftRows(formula: string, by: number): string {
  if (by === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$\[])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(\[])/g,
            (m, pre: string, d1: string, col: string, d2: string, row: string) =>
              d2 === "$" ? m : `${pre}${d1}${col}${Number(row) + by}`,
          ),
    )
    .join("");
}

const RESPONSE_LIMIT_BYTES = 5_000_000;

/** What a load of these properties returns (every property when none is named; sizes and indexes are a few bytes). */
function responseOf(props: string | undefined, getters: Record<string, () => unknown>): unknown {
  const asked = (props ?? "").split(",").map((p) => p.trim());
  const named = asked.some((p) => p !== "")
    ? Object.keys(getters).filter((p) => asked.includes(p))
    : Object.keys(getters);
  const out: Record<string, unknown> = {};
  for (const p of named) out[p] = getters[p]();
  return out;
}

function a1(b: Box): string {
  return `${letters(b.column)}${b.row + 1}:${letters(b.column + b.columns - 1)}${b.row + b.rows}`;
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** What a cell shows: a formula's result ("" when the test set none), or its value. */
function shownValue(cell: FakeCell | undefined): unknown {
  if (!cell || cell.kind === "blank") return "";
  return cell.kind === "formula" ? (cell.result ?? "") : cell.value;
}

function valueTypeOf(cell: FakeCell | undefined): string {
  const v = shownValue(cell);
  if (cell?.kind === "formula" && typeof v === "string" && v.startsWith("#")) return "Error";
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
