import * as React from "react";
import { Caption1, Checkbox, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { METHODS, type Method } from "../../../engine/methods";
import type { ProgramDefinition } from "../../../engine/program/types";
import { NumberField } from "../shared/NumberField";
import { isPercentUnit, tierTitles } from "../shared/format";
import { IssueStatus } from "../shared/IssueStatus";
import { PayoutChart } from "./PayoutChart/PayoutChart";
import { exampleInput, NO_OVERRIDES, rewardsPreview, type ExampleOverrides } from "./rewardsPreview";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import { TierEditor } from "../shared/TierEditor/TierEditor";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";

/** Step 3: how results become money, with the curve and a worked example as the user types. */
export function RewardsStep({ wizard }: { wizard: WizardState }): React.JSX.Element {
  const styles = useWizardStyles();
  const t = useStrings();
  const { program: p, dispatch, messageAt } = wizard;
  const set = (patch: Partial<ProgramDefinition>) => dispatch({ type: "set", patch });
  const paysOnKpi = p.payKind === "commission" || p.payKind === "rebate";
  const titles = tierTitles(p, t);
  const money = `${p.currency}`;

  return (
    <div className={styles.section}>
      <Caption1 className={styles.explain}>
        <strong>{t.wizard.payKinds[p.payKind].title}</strong> {t.wizard.payKinds[p.payKind].explain}
      </Caption1>

      {paysOnKpi && (
        <>
          <Field
            label={t.wizard.paidOn}
            hint={t.wizard.paidOnHint}
            validationState={messageAt("basisKpi") ? "error" : "none"}
            validationMessage={messageAt("basisKpi")}
          >
            <Select
              value={p.basisKpi === null ? "" : String(p.basisKpi)}
              onChange={(_, d) => set({ basisKpi: d.value === "" ? null : Number(d.value) })}
            >
              {p.basisKpi === null && <option value="">{t.wizard.chooseKpi}</option>}
              {p.kpis.map((k, i) => (
                <option key={wizard.model.kpiKeys[i]} value={i}>
                  {k.name.trim() || t.wizard.kpiFallback(i + 1)}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            checked={p.boundsRelativeToTarget}
            onChange={(_, d) => set({ boundsRelativeToTarget: d.checked === true })}
            label={t.wizard.relativeBounds}
          />
          <Field label={t.wizard.method}>
            <RadioGroup value={p.method} onChange={(_, d) => set({ method: d.value as Method })}>
              {METHODS.map((m) => (
                <Radio
                  key={m}
                  value={m}
                  label={
                    <span className={styles.radioLabel}>
                      <span>{t.wizard.methods[m].title}</span>
                      <Caption1 className={styles.explain}>{t.wizard.methods[m].explain}</Caption1>
                    </span>
                  }
                />
              ))}
            </RadioGroup>
          </Field>
        </>
      )}
      {p.payKind === "bonus" && (
        <>
          <NumberField
            label={t.wizard.targetIncentive(money)}
            hint={t.wizard.targetIncentiveHint}
            value={p.targetIncentive}
            onChange={(v) => set({ targetIncentive: v })}
            issue={messageAt("targetIncentive")}
          />
          <Caption1 className={styles.explain}>{t.wizard.curveStraight}</Caption1>
        </>
      )}
      {p.payKind === "discount" && (
        <>
          <NumberField
            label={t.wizard.listPrice(money)}
            value={p.listPrice}
            onChange={(v) => set({ listPrice: v })}
            issue={messageAt("listPrice")}
          />
          <Caption1 className={styles.explain}>{t.wizard.discountNote}</Caption1>
        </>
      )}

      <h3 className={styles.subheading}>{t.wizard.tiersHeading}</h3>
      <TierEditor
        tiers={p.tiers}
        keys={wizard.model.tierKeys}
        boundTitle={titles.bound}
        rateTitle={titles.rate}
        boundsInPercent={titles.percent}
        issueAt={wizard.issueAt}
        onChange={(index, patch) => dispatch({ type: "tier", index, patch })}
        onAdd={() => dispatch({ type: "addTier" })}
        onRemove={(index) => dispatch({ type: "removeTier", index })}
        onPaste={(rows) => dispatch({ type: "pasteTiers", rows })}
      />

      {p.payKind !== "discount" && (
        <NumberField
          label={p.payKind === "bonus" ? t.wizard.capBonus : t.wizard.capPerPartner(money)}
          percent={p.payKind === "bonus"}
          value={p.cap}
          onChange={(v) => set({ cap: v })}
          hint={t.wizard.capHint}
          issue={messageAt("cap")}
        />
      )}

      <WorkedExample wizard={wizard} />
    </div>
  );
}

/** The chart and one partner's result, recomputed by the engine on every change. */
function WorkedExample({ wizard }: { wizard: WizardState }): React.JSX.Element {
  const styles = useWizardStyles();
  const { strings: t, locale } = useI18n();
  const p = wizard.program;
  const [overrides, setOverrides] = React.useState<ExampleOverrides>(NO_OVERRIDES);
  const preview = React.useMemo(() => rewardsPreview(p, overrides, t, locale), [p, overrides, t, locale]);
  const input = exampleInput(p, overrides);
  const setActual = (i: number, v: number | null) => setOverrides((o) => ({ ...o, actuals: { ...o.actuals, [i]: v } }));
  const setTarget = (i: number, v: number | null) => setOverrides((o) => ({ ...o, targets: { ...o.targets, [i]: v } }));
  const shown =
    p.payKind === "commission" || p.payKind === "rebate"
      ? p.kpis.map((_, i) => i === p.basisKpi)
      : p.kpis.map(() => true);

  return (
    <section className={styles.section} aria-labelledby="worked-example-heading">
      <h3 className={styles.subheading} id="worked-example-heading">
        {t.wizard.workedHeading}
      </h3>
      {preview.ok ? (
        <>
          <p className={styles.example} aria-live="polite" aria-atomic="true" data-testid="worked-example">
            {preview.sentence}
          </p>
          <PayoutChart curve={preview.curve} />
        </>
      ) : (
        <IssueStatus ok={false} live>
          {preview.reason}
        </IssueStatus>
      )}
      <div className={styles.pair} role="group" aria-label={t.wizard.examplePartner}>
        {p.kpis.map((k, i) => {
          const percent = isPercentUnit(k.unit);
          const name = k.name.trim() || t.wizard.kpiFallback(i + 1);
          // Only what the example's result depends on: the paid KPI (or the weighted ones) and gates.
          if (!shown[i] && k.gate === null) return null;
          return (
            <React.Fragment key={wizard.model.kpiKeys[i]}>
              <NumberField
                label={percent ? t.wizard.exampleKpiPercent(name) : t.wizard.exampleKpi(name)}
                percent={percent}
                value={input.actuals[i] ?? null}
                onChange={(v) => setActual(i, v)}
              />
              {k.targetMode === "perPartner" && (
                <NumberField
                  label={percent ? t.wizard.exampleTargetPercent(name) : t.wizard.exampleTarget(name)}
                  percent={percent}
                  value={input.targets?.[i] ?? null}
                  onChange={(v) => setTarget(i, v)}
                />
              )}
            </React.Fragment>
          );
        })}
      </div>
    </section>
  );
}
