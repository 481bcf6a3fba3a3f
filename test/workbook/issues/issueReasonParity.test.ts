/*
 * The reason the pane gives for an error cell against what the function itself returns for the
 * same inputs: whenever ATTAINMENT, PAYOUT or GATE (as the data table calls them) gives an error,
 * the reason is found, and it gives that code (GATE's: its very message).
 */
import { MESSAGES, programTemplate, tierCells } from "../../../src/engine";
import { dataHeaders } from "../../../src/workbook/dataHeaders";
import { issueReason, reasonMessage, type IssueRow } from "../../../src/workbook/issues/issueReason";
import { gateCells } from "../../../src/functions/impl/gate";
import { attainmentCells } from "../../../src/functions/impl/attainment";
import { payoutCells } from "../../../src/functions/impl/payout";
import { runFunction } from "../../../src/functions/results";

const p = programTemplate("salesCommission"); // PAYOUT(Bookings, Tiers, method, Bookings target, , cap)
const h = dataHeaders(p);
const ERROR = { error: "#N/A" };
const INPUTS: unknown[] = [120000, "", 0, -5, "lots", "120", Infinity, ERROR];

/** An input as the function receives it, and as Range.values / valueTypes read it. */
const asArgument = (v: unknown) =>
  v === ERROR ? new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable) : v;
const asRead = (v: unknown) => (v === ERROR ? "#N/A" : v);
const typeOf = (v: unknown) =>
  v === ERROR ? "Error" : typeof v === "number" ? "Double" : v === "" ? "Empty" : "String";

function row(actual: unknown, target: unknown): IssueRow {
  const headers = [h.actual[0], h.target[0]!];
  return {
    headers,
    values: [asRead(actual), asRead(target)],
    types: [typeOf(actual), typeOf(target)],
    addresses: ["'Data'!C5", "'Data'!D5"],
  };
}

/** One cell's result, as Excel gets it (an error for the whole call is the cell's error). */
const cell = (body: () => unknown[][]) => {
  try {
    return runFunction(body as never)[0][0];
  } catch (e) {
    return e;
  }
};

const codeOf = (v: unknown) => (typeof v === "object" && v !== null ? (v as { code: string }).code : null);

test.each(INPUTS.flatMap((a) => INPUTS.map((t) => [a, t] as const)))(
  "actual %p, target %p: an error the function gives has a reason with its code",
  (actual, target) => {
    const results = {
      [h.attainment[0]]: cell(() => attainmentCells([[asArgument(actual)]], [[asArgument(target)]], "higher")),
      // The Payout formula: IF(value="","",… PAYOUT(…)): a blank actual is blank, an error passes first.
      [h.payout]:
        actual === ""
          ? ""
          : actual === ERROR
            ? asArgument(ERROR)
            : cell(() =>
                payoutCells([[asArgument(actual)]], tierCells(p.tiers), "marginal", [[asArgument(target)]], null, ""),
              ),
    };
    for (const [column, result] of Object.entries(results)) {
      const code = codeOf(result);
      if (code === null) continue;
      const reason = issueReason(p, row(actual, target), column, code);
      expect({ column, reason: reason !== null }).toEqual({ column, reason: true });
      const given =
        reason!.kind === "engine"
          ? { value: "#VALUE!", div0: "#DIV/0!", num: "#NUM!", na: "#N/A" }[MESSAGES[reason!.id].kind]
          : reason!.code;
      expect(given).toBe(code);
    }
  },
);

/** A KPI's Gate cell as read, and as GATE gets it from XLOOKUP(…)&"" (text; an error stays one). */
const GATES: unknown[] = [100000, "", "high", true, ERROR];
const gateArgument = (g: unknown) =>
  g === ERROR ? asArgument(g) : typeof g === "boolean" ? String(g).toUpperCase() : String(g);

test.each(INPUTS.flatMap((a) => GATES.map((g) => [a, g] as const)))(
  "Gate met, actual %p, gate %p: an error GATE gives has a reason with its code and message",
  (actual, gate) => {
    const result = cell(() => gateCells([[asArgument(actual)]], [[gateArgument(gate)]], [[""]]));
    const code = codeOf(result);
    if (code === null) return;
    const plan = {
      gates: [{ value: asRead(gate), error: gate === ERROR, header: "Bookings Gate", address: "'Plan'!F2" }],
    };
    const reason = issueReason(p, row(actual, ""), h.gateMet, code, plan);
    expect(reason).not.toBeNull();
    if (reason!.kind === "engine") expect(reasonMessage(reason!, "en")).toBe((result as Error).message);
    else expect(reason!.code).toBe(code);
  },
);
