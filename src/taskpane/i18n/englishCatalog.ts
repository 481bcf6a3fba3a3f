/*
 * The English catalogue as the pane holds it. The first screen's sections are in taskpane.js; the
 * wizard's and Insights' sections are a chunk of their own, loaded together with the first of
 * those screens (the shell's lazy screens wait for loadEnglishScreenWords), so the first screen
 * does not download words it does not show. A Chinese pane loads its whole catalogue (../zh) at once.
 */
import type { Catalog } from "./en";
import { enFirstScreen } from "./en/firstScreen";

type LaterSections = Pick<Catalog, "wizard" | "insights" | "cycle" | "recognition">;

let later: LaterSections | null = null;

/** Loads the wizard's, Insights' and the cycle panel's English words (once); resolves when they are at hand. */
export function loadEnglishScreenWords(): Promise<void> {
  if (later) return Promise.resolve();
  return import(/* webpackChunkName: "en-screens" */ "./en/screens").then((m) => {
    later = m.enScreens;
  });
}

function laterSection<K extends keyof LaterSections>(key: K): LaterSections[K] {
  if (!later) throw new Error(`Internal error: the pane's ${key} words were read before they were loaded.`);
  return later[key];
}

/** Every section of the English catalogue; the later ones read once loaded. */
export const englishCatalog: Catalog = {
  ...enFirstScreen,
  get wizard() {
    return laterSection("wizard");
  },
  get insights() {
    return laterSection("insights");
  },
  get cycle() {
    return laterSection("cycle");
  },
  get recognition() {
    return laterSection("recognition");
  },
};
