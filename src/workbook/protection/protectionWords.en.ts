/* What the add-in says about protected sheets, in English; the Chinese file has the same keys. */
export const PROTECTION_EN = {
  /** A write refused before anything was written: one sheet. */
  sheetProtected:
    "Nothing was changed: the sheet {sheets} is protected, and this change writes to it. Unprotect it in Excel (Review › Unprotect Sheet) and try again; the add-in never removes a sheet's protection itself.",
  /** The same, several sheets. */
  sheetsProtected:
    "Nothing was changed: the sheets {sheets} are protected, and this change writes to them. Unprotect them in Excel (Review › Unprotect Sheet) and try again; the add-in never removes a sheet's protection itself.",
  /** After AccessDenied in a write's first request: a sheet protected since the read got none of it. */
  protectedUntouched: "{sheets} was left as it was: it is protected now, so Excel wrote nothing into it.",
  /** Excel's AccessDenied at a write, as the reason clause of a failure message. */
  accessDeniedReason:
    "Excel refused the change (“{excel}”); a sheet it writes to is probably protected (Review › Unprotect Sheet)",
} as const;

export type ProtectionWords = { readonly [id in keyof typeof PROTECTION_EN]: string };
