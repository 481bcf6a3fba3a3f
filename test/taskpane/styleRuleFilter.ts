/*
 * A quicker getComputedStyle for the pane suites, with the same results.
 *
 * jsdom computes an element's style by matching every rule of every style sheet against it, one
 * selector match at a time (about 4 µs each with nwsapi). Fluent's styles are hundreds of atomic
 * rules (`.f1abc2{display:flex}`, `.f3def4:hover`…; 540 once the wizard's KPI step is shown), and
 * Testing Library calls getComputedStyle for every element it looks at when it computes accessible
 * names (`getByRole(…, { name })`) and checks what is hidden: about 2 ms an element, 40 % of the
 * Wizard suite's CPU.
 *
 * A rule can match an element only if the element has every class named in the last compound of
 * one of the rule's selectors (`.a .b:hover` needs class b). So before jsdom's matcher runs, this
 * answers "no" for a rule none of whose selectors' last compounds the element's classes satisfy,
 * which is what browsers' own rule hashing does. Anything it does not understand (escapes, quotes,
 * a selector whose last compound names no class at top level) goes to jsdom's matcher as before.
 * It wraps only the matcher jsdom keeps for style computation (`_nwsapiDontThrow`), not the one of
 * querySelector or Element.matches. `styleRuleFilter.test.tsx` checks that every element of a
 * rendered pane matches every rule exactly as without it.
 */

/** For each selector of a selector list, the classes its last compound needs; null: no filter. */
export function requiredClasses(selectorList: string): string[][] | null {
  if (/[\\"']/.test(selectorList)) return null;
  const out: string[][] = [];
  for (const complex of splitTopLevel(selectorList)) {
    const classes = topLevelClasses(lastCompound(complex.trim()));
    if (classes.length === 0) return null;
    out.push(classes);
  }
  return out.length ? out : null;
}

/** The selectors of a list: split at commas outside brackets and parentheses. */
function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** The last compound selector of a complex one: after its last combinator outside brackets and parentheses. */
function lastCompound(complex: string): string {
  let depth = 0;
  for (let i = complex.length - 1; i >= 0; i--) {
    const ch = complex[i];
    if (ch === ")" || ch === "]") depth++;
    else if (ch === "(" || ch === "[") depth--;
    else if (depth === 0 && (ch === " " || ch === ">" || ch === "+" || ch === "~")) return complex.slice(i + 1);
  }
  return complex;
}

/** Class names of a compound selector outside brackets and parentheses (`.a.b:not(.c)` → a, b). */
function topLevelClasses(compound: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < compound.length; i++) {
    const ch = compound[i];
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "." && depth === 0) {
      const m = /^-?[_a-zA-Z][_a-zA-Z0-9-]*/.exec(compound.slice(i + 1));
      // A name that goes on in characters not matched here (non-ASCII): no filter, rather than a wrong one.
      const after = compound[i + 1 + (m ? m[0].length : 0)];
      if (!m || (after !== undefined && !".:#[".includes(after))) return [];
      out.push(m[0]);
      i += m[0].length;
    }
  }
  return out;
}

/** The last class attribute seen, as a set: jsdom asks about one element for every rule in turn. */
let lastClassAttribute: string | null = null;
let lastClasses = new Set<string>();

/** True when the element cannot match the selector list (a class its every selector needs is missing). */
export function cannotMatch(required: readonly (readonly string[])[], element: Element): boolean {
  const attribute = element.getAttribute("class") ?? "";
  if (attribute !== lastClassAttribute) {
    lastClassAttribute = attribute;
    lastClasses = new Set(attribute.split(/[ \t\n\f\r]+/));
  }
  const classes = lastClasses;
  return required.every((needed) => needed.some((c) => !classes.has(c)));
}

interface Matcher {
  match(selector: string, element: Element, callback?: unknown): boolean;
}

/**
 * Installs the filter on this document's style matcher. Returns what takes it off again, or null
 * when it could not be installed (then nothing changed).
 */
export function installStyleRuleFilter(doc: Document = document): (() => void) | null {
  if (doc.compatMode !== "CSS1Compat") return null; // quirks mode matches classes ignoring case
  const implKey = Object.getOwnPropertySymbols(doc).find((s) => s.description === "impl");
  const impl = implKey ? (doc as unknown as Record<symbol, { _nwsapiDontThrow?: Matcher }>)[implKey] : undefined;
  if (!impl) return null;
  // jsdom creates the matcher on the first style computation.
  doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue("display");
  const matcher = impl._nwsapiDontThrow;
  if (!matcher || typeof matcher.match !== "function" || (matcher as { filtered?: boolean }).filtered) return null;
  const original = matcher.match;
  const match = original.bind(matcher);
  const cache = new Map<string, string[][] | null>();
  matcher.match = (selector: string, element: Element, callback?: unknown) => {
    let required = cache.get(selector);
    if (required === undefined) {
      required = typeof selector === "string" ? requiredClasses(selector) : null;
      cache.set(selector, required);
    }
    if (required && element && element.nodeType === 1 && cannotMatch(required, element)) return false;
    return match(selector, element, callback);
  };
  (matcher as { filtered?: boolean }).filtered = true;
  return () => {
    matcher.match = original;
    (matcher as { filtered?: boolean }).filtered = false;
  };
}
