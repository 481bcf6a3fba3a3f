/*
 * Insights' suggested targets, program impact and the what-if's view of a change at their edges
 * (mutation testing, docs/testing.md): each expectation from the rules in the functions' contracts
 * and docs/insights.md, worked by hand.
 */
import {
  type ProgramDefinition,
  describeChange,
  populationTarget,
  programImpact,
  programTemplate,
  scenarioChanges,
  suggestFromHistory,
} from "../../../src/engine";

describe("suggested targets from a partner's history", () => {
  test("blanks and values that are not finite are skipped; the line is projected to the period after the last", () => {
    // Points (0, 100) and (3, 130): a slope of 10 a period, so period 4 gives 140.
    const s = suggestFromHistory([100, null, Infinity, 130], 130);
    expect(s.method).toBe("trend");
    expect(s.projected).toBeCloseTo(140, 9);
    expect(s.suggested).toBeCloseTo(140, 9);
    expect(s.bounded).toBe(false);
  });

  test("two periods are enough for a trend, one is not", () => {
    expect(suggestFromHistory([100, 110], 100).projected).toBeCloseTo(120, 9);
    expect(suggestFromHistory([100], 90)).toEqual({
      method: "no history",
      projected: null,
      suggested: 90,
      bounded: false,
    });
    expect(suggestFromHistory([NaN, 100], 90).method).toBe("no history");
  });

  test("by default the change is at most +20% and at least −5% of the current target", () => {
    expect(suggestFromHistory([100, 200, 300], 100)).toMatchObject({ projected: 400, suggested: 120, bounded: true });
    expect(suggestFromHistory([300, 200, 100], 100)).toMatchObject({ projected: 0, suggested: 95, bounded: true });
    // A flat history projects the same value: inside the bounds, not bounded.
    expect(suggestFromHistory([100, 100, 100], 100)).toMatchObject({ projected: 100, suggested: 100, bounded: false });
  });
});

describe("the value a share of partners reached", () => {
  test("whatever the order of the values, numerically", () => {
    expect(populationTarget([30, 100, 9, 20], 1)).toBe(9);
    expect(populationTarget([30, 100, 9, 20], 0.25)).toBe(100);
    expect(populationTarget([30, 100, 9, 20], 0.5)).toBe(30);
    expect(populationTarget([30, 100, 9, 20], 0.5, false)).toBe(20);
  });

  test("values that are not finite are skipped; a share is held to 0…1", () => {
    expect(populationTarget([Infinity, 5, 10, -Infinity, NaN], 1)).toBe(5);
    expect(populationTarget([Infinity, NaN], 0.5)).toBeNull();
    expect(populationTarget([5, 10, 20], 2)).toBe(5);
    expect(populationTarget([5, 10, 20], 0)).toBe(20);
    expect(populationTarget([5, 10, 20], -1)).toBe(20);
    expect(populationTarget([5, 10, 20], 2, false)).toBe(20);
    expect(populationTarget([5, 10, 20], -1, false)).toBe(5);
  });
});

describe("program impact", () => {
  const e = (partner: string, day: number, success: boolean) => ({ partner, day, success });

  test("an event on the start day counts after it", () => {
    const impact = programImpact([e("A", 9, false), e("A", 10, true)], 10);
    expect(impact.overall.before).toEqual({ events: 1, share: 0 });
    expect(impact.overall.after).toEqual({ events: 1, share: 1 });
  });

  test("from a share of 0 the points change is told, the relative change is not", () => {
    const { overall } = programImpact([e("A", 1, false), e("A", 20, true), e("A", 21, false)], 10);
    expect(overall.pointChange).toBeCloseTo(0.5, 12);
    expect(overall.relativeChange).toBeNull();
  });

  test("with no events on one side neither change is told", () => {
    const after = programImpact([e("A", 20, true)], 10).overall;
    expect(after.before).toEqual({ events: 0, share: null });
    expect(after).toMatchObject({ pointChange: null, relativeChange: null });
    const before = programImpact([e("A", 1, true)], 10).overall;
    expect(before.after).toEqual({ events: 0, share: null });
    expect(before).toMatchObject({ pointChange: null, relativeChange: null });
  });

  test("a fall: 2 of 2 before, 1 of 4 after", () => {
    const events = [
      e("A", 1, true),
      e("B", 2, true),
      e("A", 11, true),
      e("A", 12, false),
      e("B", 13, false),
      e("B", 14, false),
    ];
    const impact = programImpact(events, 10);
    expect(impact.overall.pointChange).toBeCloseTo(-0.75, 12);
    expect(impact.overall.relativeChange).toBeCloseTo(-0.75, 12);
    expect(impact.partners.get("A")).toEqual({
      before: { events: 1, share: 1 },
      after: { events: 2, share: 0.5 },
      pointChange: -0.5,
      relativeChange: -0.5,
    });
    expect([...impact.partners.keys()]).toEqual(["A", "B"]);
  });

  test("a relative change said as a person says it, rounded to whole percent", () => {
    expect(describeChange(0)).toBe("0%");
    expect(describeChange(0.004)).toBe("0%");
    expect(describeChange(-0.004)).toBe("0%");
    expect(describeChange(0.005)).toBe("+1%");
    expect(describeChange(-0.006)).toBe("−1%");
    expect(describeChange(-1)).toBe("−100%");
  });
});

describe("what a what-if scenario changes", () => {
  const before = programTemplate("solarwave");

  test("the money settings, each KPI's target, weight and gate, and tier rows added or removed", () => {
    const [a, b] = before.kpis;
    const after: ProgramDefinition = {
      ...before,
      cap: 123,
      targetIncentive: 4567,
      listPrice: 89,
      kpis: [
        { ...a, weight: 0.9, gate: 0.1 },
        { ...b, direction: b.direction === "higher" ? "lower" : "higher" },
      ],
      tiers: before.tiers.slice(0, -1),
    };
    const kinds = scenarioChanges(before, after).map((c) => [c.kind, "field" in c ? c.field : c.tier]);
    expect(kinds).toEqual([
      ["setting", "cap"],
      ["setting", "targetIncentive"],
      ["setting", "listPrice"],
      ["kpi", "weight"],
      ["kpi", "gate"],
      ["tierRemoved", before.tiers.length - 1],
    ]);
    const added: ProgramDefinition = { ...before, tiers: [...before.tiers, { bound: 9, rate: 9, label: "Top" }] };
    expect(scenarioChanges(before, added)).toEqual([
      { kind: "tierAdded", tier: before.tiers.length, row: { bound: 9, rate: 9, label: "Top" } },
    ]);
  });

  test("settings other than money and KPIs added, removed or reordered are not a what-if's", () => {
    const [a, b] = before.kpis;
    expect(scenarioChanges(before, { ...before, decimals: 0, frequency: "annual" })).toEqual([]);
    expect(scenarioChanges(before, { ...before, kpis: [b, a] })).toEqual([]);
    expect(scenarioChanges(before, { ...before, kpis: [a] })).toEqual([]);
  });
});
