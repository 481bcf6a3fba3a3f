/*
 * The writes the pane makes in runWrite, each with what must be in the workbook before it, and what
 * undoGroup.test.ts and undoGroup.heavy.test.ts read from the strict Excel model's log.
 */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import {
  createProgram,
  generateDashboard,
  generateStatements,
  generateValuesOnlyStatements,
  saveScenario,
  updateProgram,
  writeTargets,
} from "../../src/workbook/programs";
import { runWrite } from "../../src/workbook/undoGroup";
import type { ModelExcel } from "../excel-model/fakeExcelFacade";

export const KEY = "SolarWave_Installer";
export const NOW = new Date(Date.UTC(2026, 5, 30));

export function partners(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `Partner ${i + 1}`, actuals: [0.9, 4.5] }));
}

/** Options of each Excel.run so far, in order ({} for a plain run). */
export const runs = (excel: ModelExcel) =>
  excel.model.log.filter((e) => e.kind === "run").map((e) => JSON.parse(JSON.stringify(e.options ?? {})));

/** Calls the model refused inside a grouped run because they do not support undo. */
export const refusedInGroup = (excel: ModelExcel) =>
  excel.model.log
    .filter((e) => (e.kind === "call" || e.kind === "set") && /^UndoNotSupported/.test(String(e.error ?? "")))
    .map((e) => `${e.target}.${e.member}`);

export const sheetNames = (excel: ModelExcel) => excel.sheetNames();

export type WriteUnderTest = (context: Excel.RequestContext) => Promise<unknown>;
const create: WriteUnderTest = (context) =>
  createProgram(context, programTemplate("solarwave"), { partners: partners(3) });
const created = async () => void (await runWrite(create));
// As the pane does: the edited program comes from the wizard, not read inside the write.
const edit: WriteUnderTest = (context) => updateProgram(context, KEY, { ...programTemplate("solarwave"), decimals: 0 });
const dashboard: WriteUnderTest = (context) => generateDashboard(context, KEY, { now: NOW });
const switchTargets: WriteUnderTest = (context) =>
  writeTargets(context, KEY, 0, [{ partnerId: "P2", target: 0.95 }], { switchToPerPartner: true });
const switched = async () => {
  await created();
  await runWrite(switchTargets);
};
const dashboardTwice = async () => {
  await created();
  await runWrite(dashboard);
};
const nothing = async () => undefined;

/** Every write the pane makes in runWrite, with what must be in the workbook before it. */
export const WRITES = [
  ["a create", nothing, create],
  ["an edit", created, edit],
  ["a first dashboard", created, dashboard],
  ["a dashboard rewritten in place", dashboardTwice, dashboard],
  ["live statements", created, (context) => generateStatements(context, KEY, { now: NOW })],
  ["values-only statements", created, (context) => generateValuesOnlyStatements(context, KEY, "all", { now: NOW })],
  ["targets with a switch to per-partner", created, switchTargets],
  ["per-partner targets", switched, switchTargets],
  [
    "a scenario sheet",
    created,
    (context) => saveScenario(context, KEY, { ...programTemplate("solarwave"), decimals: 0 }),
  ],
] as const satisfies readonly (readonly [string, () => Promise<unknown>, WriteUnderTest])[];
