/*
 * The dashboard and live statements for 50,000 partners on the strict Excel model: the same syncs
 * as for 10, statements in 49 parts (1,026 page breaks per sheet), every request under the
 * budget. Moved from generate.test.ts with its checks when that file moved to the model: with
 * jest's default heap it had not finished after 8 minutes on the loaded 2-core machine (the model
 * holds the 50,000-row workbook; garbage collection near the heap limit); with the heavy suite's
 * --max-old-space-size it passed in 97 s (27 s of CPU). So it runs in `npm run test:heavy`.
 */
import { programTemplate } from "../../../src/engine";
import { createProgram } from "../../../src/workbook/programs";
import { generateDashboard, generateStatements } from "../../../src/workbook/dashboard";
import { REQUEST_LIMIT_BYTES } from "../../../src/workbook/requestBudget";
import { ModelExcel } from "../../excel-model/fakeExcelFacade";
import { seeds } from "./awkwardSeeds";

const KEY = "SolarWave_Installer";
const NOW = new Date(2026, 9, 31, 12, 0, 0);

test("50,000 partners: dashboard and statements, every request under 4 MB", async () => {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(50000) });
  const before = excel.syncs;
  const dashboard = await generateDashboard(excel.context, KEY, { now: NOW });
  expect(dashboard.syncs).toBe(4);
  const statements = await generateStatements(excel.context, KEY);
  // 49 parts of at most 1,026 partners: 49,951 page breaks (300 bytes each) need more than one request.
  expect(statements.sheets).toHaveLength(49);
  expect(statements.syncs).toBeLessThanOrEqual(4 + Math.ceil((49951 * 300) / 3_000_000));
  for (const name of statements.sheets!) expect(excel.sheet(name).pageBreaks.length).toBeLessThanOrEqual(1025);
  expect(excel.sheet(statements.sheets![48]).pageBreaks).toHaveLength(50000 - 48 * 1026 - 1);
  expect(Math.max(...excel.syncBytes.slice(before))).toBeLessThan(REQUEST_LIMIT_BYTES);
}, 1800000);
