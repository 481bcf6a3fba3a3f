/*
 * programChanges on each field and at its edges (mutation testing, docs/testing.md), from the
 * rules in src/engine/program/changes.ts's header: KPIs matched by name (trimmed, any case), tiers
 * by position, names and texts compared trimmed, a blank number (NaN) equal to another blank,
 * a column left out equal to a blank one; settings, then KPIs, then tiers.
 */
import { DataSource, ProgramDefinition, programChanges, programTemplate } from "../../../src/engine";

const solar = () => programTemplate("solarwave"); // bonus; KPIs "On-time installs" and "CSAT"; tiers Bronze/Silver/Gold
const rebate = () => programTemplate("resellerRebate"); // basis KPI "Purchase volume"
const changes = (a: ProgramDefinition, b: ProgramDefinition) => programChanges(a, b);

describe("settings", () => {
  test("the name, the currency and each text setting, trimmed", () => {
    const a = solar();
    const b: ProgramDefinition = {
      ...a,
      name: "  Q3 plan ",
      currency: " USD ",
      periodStart: "2026-02-01",
      periodEnd: "2026-10-31",
      payKind: "discount",
      method: "retro",
    };
    expect(changes(a, b)).toEqual([
      { kind: "setting", field: "name", before: a.name, after: "Q3 plan" },
      { kind: "setting", field: "currency", before: "CNY", after: "USD" },
      { kind: "setting", field: "periodStart", before: "2026-01-01", after: "2026-02-01" },
      { kind: "setting", field: "periodEnd", before: "2026-09-30", after: "2026-10-31" },
      { kind: "setting", field: "payKind", before: "bonus", after: "discount" },
      { kind: "setting", field: "method", before: "linear", after: "retro" },
    ]);
    expect(changes({ ...a, name: ` ${a.name}` }, { ...a, name: `${a.name} ` })).toEqual([]);
    expect(changes({ ...a, currency: " CNY" }, a)).toEqual([]);
  });

  test("the basis KPI by name: moved with its KPI is no change; none, or one out of range, is null", () => {
    const a = rebate();
    const other = { ...a.kpis[0], name: "Units", weight: 0 };
    // The basis moves from position 0 to 1 with its KPI: the same KPI by name.
    const moved: ProgramDefinition = { ...a, kpis: [other, a.kpis[0]], basisKpi: 1 };
    expect(changes(a, moved).filter((c) => c.kind === "setting")).toEqual([]);
    // Same position, another KPI: a change, by name.
    const swapped: ProgramDefinition = { ...moved, basisKpi: 0 };
    expect(changes(moved, swapped)).toEqual([
      { kind: "setting", field: "basisKpi", before: "Purchase volume", after: "Units" },
    ]);
    expect(changes(a, { ...a, basisKpi: null })).toEqual([
      { kind: "setting", field: "basisKpi", before: "Purchase volume", after: null },
    ]);
    expect(changes({ ...a, basisKpi: 5 }, a)).toEqual([
      { kind: "setting", field: "basisKpi", before: null, after: "Purchase volume" },
    ]);
    expect(changes({ ...a, basisKpi: 5 }, { ...a, basisKpi: null })).toEqual([]);
    const spaced: ProgramDefinition = { ...a, kpis: [{ ...a.kpis[0], name: " Purchase volume " }] };
    expect(changes(a, spaced).filter((c) => c.kind === "setting")).toEqual([]);
  });

  test("bounds relative to target, the target incentive and the list price", () => {
    const a = solar();
    const b: ProgramDefinition = { ...a, boundsRelativeToTarget: true, targetIncentive: 25000, listPrice: 200 };
    expect(changes(a, b)).toEqual([
      { kind: "setting", field: "boundsRelativeToTarget", before: false, after: true },
      { kind: "setting", field: "targetIncentive", before: 20000, after: 25000 },
      { kind: "setting", field: "listPrice", before: null, after: 200 },
    ]);
    expect(changes({ ...a, cap: NaN }, { ...a, cap: NaN })).toEqual([]);
    expect(changes({ ...a, cap: null }, { ...a, cap: 0 })).toEqual([
      { kind: "setting", field: "cap", before: null, after: 0 },
    ]);
  });

  test("where the data lives: blank or missing columns are the same; spaces do not count; other columns do", () => {
    const a = solar();
    const existing = (s: Partial<Extract<DataSource, { kind: "existing" }>>): ProgramDefinition => ({
      ...a,
      source: { kind: "existing", source: "Results", partnerColumn: "Partner", kpiColumns: ["On time", "CSAT"], ...s },
    });
    const base = existing({});
    expect(changes(a, base)).toEqual([{ kind: "setting", field: "source", before: a.source, after: base.source }]);
    expect(changes(base, a)).toEqual([{ kind: "setting", field: "source", before: base.source, after: a.source }]);
    for (const same of [
      existing({ targetColumns: ["", " "] }),
      existing({ partnerNameColumn: "" }),
      existing({ source: " Results ", partnerColumn: "Partner ", kpiColumns: [" On time", "CSAT"] }),
    ])
      expect(changes(base, same)).toEqual([]);
    for (const other of [
      existing({ source: "Results2" }),
      existing({ partnerColumn: "ID" }),
      existing({ partnerNameColumn: "Name" }),
      existing({ kpiColumns: ["On time", "NPS"] }),
      existing({ kpiColumns: ["On time"] }),
      existing({ targetColumns: ["", "CSAT target"] }),
    ])
      expect(changes(base, other).map((c) => c.kind === "setting" && c.field)).toEqual(["source"]);
    // A column for a KPI the program does not have is not read.
    expect(changes(base, existing({ kpiColumns: ["On time", "CSAT", "Extra"] }))).toEqual([]);
  });
});

describe("KPIs", () => {
  test("matched by name, trimmed and in any case; each field old → new, texts trimmed", () => {
    const a = solar();
    const [k0, k1] = a.kpis;
    const b: ProgramDefinition = {
      ...a,
      kpis: [
        { ...k0, name: " ON-TIME Installs ", unit: " % ", direction: "lower", targetMode: "perPartner", target: null },
        { ...k1, gate: null, unit: "points" },
      ],
    };
    expect(changes(a, b)).toEqual([
      { kind: "kpi", kpi: 0, name: "ON-TIME Installs", field: "direction", before: "higher", after: "lower" },
      { kind: "kpi", kpi: 0, name: "ON-TIME Installs", field: "targetMode", before: "fixed", after: "perPartner" },
      { kind: "kpi", kpi: 0, name: "ON-TIME Installs", field: "target", before: 0.8, after: null },
      { kind: "kpi", kpi: 1, name: "CSAT", field: "unit", before: "score (1-5)", after: "points" },
      { kind: "kpi", kpi: 1, name: "CSAT", field: "gate", before: 3.8, after: null },
    ]);
  });

  test("added and removed KPIs are named trimmed, at their positions; the others are not reordered by them", () => {
    const a = solar();
    const [k0, k1] = a.kpis;
    const added: ProgramDefinition = { ...a, kpis: [{ ...k1, name: " NPS " }, k0, k1] };
    expect(changes(a, added)).toEqual([{ kind: "kpiAdded", kpi: 0, name: "NPS" }]);
    expect(changes(added, a)).toEqual([{ kind: "kpiRemoved", kpi: 0, name: "NPS" }]);
    const removed: ProgramDefinition = { ...a, kpis: [k1] };
    expect(changes(a, removed)).toEqual([{ kind: "kpiRemoved", kpi: 0, name: k0.name }]);
  });

  test("the KPIs both sides have, in another order: one change, after the KPIs' own", () => {
    const a = solar();
    const [k0, k1] = a.kpis;
    expect(
      changes(a, {
        ...a,
        kpis: [
          { ...k1, weight: 0.7 },
          { ...k0, weight: 0.3 },
        ],
      }),
    ).toEqual([
      { kind: "kpi", kpi: 0, name: "CSAT", field: "weight", before: 0.3, after: 0.7 },
      { kind: "kpi", kpi: 1, name: k0.name, field: "weight", before: 0.7, after: 0.3 },
      { kind: "kpisReordered" },
    ]);
  });
});

describe("tiers and the order of it all", () => {
  test("tiers by position: a rate, a label (trimmed), blanks equal to blanks, a removed row as it was", () => {
    const a = solar();
    const b: ProgramDefinition = {
      ...a,
      tiers: [
        { ...a.tiers[0], label: " Bronze " },
        { ...a.tiers[1], rate: 1.1, label: "Argent" },
      ],
    };
    expect(changes(a, b)).toEqual([
      { kind: "tier", tier: 1, field: "rate", before: 1, after: 1.1 },
      { kind: "tier", tier: 1, field: "label", before: "Silver", after: "Argent" },
      { kind: "tierRemoved", tier: 2, row: a.tiers[2] },
    ]);
    const blank = { ...a, tiers: [{ bound: NaN, rate: NaN, label: "" }] };
    expect(changes(blank, { ...blank, tiers: [{ bound: NaN, rate: NaN, label: " " }] })).toEqual([]);
    expect(changes(blank, { ...blank, tiers: [{ bound: 0, rate: NaN, label: "" }] })).toEqual([
      { kind: "tier", tier: 0, field: "bound", before: NaN, after: 0 },
    ]);
  });

  test("an added or removed row is a copy, not the program's own", () => {
    const a = solar();
    const b: ProgramDefinition = { ...a, tiers: [...a.tiers, { bound: 1.5, rate: 2, label: "Platinum" }] };
    const [added] = changes(a, b);
    expect(added).toEqual({ kind: "tierAdded", tier: 3, row: b.tiers[3] });
    expect(added.kind === "tierAdded" && added.row).not.toBe(b.tiers[3]);
    const [removed] = changes(b, a);
    expect(removed.kind === "tierRemoved" && removed.row).not.toBe(b.tiers[3]);
  });

  test("settings first, then KPIs, then tiers", () => {
    const a = solar();
    const b: ProgramDefinition = {
      ...a,
      tiers: [{ ...a.tiers[0], rate: 0.4 }, ...a.tiers.slice(1)],
      kpis: [{ ...a.kpis[0], gate: 0.5 }, a.kpis[1]],
      cap: 2,
    };
    expect(changes(a, b).map((c) => c.kind)).toEqual(["setting", "kpi", "tier"]);
  });
});

describe("spaces on the old side, and keys that run together", () => {
  test("old values are trimmed too: in the comparison and in what is shown", () => {
    const a = solar();
    expect(changes({ ...a, name: " Old plan " }, { ...a, name: "New plan" })).toEqual([
      { kind: "setting", field: "name", before: "Old plan", after: "New plan" },
    ]);
    expect(changes(a, { ...a, currency: "CNY " })).toEqual([]);
    expect(changes({ ...a, currency: " USD" }, { ...a, currency: "EUR" })).toEqual([
      { kind: "setting", field: "currency", before: "USD", after: "EUR" },
    ]);
    const spaced: ProgramDefinition = { ...a, kpis: [{ ...a.kpis[0], unit: " % " }, a.kpis[1]] };
    expect(changes(spaced, a)).toEqual([]);
    const unit = (u: string): ProgramDefinition => ({ ...a, kpis: [{ ...a.kpis[0], unit: u }, a.kpis[1]] });
    expect(changes(unit(" pct "), unit(" percent "))).toEqual([
      { kind: "kpi", kpi: 0, name: a.kpis[0].name, field: "unit", before: "pct", after: "percent" },
    ]);
    const label: ProgramDefinition = { ...a, tiers: [{ ...a.tiers[0], label: " Bronze " }, ...a.tiers.slice(1)] };
    expect(changes(label, a)).toEqual([]);
  });

  test("a KPI's column left out is the same as a blank one", () => {
    const a = solar();
    const existing = (kpiColumns: string[]): ProgramDefinition => ({
      ...a,
      source: { kind: "existing", source: "Results", partnerColumn: "Partner", kpiColumns },
    });
    expect(changes(existing(["On time"]), existing(["On time", ""]))).toEqual([]);
  });

  test("KPIs whose names run together are still told apart when reordered", () => {
    const a = solar();
    const named: ProgramDefinition = {
      ...a,
      kpis: [
        { ...a.kpis[0], name: "A" },
        { ...a.kpis[1], name: "AA" },
      ],
    };
    expect(changes(named, { ...named, kpis: [named.kpis[1], named.kpis[0]] })).toEqual([{ kind: "kpisReordered" }]);
  });
});
