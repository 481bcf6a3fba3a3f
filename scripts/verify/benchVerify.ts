/*
 * node scripts/verify/bench.js [PARTNERS]: times npm run verify on a SolarWave-shaped program with
 * PARTNERS partners (default 50,000). The program is written by createProgram on the Excel model
 * with 3 partners, its data table is grown to PARTNERS rows (the same formulas, pseudo-random
 * actuals), saved as .xlsx with engine results cached, then verified in a child process
 * (`node scripts/verify/verify.js`, as npm run verify runs it). docs/benchmarks.md.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { programTemplate } from "../../src/engine";
import { createProgram } from "../../src/workbook/programs";
import { ModelExcel } from "../../test/excel-model/fakeExcelFacade";
import { Snap, engineResults, snapshotToWorkbook } from "./sampleXlsx";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

export async function benchVerify(partners = 50000): Promise<Record<string, number | string>> {
  const excel = new ModelExcel({ excelApi: "1.20" });
  const seeds = [1, 2, 3].map((i) => ({ id: `P${i}`, name: `Partner ${i}`, actuals: [0.9, 4.5] }));
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds });
  const snap = excel.model.snapshot() as unknown as Snap;
  const data = snap.tables.find((t) => t.name.endsWith("_Data"))!;
  const sheet = snap.sheets.find((s) => s.name === data.sheet)!;
  const m = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/.exec(data.address)!;
  const top = Number(m[2]); // header row (1-based)
  const first = sheet.cells;
  const letters = Object.keys(first)
    .filter((a) => a.endsWith(String(top + 1)) && /^[A-Z]+\d+$/.test(a))
    .map((a) => /^[A-Z]+/.exec(a)![0]);
  const random = lcg(17);
  const values: unknown[][] = [];
  for (let i = 0; i < partners; i++) {
    const row = top + 1 + i;
    const onTime = Math.round((0.6 + random() * 0.5) * 1000) / 1000;
    const csat = Math.round((3 + random() * 2) * 100) / 100;
    const plain: unknown[] = [`P${i + 1}`, `Partner ${i + 1}`, onTime, csat];
    letters.forEach((l, c) => {
      const model = first[`${l}${top + 1}`];
      sheet.cells[`${l}${row}`] = model.f !== undefined ? { f: model.f, nf: model.nf } : { v: plain[c], nf: model.nf };
    });
    values.push(letters.map((_, c) => plain[c] ?? null));
  }
  data.address = `${data.address.slice(0, data.address.lastIndexOf("!") + 1)}${m[1]}${top}:${m[3]}${top + partners}`;
  data.values = values;
  const t0 = Date.now();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-bench-")), `verify-${partners}.xlsx`);
  await snapshotToWorkbook(snap, engineResults(snap)).xlsx.writeFile(file);
  const writeMs = Date.now() - t0;
  const script = path.join(__dirname, "verify.js");
  const runs: number[] = [];
  let out = "";
  for (let r = 0; r < 3; r++) {
    const s = process.hrtime.bigint();
    out = execFileSync(process.execPath, [script, file], { encoding: "utf8" });
    runs.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  runs.sort((a, b) => a - b);
  // In process, without Node's start and the TypeScript transpile: reading the file, then verifying.
  const { readFileTables } = await import("./xlsxTables");
  const { verifyTables } = await import("./verifyWorkbook");
  const r0 = process.hrtime.bigint();
  const tables = readFileTables(file);
  const r1 = process.hrtime.bigint();
  const report = verifyTables(tables);
  const r2 = process.hrtime.bigint();
  return {
    partners,
    fileBytes: fs.statSync(file).size,
    writeSampleMs: writeMs,
    verifyCommandMedianMs: Math.round(runs[1]),
    verifyCommandRunsMs: runs.map(Math.round).join(", "),
    readMs: Math.round(Number(r1 - r0) / 1e6),
    checkMs: Math.round(Number(r2 - r1) / 1e6),
    differences: report.differences.length,
    summary: out.trim().split("\n").pop() ?? "",
    load: os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" "),
  };
}
