/*
 * Formulas Excel refuses, or that can only give an error. Each rule, with its source, is a row of
 * docs/excel-rules.md:
 *  - longer than 8,192 characters (Excel specifications and limits);
 *  - parentheses or double quotes that do not balance (Excel refuses the entry: "There's a problem
 *    with this formula"; through the API the write fails with InvalidArgument);
 *  - a function that is neither one of Excel's built-ins the add-in writes (BUILT_IN_FUNCTIONS)
 *    nor a registered INCENTIVE.* custom function. Excel itself stores such a formula and shows
 *    #NAME?; the model refuses it, because the add-in never means to write one;
 *  - a structured reference to a table or column that does not exist, or [@Column] outside a table;
 *  - a reference to a sheet that does not exist.
 */

/** Excel built-in functions the add-in writes (src/), plus common ones a test may use. */
export const BUILT_IN_FUNCTIONS = new Set(
  (
    "ABS AND AVERAGE AVERAGEIF AVERAGEIFS CHOOSE CONCAT CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF " +
    "COUNTIFS DATE DATEVALUE DAY EDATE EOMONTH FILTER FIXED HLOOKUP HYPERLINK IF IFERROR IFNA IFS " +
    "INDEX INDIRECT INT ISBLANK ISERROR ISNUMBER ISTEXT LAMBDA LARGE LEFT LEN LET LOWER MATCH MAX " +
    "MAXIFS MEDIAN MID MIN MINIFS MMULT MONTH N NA NOT NOW OFFSET OR PERCENTILE.INC RANK.EQ RIGHT " +
    "ROUND ROUNDDOWN ROUNDUP ROW ROWS COLUMN COLUMNS SEQUENCE SMALL SORT SORTBY SUBTOTAL SUM SUMIF " +
    "SUMIFS SUMPRODUCT TAKE DROP TEXT TEXTJOIN TODAY TRANSPOSE TRIM UNIQUE UPPER VALUE VLOOKUP " +
    "XLOOKUP XMATCH YEAR"
  ).split(" "),
);

export interface FormulaContext {
  /** A table's headers, or null when there is no such table. */
  tableHeaders(name: string): string[] | null;
  /** The table the formula's cell is in, if any. */
  ownTable: { name: string; headers: string[] } | null;
  sheetExists(name: string): boolean;
  nameExists(name: string): boolean;
  /** The registered INCENTIVE functions (upper case), or null when unknown (then any is allowed). */
  customFunctions: string[] | null;
  /** Which function names to check: all (at write), only INCENTIVE.* (post-hoc reports), none. */
  checkFunctions?: "all" | "custom" | "none";
  /** Check length and balance. */
  checkSyntax?: boolean;
}

export const FORMULA_MAX_CHARS = 8192;

/** Double-quoted text blanked out ("" kept), so references inside text are not mistaken. */
function withoutStrings(f: string): string {
  return f.replace(/"(?:[^"]|"")*"/g, '""');
}

/** Problems that make Excel refuse (or only error on) the formula; [] when it is fine. */
export function formulaProblems(formula: string, ctx: FormulaContext): string[] {
  const problems: string[] = [];
  if (ctx.checkSyntax !== false) {
    if (formula.length > FORMULA_MAX_CHARS)
      problems.push(`the formula is ${formula.length} characters; Excel allows ${FORMULA_MAX_CHARS}`);
    const quotes = (formula.match(/"/g) || []).length;
    if (quotes % 2 !== 0) problems.push("its double quotes do not balance");
    else {
      const f = withoutStrings(formula).replace(/'(?:[^']|'')*'/g, "''");
      let depth = 0;
      let bad = false;
      for (const ch of f) {
        if (ch === "(") depth++;
        else if (ch === ")" && --depth < 0) bad = true;
      }
      if (bad || depth !== 0) problems.push("its parentheses do not balance");
    }
  }
  const f = withoutStrings(formula);
  if (ctx.checkFunctions !== "none") {
    const call = /(^|[^A-Za-z0-9_.\\\]])((?:_xlfn\.|_xlws\.)?[A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
    // Column names inside structured references ("Table[[Payout (CNY)]]") are not calls.
    const calls = f.replace(/\[(?:[^[\]']|'.|\[(?:[^[\]']|'.)*\])*\]/g, "[]");
    let m: RegExpExecArray | null;
    while ((m = call.exec(calls))) {
      const name = m[2].replace(/^_xl(?:fn|ws)\./i, "").toUpperCase();
      if (name.startsWith("INCENTIVE.")) {
        const fn = name.slice("INCENTIVE.".length);
        if (ctx.customFunctions && !ctx.customFunctions.includes(fn))
          problems.push(`INCENTIVE.${fn} is not a registered function`);
      } else if (ctx.checkFunctions !== "custom" && !BUILT_IN_FUNCTIONS.has(name) && !ctx.nameExists(name)) {
        problems.push(`${name} is not a function Excel knows here (the result would be #NAME?)`);
      }
    }
  }
  // Table[...] references.
  const structured = /([A-Za-z_\\][A-Za-z0-9_.\\]*)?(\[(?:[^[\]']|'.|\[(?:[^[\]']|'.)*\])*\])/g;
  let m: RegExpExecArray | null;
  while ((m = structured.exec(f))) {
    const tableName = m[1];
    const headers = tableName ? ctx.tableHeaders(tableName) : ctx.ownTable ? ctx.ownTable.headers : null;
    if (tableName && !headers) {
      if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(tableName) && ctx.nameExists(tableName)) continue;
      problems.push(`table ${tableName} does not exist`);
      continue;
    }
    if (!headers) {
      problems.push(`${m[2]} is used outside a table`);
      continue;
    }
    const shownTable = tableName || (ctx.ownTable ? ctx.ownTable.name : "");
    const inner = m[2].slice(1, -1);
    const parts = inner.includes("[") ? Array.from(inner.matchAll(/\[((?:[^[\]']|'.)*)\]/g)).map((x) => x[1]) : [inner];
    for (let part of parts) {
      part = part.replace(/^@/, "").trim();
      if (part === "" || part.startsWith("#")) continue;
      const col = part.replace(/'(.)/g, "$1");
      if (!headers.some((h) => h.toLowerCase() === col.toLowerCase()))
        problems.push(`table ${shownTable} has no column "${col}"`);
    }
  }
  // Sheet references.
  const sheetRef = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/g;
  while ((m = sheetRef.exec(f))) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (!ctx.sheetExists(name)) problems.push(`sheet ${name} does not exist`);
  }
  return problems;
}
