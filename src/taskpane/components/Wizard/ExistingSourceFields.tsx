import * as React from "react";
import { Button, Caption1, Field, Input, Select, Spinner } from "@fluentui/react-components";
import type { DataSource, ProgramKpi } from "../../../engine/program/types";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type SourceTable } from "../../services/WorkbookService";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useWizardStyles } from "./useWizardStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { formatCount } from "../shared/format";
import { parseSourceRange } from "../../../workbook/sourceRange";

type Existing = Extract<DataSource, { kind: "existing" }>;

type Tables = { phase: "loading" } | { phase: "ready"; tables: SourceTable[] } | { phase: "failed"; message: string };

/**
 * Where partner results live when they are already in the workbook: a table picked from the
 * workbook's own tables, its partner column, an optional name column, and a column for each KPI
 * (and each per-partner target), offered from the table's headers. Where the tables cannot be read
 * (Excel not available) or there are none, the names are typed instead.
 */
export function ExistingSourceFields(props: {
  source: Existing;
  kpis: readonly ProgramKpi[];
  kpiKeys: readonly (string | number)[];
  onChange: (source: Existing) => void;
}): React.JSX.Element {
  const { source, kpis, kpiKeys, onChange } = props;
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const service = useWorkbookService();
  const { strings: t, locale } = useI18n();
  const [tables, setTables] = React.useState<Tables>({ phase: "loading" });
  // Plain ranges read so far (the selection, or a program's range read back for editing).
  const [ranges, setRanges] = React.useState<SourceTable[]>([]);
  const [rangeState, setRangeState] = React.useState<{ reading: boolean; error: string | null }>({
    reading: false,
    error: null,
  });

  React.useEffect(() => {
    let live = true;
    service.listTables().then(
      (list) => live && setTables({ phase: "ready", tables: list }),
      (e) => live && setTables({ phase: "failed", message: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [service]);

  // A program read back over a range: its header row, so its columns can be shown and changed.
  // The address as last committed (read back, or typed and left): never each keystroke, so
  // "Sheet1!A1:D6" on the way to "Sheet1!A1:D61" is not read.
  const [address, setAddress] = React.useState(() => source.source.trim());
  React.useEffect(() => {
    if (!parseSourceRange(address).ok || ranges.some((r) => r.name === address)) return;
    let live = true;
    service.readSourceRange(address).then(
      (range) => {
        if (!live) return;
        setRanges((rs) => [...rs, { ...range, name: address }]);
        setRangeState({ reading: false, error: null });
      },
      (e) => live && setRangeState({ reading: false, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [service, address, ranges]);

  const set = (patch: Partial<Existing>) => onChange({ ...source, ...patch });
  /** A table or range picked: keep the mappings it also has, clear the others. */
  // The mapping as it is now, not as it was when a slow read (the selection) started.
  const latest = React.useRef({ source, kpis, onChange });
  latest.current = { source, kpis, onChange };
  const pick = (picked: SourceTable | undefined, name: string) => {
    const { source: now, kpis: kpisNow, onChange: change } = latest.current;
    const match = (column: string | undefined) =>
      picked?.headers.find((h) => h.trim().toLowerCase() === (column ?? "").trim().toLowerCase()) ?? "";
    change({
      ...now,
      source: name,
      partnerColumn: match(now.partnerColumn),
      partnerNameColumn: match(now.partnerNameColumn),
      kpiColumns: kpisNow.map((_, i) => match(now.kpiColumns[i])),
      targetColumns: kpisNow.map((_, i) => match(now.targetColumns?.[i])),
    });
  };
  const useSelection = () => {
    setRangeState({ reading: true, error: null });
    service.readSourceRange(null).then(
      (range) => {
        setRanges((rs) => [...rs.filter((r) => r.name !== range.name), range]);
        setRangeState({ reading: false, error: null });
        pick(range, range.name);
      },
      (e) => setRangeState({ reading: false, error: errorMessage(e) }),
    );
  };
  const selectionButton = (
    <Field
      hint={t.wizard.useSelectionHint}
      validationState={rangeState.error ? "error" : "none"}
      validationMessage={rangeState.error ?? undefined}
    >
      <Button onClick={useSelection} disabled={rangeState.reading} className={shared.touch}>
        {rangeState.reading ? <Spinner size="tiny" label={t.wizard.readingSelection} /> : t.wizard.useSelection}
      </Button>
    </Field>
  );
  const perKpi = (list: readonly string[] | undefined, i: number, value: string): string[] => {
    const out = kpis.map((_, j) => list?.[j] ?? "");
    out[i] = value;
    return out;
  };
  const label = (k: ProgramKpi, i: number) => k.name.trim() || t.wizard.kpiFallback(i + 1);

  if (tables.phase === "loading") return <Spinner size="tiny" label={t.wizard.readingTables} />;

  const list = [...(tables.phase === "ready" ? tables.tables : []), ...ranges];
  if (list.length === 0) {
    const why = tables.phase === "failed" ? tables.message : t.wizard.noTables;
    return (
      <>
        <Caption1 className={styles.explain}>{why}</Caption1>
        {tables.phase === "ready" && selectionButton}
        <Field label={t.wizard.tableName} hint={t.wizard.tableNameHint}>
          <Input
            className={shared.fill}
            value={source.source}
            onChange={(_, d) => set({ source: d.value })}
            onBlur={() => setAddress(source.source.trim())}
          />
        </Field>
        <Field label={t.wizard.partnerColumn} hint={t.wizard.partnerColumnTypedHint}>
          <Input
            className={shared.fill}
            value={source.partnerColumn}
            onChange={(_, d) => set({ partnerColumn: d.value })}
          />
        </Field>
        {kpis.map((k, i) => (
          <React.Fragment key={kpiKeys[i] ?? i}>
            <Field label={t.wizard.columnFor(label(k, i))}>
              <Input
                className={shared.fill}
                value={source.kpiColumns[i] ?? ""}
                onChange={(_, d) => set({ kpiColumns: perKpi(source.kpiColumns, i, d.value) })}
              />
            </Field>
            {k.targetMode === "perPartner" && (
              <Field label={t.wizard.targetColumnFor(label(k, i))}>
                <Input
                  className={shared.fill}
                  value={source.targetColumns?.[i] ?? ""}
                  onChange={(_, d) => set({ targetColumns: perKpi(source.targetColumns, i, d.value) })}
                />
              </Field>
            )}
          </React.Fragment>
        ))}
      </>
    );
  }

  const chosen = list.find((x) => x.name.toLowerCase() === source.source.trim().toLowerCase()) ?? null;
  const headers = chosen ? chosen.headers.filter((h) => h.trim() !== "") : [];
  /** The table's header matching a mapped column (ignoring case), so a typed or read-back name still shows. */
  const shown = (column: string | undefined) =>
    headers.find((h) => h.trim().toLowerCase() === (column ?? "").trim().toLowerCase()) ?? "";
  const columnSelect = (
    value: string | undefined,
    onPick: (v: string) => void,
    placeholder = t.wizard.chooseColumn,
  ) => (
    <Select value={shown(value)} onChange={(_, d) => onPick(d.value)} disabled={!chosen}>
      <option value="">{placeholder}</option>
      {headers.map((h) => (
        <option key={h} value={h}>
          {h}
        </option>
      ))}
    </Select>
  );

  return (
    <>
      <Field label={t.wizard.table}>
        <Select
          value={chosen?.name ?? ""}
          onChange={(_, d) =>
            pick(
              list.find((x) => x.name === d.value),
              d.value,
            )
          }
        >
          <option value="">{t.wizard.chooseTable}</option>
          {list.map((table) => {
            const rows = formatCount(table.rows, t.wizard.rowsOne, t.wizard.rowsMany, locale);
            return (
              <option key={table.name} value={table.name}>
                {table.range
                  ? t.wizard.rangeOption(table.name, rows)
                  : t.wizard.tableOption(table.name, table.sheet, rows)}
              </option>
            );
          })}
        </Select>
      </Field>
      {selectionButton}
      <Field label={t.wizard.partnerColumn} hint={t.wizard.partnerColumnHint}>
        {columnSelect(source.partnerColumn, (v) => set({ partnerColumn: v }))}
      </Field>
      <Field label={t.wizard.partnerNameColumn} hint={t.wizard.partnerNameColumnHint}>
        {columnSelect(source.partnerNameColumn, (v) => set({ partnerNameColumn: v }), t.wizard.sameAsPartnerColumn)}
      </Field>
      {kpis.map((k, i) => (
        <React.Fragment key={kpiKeys[i] ?? i}>
          <Field label={t.wizard.columnFor(label(k, i))}>
            {columnSelect(source.kpiColumns[i], (v) => set({ kpiColumns: perKpi(source.kpiColumns, i, v) }))}
          </Field>
          {k.targetMode === "perPartner" && (
            <Field label={t.wizard.targetColumnFor(label(k, i))}>
              {columnSelect(source.targetColumns?.[i], (v) =>
                set({ targetColumns: perKpi(source.targetColumns, i, v) }),
              )}
            </Field>
          )}
        </React.Fragment>
      ))}
    </>
  );
}
