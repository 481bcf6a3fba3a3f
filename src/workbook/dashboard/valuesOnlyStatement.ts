/*
 * The statements finance sends: the same blocks as the live statements sheet, but every cell a
 * value computed here by the engine (evaluatePartner, explainPayout, the gap to the next tier)
 * from the partner inputs read from the data table. No formula at all, so a partner who opens it
 * without the add-in never sees #NAME?; names and labels are written as text (never read as
 * formulas). Finance moves or copies the sheet to a new workbook and sends it.
 */
import {
  ProgramDefinition,
  TierTable,
  evaluatePartner,
  explainPayout,
  programTierTable,
  rateAt,
  roundMoney,
  targetOf,
} from "../../engine";
import type { PartnerRecord } from "../contract";
import { isoToSerial } from "../../engine/excelDates";
import { SheetLanguage, fillLabel } from "../labels";
import { stemOf } from "../names";
import { Cell, GridPlan, SheetPlan, text } from "../sheetPlan";
import { fixed, gapSentence, moneyTemplate } from "./gapText";
import { box, ownershipNote } from "./layout";
import { ProgramRefs } from "./programRefs";
import {
  StatementAdjustment,
  hasAdjustmentLines,
  hasPeriodLines,
  periodLines,
  settleSentence,
} from "./statementAdjustment";
import { partNote, statementGrid, statementPages } from "./describeStatements";
import type { StatementPart } from "./statementParts";
import {
  STATEMENT_BLOCK_COLUMNS,
  STATEMENT_COLUMNS,
  STATEMENT_TOP,
  StatementSource,
  blockHeight,
  breakdownLabels,
  breakdownRows,
  explainHeader,
  statementBlock,
} from "./statementLayout";
import { formatMessage } from "../words";

export interface ValuesOnlyOptions {
  /** The program's key; by default the stem of its name (as describeProgram names it in an empty workbook). */
  readonly key?: string;
  /** The sheet's name; by default "<program> Statement values" or "<partner ID> statement", in the statements' language. */
  readonly sheetName?: string;
  /** The statements' language; by default the program's sheet language. */
  readonly language?: SheetLanguage;
  /** With "all": the part this sheet is (statementParts.ts), holding partners first … first + count - 1. */
  readonly part?: StatementPart;
  /** The open period's adjustment line and balance carried in, when the program has them. */
  readonly adjustment?: StatementAdjustment | null;
  /**
   * A partner's own copy (the statement file): without finance's notes (the program's key, that
   * regenerating rewrites the sheet, that these are values), which the partner has no use for.
   */
  readonly forPartner?: boolean;
}

/**
 * One partner's statement (its index in `partners`), or every partner's, as a values-only sheet;
 * with `options.part`, the partners of that part only (generate.ts writes every part).
 */
export function describeValuesOnlyStatement(
  p: ProgramDefinition,
  partners: readonly PartnerRecord[],
  which: number | "all",
  options: ValuesOnlyOptions = {},
): SheetPlan {
  const key = options.key ?? stemOf(p.name);
  const r = new ProgramRefs(p, key, options.language);
  const w = r.show.statements;
  const table = programTierTable(p);
  const part = which === "all" ? options.part : undefined;
  const chosen =
    which !== "all"
      ? [{ partner: partners[which], index: which }]
      : part
        ? partners.slice(part.first, part.first + part.count).map((partner, k) => ({ partner, index: part.first + k }))
        : partners.map((partner, index) => ({ partner, index }));
  if (which !== "all" && (!Number.isInteger(which) || which < 0 || which >= partners.length)) {
    throw new RangeError(formatMessage("noSuchPartner", { which: String(which), count: partners.length }));
  }
  if (chosen.length === 0) throw new RangeError(formatMessage("noPartnersYet"));
  const height = blockHeight(p);
  const top = STATEMENT_TOP;
  // Block 1 carries the formats and styles (copied to the other blocks); every block's values go in one grid.
  const a = options.adjustment;
  const blocks = chosen.map(({ partner, index }) => {
    const values = valueSource(r, table, partner, index);
    const adjustment = a?.amounts.get(partner.id) ?? 0;
    const carried = a?.carried?.amounts.get(partner.id) ?? 0;
    return statementBlock(r, {
      ...values,
      ...periodLines(r, a, { adjustment: () => adjustment, carried: () => carried }),
      // With lines beyond the payout, the note says what they add up to, as the live sheet's does.
      ...(hasPeriodLines(a)
        ? {
            note: () => {
              const payout = values.payout();
              const terms = [
                typeof payout === "number" ? payout : 0,
                ...(hasAdjustmentLines(a) ? [adjustment] : []),
                ...(a.carried ? [carried] : []),
              ];
              return text(settleSentence(r, a, terms));
            },
          }
        : {}),
    });
  });
  const first = blocks[0];
  // The printed columns only: the live sheet's helper cells have no place among values.
  const printed = <T>(row: readonly T[]) => row.slice(0, STATEMENT_COLUMNS);
  const grids: GridPlan[] = [
    ...statementGrid(
      top,
      first.rows.map((row) => printed(row).map(() => null)),
      first.formats.map(printed),
      first.styles,
    ),
    { topLeft: { row: top, column: 0 }, rows: blocks.flatMap((b) => b.rows.map(printed)) },
  ];
  const n = chosen.length;
  const sheetName =
    options.sheetName ??
    (which === "all"
      ? `${p.name.trim()} ${r.show.sheet.statementValues}`
      : `${partners[which].id} ${r.show.sheet.statement}`);
  return {
    name: sheetName,
    role: "statementValues",
    ...(part ? { part: part.part } : {}),
    cells: [
      {
        row: 0,
        column: 0,
        style: "title",
        value: text(
          fillLabel(n > 1 || (part?.parts ?? 1) > 1 ? w.valuesTitleMany : w.valuesTitleOne, { program: p.name.trim() }),
        ),
      },
      ...(options.forPartner
        ? []
        : [
            {
              row: 1,
              column: 0,
              style: "note" as const,
              value: text(ownershipNote(r.show, p.name, key, w.aboutValues)),
            },
            // A sheet with every partner's pay says so, and what to send instead.
            {
              row: 2,
              column: 0,
              style: "note" as const,
              value: text(which === "all" ? w.valuesNoteAll : w.valuesNote),
            },
          ]),
      ...partNote(part, r.show),
    ],
    tables: [],
    grids,
    repeat: { block: box(top, 0, height, STATEMENT_COLUMNS), times: n, copy: "Formats" },
    ...statementPages(top, height, n, r.show),
  };
}

function num(x: number | null | undefined): Cell {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

function valueSource(r: ProgramRefs, table: TierTable, partner: PartnerRecord, index: number): StatementSource {
  const p = r.program;
  const w = r.show.statements;
  const outcome = evaluatePartner(p, table, partner);
  const basis = r.basisKpi();
  const scale = basis !== null && p.boundsRelativeToTarget ? (targetOf(p, basis, partner) ?? NaN) : 1;
  const paid = roundMoney(outcome.payout, p.decimals);
  const hasInput = outcome.tierInput !== null;
  const tierText = !hasInput ? "" : outcome.tier === null ? r.show.data.belowFirstTier : String(outcome.tier);
  const capNote =
    p.cap === null || p.payKind === "discount" || !outcome.gateMet
      ? null
      : text(
          p.payKind === "bonus"
            ? fillLabel(w.capBonus, { pct: fixed(p.cap * 100, 1) })
            : fillLabel(w.capMoney, { cap: fillLabel(moneyTemplate(r, p.currency), { n: fixed(p.cap, p.decimals) }) }),
        );

  return {
    partnerName: () => text(partner.name),
    partnerId: () => text(partner.id),
    statementNumber: () => index + 1,
    periodStart: () => isoToSerial(p.periodStart),
    periodEnd: () => isoToSerial(p.periodEnd),
    kpiActual: (i) => num(partner.actuals[i]),
    kpiTarget: (i) => num(targetOf(p, i, partner)),
    kpiAttainment: (i) => num(outcome.attainments[i]),
    kpiWeight: (i) => p.kpis[i].weight,
    kpiGate: (i) => p.kpis[i].gate,
    kpiGateResult: (i) => {
      const k = p.kpis[i];
      if (k.gate === null) return text(w.noGate);
      const a = partner.actuals[i];
      const met = typeof a === "number" && (k.direction === "lower" ? a <= k.gate : a >= k.gate);
      return text(met ? w.met : w.missedOne);
    },
    score: () => num(outcome.score),
    gates: () => text(outcome.gateMet ? w.allMet : w.missed),
    tier: () => (tierText === "" ? null : text(tierText)),
    payout: () => (hasInput ? paid : null),
    gap: () =>
      text(
        gapSentence(
          r,
          table,
          Number.isNaN(scale) ? null : outcome.tierInput,
          Number.isNaN(scale) ? 1 : scale,
          outcome.gateMet,
        ),
      ),
    gapHelpers: () => [],
    breakdown: () => {
      const rows: Cell[][] = Array.from({ length: breakdownRows(p) }, () =>
        Array<Cell>(STATEMENT_BLOCK_COLUMNS).fill(null),
      );
      if (basis !== null) {
        const x = outcome.tierInput;
        if (x === null || Number.isNaN(scale)) {
          rows[0][0] = text(w.noResults);
          return rows;
        }
        // explainPayout as EXPLAIN spills it (src/functions/impl/explain.ts), whether or not a gate was met.
        const e = outcome.explanation ?? explainPayout(table, p.method, x, 0, scale);
        const lines: Cell[][] = [
          explainHeader(r.show).map(text),
          ...e.rows.map((row) => [
            text(row.tier === null ? w.explainBelow : String(row.tier)),
            row.from,
            row.to,
            row.amount,
            row.rate,
            row.payout,
          ]),
          [text(w.explainTotal), 0, x, x, x === 0 ? null : e.total / x, e.total],
        ];
        lines.forEach((line, i) => line.forEach((x, j) => (rows[i][j] = x)));
        return rows;
      }
      const labels = breakdownLabels(r);
      const s = outcome.score;
      const belowFirst = s === null || outcome.tier === null;
      const values: Cell[] =
        p.payKind === "bonus"
          ? [
              num(s),
              s === null ? null : text(outcome.tier === null ? w.belowFirstPoint : String(outcome.tier)),
              s === null ? null : Math.min(belowFirst ? 0 : rateAt(table, "linear", s), p.cap ?? Infinity),
              p.targetIncentive,
              hasInput ? paid : null,
            ]
          : [
              num(s),
              tierText === "" ? null : text(tierText),
              s === null ? null : belowFirst ? 0 : rateAt(table, "retro", s),
              p.listPrice,
              hasInput ? paid : null,
              outcome.netPrice === null || !hasInput ? null : roundMoney(p.listPrice ?? 0, p.decimals) - paid,
            ];
      labels.forEach((label, i) => {
        rows[i][0] = text(label);
        rows[i][1] = values[i];
      });
      return rows;
    },
    note: () => text(outcome.gateMet ? fillLabel(w.paidNote, { decimals: p.decimals }) : w.gateMissedNote),
    capNote: () => capNote,
  };
}
