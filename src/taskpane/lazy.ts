/*
 * Screens the first screen does not need, each in its own chunk. Kept in one module so tests
 * (jest runs CommonJS, without dynamic import) can swap these loaders for plain requires.
 */
export const loadWizard = () => import(/* webpackChunkName: "wizard" */ "./components/Wizard/Wizard");
export const loadInsights = () => import(/* webpackChunkName: "insights" */ "./components/Insights/Insights");
/** The Chinese catalogue: only a pane shown in Chinese downloads it. */
export const loadChineseCatalog = () => import(/* webpackChunkName: "zh" */ "./i18n/zh").then((m) => m.zh);
