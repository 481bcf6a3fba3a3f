/* The CSV reader: quotes, commas, doubled quotes, CRLF, Chinese text, and malformed input. */
import { CsvError, parseCsv, parseCsvObjects } from "../../src/workbook/csv";

describe("parseCsv", () => {
  test("plain fields, CRLF and LF line ends, no record for the final line break", () => {
    expect(parseCsv("a,b\r\n1,2\n3,4\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  test("quoted fields keep commas, doubled quotes and line breaks", () => {
    const text =
      'id,name\r\nP1,"Sunrise Shanghai Solar Co., Ltd."\r\nP2,"@Home Solar; ""Quoted"", Ltd."\r\nP3,"two\r\nlines"\r\n';
    expect(parseCsv(text)).toEqual([
      ["id", "name"],
      ["P1", "Sunrise Shanghai Solar Co., Ltd."],
      ["P2", '@Home Solar; "Quoted", Ltd.'],
      ["P3", "two\r\nlines"],
    ]);
  });

  test("formula-like and Chinese text stays exactly as written", () => {
    const text =
      'n\n"=HYPERLINK(""http://example.invalid"",""click"")"\n+86 Solar & Sons\n-Minus Energy\n阳光屋顶 (Sunny Roof) 能源有限公司\n';
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      '=HYPERLINK("http://example.invalid","click")',
      "+86 Solar & Sons",
      "-Minus Energy",
      "阳光屋顶 (Sunny Roof) 能源有限公司",
    ]);
  });

  test("empty fields, a byte-order mark and a missing final line break", () => {
    expect(parseCsv("\ufeffa,b,c\n1,,\n,2,")).toEqual([
      ["a", "b", "c"],
      ["1", "", ""],
      ["", "2", ""],
    ]);
  });

  test.each([
    ['a\n"open', /line 2: a quoted field is not closed/],
    ['a\n"x"y', /line 2: text follows a closing quote/],
    ['a\nx"y', /line 2: a quote inside an unquoted field/],
  ])("malformed input is an error naming the line: %j", (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe("parseCsvObjects", () => {
  test("records keyed by header; a short record is an error", () => {
    expect(parseCsvObjects("a,b\n1,2\n", ["a"], "f.csv")).toEqual([{ a: "1", b: "2" }]);
    expect(() => parseCsvObjects("a,b\n1\n", ["a"], "f.csv")).toThrow(
      "f.csv: record 1 has 1 fields; the header has 2.",
    );
    expect(() => parseCsvObjects("a,b\n1,2\n", ["c"], "f.csv")).toThrow("f.csv: missing column c.");
  });
});
