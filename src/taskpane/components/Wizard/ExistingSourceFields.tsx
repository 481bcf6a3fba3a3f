import * as React from "react";
import { Caption1, Field, Input, Select, Spinner } from "@fluentui/react-components";
import type { DataSource, ProgramKpi } from "../../../engine/program/types";
import { useWorkbookService } from "../../services/WorkbookServiceContext";
import { errorMessage, type SourceTable } from "../../services/WorkbookService";
import { useSharedStyles } from "../useSharedStyles";
import { useWizardStyles } from "./useWizardStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { formatCount } from "./format";

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

  const set = (patch: Partial<Existing>) => onChange({ ...source, ...patch });
  const perKpi = (list: readonly string[] | undefined, i: number, value: string): string[] => {
    const out = kpis.map((_, j) => list?.[j] ?? "");
    out[i] = value;
    return out;
  };
  const label = (k: ProgramKpi, i: number) => k.name.trim() || t.wizard.kpiFallback(i + 1);

  if (tables.phase === "loading") return <Spinner size="tiny" label={t.wizard.readingTables} />;

  const list = tables.phase === "ready" ? tables.tables : [];
  if (list.length === 0) {
    const why = tables.phase === "failed" ? tables.message : t.wizard.noTables;
    return (
      <>
        <Caption1 className={styles.explain}>{why}</Caption1>
        <Field label={t.wizard.tableName} hint={t.wizard.tableNameHint}>
          <Input className={shared.fill} value={source.source} onChange={(_, d) => set({ source: d.value })} />
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
          onChange={(_, d) => {
            const picked = list.find((x) => x.name === d.value);
            const match = (column: string | undefined) =>
              picked?.headers.find((h) => h.trim().toLowerCase() === (column ?? "").trim().toLowerCase()) ?? "";
            // Keep the mappings the new table also has; clear the others.
            onChange({
              ...source,
              source: d.value,
              partnerColumn: match(source.partnerColumn),
              partnerNameColumn: match(source.partnerNameColumn),
              kpiColumns: kpis.map((_, i) => match(source.kpiColumns[i])),
              targetColumns: kpis.map((_, i) => match(source.targetColumns?.[i])),
            });
          }}
        >
          <option value="">{t.wizard.chooseTable}</option>
          {list.map((table) => (
            <option key={table.name} value={table.name}>
              {t.wizard.tableOption(
                table.name,
                table.sheet,
                formatCount(table.rows, t.wizard.rowsOne, t.wizard.rowsMany, locale),
              )}
            </option>
          ))}
        </Select>
      </Field>
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
