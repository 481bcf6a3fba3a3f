/* global TextEncoder, btoa */
/*
 * The .xlsx bytes of a statement file, and the Base64 Excel.createWorkbook takes. The zip itself
 * is given by the caller (the pane passes fflate's zipSync, loaded only when a file is made), so
 * this floor imports no package.
 */
import type { FileSheet } from "./fileSheet";
import { spreadsheetParts } from "./spreadsheetML";

/** Zips files (path → bytes) into one archive, as fflate's zipSync does. */
export type Zip = (files: Record<string, Uint8Array>) => Uint8Array;

/** The sheet as an .xlsx file. */
export function statementFileBytes(sheet: FileSheet, zip: Zip): Uint8Array {
  const utf8 = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(spreadsheetParts(sheet))) files[path] = utf8.encode(xml);
  return zip(files);
}

/** Bytes as strict Base64 (no line breaks, no data: prefix), in chunks so a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
