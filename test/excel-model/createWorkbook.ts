/*
 * Excel.createWorkbook(base64?) as the model plays it, and the list a test reads of what it created.
 *
 * Microsoft's reference (https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)):
 * "Creates and opens a new workbook. Optionally, the workbook can be pre-populated with a
 * Base64-encoded .xlsx file." [API set: ExcelApi 1.8]; it returns Promise<void> and is not queued
 * for a sync. "The file extension defined by the param must match the real file type of the file"
 * (else, under the extensionHardening policy, "This operation is not allowed due to the extension
 * hardening policy."). What Excel does with a string that is not Base64 of an .xlsx is not
 * documented: the model refuses it (InvalidArgument), the strict reading.
 * The new workbook opens in its own Excel window: the add-in's RequestContext cannot reach it, so
 * the model keeps only what was passed, for the test to inspect.
 */
import { OfficeExtensionError } from "./errors";
import { PAYLOAD_LIMIT_BYTES } from "./limits";
import { versionAtLeast } from "./requirementSets";
import type { HostSettings } from "./requirementSets";

/** One workbook the add-in created: the Base64 it passed (null for a blank workbook) and its zip's file names. */
export interface CreatedWorkbook {
  readonly base64: string | null;
  /** The .xlsx package's part names ("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" …); [] for a blank workbook. */
  readonly parts: readonly string[];
  /** The Excel.run it was called in (0 outside any run). */
  readonly run: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict Base64 (no whitespace, no data: prefix, length a multiple of 4) to a byte string, or null. */
function decodeBase64(s: string): string | null {
  if (s.length % 4 !== 0 || !BASE64.test(s)) return null;
  try {
    return atob(s);
  } catch {
    return null;
  }
}

const u16 = (b: string, i: number) => b.charCodeAt(i) | (b.charCodeAt(i + 1) << 8);
const u32 = (b: string, i: number) => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;

/** The part names of a zip's central directory, or null when the bytes are not a zip. */
export function zipPartNames(bytes: string): string[] | null {
  if (!bytes.startsWith("PK\u0003\u0004")) return null;
  const end = bytes.lastIndexOf("PK\u0005\u0006");
  if (end < 0 || end + 22 > bytes.length) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.slice(at, at + 4) !== "PK\u0001\u0002") return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    names.push(bytes.slice(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Why a Base64 string is not an .xlsx Excel would open, or null when it is one. */
export function xlsxProblem(base64: string): string | null {
  const bytes = decodeBase64(base64);
  if (bytes === null) return "it is not Base64 (a data: URL prefix, whitespace or a wrong length are refused)";
  const parts = zipPartNames(bytes);
  if (parts === null) return "it is not a zip package";
  for (const need of ["[Content_Types].xml", "xl/workbook.xml"])
    if (!parts.includes(need)) return `the package has no ${need}, so it is not an .xlsx workbook`;
  return null;
}

/**
 * The model's Excel.createWorkbook: checks the host (ExcelApi 1.8), the request size (5 MB on the
 * web, as every request) and the file, then records the workbook in `created`. A test can make the
 * next call fail with `failNext`.
 */
export function createWorkbookApi(settings: HostSettings, currentRun: () => number) {
  const created: CreatedWorkbook[] = [];
  const pendingFailures: { code: string; message: string }[] = [];
  function createWorkbook(base64?: string): Promise<void> {
    const refuse = (code: string, message: string) => Promise.reject(new OfficeExtensionError(code, message));
    if (!versionAtLeast(settings.excelApi, "1.8"))
      return refuse(
        "ApiNotFound",
        `The API you are trying to use could not be found: Excel.createWorkbook needs ExcelApi 1.8; this host (${settings.host}) has ExcelApi ${settings.excelApi}.`,
      );
    const failure = pendingFailures.shift();
    if (failure) return refuse(failure.code, failure.message);
    if (base64 !== undefined && base64 !== null) {
      if (typeof base64 !== "string")
        return refuse("InvalidArgument", "Excel.createWorkbook: the file must be a Base64 string.");
      if (settings.host === "web" && base64.length + 64 > PAYLOAD_LIMIT_BYTES)
        return refuse(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit: Excel.createWorkbook was given ${base64.length} bytes of Base64 (Excel on the web allows 5 MB a request).`,
        );
      const problem = xlsxProblem(base64);
      if (problem)
        return refuse("InvalidArgument", `Excel.createWorkbook: the file is not a Base64-encoded .xlsx: ${problem}.`);
    }
    const text = base64 === undefined || base64 === null ? null : base64;
    created.push({ base64: text, parts: text === null ? [] : zipPartNames(atob(text)) || [], run: currentRun() });
    return Promise.resolve();
  }
  return {
    createWorkbook,
    /** Every workbook created so far, in order. */
    created,
    /** Makes the next Excel.createWorkbook call reject with `code` (GeneralException by default). */
    failNext(code = "GeneralException", message = "An internal error has occurred.") {
      pendingFailures.push({ code, message });
    },
  };
}
