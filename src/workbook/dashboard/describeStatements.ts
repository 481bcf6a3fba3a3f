/*
 * The live statements sheet: one block per partner, one block per printed page, every number a
 * formula over the program's tables (the breakdown is INCENTIVE.EXPLAIN itself).
 *
 * Why one sheet of blocks rather than a sheet per partner: a workbook with thousands of sheets is
 * slow and unreadable; one sheet prints every statement in one go (a page break before each
 * block, one page wide, portrait) and a single block is printed by selecting it. And the write
 * stays small: the first block is written once and copied down with Range.copyFrom, its formulas
 * finding their partner from their own row (the statement number is
 * (ROW() - first block's row) / block height + 1), so N statements cost one copy, not N blocks.
 * Partner names reach these cells only through INDEX(...) formulas, never as typed text.
 */
import type { ProgramDefinition } from "../../engine";
import { stringLiteral } from "../formulas";
import { capOrNoneNameOf } from "../names";
import { columnLetters } from "../addresses";
import { SheetLabels, SheetLanguage, fillLabel, labelExpression } from "../labels";
import { StatementPart } from "./statementParts";
import { MAX_PAGE_BREAKS } from "../excelLimits";
import { Cell, CellStyle, GridPlan, PlainCell, SheetPlan, formula, text } from "../sheetPlan";
import { GapCells, gapFormula, gapHelperFormulas, moneyTemplate } from "./gapText";
import { box, ownershipNote } from "./layout";
import { ProgramRefs } from "./programRefs";
import {
  StatementAdjustment,
  adjustmentFormula,
  carriedFormula,
  hasAdjustmentLines,
  hasPeriodLines,
  periodLines,
  settleFormula,
} from "./statementAdjustment";
import {
  STATEMENT_BLOCK_COLUMNS,
  STATEMENT_COLUMNS,
  STATEMENT_HELPERS,
  STATEMENT_TOP,
  STATEMENT_WIDTHS,
  StatementSource,
  blockHeight,
  blockRows,
  breakdownLabels,
  breakdownRows,
  statementBlock,
} from "./statementLayout";

export interface StatementsOptions {
  readonly key: string;
  readonly sheetName: string;
  /** Partners in the data table now: one statement block each (at least one). Ignored with `part`. */
  readonly partners: number;
  /** The part this sheet is (statementParts.ts): its blocks are statements first + 1 … first + count. */
  readonly part?: StatementPart;
  /** The statements' language; by default the program's sheet language. */
  readonly language?: SheetLanguage;
  /** The open period's adjustment line and balance carried in, when the program has them. */
  readonly adjustment?: StatementAdjustment | null;
}

export function describeStatements(p: ProgramDefinition, options: StatementsOptions): SheetPlan {
  const r = new ProgramRefs(p, options.key, options.language);
  const w = r.show.statements;
  const height = blockHeight(p);
  const n = Math.max(1, options.part ? options.part.count : options.partners);
  const top = STATEMENT_TOP;
  const live = liveSource(r, top, height, options.part?.first ?? 0);
  const a = options.adjustment;
  const at = blockRows(p);
  const idCell = `$B${top + at.identity + 1}`;
  const amountCell = (row: number) => `B${top + row + 1}`;
  const block = statementBlock(r, {
    ...live,
    ...periodLines(r, a, {
      adjustment: (a) => formula(adjustmentFormula(a, idCell)),
      carried: (c) => formula(carriedFormula(c, idCell)),
    }),
    // With lines beyond the payout, the note says what they add up to: the amount to settle.
    ...(hasPeriodLines(a)
      ? {
          note: () =>
            formula(
              settleFormula(r, a, [
                amountCell(at.payout),
                ...(hasAdjustmentLines(a) ? [amountCell(at.adjustment)] : []),
                ...(a.carried ? [amountCell(at.carried)] : []),
              ]),
            ),
        }
      : {}),
  });
  return {
    name: options.sheetName,
    role: "statements",
    ...(options.part ? { part: options.part.part } : {}),
    cells: [
      { row: 0, column: 0, style: "title", value: text(fillLabel(w.title, { program: p.name.trim() })) },
      {
        row: 1,
        column: 0,
        style: "note",
        value: text(ownershipNote(r.show, p.name, options.key, fillLabel(w.aboutLive, { table: r.data }))),
      },
      { row: 2, column: 0, style: "note", value: text(w.liveNote) },
      ...partNote(options.part, r.show),
    ],
    tables: [],
    grids: statementGrid(top, block.rows, block.formats, block.styles),
    repeat: { block: box(top, 0, height, STATEMENT_BLOCK_COLUMNS), times: n },
    ...withHelperWidths(statementPages(top, height, n, r.show)),
  };
}

/** Row 4's note on statements written in several parts: which part this is and which statements it holds. None for one part. */
export function partNote(part: StatementPart | undefined, labels: SheetLabels): PlainCell[] {
  if (!part || part.parts <= 1) return [];
  const n = (x: number) => x.toLocaleString("en-US");
  const words = fillLabel(labels.statements.partOf, {
    part: part.part,
    parts: part.parts,
    first: n(part.first + 1),
    last: n(part.first + part.count),
  });
  return [{ row: 3, column: 0, style: "note", value: text(words) }];
}

/**
 * What live and values-only statements share: a missed gate marked in words and colour, the
 * column widths, and one block per printed page.
 */
export function statementPages(
  top: number,
  height: number,
  n: number,
  labels: SheetLabels,
): Pick<SheetPlan, "conditionalFormats" | "columnWidths" | "frozenRows" | "print"> {
  return {
    conditionalFormats: [
      {
        kind: "textContains",
        range: box(top, 0, n * height, STATEMENT_COLUMNS),
        text: labels.statements.missedOne,
        fontColor: "#9C0006",
        fillColor: "#FFC7CE",
        bold: true,
      },
    ],
    columnWidths: STATEMENT_WIDTHS.map((width, column) => ({ column, width })),
    frozenRows: 0,
    print: {
      orientation: "portrait",
      fitToWidth: false,
      titleRows: null,
      area: box(0, 0, top + n * height, STATEMENT_COLUMNS),
      // Excel allows 1,026 page breaks per sheet (excelLimits.ts): statements are written in parts of at most 1,026 (statementParts.ts).
      pageBreaksBefore: Array.from({ length: Math.min(n - 1, MAX_PAGE_BREAKS) }, (_, k) => top + (k + 1) * height),
    },
  };
}

/** The live sheet's helper columns, right of the print area: wide enough to read. */
function withHelperWidths<T extends Pick<SheetPlan, "columnWidths">>(pages: T): T {
  const helpers = Array.from({ length: STATEMENT_HELPERS }, (_, k) => ({ column: STATEMENT_COLUMNS + k, width: 80 }));
  return { ...pages, columnWidths: [...(pages.columnWidths ?? []), ...helpers] };
}

/**
 * A statement block as grids: one grid of cells with their formats, and one empty grid per
 * styled row (styles are applied per grid).
 */
export function statementGrid(
  top: number,
  rows: Cell[][],
  formats: (string | null)[][],
  styles: readonly { row: number; style: CellStyle }[],
): GridPlan[] {
  return [
    { topLeft: { row: top, column: 0 }, rows, cellFormats: formats },
    ...styles.map((s) => ({
      topLeft: { row: top + s.row, column: 0 },
      rows: [Array<Cell>(STATEMENT_COLUMNS).fill(null)],
      style: s.style,
    })),
  ];
}

/**
 * Formulas for the block whose top row is `blockTop`: they read the partner whose number is in its
 * F cell, (ROW() - the first block's row) / height + 1, plus `offset` (the statements on the parts
 * before). A value the block already shows (an actual, the score, the Gates row) is read from its
 * cell there, top to bottom, rather than looked up again — except as an INCENTIVE function's
 * argument, which reads INDEX(…,$F6) so Check formula errors can find the partner's row behind an
 * error; references are relative, so each copy of the block reads its own cells.
 */
function liveSource(r: ProgramRefs, blockTop: number, height: number, offset: number): StatementSource {
  const p = r.program;
  const c = r.columns;
  const w = r.show.statements;
  const at = blockRows(p);
  const cell = (row: number, column: number) => `${columnLetters(column)}${blockTop + row + 1}`;
  const idx = `$F${blockTop + at.identity + 1}`; // the statement number's cell
  const of = (header: string) => `INDEX(${r.col(header)},${idx})`;
  const pass = (header: string) => formula(`=IF(${of(header)}="","",${of(header)})`);
  const f = (s: string) => formula(s);
  const decimals = r.setting("decimals");
  const bounds = r.tierColumn("bound");
  const basis = r.basisKpi();
  const score = cell(at.score, 1);
  const gates = cell(at.gates, 1);
  const gap: GapCells = {
    value: basis !== null ? cell(at.firstKpi + basis, 1) : score,
    read: of(basis !== null ? c.actual[basis] : c.score),
    target: basis !== null && p.boundsRelativeToTarget ? cell(at.firstKpi + basis, 2) : null,
    gates,
  };
  const helpers = [0, 1, 2].map((k) => cell(at.gap, STATEMENT_COLUMNS + k)) as [string, string, string];
  const cap = r.setting("cap");
  const capWords =
    p.payKind === "bonus"
      ? labelExpression(w.capBonus, {}, { pct: `FIXED(${cap}*100,1)` })
      : labelExpression(
          w.capMoney,
          {},
          {
            cap: labelExpression(moneyTemplate(r, p.currency), {}, { n: `FIXED(${cap},${decimals})` }),
          },
        );
  const paid = `${gates}=${stringLiteral(w.allMet)}`;
  // The data table's Tier in the statement's words (its "below first tier" is the program's).
  const from = r.labels.data.belowFirstTier;
  const tier = of(c.tier);
  const tierText =
    from === r.show.data.belowFirstTier
      ? `=${tier}&""`
      : `=IF(${tier}=${stringLiteral(from)},${stringLiteral(r.show.data.belowFirstTier)},${tier}&"")`;
  const gateRow = (i: number) => at.firstKpi + i;

  return {
    partnerName: () => f(`=IF(${idx}>ROWS(${r.col(c.partner)}),${stringLiteral(w.noPartnerRow)},${of(c.partner)}&"")`),
    partnerId: () => f(`=${of(c.partnerId)}&""`),
    statementNumber: () => f(`=(ROW()-ROW($F$${STATEMENT_TOP + at.identity + 1}))/${height}+${offset + 1}`),
    periodStart: () => f(`=${r.setting("periodStart")}`),
    periodEnd: () => f(`=${r.setting("periodEnd")}`),
    kpiActual: (i) => pass(c.actual[i]),
    kpiTarget: (i) => {
      const t = c.target[i];
      return t !== null ? pass(t) : f(`=${r.kpiField(i, "target")}`);
    },
    kpiAttainment: (i) => pass(c.attainment[i]),
    kpiWeight: (i) => f(`=${r.kpiField(i, "weight")}`),
    kpiGate: (i) => f(`=IF(${r.kpiField(i, "gate")}="","",${r.kpiField(i, "gate")})`),
    // The gate rule is the engine's, through INCENTIVE.GATE (the data table's Gate met uses it too).
    kpiGateResult: (i) => {
      const [a, gate] = [cell(gateRow(i), 1), cell(gateRow(i), 5)];
      return f(
        `=IF(${gate}="",${stringLiteral(w.noGate)},IF(INCENTIVE.GATE(${a},${gate},${r.kpiField(i, "direction")}),` +
          `${stringLiteral(w.met)},${stringLiteral(w.missedOne)}))`,
      );
    },
    score: () => pass(c.score),
    gates: () => f(`=IF(${of(c.gateMet)}=TRUE,${stringLiteral(w.allMet)},${stringLiteral(w.missed)})`),
    tier: () => f(tierText),
    payout: () => pass(c.payout),
    gap: () => f(gapFormula(r, gap, helpers)),
    gapHelpers: () => gapHelperFormulas(r, gap, helpers).map(f),
    breakdown: () => {
      const rows: Cell[][] = Array.from({ length: breakdownRows(p) }, () =>
        Array<Cell>(STATEMENT_BLOCK_COLUMNS).fill(null),
      );
      if (basis !== null) {
        const target = gap.target === null ? "" : `,${gap.target}`;
        rows[0][0] = f(
          `=IF(${gap.value}="",${stringLiteral(w.noResults)},INCENTIVE.EXPLAIN(${gap.read},${r.tiers},${r.setting("method")}${target}))`,
        );
        return rows;
      }
      // The breakdown's own score (its first row) is what the rows below it read.
      const s = cell(at.breakdown, 1);
      // An INCENTIVE call reads the score by the partner's number, so Check formula errors finds the row behind an error.
      const read = of(c.score);
      const belowFirst = `${s}<MIN(${bounds})`;
      const values =
        p.payKind === "bonus"
          ? [
              `=${score}`,
              `=IF(${s}="","",IF(${belowFirst},${stringLiteral(w.belowFirstPoint)},INCENTIVE.TIER(${read},${r.tiers})))`,
              // The share of the target incentive: BONUS of a target incentive of 1, capped as the payout is.
              `=IF(${s}="","",INCENTIVE.BONUS(${read},1,${r.tiers},${capOrNoneNameOf(r.settings)}))`,
              `=${r.setting("targetIncentive")}`,
              `=${cell(at.payout, 1)}`,
            ]
          : [
              `=${score}`,
              `=${cell(at.tier, 1)}`,
              `=IF(${s}="","",IF(${belowFirst},0,INCENTIVE.RATE(${read},${r.tiers},"retro")))`,
              `=${r.setting("listPrice")}`,
              `=${cell(at.payout, 1)}`,
              `=IF(${of(c.netPrice!)}="","",${of(c.netPrice!)})`,
            ];
      breakdownLabels(r).forEach((label, i) => {
        rows[i][0] = text(label);
        rows[i][1] = f(values[i]);
      });
      return rows;
    },
    note: () => f(`=IF(${paid},${labelExpression(w.paidNote, {}, { decimals })},${stringLiteral(w.gateMissedNote)})`),
    capNote: () => (p.payKind === "discount" ? null : f(`=IF(AND(${paid},${cap}<>""),${capWords},"")`)),
  };
}
