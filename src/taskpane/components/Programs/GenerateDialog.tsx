import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { ProgramSummary } from "../../services/WorkbookService";
import { GeneratePreview } from "../WritePreview/GeneratePreview";
import { SheetLanguageSelect, type SheetLanguageChoice } from "../shared/SheetLanguageSelect";
import { useProgramsStyles } from "./useProgramsStyles";
import { useI18n } from "../../i18n/I18nProvider";
import { formatCount } from "../shared/format";
import type { Generated } from "./useProgramActions";
import { Confidential } from "./Confidential";

export interface GenerateDialogProps {
  program: ProgramSummary;
  what: Generated;
  /** The add-in's own sheet for this role, rewritten in place; null: a sheet is added. */
  existing: string | null;
  onGenerate: (language: SheetLanguageChoice) => void;
  onCancel: () => void;
}

/**
 * Before a dashboard or statements are written: the sheet's language, what will be written (which
 * sheet, added or rewritten in place, for how many partners, in which language) and, for every
 * partner's statement values, that the sheet is confidential. Nothing is written until Generate;
 * in the pane itself (a narrow pane has no room for a dialog), focus moves to its heading.
 */
export function GenerateDialog({ program, what, existing, onGenerate, onCancel }: GenerateDialogProps) {
  const styles = useProgramsStyles();
  const { strings: t, locale } = useI18n();
  const [language, setLanguage] = React.useState<SheetLanguageChoice>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const headingId = `generate-${what}-${program.key}-heading`;
  const title =
    what === "dashboard" && existing !== null
      ? t.programs.dialogHeading.refreshDashboard
      : t.programs.dialogHeading[what];
  const lines = [
    existing !== null ? t.programs.previewRewrites(existing) : t.programs.previewAdds[what],
    t.programs.previewPartners(formatCount(program.partners, t.common.partnersOne, t.common.partnersMany, locale)),
    language === null
      ? t.programs.previewProgramLanguage
      : t.programs.previewLanguage(t.common.sheetLanguages[language]),
  ];
  return (
    <section className={styles.confirm} aria-labelledby={headingId}>
      <h3 ref={heading} tabIndex={-1} id={headingId} className={styles.confirmHeading}>
        {title}
      </h3>
      {what === "values" && <Confidential />}
      <SheetLanguageSelect
        label={what === "dashboard" ? t.programs.dashboardLanguage : t.programs.statementsLanguage}
        value={language}
        onChange={setLanguage}
        programDefault
      />
      <GeneratePreview lines={lines} />
      <div className={styles.confirmActions}>
        <Button className={styles.touch} appearance="primary" onClick={() => onGenerate(language)}>
          {what === "dashboard" && existing !== null ? t.programs.refresh : t.programs.generate}
        </Button>
        <Button className={styles.touch} onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </div>
    </section>
  );
}
