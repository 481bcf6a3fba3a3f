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
import { SheetLabels, SheetLanguage, fillLabel, labelExpression } from "../labels";
import { StatementPart } from "./statementParts";
import { lowerIsBetter } from "../programFormulas";
import { MAX_PAGE_BREAKS } from "../excelLimits";
import { Cell, CellStyle, GridPlan, PlainCell, SheetPlan, formula, text } from "../sheetPlan";
import { gapFormula } from "./gapText";
import { box, ownershipNote } from "./layout";
import { ProgramRefs } from "./programRefs";
import {
  STATEMENT_COLUMNS,
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
}

export function describeStatements(p: ProgramDefinition, options: StatementsOptions): SheetPlan {
  const r = new ProgramRefs(p, options.key, options.language);
  const w = r.show.statements;
  const height = blockHeight(p);
  const n = Math.max(1, options.part ? options.part.count : options.partners);
  const top = STATEMENT_TOP;
  const block = statementBlock(r, liveSource(r, top, height, options.part?.first ?? 0));
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
    repeat: { block: box(top, 0, height, STATEMENT_COLUMNS), times: n },
    ...statementPages(top, height, n, r.show),
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
 * F cell, (ROW() - the first block's row) / height + 1, plus `offset` (the statements on the parts before).
 */
function liveSource(r: ProgramRefs, blockTop: number, height: number, offset: number): StatementSource {
  const p = r.program;
  const c = r.columns;
  const w = r.show.statements;
  const at = blockRows(p);
  const indexRow = blockTop + at.identity + 1; // Excel row of the statement number
  const idx = `$F${indexRow}`;
  const of = (header: string) => `INDEX(${r.col(header)},${idx})`;
  const f = (s: string) => formula(s);
  const decimals = r.setting("decimals");
  const bounds = r.tierColumn("bound");
  const basis = r.basisKpi();
  const basisTarget =
    basis !== null && p.boundsRelativeToTarget
      ? c.target[basis] !== null
        ? of(c.target[basis]!)
        : r.kpiField(basis, "target")
      : null;
  const tierValue = basis !== null ? of(c.actual[basis]) : of(c.score);
  const gateMet = `${of(c.gateMet)}=TRUE`;
  const cap = r.setting("cap");
  const capText =
    p.payKind === "bonus"
      ? `IF(${cap}="","",${labelExpression(w.capBonus, {}, { pct: `FIXED(${cap}*100,1)` })})`
      : p.payKind === "discount"
        ? `""`
        : `IF(${cap}="","",${labelExpression(w.capMoney, {}, { cap: `FIXED(${cap},${decimals})` })})`;
  // The data table's Tier in the statement's words (its "below first tier" is the program's).
  const from = r.labels.data.belowFirstTier;
  const tierText =
    from === r.show.data.belowFirstTier
      ? `=${of(c.tier)}&""`
      : `=LET(t,${of(c.tier)}&"",IF(t=${stringLiteral(from)},${stringLiteral(r.show.data.belowFirstTier)},t))`;
  const rateAt = (method: string) =>
    `LET(s,${of(c.score)},IF(s="","",IF(s<MIN(${bounds}),0,INCENTIVE.RATE(s,${r.tiers},${stringLiteral(method)}))))`;

  return {
    partnerName: () => f(`=IF(${idx}>ROWS(${r.col(c.partner)}),${stringLiteral(w.noPartnerRow)},${of(c.partner)}&"")`),
    partnerId: () => f(`=${of(c.partnerId)}&""`),
    statementNumber: () => f(`=(ROW()-ROW($F$${STATEMENT_TOP + at.identity + 1}))/${height}+${offset + 1}`),
    periodStart: () => f(`=${r.setting("periodStart")}`),
    periodEnd: () => f(`=${r.setting("periodEnd")}`),
    kpiActual: (i) => f(`=IF(${of(c.actual[i])}="","",${of(c.actual[i])})`),
    kpiTarget: (i) => {
      const t = c.target[i];
      return f(t !== null ? `=IF(${of(t)}="","",${of(t)})` : `=${r.kpiField(i, "target")}`);
    },
    kpiAttainment: (i) => f(`=IF(${of(c.attainment[i])}="","",${of(c.attainment[i])})`),
    kpiWeight: (i) => f(`=${r.kpiField(i, "weight")}`),
    kpiGate: (i) =>
      f(
        `=LET(gate,${r.kpiField(i, "gate")},a,${of(c.actual[i])},IF(gate="",${stringLiteral(w.noGate)},` +
          `IF(AND(ISNUMBER(a),IF(${lowerIsBetter(r.kpiField(i, "direction"), r.labels)},a<=gate,a>=gate)),${stringLiteral(w.met)},${stringLiteral(w.missedOne)})))`,
      ),
    score: () => f(`=IF(${of(c.score)}="","",${of(c.score)})`),
    gates: () => f(`=IF(${gateMet},${stringLiteral(w.allMet)},${stringLiteral(w.missed)})`),
    tier: () => f(tierText),
    payout: () => f(`=IF(${of(c.payout)}="","",${of(c.payout)})`),
    gap: () => f(gapFormula(r, tierValue, basisTarget)),
    breakdown: () => {
      const rows: Cell[][] = Array.from({ length: breakdownRows(p) }, () => Array<Cell>(STATEMENT_COLUMNS).fill(null));
      if (basis !== null) {
        const target = basisTarget === null ? "" : `,${basisTarget}`;
        rows[0][0] = f(
          `=LET(v,${of(c.actual[basis])},IF(v="",${stringLiteral(w.noResults)},INCENTIVE.EXPLAIN(v,${r.tiers},${r.setting("method")}${target})))`,
        );
        return rows;
      }
      const labels = breakdownLabels(r);
      const values =
        p.payKind === "bonus"
          ? [
              `=IF(${of(c.score)}="","",${of(c.score)})`,
              `=LET(s,${of(c.score)},IF(s="","",IF(s<MIN(${bounds}),${stringLiteral(w.belowFirstPoint)},INCENTIVE.TIER(s,${r.tiers}))))`,
              `=LET(r,${rateAt("linear")},cap,${r.setting("cap")},IF(OR(r="",cap=""),r,MIN(r,cap)))`,
              `=${r.setting("targetIncentive")}`,
              `=IF(${of(c.payout)}="","",${of(c.payout)})`,
            ]
          : [
              `=IF(${of(c.score)}="","",${of(c.score)})`,
              tierText,
              `=${rateAt("retro")}`,
              `=${r.setting("listPrice")}`,
              `=IF(${of(c.payout)}="","",${of(c.payout)})`,
              `=IF(${of(c.netPrice!)}="","",${of(c.netPrice!)})`,
            ];
      labels.forEach((label, i) => {
        rows[i][0] = text(label);
        rows[i][1] = f(values[i]);
      });
      return rows;
    },
    note: () =>
      f(
        `=IF(${gateMet},${labelExpression(w.paidNote, {}, { decimals, cap: capText })},${stringLiteral(w.gateMissedNote)})`,
      ),
  };
}
