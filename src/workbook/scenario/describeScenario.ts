/*
 * The scenario sheet, as plain data (no Office): an Insights what-if saved as a comparison of the
 * current plan and the scenario over the same partners — totals, who moves tier, what the scenario
 * changes, and one row per partner. Values, not formulas: it is a snapshot to read and forward,
 * within finance, and it must not change when someone later edits the program.
 *
 *   rows 1–4   title, ownership note, what the numbers are, the confidential mark (every partner's pay)
 *   rows 5–9   totals: total payout now, in the scenario, the change; partners moving up / down
 *   row 11…    what the scenario changes (one row per setting, current and scenario values)
 *   then       per partner: ID, name, tier now and in the scenario, the move, payouts, change,
 *              and a Total row
 *
 * Every payout is the engine's, rounded to the program's decimals (roundMoney), and each total is
 * the sum of the rounded payouts written above it, so the sheet reconciles to the cent.
 */
import {
  PartnerInput,
  ProgramDefinition,
  ScenarioChange,
  TierLabel,
  roundMoney,
  scenarioChanges,
  whatIf,
} from "../../engine";
import { confidentialMark } from "../confidentialMark";
import { lazyRows } from "../lazyRows";
import { GENERAL, PERCENT, TEXT, kpiFormat, moneyFormat, rateFormat } from "../numberFormats";
import { Cell, GridPlan, PlainCell, SheetPlan, text } from "../sheetPlan";
import { SCENARIO_WORDS, ScenarioWords, SheetLanguage } from "./scenarioWords";

/** One partner as the data table holds it. */
export interface ScenarioPartner extends PartnerInput {
  readonly id: string;
  readonly name: string;
}

export interface ScenarioSheetOptions {
  /** The program's key (the stem of its table names). */
  readonly key: string;
  /** The sheet's name (chosen by the caller: a fresh one, never a sheet in use). */
  readonly sheetName: string;
  /** When it was saved, as an Excel serial date-time (a value, not NOW()). */
  readonly savedAt: number;
  readonly language?: SheetLanguage;
}

/** Where the blocks are (zero-based rows), for the tests and the writer's notes. */
export interface ScenarioLayout {
  readonly totalsRow: number;
  readonly changesHeader: number;
  readonly partnersHeader: number;
  readonly totalRow: number;
}

export const SCENARIO_COLUMNS = 8;
const WIDTHS = [80, 170, 110, 110, 60, 100, 100, 100];

export function describeScenario(
  current: ProgramDefinition,
  scenario: ProgramDefinition,
  partners: readonly ScenarioPartner[],
  options: ScenarioSheetOptions,
): { sheet: SheetPlan; layout: ScenarioLayout } {
  const w = SCENARIO_WORDS[options.language ?? "en"];
  const r = whatIf(current, scenario, partners);
  const decimals = Math.max(current.decimals, scenario.decimals);
  const money = moneyFormat(decimals);
  const name = current.name.trim();
  const sum = (xs: readonly number[]) =>
    roundMoney(
      xs.reduce((s, x) => s + x, 0),
      decimals,
    );

  const cells: PlainCell[] = [
    { row: 0, column: 0, style: "title", value: text(w.title(name)) },
    { row: 1, column: 0, style: "note", value: text(w.owner(name, options.key)) },
    { row: 2, column: 0, style: "note", value: text(w.snapshot(decimals)) },
    confidentialMark(3, options.language),
    { row: 4, column: 0, style: "caption", value: text(w.totals) },
  ];
  const grids: GridPlan[] = [];

  // Totals, with the saving time beside them.
  const totalsRow = 5;
  grids.push({
    topLeft: { row: totalsRow, column: 0 },
    rows: [[null, text(w.current), text(w.scenario), text(w.change)]],
    style: "header",
  });
  const paidBefore = r.changes.map((c) => c.before);
  const paidAfter = r.changes.map((c) => c.after);
  const deltas = r.changes.map((c) => c.delta);
  grids.push({
    topLeft: { row: totalsRow + 1, column: 0 },
    rows: [
      [text(w.totalPayout), sum(paidBefore), sum(paidAfter), sum(deltas)],
      [text(w.movedUp), null, r.movedUp, null],
      [text(w.movedDown), null, r.movedDown, null],
      [text(w.payoutChanges), null, r.changes.filter((c) => c.delta !== 0).length, null],
    ],
    cellFormats: [
      [null, money, money, money],
      [null, null, GENERAL, null],
      [null, null, GENERAL, null],
      [null, null, GENERAL, null],
    ],
  });
  grids.push({
    topLeft: { row: totalsRow, column: 5 },
    rows: [[text(w.savedAt)], [options.savedAt]],
    cellFormats: [[null], ["yyyy-mm-dd hh:mm"]],
  });

  // What the scenario changes.
  const changesCaption = totalsRow + 6;
  cells.push({ row: changesCaption, column: 0, style: "caption", value: text(w.changes) });
  const changesHeader = changesCaption + 1;
  grids.push({
    topLeft: { row: changesHeader, column: 0 },
    rows: [[text(w.setting), null, text(w.current), text(w.scenario)]],
    style: "header",
  });
  const changeRows = scenarioChanges(current, scenario).map((c) => changeRow(c, current, scenario, w));
  grids.push({
    topLeft: { row: changesHeader + 1, column: 0 },
    rows: changeRows.length ? changeRows.map((x) => x.cells) : [[text(w.noChange), null, null, null]],
    cellFormats: changeRows.length
      ? changeRows.map((x) => [null, null, x.format, x.format])
      : [[null, null, null, null]],
  });

  // Per partner, then the total of each money column.
  const partnersCaption = changesHeader + 1 + Math.max(1, changeRows.length) + 1;
  cells.push({ row: partnersCaption, column: 0, style: "caption", value: text(w.perPartner) });
  const partnersHeader = partnersCaption + 1;
  grids.push({
    topLeft: { row: partnersHeader, column: 0 },
    rows: [
      [w.partnerId, w.partner, w.currentTier, w.scenarioTier, w.move, w.currentPayout, w.scenarioPayout, w.change].map(
        text,
      ),
    ],
    style: "header",
  });
  // Per partner, the cells of its row as columns of shared cells and numbers: the rows are built
  // when written (lazyRows), and the what-if's evaluated partners are not held until then.
  const tierCells = new Map<TierLabel | null, Cell>();
  const tier = (t: TierLabel | null, hasInput: boolean): Cell => {
    if (!hasInput) return null;
    let cell = tierCells.get(t);
    if (cell === undefined) {
      cell = text(t === null ? w.belowFirstTier : typeof t === "number" ? w.tier(t) : t);
      tierCells.set(t, cell);
    }
    return cell;
  };
  const moveCell = { same: null, up: text(w.up), down: text(w.down) } as const;
  const tierNow = r.changes.map((c, i) => tier(c.tierBefore, r.current.partners[i].outcome.tierInput !== null));
  const tierThen = r.changes.map((c, i) => tier(c.tierAfter, r.scenario.partners[i].outcome.tierInput !== null));
  const moves = r.changes.map((c) => moveCell[c.move]);
  const rows = partnerRows(partners, tierNow, tierThen, moves, paidBefore, paidAfter, deltas);
  if (rows.length > 0) {
    grids.push({
      topLeft: { row: partnersHeader + 1, column: 0 },
      rows,
      columnFormats: [TEXT, TEXT, TEXT, TEXT, TEXT, money, money, money],
    });
  }
  const totalRow = partnersHeader + 1 + rows.length;
  grids.push({
    topLeft: { row: totalRow, column: 0 },
    rows: [[text(w.total), null, null, null, null, sum(paidBefore), sum(paidAfter), sum(deltas)]],
    columnFormats: [null, null, null, null, null, money, money, money],
    style: "total",
  });

  const sheet: SheetPlan = {
    name: options.sheetName,
    role: "scenario",
    cells,
    tables: [],
    grids,
    columnWidths: WIDTHS.map((width, column) => ({ column, width })),
    frozenRows: 0,
  };
  return { sheet, layout: { totalsRow: totalsRow + 1, changesHeader, partnersHeader, totalRow } };
}

/**
 * The per-partner rows, built when read. A function of its own so that the rows' closure holds
 * only these columns: a closure inside describeScenario would share its scope, and with it the
 * what-if's evaluated partners (33 MB at 50,000), until the sheet is written.
 */
function partnerRows(
  partners: readonly ScenarioPartner[],
  tierNow: readonly Cell[],
  tierThen: readonly Cell[],
  moves: readonly Cell[],
  before: readonly number[],
  after: readonly number[],
  deltas: readonly number[],
): readonly (readonly Cell[])[] {
  return lazyRows(partners.length, (i): Cell[] => [
    text(partners[i].id),
    text(partners[i].name),
    tierNow[i],
    tierThen[i],
    moves[i],
    before[i],
    after[i],
    deltas[i],
  ]);
}

/** One changed setting: its name, then the current and the scenario value, formatted alike. */
function changeRow(
  c: ScenarioChange,
  current: ProgramDefinition,
  scenario: ProgramDefinition,
  w: ScenarioWords,
): { cells: Cell[]; format: string | null } {
  const value = (v: number | string | null): Cell =>
    v === null ? text(w.none) : typeof v === "string" ? text(v) : Number.isFinite(v) ? v : null;
  switch (c.kind) {
    case "setting": {
      const format = c.field === "cap" && scenario.payKind === "bonus" ? PERCENT : moneyFormat(scenario.decimals);
      return { cells: [text(w.setting_[c.field]), null, value(c.before), value(c.after)], format };
    }
    case "kpi": {
      const format = c.field === "weight" ? PERCENT : kpiFormat(scenario.kpis[c.kpi], scenario);
      return { cells: [text(w.kpiField[c.field](c.name.trim())), null, value(c.before), value(c.after)], format };
    }
    case "tier": {
      const format =
        c.field === "label"
          ? TEXT
          : c.field === "rate"
            ? rateFormat([current.tiers[c.tier].rate, scenario.tiers[c.tier].rate])
            : boundFormat(scenario);
      return { cells: [text(w.tierField[c.field](c.tier + 1)), null, value(c.before), value(c.after)], format };
    }
    case "tierAdded":
      return {
        cells: [text(w.tierAdded(c.tier + 1)), null, text(w.none), value(c.row.bound)],
        format: boundFormat(scenario),
      };
    case "tierRemoved":
      return {
        cells: [text(w.tierRemoved(c.tier + 1)), null, value(c.row.bound), text(w.none)],
        format: boundFormat(scenario),
      };
  }
}

/** Tier bounds read as the plan sheet shows them: a share for scores and targets, else the basis KPI's unit. */
function boundFormat(p: ProgramDefinition): string {
  const basis =
    (p.payKind === "commission" || p.payKind === "rebate") && p.basisKpi !== null ? p.kpis[p.basisKpi] : null;
  return basis && !p.boundsRelativeToTarget ? kpiFormat(basis, p) : PERCENT;
}
