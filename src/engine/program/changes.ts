/**
 * What an edit changes in a program, as data: the one description of a change. Each floor words
 * it in its own language (the wizard's review and saved message, the what-if's Apply confirmation,
 * the scenario sheet); the values stay values so each can format (and write) them as such.
 *
 * KPIs are matched by name (trimmed, any case), as an edit writes them back; tiers by position.
 * The sheets' language is not compared: it is how the plan is written, not what it pays.
 */
import type { DataSource, ProgramDefinition, ProgramKpi, TierRow } from "./types";

/** The money settings a what-if can change. */
export type MoneySetting = "cap" | "targetIncentive" | "listPrice";

export type ProgramChange =
  | {
      readonly kind: "setting";
      readonly field: MoneySetting;
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly kind: "setting";
      readonly field: "name" | "currency" | "periodStart" | "periodEnd" | "frequency" | "payKind" | "method";
      readonly before: string;
      readonly after: string;
    }
  | { readonly kind: "setting"; readonly field: "decimals"; readonly before: number; readonly after: number }
  /** The basis KPI by name; null for none. */
  | {
      readonly kind: "setting";
      readonly field: "basisKpi";
      readonly before: string | null;
      readonly after: string | null;
    }
  | {
      readonly kind: "setting";
      readonly field: "boundsRelativeToTarget";
      readonly before: boolean;
      readonly after: boolean;
    }
  | { readonly kind: "setting"; readonly field: "source"; readonly before: DataSource; readonly after: DataSource }
  /** `kpi` is the KPI's position in the program it is in (after, or before for a removed one). */
  | { readonly kind: "kpiAdded" | "kpiRemoved"; readonly kpi: number; readonly name: string }
  | {
      readonly kind: "kpi";
      readonly kpi: number;
      readonly name: string;
      readonly field: "target" | "weight" | "gate";
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly kind: "kpi";
      readonly kpi: number;
      readonly name: string;
      readonly field: "unit" | "direction" | "targetMode";
      readonly before: string;
      readonly after: string;
    }
  /** The KPIs both sides have are in another order. */
  | { readonly kind: "kpisReordered" }
  | {
      readonly kind: "tier";
      /** Zero-based tier row. */
      readonly tier: number;
      readonly field: "bound" | "rate" | "label";
      readonly before: number | string | null;
      readonly after: number | string | null;
    }
  /** A tier row only one side has: `row` is that row. */
  | { readonly kind: "tierAdded" | "tierRemoved"; readonly tier: number; readonly row: TierRow };

type SettingChange = Extract<ProgramChange, { kind: "setting" }>;

const differs = (a: unknown, b: unknown) => !(a === b || (Number.isNaN(a) && Number.isNaN(b)));
const kpiKey = (k: ProgramKpi) => k.name.trim().toLowerCase();
const basisName = (p: ProgramDefinition) => (p.basisKpi === null ? null : (p.kpis[p.basisKpi]?.name.trim() ?? null));

/** Where the partner data lives, with a column left out written as blank (as the plan's rows hold it). */
function sourceKey(p: ProgramDefinition): string {
  const s = p.source;
  if (s.kind === "new") return "new";
  const columns = p.kpis.map((_, i) => [s.kpiColumns[i] ?? "", s.targetColumns?.[i] ?? ""]);
  return JSON.stringify([s.source, s.partnerColumn, s.partnerNameColumn ?? "", columns].flat(2).map((x) => x.trim()));
}

function settingChanges(a: ProgramDefinition, b: ProgramDefinition): SettingChange[] {
  const out: SettingChange[] = [];
  if (differs(a.name.trim(), b.name.trim()))
    out.push({ kind: "setting", field: "name", before: a.name.trim(), after: b.name.trim() });
  if (differs(a.currency.trim(), b.currency.trim()))
    out.push({ kind: "setting", field: "currency", before: a.currency.trim(), after: b.currency.trim() });
  if (differs(a.decimals, b.decimals))
    out.push({ kind: "setting", field: "decimals", before: a.decimals, after: b.decimals });
  for (const field of ["periodStart", "periodEnd", "frequency", "payKind", "method"] as const)
    if (differs(a[field], b[field])) out.push({ kind: "setting", field, before: a[field], after: b[field] });
  if (differs(basisName(a), basisName(b)))
    out.push({ kind: "setting", field: "basisKpi", before: basisName(a), after: basisName(b) });
  if (differs(a.boundsRelativeToTarget, b.boundsRelativeToTarget))
    out.push({
      kind: "setting",
      field: "boundsRelativeToTarget",
      before: a.boundsRelativeToTarget,
      after: b.boundsRelativeToTarget,
    });
  for (const field of ["cap", "targetIncentive", "listPrice"] as const)
    if (differs(a[field], b[field])) out.push({ kind: "setting", field, before: a[field], after: b[field] });
  if (sourceKey(a) !== sourceKey(b)) out.push({ kind: "setting", field: "source", before: a.source, after: b.source });
  return out;
}

function kpiChanges(a: ProgramDefinition, b: ProgramDefinition): ProgramChange[] {
  const was = new Map(a.kpis.map((k) => [kpiKey(k), k]));
  const now = new Set(b.kpis.map(kpiKey));
  const out: ProgramChange[] = [];
  b.kpis.forEach((k, i) => {
    const old = was.get(kpiKey(k));
    const name = k.name.trim();
    if (!old) {
      out.push({ kind: "kpiAdded", kpi: i, name });
      return;
    }
    for (const field of ["unit", "direction", "targetMode"] as const)
      if (differs(old[field].trim(), k[field].trim()))
        out.push({ kind: "kpi", kpi: i, name, field, before: old[field].trim(), after: k[field].trim() });
    for (const field of ["target", "weight", "gate"] as const)
      if (differs(old[field], k[field]))
        out.push({ kind: "kpi", kpi: i, name, field, before: old[field], after: k[field] });
  });
  a.kpis.forEach((k, i) => {
    if (!now.has(kpiKey(k))) out.push({ kind: "kpiRemoved", kpi: i, name: k.name.trim() });
  });
  const order = (p: ProgramDefinition) =>
    p.kpis
      .map(kpiKey)
      .filter((key) => was.has(key) && now.has(key))
      .join("\u0000");
  if (order(a) !== order(b)) out.push({ kind: "kpisReordered" });
  return out;
}

function tierChanges(a: ProgramDefinition, b: ProgramDefinition): ProgramChange[] {
  const out: ProgramChange[] = [];
  const n = Math.max(a.tiers.length, b.tiers.length);
  for (let t = 0; t < n; t++) {
    const x = a.tiers[t];
    const y = b.tiers[t];
    if (!x) out.push({ kind: "tierAdded", tier: t, row: { ...y } });
    else if (!y) out.push({ kind: "tierRemoved", tier: t, row: { ...x } });
    else
      for (const field of ["bound", "rate", "label"] as const) {
        const [before, after] = field === "label" ? [x.label.trim(), y.label.trim()] : [x[field], y[field]];
        if (differs(before, after)) out.push({ kind: "tier", tier: t, field, before, after });
      }
  }
  return out;
}

/** Everything that differs from `before` to `after`: settings, then KPIs, then tiers, each in the program's order. */
export function programChanges(before: ProgramDefinition, after: ProgramDefinition): ProgramChange[] {
  return [...settingChanges(before, after), ...kpiChanges(before, after), ...tierChanges(before, after)];
}
