/*
 * Names Excel accepts for sheets, tables and defined names. Every rule is listed with its source
 * in docs/excel-rules.md.
 */
import { fail } from "./errors";

export function sameName(a: unknown, b: unknown): boolean {
  return String(a).toLowerCase() === String(b).toLowerCase();
}
export function checkSheetName(name: unknown): void {
  if (typeof name !== "string" || name.trim() === "") fail("InvalidArgument", "The sheet name can't be blank.");
  if (name.length > 31) fail("InvalidArgument", `The sheet name "${name}" is longer than 31 characters.`);
  if (/[\[\]:*?\/\\]/.test(name))
    fail("InvalidArgument", `The sheet name "${name}" contains a character Excel does not allow ([ ] : * ? / \\).`);
  if (/^'|'$/.test(name)) fail("InvalidArgument", `The sheet name "${name}" can't begin or end with an apostrophe.`);
  if (sameName(name, "History")) fail("InvalidArgument", 'The sheet name "History" is reserved by Excel.');
}
export function checkDefinedName(name: unknown, what: string): void {
  if (typeof name !== "string" || name === "") fail("InvalidArgument", `The ${what} name can't be blank.`);
  const bad =
    name.length > 255 ||
    !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^(TRUE|FALSE)$/i.test(name);
  if (bad)
    fail(
      "InvalidArgument",
      `"${name}" is not a valid ${what} name (letters, digits, _ and . only, starting with a letter or _, and not like a cell reference).`,
    );
}

