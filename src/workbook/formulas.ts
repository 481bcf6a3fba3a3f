/*
 * Pieces of Excel formulas: text constants and structured references, escaped so a KPI name or a
 * header can never break out of its quotes or brackets. Formulas are written in Excel's invariant
 * (en-US) syntax, which Range.formulas expects whatever the user's locale.
 */

/** A text constant: "…" with every double quote doubled. */
export function stringLiteral(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A row of text constants, e.g. {"On-time installs","CSAT"}. */
export function stringArray(values: readonly string[]): string {
  return `{${values.map(stringLiteral).join(",")}}`;
}

/** A header inside a structured reference: ' [ ] # are escaped with a single quote. */
export function escapeHeader(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

/** Headers of letters, digits, spaces and underscores need no inner brackets in Table[Column]. */
const PLAIN_HEADER = /^[\p{L}\p{N}_ ]+$/u;

/** A whole column of a table's data: Table[Column], or Table[[Column (kW)]] where the header needs it. */
export function tableColumn(table: string, header: string): string {
  return PLAIN_HEADER.test(header) ? `${table}[${header}]` : `${table}[[${escapeHeader(header)}]]`;
}

/** This row's cell in a column of the same table: [@[Column]]. */
export function thisRow(header: string): string {
  return `[@[${escapeHeader(header)}]]`;
}

/** This row's cells from one column to another of the same table: [@[First]:[Last]]. */
export function thisRowSpan(first: string, last: string): string {
  return first === last ? thisRow(first) : `[@[${escapeHeader(first)}]:[${escapeHeader(last)}]]`;
}

/** A lookup of one row's field by its key column: XLOOKUP("key", Table[Key], Table[Field]). */
export function lookup(table: string, keyColumn: string, key: string, field: string): string {
  return `XLOOKUP(${stringLiteral(key)},${tableColumn(table, keyColumn)},${tableColumn(table, field)})`;
}

/** DATE(y,m,d) for an ISO date, so a formula's constant date reads the same in every locale. */
export function dateConstant(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/**
 * The cell of another table's column in the row this row names (1 = its first data row), as a
 * formula body: blank when the row number or the cell is blank (INDEX would show 0), #REF! when
 * that table has no such row any more — visible, never silently wrong.
 *   IF([@[Source row]]="","",IF(INDEX(Sales[Partner],[@[Source row]])="","",INDEX(Sales[Partner],[@[Source row]])))
 */
export function cellAtRow(table: string, header: string, rowHeader: string): string {
  return cellAtRowOf(tableColumn(table, header), rowHeader);
}

/** cellAtRow for any column of cells: a table's column or a plain range's ('Sales data'!$C$2:$C$61). */
export function cellAtRowOf(column: string, rowHeader: string): string {
  const row = thisRow(rowHeader);
  const cell = `INDEX(${column},${row})`;
  return `IF(${row}="","",IF(${cell}="","",${cell}))`;
}
