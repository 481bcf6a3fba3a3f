/*
 * The Programs card's on-demand chunks (its confirmations, the More actions menu, Explain's
 * result, the cycle panel and the English words it waits for), loaded with the test file that
 * imports this one. In jest a dynamic import() is a require() of the module, evaluated the first
 * time a test opens what it shows: seconds of CPU on a busy machine, inside that test's time limit
 * (ChinesePane's "one program, two languages" ran out of its 60 s at load 16 this way). Loaded
 * here, the same modules are evaluated before any test's timer starts, and the pane's import()
 * finds them in jest's module registry.
 */
import "../../src/taskpane/components/Programs/cardDialogs";
import "../../src/taskpane/components/Programs/MoreActionsMenu";
import "../../src/taskpane/components/Explain/ExplainResult";
import "../../src/taskpane/components/Cycle/CyclePanel";
import "../../src/taskpane/i18n/en/screens";
