/* The wizard's reducer, tier paste and number reading: pure functions. */
import {
  initialWizardModel,
  issueVisible,
  stepOfPath,
  wizardReducer,
  type WizardAction,
  type WizardModel,
} from "../../src/taskpane/components/Wizard/wizardModel";
import { cellNumber, parsePastedTiers } from "../../src/taskpane/components/shared/TierEditor/tierPaste";
import { formatMoney, formatPercent, numberText, parseNumberText } from "../../src/taskpane/components/shared/format";
import { exampleInput, NO_OVERRIDES, rewardsPreview } from "../../src/taskpane/components/Wizard/rewardsPreview";
import { validateProgram } from "../../src/engine/program/validate";
import { programTemplate } from "../../src/engine/program/templates";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";

const EN = [CATALOGS.en, "en-US"] as const;

const run = (...actions: WizardAction[]): WizardModel => actions.reduce(wizardReducer, initialWizardModel());

describe("wizard reducer", () => {
  test("a template starts the wizard on step 1 with a fresh copy", () => {
    const m = run({ type: "start", from: "salesCommission" });
    expect(m.picking).toBe(false);
    expect(m.step).toBe(0);
    expect(m.program).toEqual(programTemplate("salesCommission"));
    expect(new Set([...m.kpiKeys, ...m.tierKeys]).size).toBe(m.kpiKeys.length + m.tierKeys.length);
  });

  test("the paid-on KPI and the mapped columns follow KPI moves and removals", () => {
    let m = run(
      { type: "start", from: "resellerRebate" },
      {
        type: "source",
        source: { kind: "existing", source: "Sales", partnerColumn: "Partner", kpiColumns: ["Volume"] },
      },
      { type: "addKpi" },
      { type: "kpi", index: 1, patch: { name: "Returns" } },
    );
    expect(m.program.source).toMatchObject({ kpiColumns: ["Volume", ""] });
    m = wizardReducer(m, { type: "moveKpi", index: 1, by: -1 });
    expect(m.program.kpis.map((k) => k.name)).toEqual(["Returns", "Purchase volume"]);
    expect(m.program.basisKpi).toBe(1);
    expect(m.program.source).toMatchObject({ kpiColumns: ["", "Volume"] });
    m = wizardReducer(m, { type: "removeKpi", index: 0 });
    expect(m.program.basisKpi).toBe(0);
    expect(m.program.source).toMatchObject({ kpiColumns: ["Volume"] });
    m = wizardReducer(m, { type: "removeKpi", index: 0 });
    expect(m.program.basisKpi).toBeNull();
    expect(validateProgram(m.program).map((i) => i.path)).toEqual(expect.arrayContaining(["kpis", "basisKpi"]));
  });

  test("per-partner target columns follow KPI moves and removals too", () => {
    let m = run(
      { type: "start", from: "salesCommission" },
      {
        type: "source",
        source: {
          kind: "existing",
          source: "Sales",
          partnerColumn: "Partner",
          kpiColumns: ["Bookings"],
          targetColumns: ["Quota"],
        },
      },
      { type: "addKpi" },
    );
    expect(m.program.source).toMatchObject({ kpiColumns: ["Bookings", ""], targetColumns: ["Quota", ""] });
    m = wizardReducer(m, { type: "moveKpi", index: 1, by: -1 });
    expect(m.program.source).toMatchObject({ kpiColumns: ["", "Bookings"], targetColumns: ["", "Quota"] });
    m = wizardReducer(m, { type: "removeKpi", index: 0 });
    expect(m.program.source).toMatchObject({ kpiColumns: ["Bookings"], targetColumns: ["Quota"] });
  });

  test("moves past either end do nothing", () => {
    const m = run({ type: "start", from: "solarwave" });
    expect(wizardReducer(m, { type: "moveKpi", index: 0, by: -1 })).toBe(m);
    expect(wizardReducer(m, { type: "moveKpi", index: 1, by: 1 })).toBe(m);
  });

  test("issues show once their field is edited, or their step was left with Next", () => {
    let m = run({ type: "start", from: "scratch" });
    const nameIssue = validateProgram(m.program).find((i) => i.path === "name")!;
    expect(issueVisible(m, nameIssue)).toBe(false);
    m = wizardReducer(m, { type: "next" });
    expect(issueVisible(m, nameIssue)).toBe(true);
    m = run({ type: "start", from: "scratch" }, { type: "set", patch: { name: "" } });
    expect(issueVisible(m, nameIssue)).toBe(true);
    m = run({ type: "start", from: "scratch" }, { type: "goTo", step: 3 });
    expect(issueVisible(m, nameIssue)).toBe(true);
  });

  test("switching to a commission preselects the first KPI to pay on", () => {
    const m = run({ type: "start", from: "solarwave" }, { type: "set", patch: { payKind: "commission" } });
    expect(m.program.basisKpi).toBe(0);
  });

  test("issue paths map to the step that shows the field", () => {
    expect(["name", "currency", "periodEnd", "source"].map(stepOfPath)).toEqual([0, 0, 0, 0]);
    expect(["kpis", "kpis.1.weight", "weights"].map(stepOfPath)).toEqual([1, 1, 1]);
    expect(["tiers", "tiers.2", "cap", "basisKpi", "targetIncentive", "listPrice"].map(stepOfPath)).toEqual([
      2, 2, 2, 2, 2, 2,
    ]);
  });
});

describe("pasting tiers from Excel", () => {
  test("tab-separated rows, as Excel displays them, header skipped", () => {
    expect(
      parsePastedTiers("Lower bound\tRate\tLabel\r\n0\t2%\tBronze\r\n50,000\t3.5%\tSilver\r\n$100,000\t0.05\tGold\r\n"),
    ).toEqual([
      { bound: 0, rate: 0.02, label: "Bronze" },
      { bound: 50000, rate: 0.035, label: "Silver" },
      { bound: 100000, rate: 0.05, label: "Gold" },
    ]);
  });

  test("percent bounds become fractions; blanks and words become gaps the engine reports", () => {
    const rows = parsePastedTiers("80%\t50%\n100%\t\n")!;
    expect(rows[0]).toEqual({ bound: 0.8, rate: 0.5, label: "" });
    expect(rows[1].rate).toBeNaN();
    const p = { ...programTemplate("solarwave"), tiers: rows };
    expect(validateProgram(p).find((i) => i.path.startsWith("tiers"))).toMatchObject({
      path: "tiers.1",
      id: "tierRateBlank",
    });
  });

  test("a single value is an ordinary paste", () => {
    expect(parsePastedTiers("50000")).toBeNull();
    expect(cellNumber("USD 1,000")).toBe(1000);
    expect(cellNumber("abc")).toBeNaN();
  });
});

describe("numbers as typed and shown", () => {
  test("reads what users type", () => {
    expect(parseNumberText("")).toBeNull();
    expect(parseNumberText(" 1,250.5 ")).toBe(1250.5);
    expect(parseNumberText("70%")).toBe(70);
    expect(parseNumberText("1.")).toBe(1);
    expect(parseNumberText("0x10")).toBeNaN();
    expect(parseNumberText("twelve")).toBeNaN();
  });

  test("shows without float noise", () => {
    expect(numberText(0.7, true)).toBe("70");
    expect(numberText(0.035, true)).toBe("3.5");
    expect(numberText(500000, false)).toBe("500,000");
    expect(numberText(null, false)).toBe("");
    expect(formatPercent(1.1200000000000001)).toBe("112%");
    expect(formatMoney(22400, "CNY", 2)).toBe("CNY 22,400.00");
    expect(formatMoney(1234.5, "JPY", 0)).toBe("JPY 1,235");
  });
});

describe("worked example", () => {
  test("the example partner is 12% better than target, lower-is-better included", () => {
    const p = programTemplate("solarwave");
    p.kpis[1] = { ...p.kpis[1], direction: "lower", gate: null };
    const input = exampleInput(p, NO_OVERRIDES);
    expect(input.actuals[0]).toBeCloseTo(0.896);
    expect(input.actuals[1]).toBeCloseTo(4.2 * 0.88);
    const preview = rewardsPreview(p, NO_OVERRIDES, ...EN);
    expect(preview.ok && preview.outcome.score).toBeCloseTo(1.12);
  });

  test("says what is missing instead of a number", () => {
    const p = programTemplate("resellerRebate");
    expect(rewardsPreview({ ...p, basisKpi: null }, NO_OVERRIDES, ...EN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Choose the KPI/),
    });
    expect(rewardsPreview({ ...p, tiers: [] }, NO_OVERRIDES, ...EN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Fix the tier table/),
    });
  });

  test("a discount says the net price", () => {
    const p = {
      ...programTemplate("solarwave"),
      payKind: "discount" as const,
      listPrice: 200,
      tiers: [
        { bound: 0, rate: 0, label: "List" },
        { bound: 1.1, rate: 0.05, label: "Preferred" },
      ],
    };
    const preview = rewardsPreview(p, NO_OVERRIDES, ...EN);
    expect(preview.ok && preview.sentence).toBe(
      "A partner at 112% of target overall pays CNY 190.00 instead of CNY 200.00 (Preferred tier).",
    );
  });
});
