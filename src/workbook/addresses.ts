/* A1-style addresses for zero-based rows and columns (row 0, column 0 is A1). */

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The block from (row, column) spanning `rows` × `columns` cells, e.g. A4:H64. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** A whole column, e.g. C:C. */
export function columnAddress(column: number): string {
  const c = columnLetters(column);
  return `${c}:${c}`;
}
