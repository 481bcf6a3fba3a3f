/*
 * Periods at their edges (mutation testing, docs/testing.md): a month from a 31st, periods off
 * calendar lines for each frequency, December into January, and every refusal with the code and
 * parameters the pane words it by (docs/cycle.md, "Periods"). Serial dates are Excel's 1900 system.
 */
import {
  CycleError,
  closePeriod,
  firstPeriod,
  nextPeriod,
  periodStarting,
  reopenPeriod,
  startCycle,
} from "../../../src/engine/cycle/period";
import { serialOfDay } from "../../../src/engine/excelDates";
import { APR_1_2026, JAN_1_2026, JUN_30_2026, MAR_31_2026, commissionProgram } from "./fixtures";

const day = (y: number, m: number, d: number) => serialOfDay(y, m, d);
const q1 = { label: "2026-Q1", start: JAN_1_2026, end: MAR_31_2026 };
const q2 = { label: "2026-Q2", start: APR_1_2026, end: JUN_30_2026 };
const closing = (period = q1) => ({ period, partners: 1, total: 10, fingerprint: "cd".repeat(32) });

function refusal(f: () => unknown): { code: string; params: Record<string, string>; message: string; name: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof CycleError) return { code: e.code, params: { ...e.params }, message: e.message, name: e.name };
    throw e;
  }
  throw new Error("not refused");
}

describe("period dates and labels", () => {
  test("the serial dates used here are the fixtures' (1 Jan 2026 is 46023)", () => {
    expect(day(2026, 1, 1)).toBe(JAN_1_2026);
  });

  test("a month from 31 January ends the day before 28 February (the shorter month's last day)", () => {
    const p = periodStarting(day(2026, 1, 31), "monthly");
    expect(p).toEqual({ label: "2026-01-31..2026-02-27", start: day(2026, 1, 31), end: day(2026, 2, 27) });
    expect(nextPeriod(p, "monthly")).toEqual({
      label: "2026-02-28..2026-03-27",
      start: day(2026, 2, 28),
      end: day(2026, 3, 27),
    });
  });

  test("December is followed by January of the next year", () => {
    const dec = periodStarting(day(2026, 12, 1), "monthly");
    expect(dec).toEqual({ label: "2026-12", start: day(2026, 12, 1), end: day(2026, 12, 31) });
    expect(nextPeriod(dec, "monthly")).toEqual({ label: "2027-01", start: day(2027, 1, 1), end: day(2027, 1, 31) });
  });

  test("off calendar lines: not the first of the month, or a quarter or year not starting where one does", () => {
    expect(periodStarting(day(2026, 1, 2), "monthly").label).toBe("2026-01-02..2026-02-01");
    expect(periodStarting(day(2026, 2, 1), "quarterly")).toEqual({
      label: "2026-02-01..2026-04-30",
      start: day(2026, 2, 1),
      end: day(2026, 4, 30),
    });
    expect(periodStarting(day(2026, 1, 2), "quarterly").label).toBe("2026-01-02..2026-04-01");
    expect(periodStarting(day(2026, 4, 1), "annual")).toEqual({
      label: "2026-04-01..2027-03-31",
      start: day(2026, 4, 1),
      end: day(2027, 3, 31),
    });
  });

  test("calendar quarters Q2 and Q3, and a calendar year, by their labels", () => {
    expect(periodStarting(day(2026, 4, 1), "quarterly")).toEqual(q2);
    expect(periodStarting(day(2026, 7, 1), "quarterly").label).toBe("2026-Q3");
    expect(periodStarting(day(2027, 1, 1), "annual")).toEqual({
      label: "2027",
      start: day(2027, 1, 1),
      end: day(2027, 12, 31),
    });
  });

  test("a program's first period follows its start date and frequency", () => {
    const p = commissionProgram();
    p.frequency = "monthly";
    p.periodStart = "2026-03-01";
    expect(firstPeriod(p)).toEqual({ label: "2026-03", start: day(2026, 3, 1), end: day(2026, 3, 31) });
    expect(startCycle(p).frequency).toBe("monthly");
  });
});

describe("refusals, with the code and parameters the pane words them by", () => {
  test("a start that is not a date", () => {
    const r = refusal(() => startCycle({ ...commissionProgram(), periodStart: "someday" }));
    expect(r).toMatchObject({ code: "badPeriodStart", name: "CycleError", params: { start: "someday" } });
    expect(r.message).toContain('"someday"');
  });

  test("closing a closed period, or one other than the open one (label, start or end differing)", () => {
    const start = startCycle(commissionProgram());
    const { state } = closePeriod(start, closing(), "t");
    const twice = refusal(() => closePeriod(state, closing(), "t"));
    expect(twice).toMatchObject({ code: "alreadyClosed", params: { period: "2026-Q1" } });
    expect(twice.message).toContain("2026-Q1");
    for (const other of [q2, { ...q1, label: "Q1 2026" }, { ...q1, start: q1.start + 1 }]) {
      const r = refusal(() => closePeriod(start, closing(other), "t"));
      expect(r).toMatchObject({ code: "notOpenPeriod", params: { period: other.label, open: "2026-Q1" } });
      expect(r.message).toContain(other.label);
    }
  });

  test("closing leaves the state it was given as it was", () => {
    const start = startCycle(commissionProgram());
    closePeriod(start, closing(), "t");
    expect(start).toEqual({ frequency: "quarterly", open: q1, closed: [] });
  });

  test("re-opening: not closed, not the latest, no reason", () => {
    const s1 = closePeriod(startCycle(commissionProgram()), closing(), "t1").state;
    const s2 = closePeriod(s1, closing(q2), "t2").state;
    const notClosed = refusal(() => reopenPeriod(s2, "2026-Q3", "r", "t"));
    expect(notClosed).toMatchObject({ code: "notClosed", params: { period: "2026-Q3" } });
    // Each refusal's own message names the period it is about, as notLatestClosed's does.
    expect(notClosed.message).toContain("2026-Q3");
    const notLatest = refusal(() => reopenPeriod(s2, "2026-Q1", "r", "t"));
    expect(notLatest).toMatchObject({ code: "notLatestClosed", params: { period: "2026-Q1", latest: "2026-Q2" } });
    expect(notLatest.message).toContain("2026-Q2");
    const noReason = refusal(() => reopenPeriod(s2, "2026-Q2", "", "t"));
    expect(noReason).toMatchObject({ code: "reasonRequired", params: { period: "2026-Q2" } });
    expect(noReason.message).toContain("2026-Q2");
    expect(refusal(() => reopenPeriod(startCycle(commissionProgram()), "2026-Q1", "r", "t")).code).toBe("notClosed");
  });

  test("the only closed period can be re-opened: the cycle is back where it started", () => {
    const start = startCycle(commissionProgram());
    const { state, row } = closePeriod(start, closing(), "t1");
    const back = reopenPeriod(state, "2026-Q1", "late data", "t2");
    expect(back.state).toEqual(start);
    expect(back.entry).toEqual({ action: "reopen", at: "t2", reason: "late data", was: row });
  });
});
