/*
 * The recognition note as plain text, in the pane's language: what the engine's recognitionNote
 * found, worded line by line so it pastes cleanly into an email or a chat.
 */
import type { RecognitionNote } from "../../../engine/analytics/recognition";
import type { TierLabel } from "../../../engine/tierTable";
import type { Catalog } from "../../i18n/catalog";
import { formatNumber, formatPercent } from "../shared/format";

/** The rise in points as the two shown percentages differ (111.6% − 102.9% = 8.7, not 8.75 rounded up). */
const points = (r: { readonly before: number; readonly now: number }) =>
  Math.round(r.now * 1000) / 10 - Math.round(r.before * 1000) / 10;

/** A partner as the note names them: the name, else the ID. */
const who = (s: { readonly name: string; readonly id: string }) => s.name.trim() || s.id;

function tierWords(tier: TierLabel | null, t: Catalog): string {
  if (tier === null) return t.recognition.belowFirstTier;
  return typeof tier === "number" ? t.recognition.tierN(String(tier)) : tier;
}

export function recognitionText(
  program: string,
  note: RecognitionNote,
  size: number,
  t: Catalog,
  locale: string,
): string {
  const pct = (x: number) => formatPercent(x, 1, locale);
  const lines = [t.recognition.title(program.trim()), "", t.recognition.topHeading(String(size))];
  if (note.top.length === 0) lines.push(t.recognition.noScores);
  note.top.forEach((r, i) =>
    lines.push(t.recognition.topLine(String(i + 1), who(r.standing), pct(r.value), tierWords(r.standing.tier, t))),
  );
  lines.push("");
  if (note.since === null || note.improved === null || note.promoted === null) {
    lines.push(t.recognition.noClosedPeriod);
    return lines.join("\n");
  }
  lines.push(t.recognition.improvedHeading(note.since));
  if (note.improved.length === 0) lines.push(t.recognition.noneImproved(note.since));
  note.improved.forEach((r, i) =>
    lines.push(
      t.recognition.improvedLine(
        String(i + 1),
        who(r.standing),
        pct(r.before),
        pct(r.now),
        formatNumber(points(r), 1, locale),
      ),
    ),
  );
  lines.push("", t.recognition.tiersHeading(note.since));
  if (note.promoted.length === 0) lines.push(t.recognition.noneTiers);
  for (const s of note.promoted)
    lines.push(t.recognition.tierLine(who(s.standing), tierWords(s.from, t), tierWords(s.to, t)));
  return lines.join("\n");
}
