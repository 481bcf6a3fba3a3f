import * as React from "react";
import { Button, Caption1, Field, Input, Radio, RadioGroup, Select, Tooltip } from "@fluentui/react-components";
import type { ProgramKpi } from "../../../engine/program/types";
import { MAX_KPIS } from "../../../engine/program/validate";
import { AddIcon, ArrowDownIcon, ArrowUpIcon, DeleteIcon } from "../shared/icons";
import { useSharedStyles } from "../shared/useSharedStyles";
import { NumberField } from "../shared/NumberField";
import { formatNumber, isPercentUnit } from "../shared/format";
import { IssueStatus } from "../shared/IssueStatus";
import type { WizardState } from "./useWizardState";
import { useWizardStyles } from "./useWizardStyles";
import { useI18n, useStrings } from "../../i18n/I18nProvider";
import type { Catalog } from "../../i18n/catalog";

/**
 * "Weights: 90% of 100% — <detail>", from the weights as entered (the verdict, in `detail`, is
 * validateProgram's).
 */
export function weightsTotalText(kpis: readonly ProgramKpi[], detail: string, t: Catalog, locale: string): string {
  const total = kpis.reduce((sum, k) => sum + (Number.isFinite(k.weight) ? k.weight : 0), 0);
  return t.wizard.weightsTotal(formatNumber(Math.round(total * 1e6) / 1e4, 2, locale), detail);
}

/** Step 2: the KPIs partners are measured on. */
export function KpisStep({ wizard }: { wizard: WizardState }): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const { strings: t, locale } = useI18n();
  const { program: p, dispatch, issues } = wizard;
  const weightsIssue = issues.find((i) => i.path === "weights");
  const kpisIssue = wizard.messageAt("kpis");
  // A removed KPI takes its buttons with it: keep keyboard focus on the list's own button.
  const addRef = React.useRef<HTMLButtonElement>(null);
  // The generated gate formula names every KPI: more would pass Excel's 8,192 characters.
  const full = p.kpis.length >= MAX_KPIS;
  return (
    <div className={styles.section}>
      <IssueStatus ok={!weightsIssue} id="weights-status" live>
        {weightsTotalText(p.kpis, weightsIssue ? weightsIssue.message : t.wizard.weightsComplete, t, locale)}
      </IssueStatus>
      {kpisIssue && <IssueStatus ok={false}>{kpisIssue}</IssueStatus>}
      <ol className={styles.list} aria-label={t.wizard.kpisList}>
        {p.kpis.map((k, i) => (
          <li key={wizard.model.kpiKeys[i]} className={styles.listItem}>
            <KpiCard
              wizard={wizard}
              kpi={k}
              index={i}
              count={p.kpis.length}
              onRemoved={() => addRef.current?.focus()}
            />
          </li>
        ))}
      </ol>
      <Button
        ref={addRef}
        className={shared.touch}
        icon={<AddIcon />}
        // At the limit the button stays in the tab order and says why it does nothing.
        disabledFocusable={full}
        aria-describedby={full ? "kpis-max" : undefined}
        onClick={() => dispatch({ type: "addKpi" })}
      >
        {t.wizard.addKpi}
      </Button>
      {full && (
        <Caption1 id="kpis-max" block>
          {t.wizard.kpisMax(String(MAX_KPIS))}
        </Caption1>
      )}
    </div>
  );
}

interface KpiCardProps {
  wizard: WizardState;
  kpi: ProgramKpi;
  index: number;
  count: number;
  onRemoved: () => void;
}

function KpiCard({ wizard, kpi: k, index: i, count, onRemoved }: KpiCardProps): React.JSX.Element {
  const styles = useWizardStyles();
  const shared = useSharedStyles();
  const t = useStrings();
  const { dispatch, messageAt } = wizard;
  const set = (patch: Partial<ProgramKpi>) => dispatch({ type: "kpi", index: i, patch });
  const error = (field: string) => {
    const m = messageAt(`kpis.${i}.${field}`);
    return m ? { validationState: "error" as const, validationMessage: m } : {};
  };
  const name = k.name.trim() || t.wizard.kpiFallback(i + 1);
  const percent = isPercentUnit(k.unit);
  const headingId = `kpi-heading-${wizard.model.kpiKeys[i]}`;
  // Short units sit inside the box; longer ones ("score (1-5)") go in the label, so the box keeps its width.
  const unit = k.unit.trim();
  const inBox = !percent && unit.length > 0 && unit.length <= 4 ? unit : undefined;
  const inLabel = !percent && unit.length > 4 ? unit : null;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHeader}>
        <h3 className={styles.cardTitle} id={headingId}>
          {i + 1}. {name}
        </h3>
        <Tooltip content={t.wizard.moveUp(name)} relationship="label">
          <Button
            className={shared.touch}
            appearance="subtle"
            icon={<ArrowUpIcon />}
            disabled={i === 0}
            onClick={() => dispatch({ type: "moveKpi", index: i, by: -1 })}
          />
        </Tooltip>
        <Tooltip content={t.wizard.moveDown(name)} relationship="label">
          <Button
            className={shared.touch}
            appearance="subtle"
            icon={<ArrowDownIcon />}
            disabled={i === count - 1}
            onClick={() => dispatch({ type: "moveKpi", index: i, by: 1 })}
          />
        </Tooltip>
        <Tooltip content={t.wizard.remove(name)} relationship="label">
          <Button
            className={shared.touch}
            appearance="subtle"
            icon={<DeleteIcon />}
            onClick={() => {
              dispatch({ type: "removeKpi", index: i });
              onRemoved();
            }}
          />
        </Tooltip>
      </div>

      <Field label={t.wizard.name} required {...error("name")}>
        <Input className={shared.fill} value={k.name} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label={t.wizard.unit} hint={t.wizard.unitHint} {...error("unit")}>
          <Input className={shared.fill} value={k.unit} onChange={(_, d) => set({ unit: d.value })} />
        </Field>
        <Field label={t.wizard.betterWhen} {...error("direction")}>
          <Select value={k.direction} onChange={(_, d) => set({ direction: d.value as ProgramKpi["direction"] })}>
            <option value="higher">{t.wizard.higherBetter}</option>
            <option value="lower">{t.wizard.lowerBetter}</option>
          </Select>
        </Field>
      </div>
      <Field label={t.wizard.target}>
        <RadioGroup
          value={k.targetMode}
          onChange={(_, d) =>
            set({ targetMode: d.value as ProgramKpi["targetMode"], target: d.value === "perPartner" ? null : k.target })
          }
        >
          <Radio value="fixed" label={t.wizard.targetFixed} />
          <Radio value="perPartner" label={t.wizard.targetPerPartner} />
        </RadioGroup>
      </Field>
      {k.targetMode === "fixed" ? (
        <NumberField
          label={percent ? t.wizard.targetPercent : inLabel ? t.wizard.targetInUnit(inLabel) : t.wizard.target}
          unit={inBox}
          percent={percent}
          value={k.target}
          onChange={(v) => set({ target: v })}
          issue={messageAt(`kpis.${i}.target`)}
        />
      ) : (
        messageAt(`kpis.${i}.target`) && <IssueStatus ok={false}>{messageAt(`kpis.${i}.target`)}</IssueStatus>
      )}
      <div className={styles.pair}>
        <NumberField
          label={t.wizard.weight}
          percent
          emptyIsNaN
          value={k.weight}
          onChange={(v) => set({ weight: v ?? NaN })}
          hint={t.wizard.weightHint}
          issue={messageAt(`kpis.${i}.weight`)}
        />
        <NumberField
          label={
            percent
              ? t.wizard.gatePercentOptional
              : inLabel
                ? t.wizard.gateInUnitOptional(inLabel)
                : t.wizard.gateOptional
          }
          unit={inBox}
          percent={percent}
          value={k.gate}
          onChange={(v) => set({ gate: v })}
          hint={k.direction === "higher" ? t.wizard.gateHintHigher : t.wizard.gateHintLower}
          issue={messageAt(`kpis.${i}.gate`)}
        />
      </div>
      {k.targetMode === "perPartner" && <Caption1 className={styles.explain}>{t.wizard.perPartnerNote}</Caption1>}
    </section>
  );
}
