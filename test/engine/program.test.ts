/* Programs: validation with the engine's own rules, templates, and one partner evaluated by hand. */
import {
  PROGRAM_TEMPLATES,
  ProgramDefinition,
  emptyProgram,
  evaluatePartner,
  payoutCurve,
  programTemplate,
  programTierTable,
  validateProgram,
} from "../../src/engine";

const paths = (p: ProgramDefinition) => validateProgram(p).map((i) => i.path);

describe("templates", () => {
  test.each(PROGRAM_TEMPLATES.map((t) => [t.id]))("%s is valid as it comes", (id) => {
    expect(validateProgram(programTemplate(id as never))).toEqual([]);
  });

  test("each call gives a fresh copy", () => {
    const a = programTemplate("solarwave");
    a.kpis[0].name = "changed";
    expect(programTemplate("solarwave").kpis[0].name).toBe("On-time installs");
  });

  test("an empty program only lacks its name", () => {
    expect(paths(emptyProgram())).toEqual(["name"]);
  });
});

describe("validateProgram", () => {
  const base = () => programTemplate("solarwave");

  test("weights must add up to 100%, with the total in the message", () => {
    const p = base();
    p.kpis[1].weight = 0.2;
    const issue = validateProgram(p).find((i) => i.path === "weights");
    expect(issue?.message).toBe("Weights add up to 90%; they must add up to 100%.");
  });

  test("0.1 + 0.2 + 0.7 counts as 100%", () => {
    const p = base();
    p.kpis = [0.1, 0.2, 0.7].map((weight, i) => ({ ...p.kpis[0], name: `K${i}`, weight }));
    expect(paths(p)).toEqual([]);
  });

  test("tier rows are checked by the functions' parser, on the row the user typed", () => {
    const p = base();
    p.tiers[2].bound = 1.0;
    const issue = validateProgram(p).find((i) => i.path.startsWith("tiers"));
    expect(issue).toMatchObject({ path: "tiers.2", id: "tierNotAscending" });
    expect(issue?.message).toMatch(/row 3/);
    p.tiers[2].bound = NaN;
    expect(validateProgram(p).find((i) => i.path.startsWith("tiers"))?.id).toBe("tierBoundBlank");
  });

  test.each([
    ["name", (p: ProgramDefinition) => (p.name = "  ")],
    ["name", (p: ProgramDefinition) => (p.name = "Q1 [draft]")],
    ["currency", (p: ProgramDefinition) => (p.currency = "yuan")],
    ["decimals", (p: ProgramDefinition) => (p.decimals = 2.5)],
    ["periodStart", (p: ProgramDefinition) => (p.periodStart = "2026-02-30")],
    ["periodEnd", (p: ProgramDefinition) => (p.periodEnd = "2025-12-31")],
    ["kpis.1.name", (p: ProgramDefinition) => (p.kpis[1].name = "on-time INSTALLS")],
    ["kpis.0.target", (p: ProgramDefinition) => (p.kpis[0].target = 0)],
    ["kpis.0.weight", (p: ProgramDefinition) => (p.kpis[0].weight = 1.2)],
    ["kpis.1.gate", (p: ProgramDefinition) => (p.kpis[1].gate = NaN)],
    ["targetIncentive", (p: ProgramDefinition) => (p.targetIncentive = null)],
    ["cap", (p: ProgramDefinition) => (p.cap = -1)],
    ["kpis", (p: ProgramDefinition) => (p.kpis = [])],
  ])("%s is reported where it is wrong", (path, breakIt) => {
    const p = base();
    breakIt(p);
    expect(paths(p)).toContain(path);
  });

  test("commission needs a basis KPI, and a target on it when bounds are relative", () => {
    const p = programTemplate("salesCommission");
    p.basisKpi = null;
    expect(paths(p)).toContain("basisKpi");
    const q = programTemplate("salesCommission");
    q.kpis[0].targetMode = "fixed";
    q.kpis[0].target = null;
    expect(paths(q)).toEqual(expect.arrayContaining(["kpis.0.target", "basisKpi"]));
  });

  test("an existing data source must map the partner and every KPI", () => {
    const p = base();
    p.source = { kind: "existing", source: "Results", partnerColumn: "Partner", kpiColumns: ["On time", ""] };
    expect(paths(p)).toEqual(["source"]);
    p.source.kpiColumns[1] = "CSAT avg";
    expect(paths(p)).toEqual([]);
  });
});

describe("evaluatePartner", () => {
  test("SolarWave: attainments, weighted score, CSAT gate, the curve's bonus", () => {
    const p = programTemplate("solarwave");
    const table = programTierTable(p);
    // On-time 0.88 of a 0.8 target = 1.1; CSAT 4.2 of 4.2 = 1.0; score 0.7×1.1 + 0.3×1.0 = 1.07.
    const r = evaluatePartner(p, table, { actuals: [0.88, 4.2] });
    expect(r.attainments[0]).toBeCloseTo(1.1, 12);
    expect(r.attainments[1]).toBe(1);
    expect(r.score).toBeCloseTo(1.07, 12);
    expect(r.gateMet).toBe(true);
    expect(r.tier).toBe("Silver");
    // Curve between 1.0 (100%) and 1.2 (150%): 1.07 → 117.5% of 20,000 = 23,500.
    expect(r.payout).toBeCloseTo(23500, 6);

    const gated = evaluatePartner(p, table, { actuals: [0.88, 3.7] });
    expect(gated.gateMet).toBe(false);
    expect(gated.payout).toBe(0);
  });

  test("commission against per-partner targets pays band by band (SPEC's T2 example)", () => {
    const p = programTemplate("salesCommission");
    const r = evaluatePartner(p, programTierTable(p), { actuals: [130000], targets: [100000] });
    expect(r.payout).toBe(5800);
    expect(r.tier).toBe("Accelerator");
    expect(r.explanation?.rows.map((row) => row.tier)).toEqual(["Base", "Accelerator"]);
  });

  test("retro rebate pays the whole volume at the tier reached", () => {
    const p = programTemplate("resellerRebate");
    // 600,000 × 3.5% in binary floating point is 21,000.000000000004, as in Excel itself; sheets round money.
    expect(evaluatePartner(p, programTierTable(p), { actuals: [600000] }).payout).toBeCloseTo(21000, 9);
  });

  test("a missing actual leaves the score empty and pays nothing", () => {
    const p = programTemplate("solarwave");
    const r = evaluatePartner(p, programTierTable(p), { actuals: [null, 4.5] });
    expect(r.score).toBeNull();
    expect(r.payout).toBe(0);
  });

  test("payout curve: bonus capped at 150% of the target incentive", () => {
    const p = programTemplate("solarwave");
    const points = payoutCurve(p, programTierTable(p), 0, 2, 20);
    expect(points).toHaveLength(21);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points[10]).toEqual({ x: 1, y: 20000 });
    expect(Math.max(...points.map((pt) => pt.y))).toBe(30000);
  });
});
