/*
 * The wizard's state as a pure reducer: the program being edited, the step, and which issues
 * the user has been shown. No business rules here: validity comes from validateProgram.
 */
import { emptyProgram, programTemplate, type TemplateId } from "../../../engine/program/templates";
import type { DataSource, ProgramDefinition, ProgramKpi, SheetLanguage, TierRow } from "../../../engine/program/types";
import type { ProgramIssue } from "../../../engine/program/validate";

/** The four steps; their titles are the catalogue's wizard.stepTitles, in the same order. */
export const STEPS = ["program", "kpis", "rewards", "review"] as const;
export type StepIndex = 0 | 1 | 2 | 3;
export const REVIEW_STEP: StepIndex = 3;

export type StartFrom = TemplateId | "scratch";

/** The step that shows the field an issue's path points at ("kpis.1.weight" → KPIs). */
export function stepOfPath(path: string): StepIndex {
  switch (path.split(".")[0]) {
    case "kpis":
    case "weights":
      return 1;
    case "basisKpi":
    case "method":
    case "tiers":
    case "cap":
    case "targetIncentive":
    case "listPrice":
      return 2;
    default:
      return 0;
  }
}

export type { EditRequest } from "../shared/editRequest";

export interface WizardModel {
  /** True while the template list is showing (before step 1, or after Back from step 1). */
  picking: boolean;
  /** What the current draft started from; null before the first pick. */
  startedFrom: StartFrom | null;
  program: ProgramDefinition;
  step: StepIndex;
  /** Stable React keys for KPI and tier rows, so fields and focus follow a row when it moves. */
  kpiKeys: number[];
  tierKeys: number[];
  nextKey: number;
  /** Field paths (and groups: "weights", "tiers", "kpis", "source") the user has edited. */
  touched: ReadonlySet<string>;
  /** Steps whose every issue is shown: left with Next, or reached from the review. */
  revealed: ReadonlySet<StepIndex>;
  /** Fill a new data table with the SolarWave sample (SolarWave template only). */
  withSample: boolean;
  /** Polite announcement for screen readers after list changes, worded by the view in the pane's language. */
  announcement: Announcement | null;
  /** Set while an existing program is edited: its key, and the program as last read or saved (what the diff is against). */
  editing: { key: string; original: ProgramDefinition } | null;
}

/** What a list change announces: the KPI's name (null: unnamed) or the row's 1-based number. */
export type Announcement =
  | { kind: "kpiAdded"; n: number }
  | { kind: "kpiRemoved"; name: string | null; n: number }
  | { kind: "kpiMoved"; name: string | null; n: number; position: number; count: number }
  | { kind: "tierAdded"; n: number }
  | { kind: "tierRemoved"; n: number }
  | { kind: "tiersPasted"; n: number };

export type WizardAction =
  /** A new draft from a template (or nothing), its names and sheets in `language` (the pane's). */
  | { type: "start"; from: StartFrom; language?: SheetLanguage }
  | { type: "showTemplates" }
  | { type: "resume" }
  | { type: "goTo"; step: StepIndex }
  | { type: "next" }
  | { type: "back" }
  | { type: "set"; patch: Partial<ProgramDefinition> }
  | { type: "source"; source: DataSource }
  | { type: "kpi"; index: number; patch: Partial<ProgramKpi> }
  | { type: "addKpi" }
  | { type: "removeKpi"; index: number }
  | { type: "moveKpi"; index: number; by: -1 | 1 }
  | { type: "tier"; index: number; patch: Partial<TierRow> }
  | { type: "addTier" }
  | { type: "removeTier"; index: number }
  | { type: "pasteTiers"; rows: TierRow[] }
  | { type: "sample"; on: boolean }
  /** Open an existing program: its values, no template picker, the first step. */
  | { type: "edit"; key: string; program: ProgramDefinition }
  /** Leave editing for a fresh new-program wizard (its template picker). */
  | { type: "cancelEdit" }
  /** The edited program was written: later changes are against it. */
  | { type: "saved" };

export function initialWizardModel(): WizardModel {
  return {
    picking: true,
    startedFrom: null,
    program: emptyProgram(),
    step: 0,
    kpiKeys: [0],
    tierKeys: [1],
    nextKey: 2,
    touched: new Set(),
    revealed: new Set(),
    withSample: false,
    announcement: null,
    editing: null,
  };
}

/** A fresh new-program wizard whose row keys never repeat ones used before. */
function freshModel(m: WizardModel): WizardModel {
  const fresh = initialWizardModel();
  return {
    ...fresh,
    kpiKeys: [m.nextKey],
    tierKeys: [m.nextKey + 1],
    nextKey: m.nextKey + 2,
  };
}

const keys = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const touch = (m: WizardModel, ...paths: string[]) => new Set([...m.touched, ...paths]);
const kpiName = (k: ProgramKpi) => k.name.trim() || null;

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/**
 * A program's KPI columns (and per-partner target columns) for an existing data source, kept the
 * same length and order as its KPIs when KPIs are added, removed or moved.
 */
function mapKpiColumns(source: DataSource, change: (cols: string[]) => string[]): DataSource {
  if (source.kind !== "existing") return source;
  const n = source.kpiColumns.length;
  const targets = source.targetColumns;
  return {
    ...source,
    kpiColumns: change([...source.kpiColumns]),
    ...(targets ? { targetColumns: change(Array.from({ length: n }, (_, i) => targets[i] ?? "")) } : {}),
  };
}

export function wizardReducer(m: WizardModel, a: WizardAction): WizardModel {
  const p = m.program;
  switch (a.type) {
    case "start": {
      const program = a.from === "scratch" ? emptyProgram(a.language) : programTemplate(a.from, a.language);
      return {
        ...initialWizardModel(),
        picking: false,
        startedFrom: a.from,
        program,
        kpiKeys: keys(m.nextKey, program.kpis.length),
        tierKeys: keys(m.nextKey + program.kpis.length, program.tiers.length),
        nextKey: m.nextKey + program.kpis.length + program.tiers.length,
        withSample: false,
      };
    }
    case "showTemplates":
      return m.editing ? freshModel(m) : { ...m, picking: true };
    case "resume":
      return m.startedFrom === null ? m : { ...m, picking: false };
    case "goTo":
      // Arriving at the review shows every issue; arriving from it at a step shows that step's.
      return {
        ...m,
        step: a.step,
        revealed: a.step === REVIEW_STEP ? new Set([0, 1, 2, 3] as StepIndex[]) : m.revealed,
      };
    case "next": {
      if (m.step === REVIEW_STEP) return m;
      const step = (m.step + 1) as StepIndex;
      const revealed = new Set(m.revealed).add(m.step);
      return { ...m, step, revealed: step === REVIEW_STEP ? new Set([0, 1, 2, 3] as StepIndex[]) : revealed };
    }
    case "back":
      if (m.step === 0) return m.editing ? freshModel(m) : { ...m, picking: true };
      return { ...m, step: (m.step - 1) as StepIndex };
    case "edit": {
      const program = a.program;
      return {
        ...initialWizardModel(),
        picking: false,
        program,
        kpiKeys: keys(m.nextKey, program.kpis.length),
        tierKeys: keys(m.nextKey + program.kpis.length, program.tiers.length),
        nextKey: m.nextKey + program.kpis.length + program.tiers.length,
        editing: { key: a.key, original: program },
      };
    }
    case "cancelEdit":
      return m.editing ? freshModel(m) : m;
    case "saved":
      return m.editing ? { ...m, editing: { ...m.editing, original: m.program } } : m;
    case "set": {
      const patch = { ...a.patch };
      // Commission and rebate pay on a KPI: preselect the first when switching to them.
      if ((patch.payKind === "commission" || patch.payKind === "rebate") && p.basisKpi === null && p.kpis.length > 0) {
        patch.basisKpi = 0;
      }
      return { ...m, program: { ...p, ...patch }, touched: touch(m, ...Object.keys(a.patch)) };
    }
    case "source":
      return { ...m, program: { ...p, source: a.source }, touched: touch(m, "source") };
    case "kpi": {
      const kpis = p.kpis.map((k, i) => (i === a.index ? { ...k, ...a.patch } : k));
      const fields = Object.keys(a.patch).map((f) => `kpis.${a.index}.${f === "targetMode" ? "target" : f}`);
      const groups = "weight" in a.patch ? ["weights"] : [];
      return { ...m, program: { ...p, kpis }, touched: touch(m, ...fields, ...groups) };
    }
    case "addKpi": {
      const kpi: ProgramKpi = {
        name: "",
        unit: "",
        direction: "higher",
        targetMode: "fixed",
        target: null,
        weight: 0,
        gate: null,
      };
      return {
        ...m,
        program: { ...p, kpis: [...p.kpis, kpi], source: mapKpiColumns(p.source, (c) => [...c, ""]) },
        kpiKeys: [...m.kpiKeys, m.nextKey],
        nextKey: m.nextKey + 1,
        touched: touch(m, "kpis"),
        announcement: { kind: "kpiAdded", n: p.kpis.length + 1 },
      };
    }
    case "removeKpi": {
      const removed = p.kpis[a.index];
      if (!removed) return m;
      const basisKpi =
        p.basisKpi === null || p.basisKpi === a.index ? null : p.basisKpi > a.index ? p.basisKpi - 1 : p.basisKpi;
      return {
        ...m,
        program: {
          ...p,
          kpis: p.kpis.filter((_, i) => i !== a.index),
          basisKpi: p.basisKpi === null ? null : basisKpi,
          source: mapKpiColumns(p.source, (c) => c.filter((_, i) => i !== a.index)),
        },
        kpiKeys: m.kpiKeys.filter((_, i) => i !== a.index),
        touched: touch(m, "kpis", "weights", "basisKpi"),
        announcement: { kind: "kpiRemoved", name: kpiName(removed), n: a.index + 1 },
      };
    }
    case "moveKpi": {
      const j = a.index + a.by;
      if (j < 0 || j >= p.kpis.length) return m;
      const basisKpi = p.basisKpi === a.index ? j : p.basisKpi === j ? a.index : p.basisKpi;
      return {
        ...m,
        program: {
          ...p,
          kpis: swap(p.kpis, a.index, j),
          basisKpi,
          source: mapKpiColumns(p.source, (c) => swap(c, a.index, j)),
        },
        kpiKeys: swap(m.kpiKeys, a.index, j),
        announcement: {
          kind: "kpiMoved",
          name: kpiName(p.kpis[a.index]),
          n: a.index + 1,
          position: j + 1,
          count: p.kpis.length,
        },
      };
    }
    case "tier": {
      const tiers = p.tiers.map((t, i) => (i === a.index ? { ...t, ...a.patch } : t));
      return { ...m, program: { ...p, tiers }, touched: touch(m, "tiers") };
    }
    case "addTier":
      return {
        ...m,
        program: { ...p, tiers: [...p.tiers, { bound: NaN, rate: NaN, label: "" }] },
        tierKeys: [...m.tierKeys, m.nextKey],
        nextKey: m.nextKey + 1,
        announcement: { kind: "tierAdded", n: p.tiers.length + 1 },
      };
    case "removeTier": {
      if (!p.tiers[a.index]) return m;
      return {
        ...m,
        program: { ...p, tiers: p.tiers.filter((_, i) => i !== a.index) },
        tierKeys: m.tierKeys.filter((_, i) => i !== a.index),
        touched: touch(m, "tiers"),
        announcement: { kind: "tierRemoved", n: a.index + 1 },
      };
    }
    case "pasteTiers":
      return {
        ...m,
        program: { ...p, tiers: a.rows },
        tierKeys: keys(m.nextKey, a.rows.length),
        nextKey: m.nextKey + a.rows.length,
        touched: touch(m, "tiers"),
        announcement: { kind: "tiersPasted", n: a.rows.length },
      };
    case "sample":
      return { ...m, withSample: a.on };
  }
}

/** Whether an issue is shown at its field: once the user edited it, or its step was revealed. */
export function issueVisible(m: WizardModel, issue: ProgramIssue): boolean {
  if (m.revealed.has(stepOfPath(issue.path))) return true;
  if (m.touched.has(issue.path)) return true;
  // The tier table is checked as a whole (bounds ascending): any tier edit shows its issues.
  return issue.path.startsWith("tiers") && m.touched.has("tiers");
}
