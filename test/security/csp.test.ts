/*
 * The task pane's Content-Security-Policy (the meta tag in src/taskpane/taskpane.html, copied into
 * dist/taskpane.html by the build), directive by directive against an explicit allow-list: a
 * directive added, removed or widened by one source fails. The checker is also run on widened
 * policies, each of which it must reject.
 */
import * as fs from "fs";
import * as path from "path";
import { cspOfPage, cspProblems, type CspAllowList } from "./outbound";

const ROOT = path.resolve(__dirname, "../..");

/** Every directive the pane's policy has, with every source it may list, and why. */
const ALLOWED: CspAllowList = {
  // Anything not listed below (frames, media, manifests, workers …): only the add-in's own origin.
  "default-src": ["'self'"],
  // The pane's bundle and lazy chunks, and Office's own script from Microsoft's CDN (which loads
  // its host scripts from the same folder). No 'unsafe-inline', no 'unsafe-eval'.
  "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
  // Fluent UI (Griffel) inserts the CSS it generates at run time as <style> rules.
  "style-src": ["'self'", "'unsafe-inline'"],
  // The add-in's own icons; Fluent's inline data: images.
  "img-src": ["'self'", "data:"],
  // The add-in's own fonts; data: fonts inlined by the build. No web fonts.
  "font-src": ["'self'", "data:"],
  // Office's script reads its own files (strings, host scripts) from its folder on the CDN; the pane
  // itself connects nowhere (test/security/network.test.ts).
  "connect-src": ["'self'", "https://appsforoffice.microsoft.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

const PAGES = ["src/taskpane/taskpane.html", "dist/taskpane.html"];

test.each(PAGES)("%s has exactly one Content-Security-Policy, and it is the allowed one", (page) => {
  const { csp, count } = cspOfPage(fs.readFileSync(path.join(ROOT, page), "utf8"));
  expect(count).toBe(1);
  expect(csp).not.toBeNull();
  expect(cspProblems(csp ?? "", ALLOWED)).toEqual([]);
});

describe("the check fails on", () => {
  const current = cspOfPage(fs.readFileSync(path.join(ROOT, PAGES[0]), "utf8")).csp ?? "";
  const set = (directive: string, value: string) =>
    current
      .split(";")
      .map((d) => (d.trim().split(/\s+/)[0] === directive ? ` ${directive} ${value}` : d))
      .join(";");
  const without = (directive: string) =>
    current
      .split(";")
      .filter((d) => d.trim().split(/\s+/)[0] !== directive)
      .join(";");

  const widened: [string, string][] = [
    ["connect-src *", set("connect-src", "*")],
    ["connect-src with one more host", set("connect-src", "'self' https://appsforoffice.microsoft.com https://example.com")],
    ["img-src *", set("img-src", "*")],
    ["img-src https:", set("img-src", "'self' data: https:")],
    ["form-action *", set("form-action", "*")],
    ["script-src 'unsafe-eval'", set("script-src", "'self' https://appsforoffice.microsoft.com 'unsafe-eval'")],
    ["script-src 'unsafe-inline'", set("script-src", "'self' 'unsafe-inline' https://appsforoffice.microsoft.com")],
    ["default-src *", set("default-src", "*")],
    ["style-src from a font CDN", set("style-src", "'self' 'unsafe-inline' https://fonts.googleapis.com")],
    ["object-src 'self'", set("object-src", "'self'")],
    ["a new directive (frame-src)", current + "; frame-src https://example.com"],
    ["a new directive (worker-src)", current + "; worker-src blob:"],
    ["a directive repeated", current + "; connect-src *"],
    ["default-src removed", without("default-src")],
    ["object-src removed (falls back to default-src)", without("object-src")],
    ["form-action removed (form-action does not fall back)", without("form-action")],
    ["no policy at all", ""],
  ];

  test("(the policy as it is passes)", () => {
    expect(cspProblems(current, ALLOWED)).toEqual([]);
  });

  test.each(widened)("%s", (_name, csp) => {
    expect(cspProblems(csp, ALLOWED).length).toBeGreaterThan(0);
  });

  test("a page with a second policy tag, or none", () => {
    const page = fs.readFileSync(path.join(ROOT, PAGES[0]), "utf8");
    const twice = page.replace("<title>", '<meta http-equiv="Content-Security-Policy" content="connect-src *" />\n<title>');
    expect(cspOfPage(twice).count).toBe(2);
    expect(cspOfPage("<html><head></head></html>")).toEqual({ csp: null, count: 0 });
  });
});
