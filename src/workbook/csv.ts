/*
 * A small, strict CSV reader (RFC 4180): comma-separated fields, CRLF or LF line ends, fields in
 * double quotes may hold commas, line breaks and doubled quotes. Malformed input is an error
 * naming the line, never a silently shifted column.
 */

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

/** Every record of `text` as an array of fields, the header included. A final line break adds no record. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let i = 0;
  let fieldStarted = false;

  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && !fieldStarted) {
      // A quoted field: runs to the next quote that is not doubled.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new CsvError(`CSV line ${startLine}: a quoted field is not closed.`);
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      fieldStarted = true;
      const next = src[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        throw new CsvError(`CSV line ${line}: text follows a closing quote; quotes inside a field must be doubled.`);
      }
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    if (ch === '"') throw new CsvError(`CSV line ${line}: a quote inside an unquoted field; quote the whole field.`);
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}

/**
 * Records as objects keyed by the header row. Every record must have as many fields as the
 * header; the listed columns must be present.
 */
export function parseCsvObjects(text: string, required: readonly string[], what: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new CsvError(`${what}: the file is empty.`);
  const names = header.map((h) => h.trim());
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length > 0) throw new CsvError(`${what}: missing column ${missing.join(", ")}.`);
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ""))
    .map((row, r) => {
      if (row.length !== names.length) {
        throw new CsvError(`${what}: record ${r + 1} has ${row.length} fields; the header has ${names.length}.`);
      }
      const obj: Record<string, string> = {};
      names.forEach((n, c) => (obj[n] = row[c]));
      return obj;
    });
}
