/*
 * npm run verify -- FILE.xlsx --plan (issue 17 item 3): the plan health section of a program
 * workbook saved as .xlsx, over the partners its data table holds. The test plan is the SPEC's T1
 * paid retro, written by the add-in's own createProgram and saved as `npm run sample:xlsx` saves.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ProgramDefinition } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { runVerify } from "../../scripts/verify/cli";
import { Snap, engineResults, snapshotToWorkbook } from "../../scripts/verify/sampleXlsx";
import { xlsxBytes } from "./xlsxBytes";
import { commission } from "../engine/health/fixtures";

// Reaching 100,000 pays 100,000 × (5% − 3%) = CNY 2,000.00 at once; all of Silver pays CNY 1,500.00.
// Alpha (95,000) and Beta (92,000) are within 10% below it.
const SEEDS: PartnerSeed[] = [
  { id: "A", name: "Alpha", actuals: [95000] },
  { id: "B", name: "Beta", actuals: [92000] },
  { id: "C", name: "Gamma", actuals: [60000] },
  { id: "D", name: "Delta", actuals: [120000] },
];

let file: string;

beforeAll(async () => {
  const p: ProgramDefinition = { ...commission(), name: "Cliff Test" };
  const excel = new ModelExcel({ excelApi: "1.20" });
  await createProgram(excel.context, p, { partners: SEEDS });
  const snap = excel.model.snapshot() as unknown as Snap;
  const buffer = xlsxBytes(snapshotToWorkbook(snap, engineResults(snap)));
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-plan-")), "cliff.xlsx");
  fs.writeFileSync(file, buffer);
});

test("--plan prints the health section after the summary: the retro cliff, its numbers, who is within reach, the fix", async () => {
  const { code, stdout } = await runVerify([file, "--plan"]);
  expect(code).toBe(0);
  const section = stdout.slice(stdout.indexOf("\nPlan health: program Cliff Test\n"));
  expect(section.split("\n").slice(1, 8)).toEqual([
    "Plan health: program Cliff Test",
    "  Warning: Cliff at Gold",
    "    Reaching CNY 100,000 pays CNY 2,000.00 more at once (5% instead of 3% on the whole amount, retro): more than the whole of Silver pays (CNY 1,500.00).",
    "    2 partners within 10% below it, closest first:",
    "      - Alpha (A): CNY 95,000, CNY 5,000 short",
    "      - Beta (B): CNY 92,000, CNY 8,000 short",
    "    Try Gold's rate at 4.5%: the jump is then what the tier below pays.",
  ]);
  // Every partner has at least 60,000: Silver (from 50,000) is everybody's.
  expect(section).toMatch(/\n  Warning: Everybody reached Silver\n    All 4 partners reached CNY 50,000 or more;/);
  expect(stdout).toMatch(/4 partners, \d+ cells checked, 0 difference\(s\): OK\n\nPlan health/);
});

test("without --plan there is no health section", async () => {
  const { stdout } = await runVerify([file]);
  expect(stdout).not.toMatch(/Plan health/);
});

test("--json --plan: each finding's data (id, numbers, fix as edits) with its words", async () => {
  const json = JSON.parse((await runVerify([file, "--json", "--plan"])).stdout);
  expect(json.status).toBe("ok");
  const [cliff] = json.planHealth[0].findings;
  expect(json.planHealth[0]).toMatchObject({ key: "Cliff_Test", name: "Cliff Test" });
  expect(cliff).toMatchObject({
    check: "cliff",
    severity: "warning",
    tier: 2,
    bound: 100000,
    suggestedRate: 0.045,
    fix: [{ kind: "tier", tier: 2, field: "rate", value: 0.045 }],
    words: { title: "Cliff at Gold", fix: "Try Gold's rate at 4.5%: the jump is then what the tier below pays." },
  });
  expect(cliff.jump).toBeCloseTo(2000, 6);
  expect(cliff.withinReach.map((w: { index: number }) => w.index)).toEqual([0, 1]);
  expect(JSON.parse((await runVerify([file, "--json"])).stdout).planHealth).toBeUndefined();
});
