/*
 * Excel on the web: requests and responses over 5 MB fail (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded); a read of more than 5,000,000 cells fails (RangeExceedsLimit)
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
import { excel, outcome } from "./helpers";


/** rows×1 values of `width` characters each. */
const column = (rows: number, width: number) => Array.from({ length: rows }, (_, i) => [String(i).padStart(width, "x")]);

test("a request over 5 MB fails on the web, with nothing in it applied; the desktop hosts take it", async () => {
  const big = column(60000, 100); // about 6.2 MB of JSON
  const write = (c: any) => {
    const s = c.workbook.worksheets.getItem("Sheet1");
    s.getRange("C1").values = [["first"]];
    s.getRange("A1:A60000").values = big;
  };
  const web = excel();
  expect(await outcome(web, write)).toBe("RequestPayloadSizeLimitExceeded");
  expect(web.snapshot().sheets[0].cells.C1).toBeUndefined();
  expect(await outcome(excel({}, { host: "windows" }), write)).toBe("ok");
  // Chunked below the limit, the same data goes through on the web.
  const chunked = excel();
  for (let i = 0; i < 2; i++)
    expect(
      await outcome(chunked, (c) => {
        c.workbook.worksheets.getItem("Sheet1").getRange(`A${i * 30000 + 1}:A${(i + 1) * 30000}`).values = big.slice(i * 30000, (i + 1) * 30000);
      }),
    ).toBe("ok");
});

test("a response over 5 MB fails on the web; reading less works", async () => {
  // A row of two empty cells is ["",""], in the response: 8 bytes, so 700,000 rows are about 5.6 MB.
  const read = (rows: number) => (c: any) => {
    c.workbook.worksheets.getItem("Sheet1").getRange(`A1:B${rows}`).load("values");
  };
  expect(await outcome(excel(), read(700_000))).toBe("ResponsePayloadSizeLimitExceeded");
  expect(await outcome(excel(), read(250_000))).toBe("ok");
  expect(await outcome(excel({}, { host: "mac" }), read(700_000))).toBe("ok");
});

test("a read of more than 5,000,000 cells fails with RangeExceedsLimit, on every host", async () => {
  const read = (c: any) => c.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
  expect(await outcome(excel({}, { host: "windows" }), read)).toBe("RangeExceedsLimit");
  const four = (c: any) => c.workbook.worksheets.getItem("Sheet1").getRange("A:D").load("address");
  expect(await outcome(excel({}, { host: "windows" }), four)).toBe("ok");
});
