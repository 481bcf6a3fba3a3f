/* Periods: labels and dates by hand, and the close / re-open rules. */
import {
  CycleError,
  closePeriod,
  nextPeriod,
  periodStarting,
  reopenPeriod,
  startCycle,
} from "../../../src/engine/cycle/period";
import { APR_1_2026, JAN_1_2026, JUN_30_2026, MAR_31_2026, commissionProgram } from "./fixtures";

const q1 = { label: "2026-Q1", start: JAN_1_2026, end: MAR_31_2026 };
const q2 = { label: "2026-Q2", start: APR_1_2026, end: JUN_30_2026 };
const closing = (period = q1) => ({ period, partners: 2, total: 5250, fingerprint: "ab".repeat(32) });

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CycleError) return e.code;
    throw e;
  }
  return "not refused";
}

describe("periods", () => {
  test("a quarter: 2026-Q1 is 1 Jan to 31 Mar (90 days), then 2026-Q2 (91 days)", () => {
    expect(periodStarting(JAN_1_2026, "quarterly")).toEqual(q1);
    expect(nextPeriod(q1, "quarterly")).toEqual(q2);
  });

  test("Q4 is followed by Q1 of the next year", () => {
    const q4 = periodStarting(46296, "quarterly"); // 2026-10-01
    expect(q4).toEqual({ label: "2026-Q4", start: 46296, end: 46387 });
    expect(nextPeriod(q4, "quarterly")).toEqual({ label: "2027-Q1", start: 46388, end: 46477 });
  });

  test("months and years: February 2028 has 29 days; 2026 has 365", () => {
    const feb = periodStarting(46784, "monthly"); // 2028-02-01
    expect(feb.label).toBe("2028-02");
    expect(feb.end - feb.start + 1).toBe(29);
    const year = periodStarting(JAN_1_2026, "annual");
    expect(year).toEqual({ label: "2026", start: JAN_1_2026, end: JAN_1_2026 + 364 });
  });

  test("a period off calendar lines is labelled by its dates", () => {
    expect(periodStarting(46068, "quarterly").label).toBe("2026-02-15..2026-05-14");
  });
});

describe("closing and re-opening", () => {
  test("a program starts with its first period open", () => {
    expect(startCycle(commissionProgram())).toEqual({ frequency: "quarterly", open: q1, closed: [] });
  });

  test("closing records the Periods row and opens the next period", () => {
    const { state, row } = closePeriod(startCycle(commissionProgram()), closing(), "2026-04-02T09:00:00Z");
    expect(row).toEqual({
      period: q1,
      closedAt: "2026-04-02T09:00:00Z",
      partners: 2,
      total: 5250,
      fingerprint: "ab".repeat(32),
    });
    expect(state.open).toEqual(q2);
    expect(state.closed).toEqual([row]);
  });

  test("closing twice, or a period that is not the open one, is refused", () => {
    const start = startCycle(commissionProgram());
    const { state } = closePeriod(start, closing(), "t");
    expect(refusal(() => closePeriod(state, closing(), "t"))).toBe("alreadyClosed");
    expect(refusal(() => closePeriod(start, closing(q2), "t"))).toBe("notOpenPeriod");
    expect(refusal(() => closePeriod(start, closing({ ...q1, end: q1.end + 1 }), "t"))).toBe("notOpenPeriod");
  });

  test("re-opening is explicit: the latest closed period only, with a reason, logged with the row it removes", () => {
    const s1 = closePeriod(startCycle(commissionProgram()), closing(), "t1").state;
    const s2 = closePeriod(s1, closing(q2), "t2").state;
    expect(refusal(() => reopenPeriod(s2, "2026-Q1", "late data", "t3"))).toBe("notLatestClosed");
    expect(refusal(() => reopenPeriod(s2, "2026-Q3", "late data", "t3"))).toBe("notClosed");
    expect(refusal(() => reopenPeriod(s2, "2026-Q2", "  ", "t3"))).toBe("reasonRequired");
    const { state, entry } = reopenPeriod(s2, "2026-Q2", " wrong targets ", "t3");
    expect(state).toEqual(s1);
    expect(entry).toEqual({ action: "reopen", at: "t3", reason: "wrong targets", was: s2.closed[1] });
    // …and the re-opened period can be closed again.
    expect(closePeriod(state, closing(q2), "t4").state.closed).toHaveLength(2);
  });

  test("a program whose start is not a date is refused", () => {
    expect(refusal(() => startCycle({ ...commissionProgram(), periodStart: "2026-02-30" }))).toBe("badPeriodStart");
  });
});
