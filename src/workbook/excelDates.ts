/* Excel serial dates (1900 date system, as Excel for Windows, Mac and the web use by default). */

/** Days from Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86400000;

/** The serial number of an ISO date (yyyy-mm-dd), or null when it is not a real date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** The ISO date of a serial number (its day; a time of day is dropped). */
export function serialToIso(serial: number): string {
  return new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS).toISOString().slice(0, 10);
}
