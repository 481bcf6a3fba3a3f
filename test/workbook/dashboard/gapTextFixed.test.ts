/*
 * fixed(x, decimals): FIXED as Excel writes it in an English locale (values-only statements and
 * gap sentences). It keeps one number formatter per number of decimals, so calls with different
 * decimals in turn must each get their own.
 */
import { fixed } from "../../../src/workbook/dashboard/gapText";

test("thousands separators and exactly the decimals asked for", () => {
  expect(fixed(12500, 2)).toBe("12,500.00");
  expect(fixed(1234567.891, 1)).toBe("1,234,567.9");
  expect(fixed(0.5, 0)).toBe("1");
  expect(fixed(-20000, 2)).toBe("-20,000.00");
  expect(fixed(7.25, 4)).toBe("7.2500");
});

test("decimals alternating between calls: each call formats with its own", () => {
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) for (const d of [2, 0, 1]) seen.push(fixed(1500.25, d));
  expect(seen).toEqual([
    "1,500.25",
    "1,500",
    "1,500.3",
    "1,500.25",
    "1,500",
    "1,500.3",
    "1,500.25",
    "1,500",
    "1,500.3",
  ]);
});
