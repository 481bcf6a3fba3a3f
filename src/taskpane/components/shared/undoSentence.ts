import type { Catalog } from "../../i18n/catalog";
import type { UndoOutcome } from "../../../workbook/undoGroup";

/** What Ctrl+Z does after a write, as the sentence that ends its result ("" when not known). */
export function undoSentence(t: Catalog, undo: UndoOutcome | undefined): string {
  return undo ? t.common.undo[undo] : "";
}
