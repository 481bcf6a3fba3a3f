import { en } from "./en";
import { zh } from "./zh";
import type { UiLanguage } from "./language";

/** Every string the pane shows; placeholders are functions so their arguments are typed. */
export type Catalog = typeof en;

export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en, zh };
