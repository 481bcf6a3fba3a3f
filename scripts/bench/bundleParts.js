/* eslint-disable no-undef */
/*
 * What a built script is made of: its minified bytes attributed to packages and source folders
 * through its source map, and each part's bytes at gzip -9 compressed on its own (the parts'
 * gzip sizes add up to a little more than the whole's: compression shares across parts).
 *
 *   npx webpack --mode production --devtool source-map --output-path /tmp/pi-map
 *   node scripts/bench/bundleParts.js /tmp/pi-map/taskpane.js [--depth 3] [--top 40]
 *
 * Source maps are not part of the normal build (dist/ has none), hence the separate output path.
 */
const fs = require("fs");
const zlib = require("zlib");
const { TraceMap, eachMapping } = require("@jridgewell/trace-mapping");

const gz = (s) => zlib.gzipSync(s, { level: 9 }).length;

/** "react-dom", "@fluentui/tokens", or the first `depth` folders of a source path. */
function partOf(source, depth) {
  if (!source) return "(webpack runtime)";
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return source
    .replace(/^webpack:\/\/[^/]*\//, "")
    .replace(/^\.\//, "")
    .split("/")
    .slice(0, depth)
    .join("/");
}

/** [{ part, minified, gzip }] largest first, and the whole file's gzip size. */
function bundleParts(file, depth = 3) {
  const code = fs.readFileSync(file, "utf8").replace(/\n\/\/# sourceMappingURL=.*$/, "");
  const map = new TraceMap(fs.readFileSync(`${file}.map`, "utf8"));
  const lines = code.split("\n");
  const mappings = [];
  eachMapping(map, (m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const text = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] || "";
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const part = partOf(m.source, depth);
    if (!text.has(part)) text.set(part, []);
    text.get(part).push(line.slice(m.generatedColumn, end));
  });
  const parts = [...text].map(([part, pieces]) => {
    const s = pieces.join("");
    return { part, minified: s.length, gzip: gz(s) };
  });
  return { total_gzip: gz(code), parts: parts.sort((a, b) => b.gzip - a.gzip) };
}

module.exports = { bundleParts };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
  const file = args.find((a) => a.endsWith(".js"));
  if (!file) {
    console.error(
      "usage: node scripts/bench/bundleParts.js <built script with a .map beside it> [--depth N] [--top N]",
    );
    process.exit(2);
  }
  const { total_gzip, parts } = bundleParts(file, opt("--depth", 3));
  console.log(`${file}: ${total_gzip.toLocaleString("en-US")} bytes at gzip -9`);
  console.log("   gzip  minified  part");
  for (const p of parts.slice(0, opt("--top", 40)))
    console.log(`${String(p.gzip).padStart(7)} ${String(p.minified).padStart(9)}  ${p.part}`);
}
