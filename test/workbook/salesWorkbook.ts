/* A program over the user's own table: the workbook with that table, and the program that reads it. */
import { ProgramDefinition, programTemplate } from "../../src/engine";
import { ModelExcel } from "../excel-model/fakeExcelFacade";

/** The user's table Sales (P1, P2) on their own sheet "Sales data". */
export function salesWorkbook(): ModelExcel {
  return new ModelExcel({
    workbook: {
      sheets: [
        {
          name: "Sales data",
          values: [
            ["Partner ID", "Units", "Quota"],
            ["P1", 1200, 1000],
            ["P2", 800, 1000],
          ],
          tables: [{ name: "Sales", address: "A1:C3" }],
        },
      ],
    },
  });
}

/** The sales commission template over Sales: Units against each partner's Quota. */
export function overSales(): ProgramDefinition {
  const p = programTemplate("salesCommission");
  p.source = {
    kind: "existing",
    source: "Sales",
    partnerColumn: "Partner ID",
    partnerNameColumn: "",
    kpiColumns: ["Units"],
    targetColumns: ["Quota"],
  };
  return p;
}
