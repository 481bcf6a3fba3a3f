/* The auditable-formula scanner (formulaRules.ts) on formulas that must fail and look-alikes that must pass. */
import { MAX_AUDITABLE, auditableLength, problemsOf } from "./formulaRules";

const rules = (f: string, names: string[] = []) => problemsOf("S!A1", f, names).map((p) => p.rule);

describe("formulaRules", () => {
  test("LET fails, in any case; a name merely containing LET passes", () => {
    expect(rules("=LET(x,1,x)")).toEqual(["LET"]);
    expect(rules("=let (x,1,x)".replace(" ", ""))).toEqual(["LET"]);
    expect(rules("=OUTLET_Sales+1")).toEqual([]);
  });

  test("over 250 characters fails; the user's quoted or bracketed names count as one character", () => {
    const long = "x".repeat(300);
    expect(rules(`="${"a".repeat(MAX_AUDITABLE)}"`)).toEqual(["length"]);
    expect(rules(`=XLOOKUP("${long}",T[KPI],T[[${long} attainment]])`, [long, `${long} attainment`])).toEqual([]);
    expect(auditableLength(`=[@[It''s '[x']]]`, ["It's [x]"])).toBe(`=[@[u]]`.length);
    expect(auditableLength(`="say ""hi"""`, ['say "hi"'])).toBe(`="u"`.length);
  });

  test("a setting looked up by its visible label fails; a KPI looked up by name and a defined name pass", () => {
    expect(rules(`=ROUND(1,XLOOKUP("Decimals",PI_X_Settings[Setting],PI_X_Settings[Value]))`)).toEqual([
      "label lookup",
    ]);
    expect(rules(`=XLOOKUP("小数位数", PI_X_Settings[设置项],PI_X_Settings[值])`)).toEqual(["label lookup"]);
    expect(rules(`=XLOOKUP("CSAT",PI_X_KPIs[KPI],PI_X_KPIs[Weight])`)).toEqual([]);
    expect(rules(`=ROUND(1,PI_X_Decimals)`)).toEqual([]);
  });
});
