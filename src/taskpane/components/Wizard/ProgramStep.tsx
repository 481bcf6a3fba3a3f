import * as React from "react";
import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import {
  FREQUENCIES,
  PAY_KINDS,
  type Frequency,
  type PayKind,
  type ProgramDefinition,
} from "../../../engine/program/types";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { useSharedStyles } from "../useSharedStyles";
import { ExistingSourceFields } from "./ExistingSourceFields";

export const PAY_KIND_TEXT: Record<PayKind, { title: string; explain: string }> = {
  commission: { title: "Commission", explain: "A percentage of an amount the partner sells or installs." },
  bonus: {
    title: "Bonus",
    explain: "A share of a fixed target incentive, by how well the partner scores on the KPIs.",
  },
  rebate: { title: "Rebate", explain: "Money back on the partner's purchase volume, by volume tier." },
  discount: { title: "Discount", explain: "A lower price for partners who score better." },
};

export const FREQUENCY_TEXT: Record<Frequency, string> = {
  monthly: "Monthly",
  quarterly: "Quarterly",
  annual: "Annual",
};

/** Step 1: what the program is, when it runs, what it pays and where partner results live. */
export function ProgramStep({ wizard }: { wizard: WizardState }): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const { program: p, dispatch, messageAt } = wizard;
  const set = (patch: Partial<ProgramDefinition>) => dispatch({ type: "set", patch });
  const error = (path: string) => {
    const m = messageAt(path);
    return m ? { validationState: "error" as const, validationMessage: m } : {};
  };
  const source = p.source;

  return (
    <div className={styles.section}>
      <Field label="Program name" required {...error("name")}>
        <Input className={shared.fill} value={p.name} onChange={(_, d) => set({ name: d.value })} />
      </Field>

      <div className={styles.pair}>
        <Field label="Currency" hint="ISO code, e.g. CNY" {...error("currency")}>
          <Input
            className={shared.fill}
            value={p.currency}
            maxLength={12}
            autoComplete="off"
            onChange={(_, d) => set({ currency: d.value.toUpperCase() })}
          />
        </Field>
        <Field label="Decimals" {...error("decimals")}>
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
        <Field label="Period starts" {...error("periodStart")}>
          <Input
            className={shared.fill}
            type="date"
            value={p.periodStart}
            onChange={(_, d) => set({ periodStart: d.value })}
          />
        </Field>
        <Field label="Period ends" {...error("periodEnd")}>
          <Input
            className={shared.fill}
            type="date"
            value={p.periodEnd}
            onChange={(_, d) => set({ periodEnd: d.value })}
          />
        </Field>
      </div>

      <Field label="Paid" hint="How often results are settled" {...error("frequency")}>
        <Select value={p.frequency} onChange={(_, d) => set({ frequency: d.value as Frequency })}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {FREQUENCY_TEXT[f]}
            </option>
          ))}
        </Select>
      </Field>

      <Field label="What the program pays" {...error("payKind")}>
        <RadioGroup value={p.payKind} onChange={(_, d) => set({ payKind: d.value as PayKind })}>
          {PAY_KINDS.map((k) => (
            <Radio
              key={k}
              value={k}
              label={
                <span className={styles.radioLabel}>
                  <span>{PAY_KIND_TEXT[k].title}</span>
                  <Caption1 className={styles.explain}>{PAY_KIND_TEXT[k].explain}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>

      <Field label="Partner results" {...error("source")}>
        <RadioGroup
          value={source.kind}
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
          <Radio value="new" label="A new table the add-in creates, one row per partner" />
          <Radio value="existing" label="A table already in this workbook" />
        </RadioGroup>
      </Field>

      {source.kind === "new" && wizard.model.startedFrom === "solarwave" && (
        <Checkbox
          checked={wizard.model.withSample}
          onChange={(_, d) => dispatch({ type: "sample", on: d.checked === true })}
          label="Fill the new table with the SolarWave sample data (60 partners)"
        />
      )}

      {source.kind === "existing" && (
        <div className={styles.card} role="group" aria-label="Columns in your data">
          <Caption1 className={styles.explain}>
            Your data stays where it is and is never changed: a results sheet reads it row by row with formulas.
          </Caption1>
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
