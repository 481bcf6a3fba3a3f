/*
 * responseSize.test.ts's failed update of a 10,000-partner data table, moved here with its checks
 * (`npm run test:heavy`, run by CI): the table is written, updated, then updated again with a
 * failure at its write sync, and every request and response of the put-back is measured.
 */
import { programTemplate } from "../../src/engine";
import { createProgram, readProgram, updateProgram } from "../../src/workbook/programs";
import { RESPONSE_BUDGET_BYTES } from "../../src/workbook/excelLimits";
import { REQUEST_LIMIT_BYTES } from "../../src/workbook/requestBudget";
import { ModelExcel } from "../excel-model/fakeExcelFacade";
import { KEY, N, largest, seeds } from "./responseSizes";

test("a failed updateProgram of a large data table is put back in requests within the budget", async () => {
  const excel = new ModelExcel();
  await createProgram(excel.context, programTemplate("solarwave"), { partners: seeds(N) });
  const p = await readProgram(excel.context, KEY);
  const data = () => JSON.stringify(excel.table(`PI_${KEY}_Data`).formulas());
  const before = data();
  // An update that changes nothing has the same reads: its sync count places the write sync.
  const total = (await updateProgram(excel.context, KEY, p)).syncs;
  const from = excel.syncs;
  excel.failAtSync = excel.syncs + total - 1;
  const perPartner = {
    ...p,
    kpis: p.kpis.map((k, i) => (i === 0 ? { ...k, targetMode: "perPartner" as const, target: null } : k)),
  };
  await expect(updateProgram(excel.context, KEY, perPartner)).rejects.toThrow(/were put back as they were\.$/);
  expect(data()).toBe(before);
  expect(await readProgram(excel.context, KEY)).toEqual(p);
  let request = 0;
  for (const b of excel.syncBytes.slice(from)) request = Math.max(request, b);
  expect(request).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(largest(excel, from)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
}, 120000);
