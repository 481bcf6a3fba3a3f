/*
 * Excel's documented limits that the add-in's writes and reads must stay within (SPEC §7). Each
 * constant names its source; docs/workbook.md ("Excel's limits") lists them for people.
 */

/**
 * Manual page breaks per sheet, horizontal and vertical together: "Page breaks: 1,026 horizontal
 * and vertical" — Excel specifications and limits,
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const MAX_PAGE_BREAKS = 1026;

/**
 * Characters in one formula: "Length of formula contents: 8,192 characters" — Excel specifications
 * and limits (same page), and [MS-OI29500] 2.1.1085: Excel restricts ST_Formula to 8192 characters,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf
 */
export const MAX_FORMULA_LENGTH = 8192;

/**
 * Bytes of one response (and one request) on Excel on the web: 5 MB — "Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins section,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** What one read may return: the 5 MB limit less generous room for Office.js's response envelope. */
export const RESPONSE_BUDGET_BYTES = 3_500_000;
