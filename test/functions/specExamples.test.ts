/* Every worked example of SPEC §3.3, through the custom functions exactly as Excel calls them. */
import { EXPLAIN_EXAMPLE, SPEC_EXAMPLES } from "../support/specExamples";
import { FUNCTIONS } from "../support/functionTable";
import { clearTierCache } from "../../src/functions/tierCache";

beforeEach(() => clearTierCache());

describe("SPEC §3.3 worked examples", () => {
  test.each(SPEC_EXAMPLES.map((e) => [e.formula, e]))("%s", (_formula, example) => {
    expect(FUNCTIONS[example.fn](...example.args)).toEqual([[example.expected]]);
  });

  test("EXPLAIN(120000, T1) itemises the three bands and totals PAYOUT", () => {
    expect(FUNCTIONS.EXPLAIN(...EXPLAIN_EXAMPLE.args)).toEqual(EXPLAIN_EXAMPLE.expected);
  });

  test("a column of amounts spills one payout per row, blank in gives blank out", () => {
    const T1 = SPEC_EXAMPLES[0].args[1];
    expect(FUNCTIONS.PAYOUT([[120000], [null], [75000], [""]], T1, "marginal", null, null, null)).toEqual([[3500], [""], [1750], [""]]);
  });
});
