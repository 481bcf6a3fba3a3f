/**
 * @jest-environment jsdom
 */
/* The SolarWave sample through the Insights source and screen: the workbook read is faked at Excel.run. */
import * as React from "react";
import { readFileSync } from "fs";
import { join } from "path";
import { render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { PaneProviders } from "./support";
import { describeChange, planCost, programImpact } from "../../src/engine/analytics";
import { programTemplate } from "../../src/engine/program/templates";
import { Insights } from "../../src/taskpane/components/Insights/Insights";
import {
  activityItems,
  createExcelInsightsSource,
  type InsightsWorkbookModule,
} from "../../src/taskpane/services/excelInsightsSource";
import { activityEvents, money } from "../../src/taskpane/components/Insights/insightsModel";
import { isoToSerial } from "../../src/engine/excelDates";
import * as sampleModule from "../../src/workbook/solarwaveSample";
import { SHEET_LABELS } from "../../src/workbook/labels";
import type { PartnerRecord } from "../../src/workbook/contract";

const { INSTALLATION_HEADER_SETS, installationsTable, parseSolarWaveSample, sampleActuals } = sampleModule;
const dir = join(__dirname, "../../assets/sample/solarwave");
const sample = parseSolarWaveSample({
  partnersCsv: readFileSync(join(dir, "partners.csv"), "utf8"),
  installationsCsv: readFileSync(join(dir, "installations.csv"), "utf8"),
});
const program = programTemplate("solarwave");
const actuals = sampleActuals(sample, program.periodStart, program.periodEnd);
const records: PartnerRecord[] = sample.partners.map((p, i) => ({
  id: p.id,
  name: p.name,
  row: i + 1,
  actuals: [actuals.get(p.id)!.onTime, actuals.get(p.id)!.csat],
  targets: [null, null],
}));
// The Installations table as Excel hands it back: header row, then values (blank cells as "").
const table = installationsTable(sample, "PI_SolarWave_Installations", { row: 0, column: 0 });
const values = [
  table.columns.map((c) => c.header),
  ...table.rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? (v as { text: string }).text : v))),
];

function fakeExcel(tables: Record<string, unknown[][]>) {
  const context = {
    workbook: {
      tables: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: !(name in tables),
          getRange: () => ({
            load() {
              return this;
            },
            values: tables[name],
          }),
        }),
      },
    },
    sync: async () => undefined,
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (batch: (c: typeof context) => Promise<unknown>) => batch(context),
  };
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

/** These tests only read: a write would fail loudly. */
const noWrite = async (): Promise<never> => {
  throw new Error("the Insights sample tests write nothing");
};

const workbookModule: InsightsWorkbookModule = {
  listPrograms: jest.fn(async () => [
    { key: "SolarWave", name: program.name, planSheet: "SolarWave Plan", dataSheet: "SolarWave Data", partners: 60 },
  ]),
  readProgram: jest.fn(async () => program),
  readPartnerInputs: jest.fn(async () => records),
  runWrite: noWrite,
  saveScenario: noWrite,
  applyScenario: noWrite,
  writeTargets: noWrite,
};

describe("the SolarWave sample in Insights", () => {
  test("the Installations table becomes dated items; every installation with a due date is kept", () => {
    const items = activityItems(values, INSTALLATION_HEADER_SETS)!;
    expect(items).toHaveLength(sample.installations.filter((x) => x.dueDate !== null).length);
    expect(activityItems([["Site ID", "Partner ID"]], INSTALLATION_HEADER_SETS)).toBeNull();
  });

  test("a sample written on Chinese sheets is read the same: its headers are the Chinese ones", () => {
    const zhTable = installationsTable(sample, "PI_SolarWave_Installations", { row: 0, column: 0 }, SHEET_LABELS.zh);
    const zhHeader = zhTable.columns.map((c) => c.header);
    expect(zhHeader).not.toEqual(values[0]);
    const zhItems = activityItems([zhHeader, ...values.slice(1)], INSTALLATION_HEADER_SETS);
    expect(zhItems).toEqual(activityItems(values, INSTALLATION_HEADER_SETS));
  });

  test("cost, history-based targets and the on-time impact (up by about a third), read through Excel.run", async () => {
    fakeExcel({ PI_SolarWave_Installations: values });
    const source = createExcelInsightsSource({
      load: async () => workbookModule,
      loadSample: async () => sampleModule,
    });
    render(
      <PaneProviders>
        <Insights source={source} debounceMs={0} />
      </PaneProviders>,
    );
    const cost = planCost(
      program,
      records.map((r) => ({ actuals: r.actuals, targets: r.targets })),
    );
    expect(await screen.findByTestId("insights-total")).toHaveTextContent(money(program, cost.total));
    expect(screen.getByRole("region", { name: "Plan cost" })).toHaveTextContent(/no payout share/);

    const impact = screen.getByRole("region", { name: "Program impact" });
    const events = activityEvents({
      source: "",
      kpi: 0,
      asOf: isoToSerial(sampleModule.SAMPLE_DATA_CUTOFF)!,
      items: activityItems(values, INSTALLATION_HEADER_SETS)!,
    });
    const expected = programImpact(events, isoToSerial("2026-01-01")!);
    const change = expected.overall.relativeChange!;
    expect(change).toBeGreaterThan(0.25);
    expect(change).toBeLessThan(0.4);
    expect(await within(impact).findByTestId("impact-change")).toHaveTextContent(describeChange(change));
    expect(within(impact).getByTestId("impact-sentence")).toHaveTextContent(
      new RegExp(
        `^On-time installs rose from .* before 2026-01-01 to .* after: \\+[0-9.]+ percentage points, \\${describeChange(change)} relative`,
      ),
    );
    expect(within(impact).getByTestId("impact-sentence")).toHaveTextContent(
      /\(1,972 installations before, 1,846 after\)/,
    );
    expect(impact).toHaveTextContent(/an installation counts as on time when completed by its due date/);
    const perPartner = within(impact).getByRole("list", { name: "On-time share per partner, before and after" });
    expect(within(perPartner).getAllByRole("listitem")).toHaveLength(8);
    expect(within(impact).getByRole("button", { name: "Show all 60" })).toBeInTheDocument();

    const targets = screen.getByRole("region", { name: "Suggested targets" });
    const onTime = within(targets).getByRole("group", { name: "1. On-time installs" });
    expect(within(onTime).getByTestId("history-0")).toHaveTextContent(
      /history method: each partner's own trend over the last 4 quarters before the program \(2025-01-01 to 2025-12-31\)/,
    );
    expect(within(onTime).getByTestId("history-0")).toHaveTextContent(/60 of 60 partners have enough history/);
  });

  test("a program without an Installations table says what impact needs", async () => {
    fakeExcel({});
    const source = createExcelInsightsSource({
      load: async () => workbookModule,
      loadSample: async () => sampleModule,
    });
    expect(await source.loadActivity!("SolarWave", program)).toBeNull();
  });
});
