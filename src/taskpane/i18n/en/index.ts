/*
 * The English catalogue: every string the pane shows, one section per screen. The Chinese
 * catalogue (../zh) has the same shape; the type checker and test/taskpane/i18nCatalog.test.ts
 * fail on a key missing in either or used nowhere. Components read it as t.<section>.<key>.
 */
import { common } from "./common";
import { explain } from "./explain";
import { help } from "./help";
import { insights } from "./insights";
import { programs } from "./programs";
import { shell } from "./shell";
import { wizard } from "./wizard";

export const en = { common, shell, wizard, programs, explain, help, insights };

/** Every string the pane shows; placeholders are functions so their arguments are typed. */
export type Catalog = typeof en;
