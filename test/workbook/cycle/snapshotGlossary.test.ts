/*
 * A Chinese snapshot's setting words: stored and shown as the canonical English values the
 * fingerprint covers ("quarterly", "linear", "higher"), and beside the rows, past a blank column,
 * a glossary of what each word on the sheet means in the plan sheet's words. The glossary is in no
 * fingerprinted row: the Chinese and English snapshots of the same plan and partners have one
 * fingerprint, the check reads it intact, and an edit to the glossary is no edit to the snapshot.
 */
import { programTemplate } from "../../../src/engine";
import type { PartnerSeed } from "../../../src/workbook/contract";
import { createProgram } from "../../../src/workbook/programs";
import { checkClosedPeriods, closePeriod } from "../../../src/workbook/cycle";
import { TEXT } from "../../../src/workbook/numberFormats";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { SNAPSHOT_FIRST_ROW } from "../../../src/workbook/cycle/describeSnapshot";
import { address } from "./snapshotCells";

const KEY = "SolarWave_Installer";
const AT = new Date(Date.UTC(2026, 3, 2, 9, 30));
const SEEDS: PartnerSeed[] = [
  { id: "P1", name: "Sun & Co", actuals: [0.75, 4.6] },
  { id: "P2", name: "华东能源", actuals: [0.85, 4.1] },
];

async function closed(language: "en" | "zh") {
  const excel = new ModelExcel();
  await createProgram(excel.context, { ...programTemplate("solarwave"), sheetLanguage: language }, { partners: SEEDS });
  const result = await closePeriod(excel.context, KEY, { now: AT });
  const sheet = excel.sheet(result.sheet);
  const at = (r: number, c: number) => excel.sheet(result.sheet).cell(r, c)?.value ?? null;
  const row = (kind: string) => [...sheet.cells.entries()].find(([a, c]) => a.endsWith(",0") && c.value === kind)!;
  /** Row `r`'s cells from column `from` up to its first blank. */
  const run = (r: number, from: number) => {
    const out: unknown[] = [];
    for (let c = from; at(r, c) !== null; c++) out.push(at(r, c));
    return out;
  };
  return { excel, result, sheet, at, row, run };
}

test("Chinese: the plan's and KPIs' words stay as stored; beside them, what each means, as the plan sheet says it", async () => {
  const { sheet, at, row, run } = await closed("zh");
  const plan = Number(row("plan")[0].split(",")[0]);
  const kpi = Number(row("kpi 1")[0].split(",")[0]);
  // The stored words, under their Chinese headers (the plan's header row is the row above it).
  const under = (r: number, header: string) => at(r, run(r - 1, 0).indexOf(header));
  expect([under(plan, "结算周期"), under(plan, "激励类型"), under(plan, "计算方法")]).toEqual([
    "quarterly",
    "bonus",
    "linear",
  ]);
  expect([under(kpi, "方向"), under(kpi, "目标类型")]).toEqual(["higher", "fixed"]);

  // The glossary: past the widest row and a blank column, from the first section's header row.
  const column = widestRow(sheet.cells.keys(), run) + 1;
  expect(at(SNAPSHOT_FIRST_ROW, column - 1)).toBeNull();
  const glossary = Array.from({ length: 8 }, (_, i) => run(SNAPSHOT_FIRST_ROW + i, column));
  expect(glossary).toEqual([
    ["设置", "存储值", "含义"],
    ["结算周期", "quarterly", "按季度"],
    ["激励类型", "bonus", "奖金"],
    ["计算方法", "linear", "线性插值"],
    ["方向", "higher", "越高越好"],
    ["目标类型", "fixed", "固定"],
    [expect.stringMatching(/^左侧各行保存规范的英文值，指纹按这些值计算；.*不计入指纹。$/)],
    [],
  ]);
  // Stored words as text, like the rows' own ("fixed" never read as anything else).
  expect(sheet.cell(SNAPSHOT_FIRST_ROW + 1, column + 1)?.numberFormat).toBe(TEXT);
});

test("the glossary is outside the fingerprint: Chinese and English close to one fingerprint, both intact, a glossary edit is no edit", async () => {
  const zh = await closed("zh");
  const en = await closed("en");
  expect(zh.result.fingerprint).toBe(en.result.fingerprint);
  const column = widestRow(zh.sheet.cells.keys(), zh.run) + 1;
  // "linear = 线性插值" made to say 全额累进 (retro's word): the glossary is no part of the snapshot.
  const method = SNAPSHOT_FIRST_ROW + 3;
  expect(zh.run(method, column)).toEqual(["计算方法", "linear", "线性插值"]);
  zh.excel.userEdit(zh.result.sheet, address(method, column + 2), [["全额累进"]]);
  expect(zh.at(method, column + 2)).toBe("全额累进");
  const status = async (excel: typeof zh.excel) =>
    (await checkClosedPeriods(excel.context, KEY)).periods.map((p) => [p.status, p.rows.map((r) => r.key)]);
  expect(await status(zh.excel)).toEqual([["intact", []]]);
  // The stored word itself is the record: edited, the check names the plan row.
  const plan = Number(zh.row("plan")[0].split(",")[0]);
  const stored = Array.from({ length: column }, (_, c) => zh.at(plan, c)).indexOf("linear");
  zh.excel.userEdit(zh.result.sheet, address(plan, stored), [["retro"]]);
  expect(await status(zh.excel)).toEqual([["edited", ["plan"]]]);
  expect(await status(en.excel)).toEqual([["intact", []]]);
  // English: its words are the sheet's own, no glossary beside the rows.
  const enColumns = [...en.sheet.cells.keys()].filter((a) => Number(a.split(",")[0]) >= SNAPSHOT_FIRST_ROW);
  expect(Math.max(...enColumns.map((a) => Number(a.split(",")[1])))).toBe(widestRow(en.sheet.cells.keys(), en.run) - 1);
  expect([...en.sheet.cells.values()].some((c) => c.value === "含义")).toBe(false);
});

/** How many columns the snapshot's widest row fills from A (rows from the first section's header down). */
function widestRow(cells: Iterable<string>, run: (r: number, from: number) => unknown[]): number {
  const rows = new Set([...cells].map((a) => Number(a.split(",")[0])).filter((r) => r >= SNAPSHOT_FIRST_ROW));
  return Math.max(...[...rows].map((r) => run(r, 0).length));
}
