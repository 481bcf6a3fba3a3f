/* Test helpers for the task pane: a fake workbook service and a renderer with Fluent's provider. */
import * as React from "react";
import { configure, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../src/engine/program/types";
import { WorkbookServiceProvider } from "../../src/taskpane/services/WorkbookServiceContext";
import { I18nProvider } from "../../src/taskpane/i18n/I18nProvider";
import { CATALOGS } from "../../src/taskpane/i18n/catalog";
import type { UiLanguage } from "../../src/taskpane/i18n/language";
import { programTemplate } from "../../src/engine/program/templates";
import { programChanges } from "../../src/engine/program/changes";
import type {
  CreatedProgram,
  GeneratedSheet,
  ProgramSummary,
  SelectionInfo,
  UpdatedProgram,
  WorkbookService,
  WritePreview,
} from "../../src/taskpane/services/WorkbookService";
import { mockAll, type MockedAll } from "./mockAll";
import { installStyleRuleFilter } from "./styleRuleFilter";

/*
 * React 19's development build (the one jest runs) records where each element was created: each
 * JSX element constructs an Error for its owner stack (up to 10,000 between renders), and jest's
 * jsdom environment sets Error.stackTraceLimit to 100, so each one walked up to 100 frames of a
 * deep Fluent render. Node's own default of 10 keeps failure messages' code frames and React's
 * warnings readable: React's element creation fell from 8.2 % to 5.9 % of the Wizard suite's
 * CPU profile (node --cpu-prof, 2026-12-07).
 */
Error.stackTraceLimit = 10;

// Computed styles without matching the rules an element's classes rule out: the same styles, with
// less CPU (styleRuleFilter.ts; style matching was 40 % of the Wizard suite's CPU profile).
if (typeof document !== "undefined") installStyleRuleFilter();

/*
 * Time limits for the pane suites (every one imports this file). Nothing in them waits for time:
 * the fake service answers at once, debounces are 0 or driven by fake timers, lazy screens are
 * loaded with the test file (see the top of App.test.tsx). What a test spends is CPU: rendering
 * Fluent UI in jsdom and computing accessible names for *ByRole queries, up to 1.6 s for the
 * slowest test on an idle 2-core machine, and 10-15 times that with `npm run test:stress` on a
 * shared one (docs/testing.md). Testing Library's default of 1 s for findBy and waitFor, and jest's
 * 5 s per test, then fail tests that are correct, only because the machine is busy. The limits
 * below only catch a hang (a screen that never appears fails the same way, just later); they are
 * not how long anything is expected to take.
 */
const PANE_TEST_LIMIT_MS = 60_000;
jest.setTimeout(PANE_TEST_LIMIT_MS);
// A wait is for a state, never for time: it may take as long as the test may, so a slow screen is
// reported by jest's own limit, not by a wait that gave up while the test still had time.
configure({ asyncUtilTimeout: PANE_TEST_LIMIT_MS });

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own size with one.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom lays nothing out, so offsetParent is always null and Fluent's focus manager (tabster)
// takes every element for display:none: a dialog then finds nothing to focus and hides itself.
if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentNode;
    },
  });
}

export const FAKE_PREVIEW: WritePreview = {
  sheets: [
    {
      name: "SolarWave Plan",
      tables: [
        { name: "SolarWave_Settings", columns: ["Setting", "Value"], rows: 9 },
        { name: "SolarWave_KPIs", columns: ["KPI", "Unit", "Direction", "Target", "Weight", "Gate"], rows: 2 },
        { name: "SolarWave_Tiers", columns: ["From", "Pays", "Label"], rows: 3 },
      ],
      formulas: [],
    },
    {
      name: "SolarWave Data",
      tables: [
        {
          name: "SolarWave_Partners",
          columns: ["Partner ID", "Partner", "On-time installs", "CSAT", "Score", "Bonus"],
          rows: 60,
        },
      ],
      formulas: [
        { column: "Score", formula: "=INCENTIVE.SCORE(...)" },
        { column: "Bonus", formula: "=INCENTIVE.BONUS([@Score], 20000, SolarWave_Tiers)" },
      ],
    },
  ],
};

export const SUMMARY: ProgramSummary = {
  key: "SolarWave",
  name: "SolarWave Installer Program 2026",
  planSheet: "SolarWave Plan",
  dataSheet: "SolarWave Data",
  partners: 60,
};

export type FakeService = MockedAll<WorkbookService>;

const generated = (sheet: string): GeneratedSheet => ({ sheet, inPlace: false, partners: 60, syncs: 4 });

/** A selected cell outside any program: nothing to explain. */
export const BLANK_SELECTION: SelectionInfo = {
  cell: { sheet: "Sheet1", address: "A1", formula: "", value: "", valueType: "Empty", dataRow: null },
  program: null,
  partner: null,
};

/**
 * A payout cell of the SolarWave data table (J6, data row 2) as readSelection gives it, with
 * `formula` and the row's cells under `headers` (columns A, B…): on-time 96% of 80%, CSAT 4.6 of
 * 4.2, a score of 116.857% between Silver (100%: 100%) and Gold (120%: 150%).
 */
export function solarWavePayoutCell(formula: string, headers: readonly string[]): SelectionInfo {
  return {
    cell: {
      sheet: "SolarWave Data",
      address: "J6",
      formula,
      value: 28428.57,
      valueType: "Double",
      dataRow: {
        key: "SolarWave",
        table: "PI_SolarWave_Data",
        row: 2,
        column: "Payout (CNY)",
        cells: headers.map((header, i) => ({ header, address: `'SolarWave Data'!${String.fromCharCode(65 + i)}6` })),
        tiers: "'SolarWave Plan'!L6:N9",
        kpis: "'SolarWave Plan'!D6:J8",
        settings: "'SolarWave Plan'!A6:B16",
      },
    },
    program: programTemplate("solarwave"),
    partner: { id: "P101", name: "Sunrise Solar", row: 2, actuals: [0.96, 4.6], targets: [null, null] },
  };
}

/**
 * A service that answers at once: no programs, the fake preview, and a created program named like
 * the input; generated sheets named after SolarWave; the program's own sheets are its plan and
 * data sheets; no selection event (watchSelection resolves null); no formula errors.
 */
export function fakeService(programs: ProgramSummary[] = []): FakeService {
  return mockAll<WorkbookService>({
    list: async () => programs,
    preview: async () => FAKE_PREVIEW,
    create: async (p: ProgramDefinition): Promise<CreatedProgram> => ({
      summary: { ...SUMMARY, name: p.name },
      preview: FAKE_PREVIEW,
    }),
    generateDashboard: async () => generated("SolarWave Dashboard"),
    generateStatements: async () => generated("SolarWave Statements"),
    generateValuesOnlyStatements: async () => generated("SolarWave Statement values"),
    canOpenStatementFiles: () => true,
    statementFiles: async () => ({ partners: [], openFile: async () => ({ sheet: "statement" }) }),
    programSheets: async () => [
      { name: "SolarWave Plan", role: "plan" as const },
      { name: "SolarWave Data", role: "data" as const },
    ],
    deleteProgram: async () => ["SolarWave Plan", "SolarWave Data"],
    readProgram: async () => programTemplate("solarwave"),
    update: async (key: string, p: ProgramDefinition): Promise<UpdatedProgram> => ({
      summary: { ...SUMMARY, key, name: p.name },
      program: p,
      // What changed against the program as readProgram gives it, as the workbook layer compares.
      changes: programChanges(programTemplate("solarwave"), p),
      notes: [],
      syncs: 4,
    }),
    readPartnerInputs: async () => [],
    readSelection: async () => BLANK_SELECTION,
    watchSelection: async () => null,
    findIssues: async () => ({ issues: [], errorCells: 0, truncated: false }),
    selectCell: async () => undefined,
    listTables: async () => [],
    readSourceRange: async () => {
      throw new Error("Select the partner results in the sheet first.");
    },
  });
}

/** Fluent's theme and the pane's language around a component, as App provides them. */
export function PaneProviders({ language = "en", children }: { language?: UiLanguage; children: React.ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language} catalogs={CATALOGS}>
        {children}
      </I18nProvider>
    </FluentProvider>
  );
}

export function renderWithService(ui: React.ReactElement, service: WorkbookService, language: UiLanguage = "en") {
  return render(
    <PaneProviders language={language}>
      <WorkbookServiceProvider service={service}>{ui}</WorkbookServiceProvider>
    </PaneProviders>,
  );
}

/** A promise the test settles, to see the progress before the result. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * In the suite that calls it, fails a test during which React warns that a state update was "not
 * wrapped in act(...)": a state set by a promise the test did not await, landing between its waits,
 * so the test may look before (or without) the state it means to check. The warning is still
 * printed, and the test then fails naming the component.
 */
export function failOnActWarnings(): void {
  let updates: string[] = [];
  let spy: jest.SpyInstance | undefined;
  beforeEach(() => {
    updates = [];
    const print = console.error.bind(console);
    spy = jest.spyOn(console, "error").mockImplementation((message?: unknown, ...args: unknown[]) => {
      if (typeof message === "string" && message.includes("not wrapped in act(")) updates.push(String(args[0]));
      print(message, ...args);
    });
  });
  afterEach(() => {
    spy?.mockRestore();
    expect({ updatesOutsideAct: updates }).toEqual({ updatesOutsideAct: [] });
  });
}
