/*
 * The production bundle (built by `npm test`'s pretest) runs no code from strings and loads
 * nothing over plain http; its page loads scripts only from itself and Office's CDN.
 */
import * as fs from "fs";
import * as path from "path";

const DIST = path.resolve(__dirname, "../../dist");
const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

/**
 * Not addresses anything fetches: XML namespace names (React DOM and SVG use the W3C's; a partner's
 * statement file, OOXML's), and the reserved .invalid domain, which can never resolve (the sample data's =HYPERLINK partner name).
 */
const NOT_FETCHED = /^http:\/\/(www\.w3\.org\/|schemas\.openxmlformats\.org\/|[^/]*\.invalid\b)/;

describe("production bundle", () => {
  test("has the task pane and functions scripts", () => {
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });

  test.each(scripts)("%s contains no eval and no new Function", (file) => {
    const code = read(file);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\s*\(/);
    expect(code).not.toMatch(/\bFunction\s*\(\s*["'`]/);
  });

  test.each(scripts)("%s has no plain-http URL (other than XML namespace names and .invalid)", (file) => {
    const urls = read(file).match(/http:\/\/[^\s"'`)<>\\]+/g) ?? [];
    expect(urls.filter((u) => !NOT_FETCHED.test(u))).toEqual([]);
  });

  test("taskpane.html loads scripts only from the add-in itself and Office's CDN", () => {
    const html = read("taskpane.html");
    const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const src of sources) {
      expect(src.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/") || !/^[a-z]+:/i.test(src)).toBe(true);
    }
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
  });
});
