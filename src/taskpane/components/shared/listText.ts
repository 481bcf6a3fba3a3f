/*
 * A list of names in running text, with the pane language's own separators (docs/glossary.md):
 * "A, B and C" in English, "A、B和C" in Chinese. Never a comma joined in code.
 */
import type { Catalog } from "../../i18n/catalog";

export function listText(items: readonly string[], t: Catalog): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(t.common.listSeparator)}${t.common.and}${items[items.length - 1]}`;
}
