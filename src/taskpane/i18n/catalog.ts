import { en, type Catalog } from "./en";
import { zh } from "./zh";
import type { UiLanguage } from "./language";

export type { Catalog };

/**
 * Both catalogues at once, for tests and tools. The pane itself imports English only and loads
 * Chinese when it is first needed (lazy.ts), so the first screen's script stays small.
 */
export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, zh };
