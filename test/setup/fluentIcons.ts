/*
 * @fluentui/react-icons for jest (jest.config.js maps the package here). Fluent's components use
 * about 90 of its icons, but the package's index defines all of them at once, over 10,000: about
 * half of the time Fluent takes to load, paid again by every pane suite (jest gives each test file
 * fresh modules). This module gives the same icon components from the same package, each loaded
 * from its own module (the package's per-icon `atoms/svg/<name>`) when Fluent first asks for it;
 * a name not found there comes from the full index, so nothing is ever missing or different.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as path from "path";

const LIB = path.join(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");
type Exports = Record<string | symbol, unknown>;
const load = (file: string): Exports => require(path.join(LIB, file));

/** What the index exports besides icons: bundleIcon, class names, the direction context … */
const helpers: Exports = { ...load("utils.cjs"), ...load("providers.cjs") };

let fullIndex: Exports | null = null;
const index = (): Exports => (fullIndex ??= load("index.cjs"));

/** "ChevronDown20Regular" → "chevron-down", the per-icon module that defines it in every size and style. */
function atomOf(name: string): string {
  const base = name.replace(/\d*(Regular|Filled|Light|Color)$/, "");
  return base.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

function icon(name: string): unknown {
  try {
    const atom = load(`atoms/svg/${atomOf(name)}.cjs`);
    if (name in atom) return atom[name];
  } catch {
    // no module of that name: the index has it, or nothing does
  }
  return index()[name];
}

const found = new Map<string, unknown>();

export = new Proxy(helpers, {
  get(target, name) {
    if (name === "__esModule") return true;
    if (typeof name !== "string" || name in target) return target[name];
    if (!found.has(name)) found.set(name, icon(name));
    return found.get(name);
  },
});
