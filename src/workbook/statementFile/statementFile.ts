/*
 * One partner's statement file: the values-only statement of that partner alone
 * (describeValuesOnlyStatement, with the open period's adjustment line and carried balance when
 * the program has them), in the language asked for, as .xlsx bytes: only what the partner should
 * read, so none of finance's notes (the program's key, regenerating). Pure: the program and its
 * partners come from readStatementFileSource (openStatementFile.ts).
 */
import type { ProgramDefinition } from "../../engine";
import type { PartnerRecord } from "../contract";
import type { StatementAdjustment } from "../dashboard/statementAdjustment";
import { describeValuesOnlyStatement } from "../dashboard/valuesOnlyStatement";
import { SheetLanguage, programLanguage, sheetLabels } from "../labels";
import { NO_EXISTING_NAMES, SheetNamer } from "../names";
import { describeFileSheet } from "./fileSheet";
import { Zip, statementFileBytes } from "./statementFileBytes";

/** What every statement file of a program is made from, read once for a walk over the partners. */
export interface StatementFileSource {
  readonly key: string;
  readonly program: ProgramDefinition;
  /** In data-table order: the index of readPartnerInputs. */
  readonly partners: readonly PartnerRecord[];
  readonly adjustment: StatementAdjustment | null;
}

export interface StatementFile {
  readonly partner: PartnerRecord;
  /** The one sheet's name ("P-001 statement", "P-001 结算单"). */
  readonly sheet: string;
  readonly bytes: Uint8Array;
}

/** The statement file of the partner at `which`, in `language` (default: the program's sheet language). */
export function statementFile(
  source: StatementFileSource,
  which: number,
  zip: Zip,
  language?: SheetLanguage,
): StatementFile {
  const words = sheetLabels(language ?? programLanguage(source.program));
  const partner = source.partners[which];
  const sheetName = partner
    ? new SheetNamer(partner.id || partner.name, NO_EXISTING_NAMES).next(words.sheet.statement)
    : undefined;
  // Throws, in words, for an index that is not a partner.
  const plan = describeValuesOnlyStatement(source.program, source.partners, which, {
    key: source.key,
    sheetName,
    language: words.language,
    adjustment: source.adjustment,
    // The file goes to the partner: finance's notes stay on the in-workbook sheets.
    forPartner: true,
  });
  return { partner, sheet: plan.name, bytes: statementFileBytes(describeFileSheet(plan), zip) };
}
