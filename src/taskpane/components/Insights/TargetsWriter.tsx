import * as React from "react";
import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import type { InsightsPartner, InsightsSource } from "../../services/InsightsSource";
import { kpiValue, targetsWrite, type Fx, type KpiSuggestion, type TargetsMethod } from "./insightsModel";
import { ShowMoreList } from "./ShowMoreList";
import { useInsightsStyles } from "./useInsightsStyles";
import { useWriteAction } from "./useWriteAction";
import { WriteOutcome } from "./WriteOutcome";
import { undoSentence } from "../shared/undoSentence";
import { joinSentences } from "../shared/sentences";
import { dataHeaders } from "../../../workbook/dataHeaders";

export interface TargetsWriterProps {
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  s: KpiSuggestion;
  fx: Fx;
  programKey: string;
  source: InsightsSource;
  reload?: () => Promise<void>;
}

/**
 * One KPI's suggested targets, reviewed before anything is written: the method, exactly which
 * cells change (or that the KPI switches to per-partner targets), then Write or Cancel.
 */
export function TargetsWriter(props: TargetsWriterProps): React.JSX.Element {
  const styles = useInsightsStyles();
  const { s, fx, program, source, programKey } = props;
  const { t, locale } = fx;
  const write = useWriteAction();
  const [open, setOpen] = React.useState(false);
  const [method, setMethod] = React.useState<TargetsMethod>(s.history?.length ? "history" : "population");
  const plan = React.useMemo(
    () => targetsWrite(program, props.partners, s, method, fx),
    [program, props.partners, s, method, fx],
  );
  const kpi = s.kpi.name.trim();
  // The target column as the sheets name it (in the program's sheet language, "(2)" if taken).
  const column = React.useMemo(() => {
    const perPartner = {
      ...program,
      kpis: program.kpis.map((k, i) => (i === s.index ? { ...k, targetMode: "perPartner" as const } : k)),
    };
    return dataHeaders(perPartner).target[s.index] ?? `${kpi} target`;
  }, [program, s.index, kpi]);
  const value = (v: number | null) => (v === null ? t.insights.none : kpiValue(s.kpi, v, locale));
  const titleId = `insights-targets-write-${s.index}`;
  const canWrite =
    plan !== null &&
    plan.kind !== "existing" &&
    (plan.kind === "fixed" ? source.applyScenario !== undefined : source.writeTargets !== undefined);

  const onWrite = () => {
    if (!plan || plan.kind === "existing") return;
    void write.run(async () => {
      let message: string;
      if (plan.kind === "fixed") {
        const next = {
          ...program,
          kpis: program.kpis.map((k, i) => (i === plan.kpi ? { ...k, target: plan.after } : k)),
        };
        const applied = await source.applyScenario!(programKey, next, program);
        message = joinSentences(t, [t.insights.fixedWritten(kpi), undoSentence(t, applied?.undo)]);
      } else {
        const done = await source.writeTargets!(
          programKey,
          plan.kpi,
          plan.rows.map((r) => ({ partnerId: r.id, target: r.after })),
          { basedOn: program, switchToPerPartner: plan.switching },
        );
        message = joinSentences(t, [
          t.insights.targetsWritten(done.written.toLocaleString(locale), done.column),
          done.unmatched.length ? t.insights.targetsUnmatched(done.unmatched.join(t.common.listSeparator)) : "",
          undoSentence(t, done.undo),
        ]);
      }
      setOpen(false);
      await props.reload?.();
      return message;
    });
  };

  return (
    <>
      {!open && (
        <div className={styles.actions}>
          <Button
            className={styles.touch}
            onClick={() => {
              write.clear();
              setOpen(true);
            }}
          >
            {t.insights.reviewTargets(kpi)}
          </Button>
        </div>
      )}
      {open && (
        <div role="region" aria-labelledby={titleId} className={styles.card}>
          <h4 id={titleId} className={styles.subheading}>
            {t.insights.writeTitle(kpi)}
          </h4>
          <Field label={t.insights.methodLabel}>
            <RadioGroup value={method} onChange={(_, d) => setMethod(d.value as TargetsMethod)}>
              <Radio value="history" label={t.insights.methodHistory} disabled={!s.history?.length} />
              <Radio
                value="population"
                label={t.insights.methodPopulation(value(s.population))}
                disabled={s.population === null}
              />
            </RadioGroup>
          </Field>
          {plan?.kind === "existing" && <Text>{t.insights.writeExisting(plan.table)}</Text>}
          {plan?.kind === "fixed" && (
            <Text>{t.insights.writeFixedTarget(kpi, value(plan.before), value(plan.after))}</Text>
          )}
          {plan?.kind === "column" && (
            <>
              <Text>
                {plan.switching
                  ? t.insights.writeSwitch(kpi, column)
                  : t.insights.writeColumn(plan.rows.length.toLocaleString(locale), column)}
              </Text>
              <ShowMoreList
                label={t.insights.previewList(kpi)}
                items={plan.rows}
                limit={5}
                itemKey={(r, i) => `${r.id}-${i}`}
                render={(r) => t.insights.previewRow(r.name, value(r.before), value(r.after))}
              />
            </>
          )}
          <div className={styles.actions}>
            <Button
              className={styles.touch}
              appearance="primary"
              disabled={!canWrite || write.state.status === "writing"}
              onClick={onWrite}
            >
              {t.insights.writeTargets}
            </Button>
            <Button className={styles.touch} disabled={write.state.status === "writing"} onClick={() => setOpen(false)}>
              {t.insights.cancel}
            </Button>
          </div>
        </div>
      )}
      <WriteOutcome state={write.state} writing={t.insights.writingTargets} failedTitle={t.insights.targetsFailed} />
    </>
  );
}
