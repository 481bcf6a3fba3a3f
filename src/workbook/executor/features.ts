/*
 * The optional Excel APIs a write may use. The manifest asks for less than some of them, so each
 * is detected from Office's requirement sets and a host without it takes a plainer path.
 */
import { ExcelFeatures, supportsExcelApi } from "../excelFeatures";

/** The optional APIs generated sheets use, beyond ExcelFeatures. */
export interface GeneratedSheetFeatures {
  /** Range.conditionalFormats (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** FreezePanes.unfreeze (ExcelApi 1.7). */
  readonly unfreeze: boolean;
  /** Worksheet.pageLayout and page breaks (ExcelApi 1.9). */
  readonly pageLayout: boolean;
}

export function detectGeneratedSheetFeatures(): GeneratedSheetFeatures {
  return {
    conditionalFormats: supportsExcelApi("1.6"),
    unfreeze: supportsExcelApi("1.7"),
    pageLayout: supportsExcelApi("1.9"),
  };
}

/** Everything a write checks before it uses an optional API. */
export type WriteFeatures = ExcelFeatures & GeneratedSheetFeatures;
