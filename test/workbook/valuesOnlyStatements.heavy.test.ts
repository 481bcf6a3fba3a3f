/*
 * Values-only statements for every partner of a large program, against the strict Excel model on
 * Excel on the web (5 MB each way, sheet rows, page breaks, reads of what was not loaded). Slow:
 * test:heavy. statementsOnModel.heavy.test.ts covers the parts and names; this one also checks the
 * response sizes of reading the 50,000-row data table and reads the partners back.
 */
import { programTemplate } from "../../src/engine";
import type { PartnerSeed } from "../../src/workbook/contract";
import { createProgram } from "../../src/workbook/programs";
import { generateValuesOnlyStatements, readPartnerInputs } from "../../src/workbook/dashboard";
import { blockHeight } from "../../src/workbook/dashboard/statementLayout";
import { REQUEST_LIMIT_BYTES } from "../../src/workbook/requestBudget";
import { RESPONSE_BUDGET_BYTES } from "../../src/workbook/excelLimits";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

const KEY = "SolarWave_Installer";

function seeds(n: number): PartnerSeed[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `P${100000 + i}`,
    name: `Partner ${i}`,
    actuals: [0.5 + (i % 10) / 10, 3.5 + (i % 3) / 2],
  }));
}

test("values-only statements for 50,000 partners complete in 49 parts, every request under 4 MB", async () => {
  const excel = new ModelExcel({ excelApi: "1.20", host: "web" });
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(50000) });
  const before = excel.syncBytes.length;
  const result = await generateValuesOnlyStatements(excel.context, KEY, "all");
  expect(result.partners).toBe(50000);
  // In parts of 1,026 partners (Excel's page breaks per sheet; one sheet would need rows beyond 1,048,576).
  expect(result.sheets).toHaveLength(49);
  expect(result.sheet).toBe(result.sheets![0]);
  const h = blockHeight(programTemplate("solarwave"));
  const last = excel.sheet(result.sheets![48]);
  expect(last.at("A5")).toMatchObject({ kind: "text", value: `Partner ${48 * 1026}` });
  expect(last.at(`A${5 + (49999 - 48 * 1026) * h}`)).toMatchObject({ kind: "text", value: "Partner 49999" });
  let largest = 0;
  for (const b of excel.syncBytes.slice(before)) largest = Math.max(largest, b);
  expect(largest).toBeLessThan(REQUEST_LIMIT_BYTES);
  // Reading the 50,000-row data table took row blocks, each response within the budget.
  let response = 0;
  for (const b of excel.responseBytes.slice(before)) response = Math.max(response, b);
  expect(response).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
  expect(await readPartnerInputs(excel.context, KEY)).toHaveLength(50000);
}, 300000);
