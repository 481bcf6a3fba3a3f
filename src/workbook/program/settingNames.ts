/* global Excel */
/*
 * The settings' defined names (names.ts, SETTING_NAME_SUFFIXES): PI_<key>_Cap and the like, each
 * referring to its row's Value cell in the program's Settings table. The generated formulas read
 * settings only through them, so renaming a row's visible label cannot break a result.
 *
 * - Reading (readProgram, generating sheets, updating): a setting with a name is read from the
 *   name's cell, whatever its row is labelled now; one without (a workbook written before the
 *   names, or a name deleted by the user) is read by its label as before.
 * - Workbooks written by earlier versions have no names: before formulas that use them are
 *   written, the missing ones are added, pointing at the row that has the setting's label, and
 *   PI_<key>_CapOrNone (names.ts) with the Cap name.
 *
 * None of these adds a sync of its own: the caller loads `names` (items/name) in a sync it makes
 * anyway, queues the reads here before its next one, and the adds go with its write.
 */
import { rangeAddress } from "../addresses";
import { READ_LABELS } from "../labels";
import { NamedSetting, SETTING_NAME_SUFFIXES, capOrNoneFormula, capOrNoneName, settingName } from "../names";

const NAMED_SETTINGS = Object.keys(SETTING_NAME_SUFFIXES) as NamedSetting[];

/** The ranges of the program's setting names that exist, queued for loading; whether PI_<key>_CapOrNone exists. */
export interface SettingNameReads {
  readonly ranges: ReadonlyMap<NamedSetting, Excel.Range>;
  readonly capOrNone: boolean;
}

/**
 * For each of the program's setting names among `names` (loaded with items/name), its range,
 * queued for its values and address. A name that no longer refers to a range (its row deleted:
 * #REF!) comes back as a null object and is treated as missing.
 */
export function queueSettingNames(key: string, names: Excel.NamedItemCollection): SettingNameReads {
  const byName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const ranges = new Map<NamedSetting, Excel.Range>();
  for (const setting of NAMED_SETTINGS) {
    const item = byName.get(settingName(key, setting).toLowerCase());
    if (item) ranges.set(setting, item.getRangeOrNullObject().load("values,address"));
  }
  return { ranges, capOrNone: byName.has(capOrNoneName(key).toLowerCase()) };
}

/** After the sync: each named setting's value, read from the name's cell. */
export function namedSettingValues(reads: SettingNameReads): Map<NamedSetting, unknown> {
  const out = new Map<NamedSetting, unknown>();
  for (const [setting, range] of reads.ranges) {
    if (!range.isNullObject && range.values.length === 1 && range.values[0].length === 1)
      out.set(setting, range.values[0][0]);
  }
  return out;
}

/** A sheet-qualified address split: 'My sheet'!A6:B20 → { sheet: "'My sheet'", row: 5, column: 0 }. */
export function addressTopLeft(address: string): { sheet: string; row: number; column: number } {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  if (bang < 0 || !m) throw new Error(`Internal error: unexpected range address ${address}.`);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(m[2]) - 1, column };
}

/**
 * Queues the names the program lacks (an earlier version's workbook), each referring to the Value
 * cell of the Settings row labelled with that setting (in any sheet language, or its old name). `settings` is the
 * Settings table's whole range (header row first), loaded with values and address. Returns the
 * names added; a setting with no row is left without (its formulas show #NAME?, visibly).
 * PI_<key>_CapOrNone is added too when missing, once the Cap name is there.
 */
export function addMissingSettingNames(
  context: Excel.RequestContext,
  key: string,
  settings: { readonly values: readonly (readonly unknown[])[]; readonly address: string },
  reads: SettingNameReads,
): string[] {
  const present = new Set([...reads.ranges].filter(([, r]) => !r.isNullObject).map(([s]) => s));
  const missing = NAMED_SETTINGS.filter((s) => !present.has(s));
  const added = missing.length === 0 ? [] : addNamesAtLabels(context, key, settings, reads, missing);
  if (!reads.capOrNone && (present.has("cap") || added.includes(settingName(key, "cap")))) {
    context.workbook.names.add(capOrNoneName(key), capOrNoneFormula(key));
    added.push(capOrNoneName(key));
  }
  return added;
}

/** Queues each missing setting's name, at the Settings row labelled with it. Returns the names added. */
function addNamesAtLabels(
  context: Excel.RequestContext,
  key: string,
  settings: { readonly values: readonly (readonly unknown[])[]; readonly address: string },
  reads: SettingNameReads,
  missing: readonly NamedSetting[],
): string[] {
  const header = (settings.values[0] ?? []).map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase(),
  );
  // Every catalogue's labels, the old Chinese names too (labels/oldNames.ts).
  const catalogues = READ_LABELS;
  const columnOf = (pick: (h: { setting: string; value: string }) => string) =>
    header.findIndex((h) => catalogues.some((l) => pick(l.plan.settingsHeaders).toLowerCase() === h));
  const labelCol = columnOf((h) => h.setting);
  const valueCol = columnOf((h) => h.value);
  if (labelCol < 0 || valueCol < 0 || typeof settings.address !== "string") return [];
  const at = addressTopLeft(settings.address);
  const added: string[] = [];
  for (const setting of missing) {
    const labels = new Set(catalogues.map((l) => l.plan.setting[setting].toLowerCase()));
    const row = settings.values.findIndex(
      (r, i) =>
        i > 0 &&
        labels.has(
          String(r[labelCol] ?? "")
            .trim()
            .toLowerCase(),
        ),
    );
    if (row < 0) continue;
    const cell = rangeAddress(at.row + row, at.column + valueCol, 1, 1).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const name = settingName(key, setting);
    // A workbook-scoped name removed first would be Excel's "name exists" failure otherwise (a #REF! one).
    if (reads.ranges.has(setting)) context.workbook.names.getItem(name).delete();
    context.workbook.names.add(name, `=${at.sheet}!${cell}`);
    added.push(name);
  }
  return added;
}
