/*
 * scripts/tsRequire.js, how verify, the sample writer and the bench load our TypeScript: its
 * transpile cache is keyed by the source, so an edited file is never run from a stale copy.
 * Child processes are run synchronously (spawnSync): the test awaits nothing jest's timer could
 * overtake on a busy machine.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const LOADER = path.join(__dirname, "../../scripts/tsRequire.js");
const CACHE = path.join(__dirname, "../../node_modules/.cache/ts-require");

function load(file: string): string {
  const run = spawnSync(
    process.execPath,
    ["-e", `require(${JSON.stringify(LOADER)}); console.log(require(${JSON.stringify(file)}).value)`],
    {
      encoding: "utf8",
    },
  );
  expect(run.stderr).toBe("");
  return run.stdout.trim();
}

test("a TypeScript file runs as written, then as edited (the cache follows the source), and is cached", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ts-require-"));
  const file = path.join(dir, "answer.ts");
  fs.writeFileSync(file, "const n: number = 41;\nexport const value = n + 1;\n");
  expect(load(file)).toBe("42");
  const cachedFiles = fs
    .readdirSync(CACHE)
    .filter((f) => fs.readFileSync(path.join(CACHE, f), "utf8").includes("n + 1"));
  expect(cachedFiles.length).toBeGreaterThan(0);
  fs.writeFileSync(file, "const n: number = 41;\nexport const value = n + 2;\n");
  expect(load(file)).toBe("43");
  fs.rmSync(dir, { recursive: true, force: true });
});
