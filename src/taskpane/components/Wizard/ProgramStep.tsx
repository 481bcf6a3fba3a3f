import * as React from "react";
import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import {
  FREQUENCIES,
  PAY_KINDS,
  type Frequency,
  type PayKind,
  type ProgramDefinition,
} from "../../../engine/program/types";
import { useStrings } from "../../i18n/I18nProvider";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { useSharedStyles } from "../shared/useSharedStyles";
import { ExistingSourceFields } from "./ExistingSourceFields";
import { SheetLanguageSelect } from "../shared/SheetLanguageSelect";

/** Step 1: what the program is, when it runs, what it pays and where partner results live. */
export function ProgramStep({ wizard }: { wizard: WizardState }): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const t = useStrings();
  const editing = wizard.model.editing !== null;
  const { program: p, dispatch, messageAt } = wizard;
  const set = (patch: Partial<ProgramDefinition>) => dispatch({ type: "set", patch });
  const error = (path: string) => {
    const m = messageAt(path);
    return m ? { validationState: "error" as const, validationMessage: m } : {};
  };
  const source = p.source;

  return (
    <div className={styles.section}>
      <Field label={t.wizard.programName} required {...error("name")}>
        <Input className={shared.fill} value={p.name} onChange={(_, d) => set({ name: d.value })} />
      </Field>

      <div className={styles.pair}>
        <Field label={t.wizard.currency} hint={t.wizard.currencyHint} {...error("currency")}>
          <Input
            className={shared.fill}
            value={p.currency}
            maxLength={12}
            autoComplete="off"
            onChange={(_, d) => set({ currency: d.value.toUpperCase() })}
          />
        </Field>
        <Field label={t.wizard.decimals} {...error("decimals")}>
          <Select value={String(p.decimals)} onChange={(_, d) => set({ decimals: Number(d.value) })}>
            {[0, 1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={styles.pair}>
        <Field label={t.wizard.periodStarts} {...error("periodStart")}>
          <Input
            className={shared.fill}
            type="date"
            value={p.periodStart}
            onChange={(_, d) => set({ periodStart: d.value })}
          />
        </Field>
        <Field label={t.wizard.periodEnds} {...error("periodEnd")}>
          <Input
            className={shared.fill}
            type="date"
            value={p.periodEnd}
            onChange={(_, d) => set({ periodEnd: d.value })}
          />
        </Field>
      </div>

      <Field label={t.wizard.paid} hint={t.wizard.paidHint} {...error("frequency")}>
        <Select value={p.frequency} onChange={(_, d) => set({ frequency: d.value as Frequency })}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t.wizard.frequencies[f]}
            </option>
          ))}
        </Select>
      </Field>

      {/* An edit keeps what the program pays and where its results live: the data sheet's columns are built for them. */}
      <Field
        label={t.wizard.payKindLabel}
        hint={editing ? t.wizard.fixedWhileEditing : undefined}
        {...error("payKind")}
      >
        <RadioGroup value={p.payKind} disabled={editing} onChange={(_, d) => set({ payKind: d.value as PayKind })}>
          {PAY_KINDS.map((k) => (
            <Radio
              key={k}
              value={k}
              label={
                <span className={styles.radioLabel}>
                  <span>{t.wizard.payKinds[k].title}</span>
                  <Caption1 className={styles.explain}>{t.wizard.payKinds[k].explain}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>

      {/* Editing keeps the language the sheets were written in: their headers are what formulas refer to. */}
      <SheetLanguageSelect
        label={t.wizard.sheetLanguage}
        hint={t.wizard.sheetLanguageHint}
        value={p.sheetLanguage ?? "en"}
        disabled={editing}
        onChange={(l) => l && set({ sheetLanguage: l })}
      />

      <Field
        label={t.wizard.partnerResults}
        hint={editing ? t.wizard.fixedWhileEditing : undefined}
        {...error("source")}
      >
        <RadioGroup
          value={source.kind}
          disabled={editing}
          onChange={(_, d) =>
            dispatch({
              type: "source",
              source:
                d.value === "new"
                  ? { kind: "new" }
                  : {
                      kind: "existing",
                      source: "",
                      partnerColumn: "",
                      kpiColumns: p.kpis.map(() => ""),
                      targetColumns: p.kpis.map(() => ""),
                    },
            })
          }
        >
          <Radio value="new" label={t.wizard.sourceNew} />
          <Radio value="existing" label={t.wizard.sourceExisting} />
        </RadioGroup>
      </Field>

      {source.kind === "new" && wizard.model.startedFrom === "solarwave" && (
        <Checkbox
          checked={wizard.model.withSample}
          onChange={(_, d) => dispatch({ type: "sample", on: d.checked === true })}
          label={t.wizard.withSample}
        />
      )}

      {source.kind === "existing" && (
        <div className={styles.card} role="group" aria-label={t.wizard.columnsGroup}>
          <Caption1 className={styles.explain}>{t.wizard.existingExplain}</Caption1>
          <ExistingSourceFields
            source={source}
            kpis={p.kpis}
            kpiKeys={wizard.model.kpiKeys}
            onChange={(next) => dispatch({ type: "source", source: next })}
          />
        </div>
      )}
    </div>
  );
}
