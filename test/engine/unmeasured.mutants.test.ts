/*
 * Tests written for the mutants left alive in the engine files first measured in the ninth
 * session (issue 12: gate.ts, excelDates.ts, errors.ts, language.ts, analytics/planCost.ts,
 * analytics/whatIf.ts). Each expectation comes from a stated rule (docs/insights.md "The methods",
 * the doc comments of the functions, SPEC §3.2 for gates), worked out by hand; each test was seen
 * red on its mutant applied by hand.
 */
import { PartnerInput, histogram, languageForLocale, planCost, programTemplate, whatIf } from "../../src/engine";
import { IncentiveError, fail } from "../../src/engine/errors";
import { isoToSerial } from "../../src/engine/excelDates";
import { t1Commission } from "../support/t1Commission";

const sales = (...xs: (number | null)[]): PartnerInput[] => xs.map((x) => ({ actuals: [x] }));

describe("planCost: near misses where bounds are relative to the target", () => {
  // docs/insights.md: the gap is "in the tier input (the basis KPI's actual, scaled by the target
  // where bounds are relative)": the next bound is bound × the partner's target.
  test("per-partner targets: each partner's bound is read at its own target", () => {
    const p = programTemplate("salesCommission"); // Base 0, Accelerator 1.0, Super 1.5 of the target
    const inputs: PartnerInput[] = [
      { actuals: [90000], targets: [100000] }, // Accelerator at 100,000: 10,000 to go
      { actuals: [90000], targets: [200000] }, // Accelerator at 200,000: 110,000 to go
    ];
    expect(planCost(p, inputs).nearMisses).toEqual([
      { index: 0, tier: "Accelerator", gap: 10000, value: 90000, scale: 100000 },
      { index: 1, tier: "Accelerator", gap: 110000, value: 90000, scale: 200000 },
    ]);
  });

  test("a fixed target scales every partner's bounds by that one target, whatever the row holds", () => {
    const p = programTemplate("salesCommission");
    p.kpis[0].targetMode = "fixed";
    p.kpis[0].target = 50000;
    const inputs: PartnerInput[] = [{ actuals: [40000], targets: [80000] }];
    expect(planCost(p, inputs).nearMisses).toEqual([
      { index: 0, tier: "Accelerator", gap: 10000, value: 40000, scale: 50000 },
    ]);
  });

  test("bounds not relative: the bound as it is (scale 1)", () => {
    const cost = planCost(t1Commission(), [{ actuals: [45000], targets: [1000] }]);
    expect(cost.nearMisses).toEqual([{ index: 0, tier: "Silver", gap: 5000, value: 45000, scale: 1 }]);
  });
});

describe("planCost: payout as a share of the measured amount", () => {
  test("commission with nothing measured has no share (no division by 0)", () => {
    const cost = planCost(t1Commission(), sales(0, 0));
    expect(cost.measured).toBe(0);
    expect(cost.shareOfMeasured).toBeNull();
  });
});

describe("whatIf: deltas in the finer of the two plans' decimals", () => {
  // Each payout is rounded to its own plan's decimals; their difference is exact at the finer one.
  test("whole-unit plan against a plan in cents: the delta keeps the cents", () => {
    // 12,345 in Bronze at 2%: 246.90, paid 247 at 0 decimals and 246.9 at 2.
    const r = whatIf(t1Commission("marginal", 0), t1Commission("marginal", 2), sales(12345));
    expect(r.changes[0]).toMatchObject({ before: 247, after: 246.9, delta: -0.1 });
    expect(r.totalDelta).toBe(-0.1);
  });
});

describe("IncentiveError: one error, its Excel kind and its message in either language", () => {
  // The message table (src/engine/messages.ts): negativeNotAllowed is a #NUM! error,
  // "{what} cannot be negative (it is {value})." and its Chinese form; "Cap" is an engine word
  // that the Chinese message translates (封顶), as test/engine/messages.test.ts has it.
  const params = { what: "Cap", value: "-5" };

  test("message is the English text (for logs); messageIn gives the language asked for", () => {
    const e = new IncentiveError("negativeNotAllowed", params);
    expect(e.message).toBe("Cap cannot be negative (it is -5).");
    expect(e.messageIn("zh")).toBe("封顶不能为负数（当前为 -5）。");
    expect(e.messageIn("en")).toBe("Cap cannot be negative (it is -5).");
  });

  test("it carries its kind, id and parameters, and is named for stack traces", () => {
    const e = new IncentiveError("negativeNotAllowed", params);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("IncentiveError");
    expect(String(e)).toBe("IncentiveError: Cap cannot be negative (it is -5).");
    expect(e.kind).toBe("num");
    expect(e.id).toBe("negativeNotAllowed");
    expect(e.params).toEqual(params);
  });

  test("an input error value is kept as it came, to be passed through; none by default", () => {
    const input = { type: "Error", code: "#N/A" };
    expect(new IncentiveError("negativeNotAllowed", params, input).passthrough).toBe(input);
    expect(new IncentiveError("negativeNotAllowed", params).passthrough).toBeUndefined();
  });

  test("fail throws it with the id and parameters given", () => {
    let thrown: unknown;
    try {
      fail("negativeNotAllowed", params);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(IncentiveError);
    expect((thrown as IncentiveError).messageIn("en")).toBe("Cap cannot be negative (it is -5).");
  });
});

describe("planCost and whatIf: more rules (issue 12, the en7 run's survivors)", () => {
  test("a commission program measures its basis KPI's actuals too", () => {
    const p = programTemplate("salesCommission");
    const cost = planCost(p, [
      { actuals: [90000], targets: [100000] },
      { actuals: [10000], targets: [100000] },
    ]);
    expect(cost.measured).toBe(100000);
  });

  test("a rebate with bounds relative to its fixed target reads each bound at that target", () => {
    const p = programTemplate("resellerRebate"); // target 500,000
    p.boundsRelativeToTarget = true;
    p.tiers = [
      { bound: 0, rate: 0, label: "Member" },
      { bound: 0.5, rate: 0.02, label: "Silver" },
    ];
    expect(planCost(p, sales(200000)).nearMisses).toEqual([
      { index: 0, tier: "Silver", gap: 50000, value: 200000, scale: 500000 },
    ]);
  });

  test("the histogram's bands are 10 points wide: the sixth is 50% to 60%", () => {
    const bins = histogram([]);
    expect(bins[5].from).toBeCloseTo(0.5, 12);
    expect(bins[5].to).toBeCloseTo(0.6, 12);
  });

  test("tiers without labels: a partner moves by its tier's position", () => {
    const unnamed = (silver: number) => {
      const p = t1Commission();
      p.tiers = p.tiers.map((t) => ({ ...t, label: "" }));
      p.tiers[1].bound = silver;
      return p;
    };
    const r = whatIf(unnamed(50000), unnamed(60000), sales(55000, 120000));
    expect(r.changes.map((c) => [c.tierBefore, c.tierAfter, c.move])).toEqual([
      [2, 1, "down"],
      [3, 3, "same"],
    ]);
    expect(whatIf(unnamed(60000), unnamed(50000), sales(55000)).changes[0].move).toBe("up");
    // Taking the labels away is a rename: the same position, no move.
    const named = whatIf(t1Commission(), unnamed(50000), sales(55000, 20000));
    expect(named.changes.map((c) => [c.tierBefore, c.tierAfter, c.move])).toEqual([
      ["Silver", 2, "same"],
      ["Bronze", 1, "same"],
    ]);
  });

  test("Chinese only for a zh-* display language", () => {
    expect(languageForLocale("zh")).toBe("zh");
    expect(languageForLocale("ZH-cn")).toBe("zh");
    expect(languageForLocale("x-zh")).toBe("en");
  });
});

describe("isoToSerial: only yyyy-mm-dd, nothing before or after", () => {
  // excelDates.ts: "The serial number of an ISO date (yyyy-mm-dd), or null when it is not a real date."
  test.each(["2026-01-011", "2026-01-01T00:00", "x2026-01-01", "12026-01-01"])("%p is null", (text) => {
    expect(isoToSerial(text)).toBeNull();
  });
});

describe("planCost and whatIf: the en12 run's survivors (issue 12, tenth session)", () => {
  test("near misses: the closest per tier, nearest first, a tie in the order of the rows, at most three", () => {
    // T1 as a commission: Silver from 50,000, so each partner below it is (50,000 − sales) short.
    const cost = planCost(t1Commission(), sales(40000, 45000, 49000, 30000, 45000));
    expect(cost.nearMisses.map((m) => [m.index, m.gap])).toEqual([
      [2, 1000],
      [1, 5000],
      [4, 5000],
    ]);
    expect(
      planCost(t1Commission(), sales(40000, 45000, 49000, 30000, 45000), 5).nearMisses.map((m) => m.index),
    ).toEqual([2, 1, 4, 0, 3]);
  });

  test("a bonus program pays on the score: it measures no amount and reads its bounds as they are, whatever basisKpi says", () => {
    const p = programTemplate("solarwave"); // a bonus on the score: Bronze 80%, Silver 100%, Gold 120%
    p.basisKpi = 0;
    p.boundsRelativeToTarget = true;
    const cost = planCost(p, [{ actuals: [0.7, 4.0] }]);
    expect(cost.measured).toBeNull();
    expect(cost.shareOfMeasured).toBeNull();
    expect(cost.nearMisses).toHaveLength(1);
    expect(cost.nearMisses[0].scale).toBe(1);
    expect(cost.nearMisses[0].gap).toBeCloseTo(1 - cost.nearMisses[0].value, 12);
  });

  test("from below the first tier into it is a move up, and back a move down", () => {
    const current = programTemplate("solarwave");
    const lower = programTemplate("solarwave");
    lower.tiers[0].bound = 0.5; // Bronze from 50% instead of 80%
    const partner = [{ actuals: [0.6, 3.5] }]; // a score under 80%, over 50%
    expect(whatIf(current, lower, partner).changes.map((c) => [c.tierBefore, c.tierAfter, c.move])).toEqual([
      [null, "Bronze", "up"],
    ]);
    expect(whatIf(lower, current, partner).changes.map((c) => [c.tierBefore, c.tierAfter, c.move])).toEqual([
      ["Bronze", null, "down"],
    ]);
  });
});
