/* global document */
import * as React from "react";
import { setMessageLanguage } from "../../engine";
import { CATALOGS, type Catalog } from "./catalog";
import { initialLanguage, localeFor, rememberLanguage, type UiLanguage } from "./language";

export interface I18n {
  language: UiLanguage;
  /** "en-US" or "zh-CN", for Intl. */
  locale: string;
  strings: Catalog;
  setLanguage: (language: UiLanguage) => void;
}

const I18nContext = React.createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** Fixed first language (tests); otherwise the remembered choice or Office's display language. */
  language?: UiLanguage;
  children: React.ReactNode;
}

/**
 * Holds the pane's language. Switching re-renders in place: nothing typed is lost. The engine's
 * validation messages follow the same language.
 */
export function I18nProvider({ language: fixed, children }: I18nProviderProps): React.JSX.Element {
  const [language, setLanguageState] = React.useState<UiLanguage>(() => {
    const first = fixed ?? initialLanguage();
    setMessageLanguage(first);
    return first;
  });
  const setLanguage = React.useCallback((next: UiLanguage) => {
    setMessageLanguage(next);
    rememberLanguage(next);
    setLanguageState(next);
  }, []);
  React.useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = localeFor(language);
  }, [language]);
  const value = React.useMemo<I18n>(
    () => ({ language, locale: localeFor(language), strings: CATALOGS[language], setLanguage }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's language, its locale and the switch. */
export function useI18n(): I18n {
  const i18n = React.useContext(I18nContext);
  if (!i18n) throw new Error("Internal error: the pane was rendered without its language provider.");
  return i18n;
}

/** The strings of the current language: const t = useStrings(); t.shell.title. */
export function useStrings(): Catalog {
  return useI18n().strings;
}
