/* A moment as an Excel serial date-time in the user's local time (what Excel shows for NOW()). */
const DAY_MS = 86400000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

export function excelSerialOf(moment: Date): number {
  const local = Date.UTC(
    moment.getFullYear(),
    moment.getMonth(),
    moment.getDate(),
    moment.getHours(),
    moment.getMinutes(),
    moment.getSeconds(),
  );
  return local / DAY_MS + UNIX_EPOCH_SERIAL;
}
