/*
 * The scenario sheet's words in the two languages the pane speaks (scenarioWords.en.ts, .zh.ts).
 * The sheet is a snapshot a person reads (and forwards), so it is written in the language the
 * pane was in when it was saved.
 */
import type { SheetLanguage } from "../../engine";
import { SCENARIO_EN, type ScenarioWords } from "./scenarioWords.en";
import { SCENARIO_ZH } from "./scenarioWords.zh";

export type { ScenarioWords, SheetLanguage };

export const SCENARIO_WORDS: Readonly<Record<SheetLanguage, ScenarioWords>> = { en: SCENARIO_EN, zh: SCENARIO_ZH };
