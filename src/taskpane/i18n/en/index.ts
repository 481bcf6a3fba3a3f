/*
 * The English catalogue: every string the pane shows, one section per screen. The Chinese
 * catalogue (../zh) has the same shape; the type checker and test/taskpane/i18nCatalog.test.ts
 * fail on a key missing in either or used nowhere. Components read it as t.<section>.<key>.
 * The pane itself loads it in two parts (../englishCatalog.ts): ./firstScreen and ./screens.
 */
import { enFirstScreen } from "./firstScreen";
import { enScreens } from "./screens";

export const en = { ...enFirstScreen, ...enScreens };

/** Every string the pane shows; placeholders are functions so their arguments are typed. */
export type Catalog = typeof en;
