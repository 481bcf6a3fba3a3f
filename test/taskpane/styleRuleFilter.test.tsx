/**
 * @jest-environment jsdom
 */
/*
 * The pane suites' style-rule filter (styleRuleFilter.ts, installed by support.tsx) changes how
 * long getComputedStyle takes, never what it returns.
 */
import * as React from "react";
import { fireEvent, screen } from "@testing-library/react";
import { Wizard } from "../../src/taskpane/components/Wizard/Wizard";
import { fakeService, renderWithService } from "./support";
import { cannotMatch, installStyleRuleFilter, requiredClasses } from "./styleRuleFilter";

test("the classes a selector list needs: its selectors' last compounds, outside brackets and parentheses", () => {
  expect(requiredClasses(".a")).toEqual([["a"]]);
  expect(requiredClasses(".a.b:hover")).toEqual([["a", "b"]]);
  expect(requiredClasses(".x .a::after")).toEqual([["a"]]);
  expect(requiredClasses(".x>.a,.y + .b.c")).toEqual([["a"], ["b", "c"]]);
  expect(requiredClasses(".a:not(.b)")).toEqual([["a"]]);
  expect(requiredClasses(".a[data-x] ~ .b:nth-child(2n+1)")).toEqual([["b"]]);
  expect(requiredClasses(".a[data-fui-focus-visible]")).toEqual([["a"]]);
  // A selector that any element might match, or one not understood: no filter for the list.
  expect(requiredClasses(".a, div")).toBeNull();
  expect(requiredClasses(".a :is(.b)")).toBeNull();
  expect(requiredClasses('.a[title="x.y"]')).toBeNull();
  expect(requiredClasses(".a\\:b")).toBeNull();
  expect(requiredClasses(".ab中")).toBeNull();
  const el = document.createElement("div");
  el.className = "a b";
  expect(cannotMatch([["a", "b"]], el)).toBe(false);
  expect(cannotMatch([["a", "c"]], el)).toBe(true);
  expect(cannotMatch([["c"], ["b"]], el)).toBe(false);
});

test("every element of a rendered pane has the same computed style with the filter as without it", () => {
  renderWithService(<Wizard onShowPrograms={jest.fn()} />, fakeService());
  fireEvent.click(screen.getByRole("button", { name: /Installer program/ }));
  fireEvent.click(screen.getByRole("button", { name: "Next" }));
  const elements = Array.from(document.querySelectorAll("*"));
  const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
  expect(rules.length).toBeGreaterThan(300);
  expect(elements.length).toBeGreaterThan(100);
  const styles = () => {
    // jsdom keeps computed styles until the document changes.
    document.body.setAttribute("data-style-run", String(Math.random()));
    return elements.map((el) => {
      const style = window.getComputedStyle(el);
      return Array.from(style, (p) => `${p}: ${style.getPropertyValue(p)}`).join("; ");
    });
  };
  const filtered = styles(); // support.tsx installed the filter
  const remove = installStyleRuleFilter(); // a second install does nothing
  expect(remove).toBeNull();
  // Off (a new matcher), then on again: the same styles.
  const implKey = Object.getOwnPropertySymbols(document).find((s) => s.description === "impl")!;
  const impl = (document as unknown as Record<symbol, { _nwsapiDontThrow?: unknown }>)[implKey];
  const saved = impl._nwsapiDontThrow;
  impl._nwsapiDontThrow = undefined;
  const plain = styles();
  impl._nwsapiDontThrow = saved;
  expect(filtered).toEqual(plain);
  expect(filtered.some((s) => s.includes("display: flex"))).toBe(true);

  // Where the filter answers "no", jsdom's matcher says no too.
  let skipped = 0;
  for (const rule of rules) {
    const selector = (rule as CSSStyleRule).selectorText;
    const required = selector ? requiredClasses(selector) : null;
    if (!required) continue;
    for (const el of elements) {
      if (!cannotMatch(required, el)) continue;
      skipped++;
      let matched = false;
      try {
        matched = el.matches(selector);
      } catch {
        // a selector jsdom cannot parse matches nothing in style computation either
      }
      if (matched) throw new Error(`${selector} matches ${el.outerHTML.slice(0, 80)}, but the filter skips it`);
    }
  }
  expect(skipped).toBeGreaterThan(elements.length * 100);
});
