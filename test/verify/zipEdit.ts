/*
 * Test helper: a copy of an .xlsx with one part's text changed, written as a zip of stored
 * (uncompressed) entries, so a test can change one cached value in the shipped file itself.
 */
import { zipEntries } from "../../scripts/verify/xlsxTables";
import { storedZip } from "./storedZip";

/** The archive with `edit` applied to the text of `part`; every other entry as it was. */
export function editZip(data: Buffer, part: string, edit: (xml: string) => string): Buffer {
  const entries = zipEntries(data);
  if (!entries.has(part)) throw new Error(`no part ${part}`);
  return storedZip(
    [...entries].map(([name, read]) => {
      const body = name === part ? Buffer.from(edit(read().toString("utf8")), "utf8") : read();
      return [name, body] as const;
    }),
  );
}
