/* The one description of a program change (src/engine/program/changes.ts) and the what-if's view of it. */
import { ProgramDefinition, programChanges, programTemplate, scenarioChanges } from "../../src/engine";

const before = programTemplate("solarwave");

describe("programChanges", () => {
  test("nothing changed is nothing; the sheets' language and spaces around names are not changes", () => {
    expect(programChanges(before, before)).toEqual([]);
    expect(programChanges(before, { ...before, sheetLanguage: "zh", name: ` ${before.name} ` })).toEqual([]);
  });

  test("each setting, old → new, with the basis KPI by name", () => {
    const after: ProgramDefinition = { ...before, currency: "USD", decimals: 0, cap: 5000, frequency: "annual" };
    expect(programChanges(before, after)).toEqual([
      { kind: "setting", field: "currency", before: "CNY", after: "USD" },
      { kind: "setting", field: "decimals", before: before.decimals, after: 0 },
      { kind: "setting", field: "frequency", before: before.frequency, after: "annual" },
      { kind: "setting", field: "cap", before: before.cap, after: 5000 },
    ]);
  });

  test("KPIs by name: a changed field, one added, one removed, the rest reordered", () => {
    const [a, b] = before.kpis;
    const after: ProgramDefinition = {
      ...before,
      kpis: [
        { ...a, weight: 1 },
        { ...b, name: "NPS", weight: 0 },
      ],
    };
    expect(programChanges(before, after)).toEqual([
      { kind: "kpi", kpi: 0, name: a.name, field: "weight", before: a.weight, after: 1 },
      { kind: "kpiAdded", kpi: 1, name: "NPS" },
      { kind: "kpiRemoved", kpi: 1, name: b.name },
    ]);
    expect(programChanges(before, { ...before, kpis: [b, a] })).toEqual([{ kind: "kpisReordered" }]);
  });

  test("tiers by position: a value changed, a row added", () => {
    const after: ProgramDefinition = {
      ...before,
      tiers: [...before.tiers.slice(0, 2), { ...before.tiers[2], bound: 1.3 }, { bound: 1.5, rate: 2, label: "P" }],
    };
    expect(programChanges(before, after)).toEqual([
      { kind: "tier", tier: 2, field: "bound", before: before.tiers[2].bound, after: 1.3 },
      { kind: "tierAdded", tier: 3, row: { bound: 1.5, rate: 2, label: "P" } },
    ]);
    expect(programChanges(after, before)).toContainEqual({ kind: "tierRemoved", tier: 3, row: after.tiers[3] });
  });

  test("the what-if's view keeps only what a what-if can change", () => {
    const after: ProgramDefinition = {
      ...before,
      currency: "USD",
      cap: 100,
      kpis: [{ ...before.kpis[0], unit: "x", target: 0.5 }, before.kpis[1]],
    };
    expect(scenarioChanges(before, after)).toEqual([
      { kind: "setting", field: "cap", before: before.cap, after: 100 },
      { kind: "kpi", kpi: 0, name: before.kpis[0].name, field: "target", before: before.kpis[0].target, after: 0.5 },
    ]);
  });
});
