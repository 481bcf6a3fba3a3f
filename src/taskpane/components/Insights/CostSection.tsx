import * as React from "react";
import { mergeClasses, Text } from "@fluentui/react-components";
import type { ProgramDefinition } from "../../../engine/program/types";
import { Histogram } from "./Charts";
import { count, histogramBars, type CostView } from "./insightsModel";
import { useInsightsStyles } from "./useInsightsStyles";

/** Plan cost and distribution over the partners' current results. */
export function CostSection({ program, view }: { program: ProgramDefinition; view: CostView }): React.JSX.Element {
  const styles = useInsightsStyles();
  const bars = histogramBars(view.cost);
  const atOrAbove = view.cost.histogram.filter((b) => b.from >= 1 - 1e-9).reduce((s, b) => s + b.partners, 0);
  const scored = view.cost.histogram.reduce((s, b) => s + b.partners, 0);
  const markerAt = view.cost.histogram.findIndex((b) => b.from >= 1 - 1e-9);
  return (
    <section className={styles.section} aria-labelledby="insights-cost">
      <h3 id="insights-cost" className={styles.sectionHeading}>
        Plan cost
      </h3>
      <dl className={styles.figure}>
        <dt className={styles.term}>Total payout</dt>
        <dd className={mergeClasses(styles.definition, styles.big)} data-testid="insights-total">
          {view.total}
        </dd>
        <dt className={styles.term}>Partners</dt>
        <dd className={styles.definition}>{view.partners}</dd>
        <dt className={styles.term}>Share of measured</dt>
        <dd className={styles.definition}>{view.share}</dd>
      </dl>

      <h4 className={styles.subheading}>Payout per tier</h4>
      <table className={styles.table}>
        <caption className={mergeClasses(styles.muted, styles.tableCaption)}>Partners and money per tier</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              Tier
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              Partners
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              Paid
            </th>
          </tr>
        </thead>
        <tbody>
          {view.byTier.map((t) => (
            <tr key={t.tier}>
              <th scope="row" className={mergeClasses(styles.td, styles.rowHeader)}>
                {t.tier}
              </th>
              <td className={mergeClasses(styles.td, styles.num)}>{t.partners.toLocaleString("en-US")}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{t.paid}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4 className={styles.subheading}>Attainment</h4>
      {scored === 0 ? (
        <Text className={styles.muted}>No partner has a score yet, so there is no attainment to chart.</Text>
      ) : (
        <Histogram
          name={`Attainment histogram: ${count(scored, "partner")} by weighted score in steps of 10%; ${count(atOrAbove, "partner")} at or above 100%.`}
          tableCaption="Partners by attainment (weighted score)"
          category="Attainment"
          measure="Partners"
          bars={bars}
          marker={markerAt >= 0 ? markerAt : undefined}
          axis={["0%", "100%", "150%+"]}
          caption="Each bar counts the partners whose weighted score falls in a 10% band; the dashed line is 100%."
        />
      )}

      <h4 className={styles.subheading}>Closest below each tier</h4>
      {view.nearMisses.length === 0 ? (
        <Text className={styles.muted}>No partner is below a tier it could still reach.</Text>
      ) : (
        view.nearMisses.map((m) => (
          <div key={m.tier}>
            <Text className={styles.strong}>{m.tier}</Text>
            <ul className={styles.list} aria-label={`Closest below ${m.tier}`}>
              {m.who.map((w, i) => (
                <li key={`${w.name}-${i}`} className={styles.item}>
                  {w.name}: needs {w.gap} more
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <Text size={200} className={styles.muted}>
        Computed in the pane from the {program.name} data table as it is now; nothing is written.
      </Text>
    </section>
  );
}
