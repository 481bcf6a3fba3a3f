/*
 * Excel serial dates: the engine's module (src/engine/excelDates.ts) is the one place dates are
 * converted. This re-export remains for importers outside this change (dashboard/, tests); point
 * them at the engine's module and delete it.
 */
export { isoToSerial, serialToIso } from "../engine/excelDates";
