/*
 * Statements for 50,000 partners on the strict Excel model (test/excel-model: sheet rows, page
 * breaks per sheet, request and response sizes, formulas, reads of what was not loaded). One
 * sheet would need rows up to 4 + 50,000 × 22 = 1,100,004 (Excel has 1,048,576) and 49,999 page
 * breaks (Excel allows 1,026): written in 49 parts of at most 1,026 partners. Slow: test:heavy
 * (2026-12-06: 53–54 s CPU, 366–603 s wall on the shared 2-core machine at load 15–18, 2.6–2.8 GB
 * resident, default heap limit). No time limit of its own: the model's syncs are microtasks, so
 * jest's timer cannot cut off this CPU-bound test (docs/testing.md, "Time limits"); it passed in
 * 603 s under jest's 5 s default, which only catches a hang.
 */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { generateStatements, generateValuesOnlyStatements } from "../../src/workbook/dashboard";
import { blockHeight, blockRows } from "../../src/workbook/dashboard/statementLayout";
import { REQUEST_LIMIT_BYTES } from "../../src/workbook/requestBudget";
import { MAX_PAGE_BREAKS } from "../../src/workbook/excelLimits";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";
const N = 50000;

function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}

test("50,000 partners on the strict model: live and values-only statements in 49 parts", async () => {
  const p = programTemplate("solarwave");
  const h = blockHeight(p);
  const identity = blockRows(p).identity;
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  await createProgram(excel.context, p, { partners: seeds(N) });
  const lastBlock = N - 1 - 48 * 1026; // partner 49,999's block in part 49 (0-based)

  let before = excel.syncBytes.length;
  const live = await generateStatements(excel.context, KEY);
  expect(live.partners).toBe(N);
  expect(live.sheets).toHaveLength(49);
  const liveLast = excel.sheet(live.sheets![48]);
  const numberRow = 5 + lastBlock * h + identity;
  expect(liveLast.at(`F${numberRow}`)?.value).toBe(`=(ROW()-ROW($F$6))/${h}+${48 * 1026 + 1}`);
  expect((numberRow - 6) / h + 48 * 1026 + 1).toBe(N);
  expect(liveLast.at(`F${numberRow + h}`)).toBeUndefined();
  for (const name of live.sheets!) expect(excel.sheet(name).pageBreaks.length).toBeLessThanOrEqual(MAX_PAGE_BREAKS);
  let largest = 0;
  for (const b of excel.syncBytes.slice(before)) largest = Math.max(largest, b);
  expect(largest).toBeLessThan(REQUEST_LIMIT_BYTES);

  before = excel.syncBytes.length;
  const values = await generateValuesOnlyStatements(excel.context, KEY, "all");
  expect(values.partners).toBe(N);
  expect(values.sheets).toHaveLength(49);
  const valuesLast = excel.sheet(values.sheets![48]);
  expect(valuesLast.at("A5")).toMatchObject({ kind: "text", value: `Partner ${48 * 1026}` });
  expect(valuesLast.at(`A${5 + lastBlock * h}`)).toMatchObject({ kind: "text", value: `Partner ${N - 1}` });
  expect(valuesLast.at(`F${numberRow}`)).toMatchObject({ kind: "number", value: N });
  largest = 0;
  for (const b of excel.syncBytes.slice(before)) largest = Math.max(largest, b);
  expect(largest).toBeLessThan(REQUEST_LIMIT_BYTES);
});
