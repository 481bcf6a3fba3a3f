/*
 * The change log's differ at its edges (mutation testing, docs/testing.md), from docs/cycle.md
 * ("Change log"): a row of blanks removed, rows only the old plan has listed after the new plan's
 * rows, a change inside a row that is also added or removed, and each field's name and values.
 */
import { describePlanChanges, showPlanChange } from "../../../src/engine/cycle/changeLog";
import type { ProgramDefinition } from "../../../src/engine/program/types";
import { commissionProgram } from "./fixtures";

const lines = (a: ProgramDefinition, b: ProgramDefinition) => describePlanChanges(a, b).map(showPlanChange);

test("a tier row of blanks removed is a change too", () => {
  const before = commissionProgram();
  const blanks = { ...before, tiers: [...before.tiers, { bound: NaN, rate: NaN, label: "" }] };
  expect(lines(blanks, before)).toEqual(['tier 4 row: "tier 4" → (blank)']);
});

test("rows only the old plan has come after the new plan's rows, each field with its value before (a blank unit or target is no change)", () => {
  const before = commissionProgram();
  before.kpis.push({ ...before.kpis[0], name: "Units", unit: "", target: null, weight: 0, gate: 5 });
  const after = { ...commissionProgram(), tiers: before.tiers.map((t, i) => (i === 0 ? { ...t, label: "Base" } : t)) };
  expect(describePlanChanges(before, after)).toEqual([
    { row: "tier 1", field: "label", before: "Bronze", after: "Base" },
    { row: "kpi 2", field: "name", before: "Units", after: null },
    { row: "kpi 2", field: "direction", before: "higher", after: null },
    { row: "kpi 2", field: "targetMode", before: "fixed", after: null },
    { row: "kpi 2", field: "weight", before: 0, after: null },
    { row: "kpi 2", field: "gate", before: 5, after: null },
  ]);
});

test("a plan setting from blank to a value and back; text shown in its canonical form", () => {
  const p = commissionProgram();
  expect(lines(p, { ...p, name: 'East "Q2"' })).toEqual(['plan name: "East Reseller Commission" → "East \\"Q2\\""']);
  expect(lines(p, { ...p, listPrice: 200 })).toEqual(["plan listPrice: (blank) → 200"]);
  expect(lines({ ...p, listPrice: 200 }, p)).toEqual(["plan listPrice: 200 → (blank)"]);
  expect(lines(p, { ...p, basisKpi: null })).toEqual(["plan basisKpi: 1 → (blank)"]);
});
