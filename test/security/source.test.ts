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

test.each(["dangerouslySetInnerHTML", "innerHTML", "eval(", "new Function", "document.write", "fetch(", "XMLHttpRequest"])(
  "no %s anywhere in src/",
  (needle) => {
    const offenders = files.filter((f) => fs.readFileSync(f, "utf8").includes(needle));
    expect(offenders).toEqual([]);
  },
);
