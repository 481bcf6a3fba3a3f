/*
 * Excel serial dates (the 1900 date system, Excel's default on Windows, Mac and the web): the one
 * place a date becomes a serial number and back. Serial 1 is 1900-01-01 and Excel counts a
 * 29 February 1900 that never was, so day 0 is taken as 1899-12-30 and serials from 61
 * (1900-03-01) on are exact.
 */

/** Excel's serial number of 1970-01-01 (JavaScript's day 0). */
export const EXCEL_SERIAL_1970 = 25569;
/** Milliseconds in a day. */
export const DAY_MS = 86400000;

/** The serial number of a calendar day (month 1–12; months past 12 or under 1 roll over, as Date.UTC does). */
export function serialOfDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS + EXCEL_SERIAL_1970;
}

/** The calendar day of a serial number (a time of day is dropped). */
export function dayOfSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date((serial - EXCEL_SERIAL_1970) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial number of an ISO date (yyyy-mm-dd), or null when it is not a real date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const serial = serialOfDay(y, mo, d);
  const back = dayOfSerial(serial);
  return back.year === y && back.month === mo && back.day === d ? serial : null;
}

/** The ISO date of a serial number (its day; a time of day is dropped). */
export function serialToIso(serial: number): string {
  return new Date((Math.floor(serial) - EXCEL_SERIAL_1970) * DAY_MS).toISOString().slice(0, 10);
}

/** A moment as a serial date-time in the machine's local time (what Excel shows for NOW()). */
export function localSerialOf(moment: Date): number {
  const local = Date.UTC(
    moment.getFullYear(),
    moment.getMonth(),
    moment.getDate(),
    moment.getHours(),
    moment.getMinutes(),
    moment.getSeconds(),
  );
  return local / DAY_MS + EXCEL_SERIAL_1970;
}

/** The day of a moment as a serial date in the machine's local time zone (what Excel's TODAY() gives). */
export function localDaySerial(moment: Date): number {
  const localMs = moment.getTime() - moment.getTimezoneOffset() * 60000;
  return Math.floor(localMs / DAY_MS) + EXCEL_SERIAL_1970;
}
