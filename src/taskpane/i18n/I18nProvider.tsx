/* global document */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { setWorkbookLanguage } from "../../workbook/words";
import type { Catalog } from "./catalog";
import { englishCatalog } from "./englishCatalog";
import { initialLanguage, localeFor, rememberLanguage, type UiLanguage } from "./language";

export interface I18n {
  language: UiLanguage;
  /** "en-US" or "zh-CN", for Intl. */
  locale: string;
  strings: Catalog;
  setLanguage: (language: UiLanguage) => void;
}

const I18nContext = React.createContext<I18n | null>(null);

/** Catalogues already at hand; the others are loaded when first chosen. */
export type LoadedCatalogs = Partial<Record<UiLanguage, Catalog>>;

export interface I18nProviderProps {
  /** Fixed first language (tests); otherwise the remembered choice or Office's display language. */
  language?: UiLanguage;
  /**
   * Catalogues at hand (tests pass both); by default English (its later screens' words loaded with
   * those screens: englishCatalog.ts), with Chinese loaded on demand.
   */
  catalogs?: LoadedCatalogs;
  /**
   * Loads the Chinese catalogue when it is first needed (App passes lazy.ts's loader, a chunk of
   * its own). Given by the caller so that i18n imports no screen: lazy.ts also loads the screens,
   * which use this provider.
   */
  loadChinese?: () => Promise<Catalog>;
  children: React.ReactNode;
}

/**
 * Holds the pane's language. Switching re-renders in place: nothing typed is lost (until the new
 * catalogue has arrived the pane keeps the old words). The workbook's messages follow the same
 * language (setWorkbookLanguage); the engine's are formatted with it where they are shown. A pane that opens in a language not yet loaded renders once it is.
 */
export function I18nProvider({
  language: fixed,
  catalogs,
  loadChinese,
  children,
}: I18nProviderProps): React.JSX.Element {
  const [loaded, setLoaded] = React.useState<LoadedCatalogs>(() => ({ en: englishCatalog, ...catalogs }));
  const [language, setLanguageState] = React.useState<UiLanguage>(() => fixed ?? initialLanguage());
  // The language whose words are shown: the chosen one once loaded, else the last one shown.
  const [shown, setShown] = React.useState<UiLanguage | null>(() => (loaded[language] ? language : null));
  const shownRef = React.useRef(shown);
  shownRef.current = shown;

  React.useEffect(() => {
    if (loaded[language]) {
      setWorkbookLanguage(language);
      setShown(language);
      return;
    }
    let live = true;
    // English is always at hand: only Chinese is ever loaded.
    const load = loadChinese ?? (() => Promise.reject(new Error("The Chinese catalogue cannot be loaded here.")));
    load().then(
      (catalog) => live && setLoaded((l) => ({ ...l, [language]: catalog })),
      // The chunk could not be loaded (offline, blocked): the pane stays in the language it shows
      // (English at first), and picking Chinese again tries again.
      () => {
        if (!live) return;
        setShown((s) => s ?? "en");
        setLanguageState((l) => (l === language ? (shownRef.current ?? "en") : l));
      },
    );
    return () => {
      live = false;
    };
  }, [language, loaded, loadChinese]);

  const setLanguage = React.useCallback((next: UiLanguage) => {
    rememberLanguage(next);
    setLanguageState(next);
  }, []);
  React.useEffect(() => {
    if (shown && typeof document !== "undefined") document.documentElement.lang = localeFor(shown);
  }, [shown]);
  // Workbook messages formatted during this render already speak the shown language.
  if (shown) setWorkbookLanguage(shown);
  const strings = shown ? loaded[shown] : undefined;
  const value = React.useMemo<I18n | null>(
    () => (shown && strings ? { language: shown, locale: localeFor(shown), strings, setLanguage } : null),
    [shown, strings, setLanguage],
  );
  // Only while the first catalogue arrives (a pane opening in Chinese): both languages say it.
  if (!value) return <Spinner size="small" label="正在加载 · Loading…" style={{ padding: 16 }} />;
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
