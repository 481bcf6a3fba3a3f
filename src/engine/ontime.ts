import { fail } from "./errors";
import { CellValue, clip, isBlank, readNonNegative } from "./cell";
import { showNumber } from "./messages";
import { localDaySerial, serialToIso } from "./excelDates";

/**
 * ONTIME: the share of milestones delivered on time, dates as Excel serial numbers.
 * A milestone counts when it is completed, or when it is open and due + grace is before
 * `asOf` (open and overdue is late). On time: completed on or before due + grace.
 * Dates are compared by day: a completion at 15:00 on the due date is on time.
 * Rows whose due and completion dates are both blank are not milestones and are skipped.
 */
export function onTimeRate(due: ArrayLike<CellValue>, done: ArrayLike<CellValue>, asOf: number, graceDays = 0): number {
  const asOfDay = Math.floor(asOf);
  let counted = 0;
  let onTime = 0;
  for (let i = 0; i < due.length; i++) {
    const dueCell = due[i];
    const doneCell = done[i];
    if (isBlank(dueCell)) {
      if (isBlank(doneCell)) continue;
      fail("dueMissing", { row: i + 1 });
    }
    // A plain date is read inline; anything else by readDate, which names the cell in its message.
    const dueDay = isPlainDate(dueCell) ? dueCell : readDate(dueCell, `The due date in row ${i + 1}`);
    const deadline = Math.floor(dueDay) + graceDays;
    if (isBlank(doneCell)) {
      if (deadline < asOfDay) counted++;
      continue;
    }
    counted++;
    const doneDay = isPlainDate(doneCell) ? doneCell : readDate(doneCell, `The completion date in row ${i + 1}`);
    if (Math.floor(doneDay) <= deadline) onTime++;
  }
  if (counted === 0) fail("noMilestoneCounted", { asOf: showSerialDate(asOfDay) });
  return onTime / counted;
}

/** The last day Excel can show as a date: 9999-12-31 (serial numbers run from 0). */
export const LAST_EXCEL_DATE = 2958465;

/** A number readDate returns as it is. */
function isPlainDate(v: CellValue): v is number {
  return typeof v === "number" && v >= 0 && v < LAST_EXCEL_DATE + 1;
}

/**
 * An Excel serial date: a number from 0 to 9999-12-31 (any time of that day); dates typed as
 * text get their own hint. A number beyond is no date Excel knows (#NUM!).
 */
export function readDate(v: CellValue, what: string): number {
  if (typeof v === "string" && v.trim() !== "") fail("dateAsText", { what, text: clip(v) });
  const n = readNonNegative(v, what);
  if (!(n < LAST_EXCEL_DATE + 1)) fail("dateOutOfRange", { what, value: n < 1e15 ? showNumber(n) : String(n) });
  return n;
}

/** Excel serial date (1900 system) as an ISO date, for messages. */
export function showSerialDate(serial: number): string {
  if (!Number.isFinite(serial) || serial < 61) return showNumber(serial);
  return serialToIso(serial);
}

/** Today as an Excel serial date in the machine's local time zone. */
export function todaySerial(now: Date = new Date()): number {
  return localDaySerial(now);
}
