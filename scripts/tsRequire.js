/* eslint-disable no-undef */
// Lets plain Node scripts (verify, the sample writer, the benchmark) require the TypeScript
// sources directly. Each file's transpiled JavaScript is kept in node_modules/.cache, keyed by a
// hash of its source and of this loader's options, so a second run neither loads the TypeScript
// compiler nor transpiles anything (most of `npm run verify`'s time was that, docs/benchmarks.md).
// An edited file has a new hash and is transpiled again: the cache is never stale.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const COMPILER_OPTIONS = { module: "CommonJS", target: "ES2020", esModuleInterop: true };
const CACHE_DIR = path.join(__dirname, "..", "node_modules", ".cache", "ts-require");
let ts = null;

function transpile(source, filename) {
  ts = ts || require("typescript");
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: COMPILER_OPTIONS.esModuleInterop,
    },
  }).outputText;
}

function cached(source, filename) {
  const key = crypto
    .createHash("sha256")
    .update(JSON.stringify(COMPILER_OPTIONS))
    .update("\0")
    .update(filename)
    .update("\0")
    .update(source)
    .digest("hex");
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    const output = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      // Written whole under a temporary name, then renamed: a concurrent run never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, output);
      fs.renameSync(temporary, file);
    } catch {
      // A read-only install still works, only without the cache.
    }
    return output;
  }
}

require.extensions[".ts"] = (module, filename) => {
  module._compile(cached(fs.readFileSync(filename, "utf8"), filename), filename);
};
