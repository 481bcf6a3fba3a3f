/* What an edit changed, in words (pure). */
import { ProgramDefinition } from "../../../engine";
import { sheetLabels } from "../../labels";
import { formatMessage, workbookLanguage } from "../../words";

export function programChanges(before: ProgramDefinition, after: ProgramDefinition): string[] {
  const out: string[] = [];
  // Settings are named as the plan sheet of the message language names them.
  const setting = sheetLabels(workbookLanguage()).plan.setting;
  const settings: [string, unknown, unknown][] = [
    [setting.program, before.name.trim(), after.name.trim()],
    [setting.currency, before.currency, after.currency],
    [setting.decimals, before.decimals, after.decimals],
    [setting.periodStart, before.periodStart, after.periodStart],
    [setting.periodEnd, before.periodEnd, after.periodEnd],
    [setting.frequency, before.frequency, after.frequency],
    [setting.method, before.method, after.method],
    [
      setting.basisKpi,
      before.basisKpi === null ? null : before.kpis[before.basisKpi]?.name,
      after.basisKpi === null ? null : after.kpis[after.basisKpi]?.name,
    ],
    [setting.boundsRelative, before.boundsRelativeToTarget, after.boundsRelativeToTarget],
    [setting.cap, before.cap, after.cap],
    [setting.targetIncentive, before.targetIncentive, after.targetIncentive],
    [setting.listPrice, before.listPrice, after.listPrice],
  ];
  for (const [name, a, b] of settings) if (!same(a, b)) out.push(formatMessage("changeSetting", { setting: name }));
  const oldNames = before.kpis.map((k) => k.name.trim().toLowerCase());
  const newNames = after.kpis.map((k) => k.name.trim().toLowerCase());
  for (const k of after.kpis)
    if (!oldNames.includes(k.name.trim().toLowerCase()))
      out.push(formatMessage("changeKpiAdded", { kpi: k.name.trim() }));
  for (const k of before.kpis)
    if (!newNames.includes(k.name.trim().toLowerCase()))
      out.push(formatMessage("changeKpiRemoved", { kpi: k.name.trim() }));
  for (const k of after.kpis) {
    const old = before.kpis.find((o) => o.name.trim().toLowerCase() === k.name.trim().toLowerCase());
    if (old && !same({ ...old, name: "" }, { ...k, name: "" }))
      out.push(formatMessage("changeKpiChanged", { kpi: k.name.trim() }));
  }
  const common = newNames.filter((n) => oldNames.includes(n));
  if (common.join("\n") !== oldNames.filter((n) => newNames.includes(n)).join("\n"))
    out.push(formatMessage("changeKpisReordered"));
  if (before.tiers.length !== after.tiers.length)
    out.push(formatMessage("changeTierRows", { before: before.tiers.length, after: after.tiers.length }));
  else if (!same(before.tiers, after.tiers)) out.push(formatMessage("changeTiers"));
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
