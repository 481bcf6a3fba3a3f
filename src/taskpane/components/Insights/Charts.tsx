import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useSharedStyles } from "../shared/useSharedStyles";
import { useChartStyles } from "./useChartStyles";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as shown, e.g. "62.0%"; the number itself otherwise. */
  readonly text?: string;
}

/** The numbers behind a chart, for screen readers and for anyone who would rather read a table. */
function ChartTable(props: { caption: string; category: string; measure: string; bars: readonly Bar[] }) {
  const shared = useSharedStyles();
  const styles = useChartStyles();
  return (
    <table className={shared.visuallyHidden}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {props.category}
          </th>
          <th scope="col" className={styles.cell}>
            {props.measure}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.bars.map((b) => (
          <tr key={b.label}>
            <th scope="row" className={styles.cell}>
              {b.label}
            </th>
            <td>{b.text ?? String(b.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const W = 320;
const H = 120;

export interface HistogramProps {
  /** The chart's accessible name: what it shows, and its gist. */
  name: string;
  /** The table alternative's caption. */
  tableCaption: string;
  category: string;
  measure: string;
  bars: readonly Bar[];
  /** Index of the bar where 100% starts, marked with a dashed line. */
  marker?: number;
  /** Axis labels under the bars: first, middle, last. */
  axis: readonly string[];
  /** The value axis' top, in words ("up to 12"). */
  maxLabel: string;
  caption?: string;
}

/** Vertical bars in an SVG (role img, named), with the same numbers in a visually hidden table. */
export function Histogram(props: HistogramProps): React.JSX.Element {
  const styles = useChartStyles();
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const n = Math.max(1, props.bars.length);
  const slot = W / n;
  return (
    <figure className={styles.figure}>
      <div className={styles.axis} aria-hidden="true">
        <span>{props.measure}</span>
        <span>{props.maxLabel}</span>
      </div>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={props.name}
      >
        <rect className={styles.frame} x={0.5} y={0.5} width={W - 1} height={H - 1} />
        {props.bars.map((b, i) => {
          const h = (b.value / max) * (H - 8);
          return (
            <rect
              key={b.label}
              className={styles.bar}
              x={i * slot + 1.5}
              y={H - h}
              width={Math.max(1, slot - 3)}
              height={h}
            />
          );
        })}
        {props.marker !== undefined && (
          <line className={styles.threshold} x1={props.marker * slot} x2={props.marker * slot} y1={2} y2={H} />
        )}
      </svg>
      <div className={styles.axis} aria-hidden="true">
        {props.axis.map((a) => (
          <span key={a}>{a}</span>
        ))}
      </div>
      {props.caption && <figcaption className={styles.caption}>{props.caption}</figcaption>}
      <ChartTable caption={props.tableCaption} category={props.category} measure={props.measure} bars={props.bars} />
    </figure>
  );
}

export interface BarRowsProps {
  name: string;
  tableCaption: string;
  category: string;
  measure: string;
  bars: readonly Bar[];
  /** The value a full-width bar stands for (e.g. 1 for shares); the largest bar otherwise. */
  full?: number;
  caption?: string;
}

/**
 * Horizontal bars, one row each with its label and value written beside it (so neither colour
 * nor length alone carries the meaning); the group is one named image with a table alternative.
 */
export function BarRows(props: BarRowsProps): React.JSX.Element {
  const styles = useChartStyles();
  const full = props.full ?? Math.max(1e-9, ...props.bars.map((b) => Math.abs(b.value)));
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={props.name} className={styles.rows}>
        {props.bars.map((b, i) => (
          <div key={b.label} className={styles.row} aria-hidden="true">
            <span>{b.label}</span>
            <svg className={styles.rowSvg} viewBox="0 0 100 18" preserveAspectRatio="none">
              <rect className={styles.frame} x={0.5} y={0.5} width={99} height={17} />
              <rect
                className={mergeClasses(i % 2 === 0 ? styles.bar : styles.barAlt)}
                x={0}
                y={2}
                width={Math.max(0, Math.min(100, (Math.abs(b.value) / full) * 100))}
                height={14}
              />
            </svg>
            <span className={styles.value}>{b.text ?? String(b.value)}</span>
          </div>
        ))}
      </div>
      {props.caption && <figcaption className={styles.caption}>{props.caption}</figcaption>}
      <ChartTable caption={props.tableCaption} category={props.category} measure={props.measure} bars={props.bars} />
    </figure>
  );
}
