/* Source-level rules of docs/security.md that a bundle scan cannot see. */
import * as fs from "fs";
import * as path from "path";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sources(full) : /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

const files = sources(path.resolve(__dirname, "../../src"));

// Plain text, except the Function constructor: `new Function(…)` or `Function(…)` evaluates a
// string, while a name that starts with Function (`new FunctionError(…)`) is an ordinary class.
const FORBIDDEN: [string, string | RegExp][] = [
  ["dangerouslySetInnerHTML", "dangerouslySetInnerHTML"],
  ["innerHTML", "innerHTML"],
  ["eval(", "eval("],
  ["new Function", /\bFunction\s*\(/],
  ["document.write", "document.write"],
  ["fetch(", "fetch("],
  ["XMLHttpRequest", "XMLHttpRequest"],
];

const uses = (text: string, m: string | RegExp) => (typeof m === "string" ? text.includes(m) : m.test(text));

test.each(FORBIDDEN)("no %s anywhere in src/", (_, matcher) => {
  const offenders = files.filter((f) => uses(fs.readFileSync(f, "utf8"), matcher));
  expect(offenders).toEqual([]);
});

test("the Function constructor is found in either form, and a class named Function… is not", () => {
  const fn = FORBIDDEN.find(([name]) => name === "new Function")![1];
  expect(uses("const f = new Function('return 1');", fn)).toBe(true);
  expect(uses("const f = Function ('return 1');", fn)).toBe(true);
  expect(uses("throw new FunctionError('emptyRange');", fn)).toBe(false);
});
