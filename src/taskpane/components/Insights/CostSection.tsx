import * as React from "react";
import { mergeClasses, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import { formatPercent } from "../shared/format";
import { Histogram } from "./Charts";
import { histogramBars, partnersCount, type CostView } from "./insightsModel";
import { useInsightsStyles } from "./useInsightsStyles";

/** Plan cost and distribution over the partners' current results. */
export function CostSection({ program, view }: { program: ProgramDefinition; view: CostView }): React.JSX.Element {
  const styles = useInsightsStyles();
  const { strings, locale } = useI18n();
  const t = strings;
  const fx = { t, locale };
  const bars = histogramBars(view.cost, fx);
  const atOrAbove = view.cost.histogram.filter((b) => b.from >= 1 - 1e-9).reduce((s, b) => s + b.partners, 0);
  const scored = view.cost.histogram.reduce((s, b) => s + b.partners, 0);
  const markerAt = view.cost.histogram.findIndex((b) => b.from >= 1 - 1e-9);
  return (
    <section className={styles.section} aria-labelledby="insights-cost">
      <h3 id="insights-cost" className={styles.sectionHeading}>
        {t.insights.costHeading}
      </h3>
      <dl className={styles.figure}>
        <dt className={styles.term}>{t.insights.totalPayout}</dt>
        <dd className={mergeClasses(styles.definition, styles.big)} data-testid="insights-total">
          {view.total}
        </dd>
        <dt className={styles.term}>{t.insights.partners}</dt>
        <dd className={styles.definition}>{view.partners}</dd>
        <dt className={styles.term}>{t.insights.shareOfMeasured}</dt>
        <dd className={styles.definition}>{view.share}</dd>
      </dl>

      <h4 className={styles.subheading}>{t.insights.payoutPerTier}</h4>
      <table className={styles.table}>
        <caption className={mergeClasses(styles.muted, styles.tableCaption)}>{t.insights.perTierCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t.insights.tier}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t.insights.partners}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t.insights.paid}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.byTier.map((row) => (
            <tr key={row.tier}>
              <th scope="row" className={mergeClasses(styles.td, styles.rowHeader)}>
                {row.tier}
              </th>
              <td className={mergeClasses(styles.td, styles.num)}>{row.partners}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{row.paid}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4 className={styles.subheading}>{t.insights.attainment}</h4>
      {scored === 0 ? (
        <Text className={styles.muted}>{t.insights.noScores}</Text>
      ) : (
        <Histogram
          name={t.insights.histogramName(partnersCount(scored, fx), partnersCount(atOrAbove, fx))}
          tableCaption={t.insights.histogramTable}
          category={t.insights.attainment}
          measure={t.insights.partners}
          maxLabel={t.insights.chartUpTo(Math.max(1, ...bars.map((b) => b.value)).toLocaleString(locale))}
          bars={bars}
          marker={markerAt >= 0 ? markerAt : undefined}
          axis={[formatPercent(0, 0, locale), formatPercent(1, 0, locale), `${formatPercent(1.5, 0, locale)}+`]}
          caption={t.insights.histogramCaption}
        />
      )}

      <h4 className={styles.subheading}>{t.insights.closestBelow}</h4>
      {view.nearMisses.length === 0 ? (
        <Text className={styles.muted}>{t.insights.noNearMiss}</Text>
      ) : (
        view.nearMisses.map((m) => (
          <div key={m.tier}>
            <Text className={styles.strong}>{m.tier}</Text>
            <ul className={styles.list} aria-label={t.insights.closestBelowTier(m.tier)}>
              {m.who.map((w, i) => (
                <li key={`${w.name}-${i}`} className={styles.item}>
                  <span className={styles.strong}>{w.name}</span> <br />
                  {w.gap}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <Text size={200} className={styles.muted}>
        {t.insights.computedFrom(program.name)}
      </Text>
    </section>
  );
}
