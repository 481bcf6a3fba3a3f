/* Excel serial dates (src/engine/excelDates.ts): the one module every floor converts dates with. */
import {
  dayOfSerial,
  isoToSerial,
  localDaySerial,
  localSerialOf,
  serialOfDay,
  serialToIso,
} from "../../src/engine/excelDates";

describe("Excel serial dates", () => {
  test("known serials, as Excel shows them", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("1970-01-01")).toBe(25569);
    expect(isoToSerial("2026-01-01")).toBe(46023);
    expect(serialToIso(46023)).toBe("2026-01-01");
    expect(serialToIso(46023.99)).toBe("2026-01-01");
  });

  test("ISO dates round-trip; impossible dates and other shapes are null", () => {
    for (const iso of ["1900-03-01", "2024-02-29", "2026-12-31", "9999-12-31"])
      expect(serialToIso(isoToSerial(iso)!)).toBe(iso);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-1", "0050-01-01", "01/02/2026", ""])
      expect(isoToSerial(bad)).toBeNull();
    expect(isoToSerial(" 2026-01-01 ")).toBe(46023);
  });

  test("days and months roll over as the calendar does", () => {
    expect(serialOfDay(2026, 13, 1)).toBe(isoToSerial("2027-01-01"));
    expect(serialOfDay(2026, 3, 0)).toBe(isoToSerial("2026-02-28"));
    expect(dayOfSerial(isoToSerial("2024-02-29")! + 0.75)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test("a moment in the machine's local time: NOW() with its time of day, TODAY() as its day", () => {
    const at = (iso: string, offsetMinutes: number) => {
      const d = new Date(iso);
      jest.spyOn(d, "getTimezoneOffset").mockReturnValue(offsetMinutes);
      return d;
    };
    // UTC+8 at 20:00 UTC is the next day there.
    expect(localDaySerial(at("2026-01-01T20:00:00Z", -480))).toBe(46024);
    expect(localDaySerial(at("2026-01-01T03:00:00Z", 300))).toBe(46022);
    const noon = new Date(2026, 0, 1, 12, 0, 0);
    expect(localSerialOf(noon)).toBe(46023.5);
  });
});
