/*
 * Recognition (Insights): a note for internal communication — top performers, most improved since
 * the last closed period, partners who reached a new tier — worked out by the engine from the
 * partners' results now and the last snapshot, shown as text to copy. Nothing is written.
 *
 * Copying: navigator.clipboard where the webview has it; otherwise (Office webviews may lack it, or
 * refuse it) the note's text is selected and the pane says to press Ctrl+C.
 */
import * as React from "react";
import { Button, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { RECOGNITION_SIZE, recognitionNote, standingsNow } from "../../../engine/analytics/recognition";
import type { ProgramDefinition } from "../../../engine/program/types";
import { useI18n } from "../../i18n/I18nProvider";
import type { InsightsPartner, InsightsSource } from "../../services/InsightsSource";
import { recognitionText } from "./recognitionText";
import { useLastClosed } from "./useLastClosed";

export interface RecognitionSectionProps {
  programKey: string;
  program: ProgramDefinition;
  partners: readonly InsightsPartner[];
  source: InsightsSource;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { width: "100%", minHeight: "12em", fontFamily: "inherit" },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function RecognitionSection({
  programKey,
  program,
  partners,
  source,
}: RecognitionSectionProps): React.JSX.Element {
  const styles = useStyles();
  const { strings, locale } = useI18n();
  const t = strings;
  const last = useLastClosed(source, programKey);
  const text = React.useMemo(() => {
    if (last.status === "loading") return null;
    const closed = last.status === "ready" ? last.value : null;
    try {
      const now = standingsNow(program, partners);
      const note = recognitionNote(program, now, closed, RECOGNITION_SIZE);
      return recognitionText(program.name, note, RECOGNITION_SIZE, t, locale);
    } catch {
      // A tier table the engine refuses: Plan cost above already says why.
      return null;
    }
  }, [last, program, partners, t, locale]);
  return (
    <section className={styles.section} aria-labelledby="insights-recognition">
      <h3 id="insights-recognition" className={styles.heading}>
        {t.recognition.heading}
      </h3>
      <Text className={styles.muted}>{t.recognition.intro}</Text>
      {last.status === "loading" && <Spinner size="tiny" label={t.recognition.reading} />}
      {last.status === "failed" && <Text role="alert">{t.recognition.readFailed(last.message)}</Text>}
      {text !== null && <CopyableNote text={text} />}
    </section>
  );
}

function CopyableNote({ text }: { text: string }): React.JSX.Element {
  const styles = useStyles();
  const t = useI18n().strings;
  const area = React.useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = React.useState<"copied" | "selected" | null>(null);
  React.useEffect(() => setSaid(null), [text]);
  const selectText = () => {
    area.current?.focus();
    area.current?.select();
    setSaid("selected");
  };
  const copy = () => {
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (!clipboard?.writeText) return selectText();
    clipboard.writeText(text).then(() => setSaid("copied"), selectText);
  };
  return (
    <>
      <Textarea
        ref={area}
        className={styles.note}
        aria-label={t.recognition.noteLabel}
        value={text}
        readOnly
        resize="vertical"
      />
      <div className={styles.actions}>
        <Button onClick={copy}>{t.recognition.copy}</Button>
        <Text role="status">
          {said === "copied" ? t.recognition.copied : said === "selected" ? t.recognition.selected : ""}
        </Text>
      </div>
    </>
  );
}
