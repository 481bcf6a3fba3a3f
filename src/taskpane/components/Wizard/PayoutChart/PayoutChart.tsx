import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { CurveData } from "../rewardsPreview";
import { useSharedStyles } from "../../shared/useSharedStyles";
import { usePayoutChartStyles } from "./usePayoutChartStyles";
import { useStrings } from "../../../i18n/I18nProvider";

const W = 320;
const H = 150;
const PAD = 6;

/** Scales the engine's curve points into the chart's box. */
export function chartGeometry(curve: CurveData) {
  const xs = curve.points.map((p) => p.x);
  const ys = curve.points.map((p) => p.y);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(0, ...ys);
  const y1 = Math.max(...ys, curve.example?.y ?? -Infinity);
  const spanX = x1 - x0 || 1;
  const spanY = y1 - y0 || 1;
  const sx = (x: number) => PAD + ((x - x0) / spanX) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - ((y - y0) / spanY) * (H - 2 * PAD);
  const path = curve.points
    .map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
    .join(" ");
  return { x0, x1, y0, y1, sx, sy, path };
}

const useLocal = makeStyles({ tableCell: { textAlign: "start" }, table: { whiteSpace: "normal" } });

/**
 * The payout curve as an SVG line with the tier bounds and the worked example marked; a
 * visually hidden table carries the same numbers for screen readers.
 */
export function PayoutChart({ curve }: { curve: CurveData }): React.JSX.Element {
  const styles = usePayoutChartStyles();
  const shared = useSharedStyles();
  const local = useLocal();
  const t = useStrings();
  const g = chartGeometry(curve);
  const first = curve.points[0];
  const last = curve.points[curve.points.length - 1];
  const name = t.wizard.chartName(
    curve.yLabel,
    curve.xLabel,
    curve.formatY(first.y),
    curve.formatX(first.x),
    curve.formatY(last.y),
    curve.formatX(last.x),
  );
  const sample = curve.points.filter((_, i) => i % 10 === 0 || i === curve.points.length - 1);
  return (
    <figure className={styles.figure}>
      <div className={styles.axis} aria-hidden="true">
        <span>{curve.yLabel}</span>
        <span>{t.wizard.upTo(curve.formatY(g.y1))}</span>
      </div>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={name} preserveAspectRatio="none">
        <rect className={styles.frame} x={0.5} y={0.5} width={W - 1} height={H - 1} />
        {curve.bounds
          .filter((b) => b >= g.x0 && b <= g.x1)
          .map((b) => (
            <line key={b} className={styles.bound} x1={g.sx(b)} x2={g.sx(b)} y1={PAD} y2={H - PAD} />
          ))}
        <path className={styles.curve} d={g.path} />
        {curve.example && (
          <circle className={styles.point} cx={g.sx(curve.example.x)} cy={g.sy(curve.example.y)} r={4.5} />
        )}
      </svg>
      <div className={styles.axis} aria-hidden="true">
        <span>{curve.formatX(g.x0)}</span>
        <span>{curve.xLabel}</span>
        <span>{curve.formatX(g.x1)}</span>
      </div>
      <figcaption className={styles.caption}>{t.wizard.chartCaption}</figcaption>
      {/* A table is at least as wide as its unbroken rows: let them wrap, or the hidden table widens a narrow pane. */}
      <table className={mergeClasses(shared.visuallyHidden, local.table)}>
        <caption>{t.wizard.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col" className={local.tableCell}>
              {curve.xLabel}
            </th>
            <th scope="col" className={local.tableCell}>
              {curve.yLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {sample.map((p) => (
            <tr key={p.x}>
              <td>{curve.formatX(p.x)}</td>
              <td>{curve.formatY(p.y)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
