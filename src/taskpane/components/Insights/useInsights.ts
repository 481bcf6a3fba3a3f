/* global setTimeout, clearTimeout */
import * as React from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { ProgramDefinition, ProgramKpi, TierRow } from "../../../engine/program/types";
import { errorMessage } from "../../services/WorkbookService";
import type { InsightsProgram, InsightsSource, ProgramActivity, ProgramSummary } from "../../services/InsightsSource";
import type { PlanCost } from "../../../engine/analytics";
import {
  DEFAULT_SHARE,
  activityHistory,
  cloneProgram,
  programCost,
  runWhatIf,
  type HistoryTable,
  type WhatIfOutcome,
} from "./insightsModel";

export type Loadable<T> = { status: "loading" } | { status: "ready"; value: T } | { status: "failed"; message: string };

export interface Scenario {
  readonly program: ProgramDefinition;
  /** Stable keys for the tier editor's rows. */
  readonly tierKeys: readonly number[];
  readonly nextKey: number;
}

export type ScenarioAction =
  | { type: "tier"; index: number; patch: Partial<TierRow> }
  | { type: "addTier" }
  | { type: "removeTier"; index: number }
  | { type: "pasteTiers"; rows: TierRow[] }
  | { type: "kpi"; index: number; patch: Partial<ProgramKpi> }
  | { type: "set"; patch: Partial<ProgramDefinition> }
  | { type: "reset"; program: ProgramDefinition };

export function scenarioOf(program: ProgramDefinition): Scenario {
  const p = cloneProgram(program);
  return { program: p, tierKeys: p.tiers.map((_, i) => i), nextKey: p.tiers.length };
}

export function scenarioReducer(s: Scenario, a: ScenarioAction): Scenario {
  const p = s.program;
  switch (a.type) {
    case "tier":
      return { ...s, program: { ...p, tiers: p.tiers.map((t, i) => (i === a.index ? { ...t, ...a.patch } : t)) } };
    case "addTier": {
      const last = p.tiers[p.tiers.length - 1];
      const bound = last ? (Number.isFinite(last.bound) ? last.bound : 0) * 1.25 || 1 : 0;
      return {
        program: { ...p, tiers: [...p.tiers, { bound, rate: last?.rate ?? 0, label: "" }] },
        tierKeys: [...s.tierKeys, s.nextKey],
        nextKey: s.nextKey + 1,
      };
    }
    case "removeTier":
      return {
        ...s,
        program: { ...p, tiers: p.tiers.filter((_, i) => i !== a.index) },
        tierKeys: s.tierKeys.filter((_, i) => i !== a.index),
      };
    case "pasteTiers":
      return {
        program: { ...p, tiers: a.rows.map((r) => ({ ...r })) },
        tierKeys: a.rows.map((_, i) => s.nextKey + i),
        nextKey: s.nextKey + a.rows.length,
      };
    case "kpi":
      return { ...s, program: { ...p, kpis: p.kpis.map((k, i) => (i === a.index ? { ...k, ...a.patch } : k)) } };
    case "set":
      return { ...s, program: { ...p, ...a.patch } };
    case "reset":
      return scenarioOf(a.program);
  }
}

export interface LoadedProgram extends InsightsProgram {
  readonly cost: PlanCost | { error: string };
}

export interface InsightsState {
  programs: Loadable<ProgramSummary[]>;
  selected: string | null;
  select: (key: string) => void;
  refresh: () => void;
  /**
   * Reads the selected program again after a write, keeping the screen as it is until the new
   * data is there (so "current" is what was written). Resolves when it has been read.
   */
  reload: () => Promise<void>;
  data: Loadable<LoadedProgram> | null;
  scenario: Scenario | null;
  dispatch: (a: ScenarioAction) => void;
  /** The what-if result for the scenario as it was `debounceMs` ago; null until the user changes something. */
  outcome: WhatIfOutcome | null;
  /** True while the user's latest change waits for the debounce. */
  pending: boolean;
  share: number | null;
  setShare: (share: number | null) => void;
  activity: Loadable<ProgramActivity | null> | null;
  history: HistoryTable | null;
}

/** State of the Insights screen: the program picked, its data, the what-if scenario, the activity. */
export function useInsights(source: InsightsSource, active: boolean, debounceMs = 300): InsightsState {
  const [programs, setPrograms] = React.useState<Loadable<ProgramSummary[]>>({ status: "loading" });
  const [selected, setSelected] = React.useState<string | null>(null);
  const [data, setData] = React.useState<Loadable<LoadedProgram> | null>(null);
  const [activity, setActivity] = React.useState<Loadable<ProgramActivity | null> | null>(null);
  const [scenario, setScenario] = React.useState<Scenario | null>(null);
  const [outcome, setOutcome] = React.useState<WhatIfOutcome | null>(null);
  const [pending, setPending] = React.useState(false);
  // The what-if's messages are worded in the pane's language.
  const { language } = useI18n();
  const [share, setShare] = React.useState<number | null>(DEFAULT_SHARE);
  const listRequest = React.useRef(0);
  const loadRequest = React.useRef(0);

  const load = React.useCallback(
    (key: string, quiet = false): Promise<void> => {
      const id = ++loadRequest.current;
      if (!quiet) {
        setData({ status: "loading" });
        setActivity(null);
        setScenario(null);
        setOutcome(null);
      }
      return source.loadProgram(key).then(
        (loaded) => {
          if (id !== loadRequest.current) return;
          let cost: LoadedProgram["cost"];
          try {
            cost = programCost(loaded.program, loaded.partners);
          } catch (e) {
            cost = { error: errorMessage(e) };
          }
          setData({ status: "ready", value: { ...loaded, cost } });
          setScenario(scenarioOf(loaded.program));
          if (!source.loadActivity) {
            setActivity({ status: "ready", value: null });
            return;
          }
          if (!quiet) setActivity({ status: "loading" });
          source.loadActivity(key, loaded.program).then(
            (a) => id === loadRequest.current && setActivity({ status: "ready", value: a }),
            (e: unknown) => id === loadRequest.current && setActivity({ status: "failed", message: errorMessage(e) }),
          );
        },
        (e: unknown) => {
          if (id === loadRequest.current) setData({ status: "failed", message: errorMessage(e) });
        },
      );
    },
    [source],
  );

  const selectedRef = React.useRef<string | null>(null);
  const select = React.useCallback(
    (key: string) => {
      selectedRef.current = key;
      setSelected(key);
      load(key);
    },
    [load],
  );

  const reload = React.useCallback(
    () => (selectedRef.current === null ? Promise.resolve() : load(selectedRef.current, true)),
    [load],
  );

  const refresh = React.useCallback(() => {
    const id = ++listRequest.current;
    setPrograms({ status: "loading" });
    source.listPrograms().then(
      (list) => {
        if (id !== listRequest.current) return;
        setPrograms({ status: "ready", value: list });
        const current = selectedRef.current;
        const keep = current !== null && list.some((p) => p.key === current) ? current : (list[0]?.key ?? null);
        selectedRef.current = keep;
        setSelected(keep);
        if (keep !== null) load(keep);
        else setData(null);
      },
      (e: unknown) => id === listRequest.current && setPrograms({ status: "failed", message: errorMessage(e) }),
    );
  }, [source, load]);

  // Read the workbook when the tab is first shown; "Read again" reads it on request.
  const loaded = React.useRef(false);
  React.useEffect(() => {
    if (active && !loaded.current) {
      loaded.current = true;
      refresh();
    }
  }, [active, refresh]);

  const dispatch = React.useCallback((a: ScenarioAction) => {
    setScenario((s) => (s ? scenarioReducer(s, a) : s));
  }, []);

  // The what-if runs once the user pauses typing: the engine recomputes every partner.
  const current = data?.status === "ready" ? data.value : null;
  React.useEffect(() => {
    if (!current || !scenario) return;
    setPending(true);
    const timer = setTimeout(() => {
      setOutcome(runWhatIf(current.program, scenario.program, current.partners, language));
      setPending(false);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [current, scenario, debounceMs, language]);

  const history = React.useMemo(
    () =>
      current && activity?.status === "ready" && activity.value
        ? activityHistory(current.program, activity.value)
        : null,
    [current, activity],
  );

  return {
    programs,
    selected,
    select,
    refresh,
    reload,
    data,
    scenario,
    dispatch,
    outcome,
    pending,
    share,
    setShare,
    activity,
    history,
  };
}
