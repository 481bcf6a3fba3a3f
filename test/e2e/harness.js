/* eslint-disable no-undef */
/*
 * The end-to-end harness: headless Debian Chromium (playwright-core) against the built task pane
 * in dist/, with office.js replaced by a local stub and the Excel model (test/excel-model/)
 * injected before any page script. Everything a test needs is here, so a new test reads as the user's steps:
 *
 *   const h = await startHarness();                       // server on 127.0.0.1 + browser
 *   const pane = await h.openPane({ width: 320 });        // loads taskpane.html, waits for the first screen
 *   await pane.page.getByRole("tab", { name: "New program" }).click();
 *   const excel = await pane.excel();                     // { log, syncs, warnings, snapshot, userChanges, formulaProblems }
 *   pane.assertClean();                                   // no page errors, no foreign requests, no CSP violations
 *   await h.close();
 *
 * Environment: E2E_CHROMIUM (default /usr/bin/chromium), E2E_DIST (default dist/), E2E_BUILD
 * (auto | always | never; see ensureBuilt), E2E_HEADED=1 to watch (needs a display).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { startServer } = require("./server");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.resolve(process.env.E2E_DIST || path.join(ROOT, "dist"));
const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PANE_WIDTHS = [270, 320, 350];
const PANE_HEIGHT = 800;

const OFFICE_STUB = fs.readFileSync(path.join(__dirname, "officeStub.js"), "utf8");

const EXCEL_MODEL_DIR = path.join(ROOT, "test", "excel-model");
let excelModelScript = null;

/**
 * The Excel model (test/excel-model/*.ts, no Node or jest imports) as one browser script: each
 * file transpiled with TypeScript's transpileModule to CommonJS, wrapped in a tiny module table,
 * and installExcelModel(window) called, all in one IIFE run before any page script. Built once
 * per process.
 */
function buildExcelModelScript() {
  if (excelModelScript) return excelModelScript;
  const ts = require("typescript");
  const files = fs.readdirSync(EXCEL_MODEL_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  const modules = files.map((f) => {
    const out = ts.transpileModule(fs.readFileSync(path.join(EXCEL_MODEL_DIR, f), "utf8"), {
      fileName: f,
      reportDiagnostics: false,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false },
    }).outputText;
    return `${JSON.stringify("./" + f.replace(/\.ts$/, ""))}: function (exports, require) {\n${out}\n}`;
  });
  excelModelScript = [
    "(function () {",
    "  if (window.__excel) return;",
    `  var modules = {\n${modules.join(",\n")}\n};`,
    "  var cache = {};",
    "  function load(name) {",
    "    if (cache[name]) return cache[name].exports;",
    "    if (!modules[name]) throw new Error('excel model: no module ' + name);",
    "    var module = (cache[name] = { exports: {} });",
    "    modules[name].call(module.exports, module.exports, load);",
    "    return module.exports;",
    "  }",
    "  load('./install').installExcelModel(window);",
    "})();",
  ].join("\n");
  return excelModelScript;
}

// ------------------------------------------------------------------ build

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Why dist/ needs a (production) build, or null when it is current. */
function buildReason() {
  const page = path.join(DIST, "taskpane.html");
  const script = path.join(DIST, "taskpane.js");
  if (!fs.existsSync(page) || !fs.existsSync(script)) return "dist/ has no built task pane";
  if (fs.readdirSync(DIST).some((f) => f.endsWith(".js.map"))) return "dist/ holds a development build (source maps)";
  const built = Math.min(fs.statSync(page).mtimeMs, fs.statSync(script).mtimeMs);
  const inputs = ["src", "assets", "webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json"];
  const changed = inputs.find((p) => newestMtime(path.join(ROOT, p)) > built);
  return changed ? `${changed} changed since dist/ was built` : null;
}

/**
 * Builds dist/ with `webpack --mode production` when it is missing, a development build, or older
 * than its sources. E2E_BUILD=always rebuilds every time, E2E_BUILD=never only checks it exists;
 * with E2E_DIST pointing elsewhere nothing is built.
 */
function ensureBuilt({ log = (m) => process.stderr.write(m + "\n") } = {}) {
  const mode = process.env.E2E_BUILD || "auto";
  if (process.env.E2E_DIST || mode === "never") {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error(`No built task pane in ${DIST}: run npm run build first.`);
    return false;
  }
  const reason = mode === "always" ? "E2E_BUILD=always" : buildReason();
  if (!reason) return false;
  log(`e2e: building dist/ (${reason}) …`);
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  return true;
}

// ------------------------------------------------------------------ browser

/** How long any wait for a state may take: the e2e test limit (180 s) less 30 s to report. */
const WAIT_FOR_STATE_MS = 150000;

/** Launches Debian's Chromium with a fresh profile directory (removed again by close()). */
async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium with \`apt-get update && apt-get install -y chromium fonts-wqy-microhei\` (or set E2E_CHROMIUM).`,
    );
  }
  const { chromium } = require("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pi-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !process.env.E2E_HEADED,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: PANE_HEIGHT },
    serviceWorkers: "block",
    locale: "en-US",
    timezoneId: "UTC",
    reducedMotion: "reduce",
  });
  for (const p of context.pages()) await p.close();
  // Every wait is for a state (a role, a text, a function), never for a time; its only bound is
  // the test's own limit (jest.e2e.config.js testTimeout, 180 s) less a margin for the report, so
  // a busy machine makes a test slower, not red. A hang still fails, with the locator named.
  context.setDefaultTimeout(WAIT_FOR_STATE_MS);
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Starts the static server and the browser together. */
async function startHarness({ root = DIST } = {}) {
  const server = await startServer({
    root,
    extra: {
      "/__e2e/blank.html": '<!doctype html><html lang="en"><head><title>e2e</title></head><body></body></html>',
    },
  });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.stop();
    throw e;
  }
  // Requests the panes' own recording cannot see (a popup, a worker, a page opened some other
  // way): any to another origin is recorded here and aborted.
  const contextForeign = [];
  const isOwn = (url) =>
    url.startsWith(server.origin + "/") || url === OFFICE_JS_URL || /^(data|blob|about):/.test(url);
  browser.context.on("request", (r) => {
    if (!isOwn(r.url())) contextForeign.push(r.url());
  });
  await browser.context.route("**/*", (route) =>
    isOwn(route.request().url()) ? route.fallback() : route.abort("blockedbyclient"),
  );
  // The add-in opens no WebSocket at all: every one is recorded and closed before it connects
  // (page.on("websocket") does not see one that never connects).
  await browser.context.routeWebSocket(/.*/, (ws) => {
    contextForeign.push(ws.url());
    ws.close();
  });
  const harness = {
    server,
    context: browser.context,
    /** Panes opened since the last request check (see checkRequests). */
    unchecked: [],
    contextForeign,
    openPane: (options) => openPane(harness, options),
    close: async () => {
      await browser.close();
      await server.stop();
      LIVE_HARNESSES.delete(harness);
      checkRequests(harness);
    },
  };
  LIVE_HARNESSES.add(harness);
  return harness;
}

// ------------------------------------------------------------------ requests: enforced for every test

const LIVE_HARNESSES = new Set();

/** A pane's requests that went anywhere but the add-in's own origin and office.js. */
function foreignRequests(pane, origin) {
  const offOrigin = pane.requests.filter(
    (u) => !u.startsWith(origin + "/") && u !== OFFICE_JS_URL && !/^(data|blob):/.test(u),
  );
  return [...new Set([...offOrigin, ...pane.foreign])];
}

/**
 * Throws when any pane opened since the last check, or anything else in the browser, requested
 * something other than the add-in's own origin and office.js. Runs after every test (below) and
 * in close(), whether or not the test called pane.assertClean(), so no browser test can pass
 * with a foreign request.
 */
function checkRequests(harness) {
  const panes = harness.unchecked.splice(0);
  const foreign = [
    ...panes.flatMap((p) => foreignRequests(p, harness.server.origin)),
    ...harness.contextForeign.splice(0),
  ];
  if (foreign.length)
    throw new Error(`requests outside the add-in's origin and office.js: ${[...new Set(foreign)].join(", ")}`);
}

// Under jest (the e2e tests require this file at their top level), after every test.
if (typeof afterEach === "function") {
  afterEach(() => {
    for (const harness of LIVE_HARNESSES) checkRequests(harness);
  });
}

/** office.js requirement sets the stub reports by default (officeStub.js), ExcelApi replaced by the model's. */
const OFFICE_REQUIREMENT_SETS = {
  ExcelApi: "1.20",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
  AddinCommands: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
};

/** The init script that runs before any page script: configuration, then the Excel model (test/excel-model/). */
function initScript({ excel = {}, office = {} } = {}) {
  // One host for both: the Excel model's host and ExcelApi version answer office.js's
  // requirement sets and platform too, unless the test sets those itself.
  const officeConfig = { ...office };
  if (excel.excelApi && !officeConfig.requirementSets)
    officeConfig.requirementSets = { ...OFFICE_REQUIREMENT_SETS, ExcelApi: excel.excelApi };
  if (excel.host && !officeConfig.platform)
    officeConfig.platform = { web: "OfficeOnline", windows: "PC", mac: "Mac" }[excel.host];
  return [
    "window.__excelConfig = " + JSON.stringify(excel) + ";",
    "window.__officeConfig = " + JSON.stringify(officeConfig) + ";",
    // CSP violations, so tests can assert the page keeps its own policy.
    "window.__cspViolations = [];",
    "document.addEventListener('securitypolicyviolation', function (e) { window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }); });",
    // First render: the first frame after #root shows text (performance.now() counts from navigation start).
    "(function () {",
    "  var seen = false;",
    "  var check = function () {",
    "    if (seen) return;",
    "    var root = document.getElementById('root');",
    "    var sel = window.__firstRenderSelector;",
    "    var el = sel ? document.querySelector(sel) : root;",
    "    if (el && el.textContent && el.textContent.trim() !== '') {",
    "      seen = true; obs.disconnect();",
    "      requestAnimationFrame(function () { window.__firstRenderMs = performance.now(); });",
    "    }",
    "  };",
    "  var obs = new MutationObserver(check);",
    "  obs.observe(document, { childList: true, subtree: true, characterData: true });",
    "})();",
    buildExcelModelScript(),
    // The workbook as it was before the add-in ran, to compare with at the end.
    "window.__excelInitialSnapshot = window.__excel.snapshot();",
  ].join("\n");
}

/**
 * Opens the task pane in a new page of `width` × `height` px. Options:
 *   excel: Excel model config (workbook, failAtSync, …), office: office stub config
 *   (displayLanguage, officeTheme, …), hash: "#new" etc., colorScheme, forcedColors,
 *   keepStorage (true: keep localStorage from earlier panes; default: start empty),
 *   waitFor: a selector or function(page) that says the first screen is there
 *   (default: #root shows text), firstRenderSelector.
 * Returns a pane: { page, requests, foreign, errors, consoleErrors, excel(), assertClean(), screenshot(name), close() }.
 */
async function openPane(harness, options = {}) {
  const { server, context } = harness;
  const width = options.width || 320;
  const height = options.height || PANE_HEIGHT;
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  if (options.colorScheme || options.forcedColors) {
    await page.emulateMedia({ colorScheme: options.colorScheme || null, forcedColors: options.forcedColors || null });
  }
  const requests = [];
  const foreign = [];
  const errors = [];
  const consoleErrors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("websocket", (ws) => foreign.push(ws.url()));
  page.on("popup", (p) => foreign.push(`popup: ${p.url()}`));
  page.on("pageerror", (e) => errors.push(e.stack || e.message || String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_STUB });
    }
    if (url.startsWith(server.origin + "/")) return route.continue();
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  const firstRenderSelector = options.firstRenderSelector;
  await page.addInitScript(
    (firstRenderSelector ? `window.__firstRenderSelector = ${JSON.stringify(firstRenderSelector)};\n` : "") +
      initScript({ excel: options.excel, office: options.office }),
  );
  if (options.keepStorage !== true) {
    // Panes share one browser profile: start each from empty storage (the pane remembers its last view there).
    await page.goto(server.url("__e2e/blank.html"));
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    requests.length = 0;
  }
  const url = server.url((options.page || "taskpane.html") + (options.hash || ""));
  await page.goto(url, { waitUntil: "load" });
  if (options.waitFor !== false) await waitForFirstScreen(page, options.waitFor);

  const pane = {
    page,
    width,
    requests,
    foreign,
    errors,
    consoleErrors,
    /** What the add-in did to the Excel model so far. */
    excel: () => excelState(page),
    /** Every request went to the add-in's own origin or to office.js; nothing failed on the page. */
    assertClean: async ({ allowConsoleErrors = [] } = {}) => {
      const offOrigin = foreignRequests(pane, server.origin);
      const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      const console = consoleErrors.filter((t) => !allowConsoleErrors.some((re) => re.test(t)));
      const problems = [];
      if (offOrigin.length)
        problems.push(`requests outside the add-in's origin and office.js: ${offOrigin.join(", ")}`);
      if (errors.length) problems.push(`page errors:\n${errors.join("\n")}`);
      if (console.length) problems.push(`console errors:\n${console.join("\n")}`);
      if (csp.length) problems.push(`Content-Security-Policy violations: ${JSON.stringify(csp)}`);
      if (problems.length) throw new Error(problems.join("\n\n"));
    },
    screenshot: (name, opts) => screenshot(page, name, opts),
    close: () => page.close(),
  };
  harness.unchecked.push(pane);
  return pane;
}

/** Waits until the first screen has rendered (#root shows text, or the given selector/function). */
async function waitForFirstScreen(page, waitFor) {
  if (typeof waitFor === "function") return waitFor(page);
  if (typeof waitFor === "string") return page.waitForSelector(waitFor, { state: "visible" });
  await page.waitForFunction(() => typeof window.__firstRenderMs === "number");
  // Let lazy chunks and the first Excel round trips settle.
  await page.waitForLoadState("networkidle").catch(() => undefined);
}

// ------------------------------------------------------------------ checks

/** The Excel model's state: log, syncs, warnings, workbook snapshot, user changes, formula problems. */
function excelState(page) {
  return page.evaluate(() => {
    const x = window.__excel;
    return {
      log: x.log,
      syncs: x.syncs,
      implicitSyncs: x.implicitSyncs,
      warnings: x.warnings,
      userChanges: x.userChanges,
      snapshot: x.snapshot(),
      initialSnapshot: window.__excelInitialSnapshot,
      formulaProblems: x.checkFormulas(),
      undoStackCleared: x.undoStackCleared,
      host: x.host,
      customFunctions: Object.keys(window.__customFunctions || {}),
      officeCalls: window.__officeCalls || [],
    };
  });
}

/**
 * Horizontal scrolling anywhere: the page scrolls sideways, an element that scrolls (overflow-x
 * auto/scroll, which a vertical scroll panel also gets) has content wider than itself, or an
 * element reaches past the right edge of the pane (scrolling, or cut off by a container that
 * clips). Offenders are described briefly so a failure says which.
 */
async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement || document.documentElement;
    const width = doc.clientWidth;
    const offenders = [];
    const describe = (el) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : "";
      const role = el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : "";
      return `${el.tagName.toLowerCase()}${id}${cls}${role} "${(el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
    };
    // Visually hidden content (clipped to nothing, for screen readers: a chart's data table) is
    // never drawn, so it cannot be cut off or scrolled to; the page-level check above still
    // catches it if it ever widened the page.
    const unseen = [];
    for (const el of document.querySelectorAll("body, body *")) {
      if (unseen.some((u) => u.contains(el))) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      if (
        style.position === "absolute" &&
        (style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)")
      ) {
        unseen.push(el);
        continue;
      }
      if (
        (style.overflowX === "auto" || style.overflowX === "scroll") &&
        el !== document.body &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        offenders.push(`${describe(el)} scrolls sideways (content ${el.scrollWidth} px in ${el.clientWidth} px)`);
        continue;
      }
      if (style.position === "fixed" || r.right <= width + 0.5) continue;
      // Past the right edge: a scrollbar, or content cut off by a clipping container. Either way
      // the user cannot read it. Only the outermost such element is reported.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5) continue;
      offenders.push(`${describe(el)} ends at ${Math.round(r.right)} px, past the pane's ${width} px`);
    }
    return {
      scrollWidth: doc.scrollWidth,
      clientWidth: width,
      scrolls: doc.scrollWidth > width,
      offenders: offenders.slice(0, 10),
    };
  });
}

const AXE_SOURCE_PATH = (() => {
  try {
    return require.resolve("axe-core/axe.min.js");
  } catch {
    return null;
  }
})();

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page. The script is evaluated from the
 * local node_modules copy through the DevTools protocol rather than added as a <script> tag, so
 * the page's own Content-Security-Policy (no inline scripts) does not block it and is not loosened.
 * Returns the violations, each with its impact, id, help and the offending nodes.
 */
async function runAxe(page, { include } = {}) {
  if (!AXE_SOURCE_PATH) throw new Error("axe-core is not installed: npm ci (it is a devDependency).");
  // Fluent UI buttons fade their colours over ~100 ms (CSS transitions). Checked mid-fade, a button
  // just enabled still shows its disabled colours and fails colour contrast on a slow machine, so
  // axe waits for running transitions (not endless animations such as spinners) to finish.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
    null,
  );
  const hasAxe = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!hasAxe) await page.evaluate(fs.readFileSync(AXE_SOURCE_PATH, "utf8"));
  return page.evaluate(async (inc) => {
    const result = await window.axe.run(inc ? document.querySelector(inc) : document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    // Fluent UI's focus management (tabster) puts aria-hidden, focusable sentinels around focus
    // zones on purpose; they forward focus at once and are a known axe false positive
    // (microsoft/tabster#288). Those nodes, and only those, are dropped from aria-hidden-focus.
    const sentinel = (n) => /data-tabster-dummy|data-is-focus-trap-zone-bumper="true"/.test(n.html);
    for (const v of result.violations) if (v.id === "aria-hidden-focus") v.nodes = v.nodes.filter((n) => !sentinel(n));
    return result.violations
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 160), summary: n.failureSummary })),
      }));
  }, include || null);
}

function seriousViolations(violations) {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

function describeViolations(violations) {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `   element ${n.html}\n   (${n.target}): ${n.summary}`).join("\n")}`,
    )
    .join("\n");
}

/**
 * The checks every screen must pass at the pane's current width: nothing scrolls sideways and
 * axe finds no serious or critical violation. Throws with the details otherwise.
 */
async function expectUsableScreen(pane, label) {
  const overflow = await horizontalOverflow(pane.page);
  if (overflow.scrolls || overflow.offenders.length) {
    throw new Error(
      `${label} at ${pane.width} px: scrolls sideways (page ${overflow.scrollWidth} px in ${overflow.clientWidth} px):\n${overflow.offenders.join("\n")}`,
    );
  }
  const serious = seriousViolations(await runAxe(pane.page));
  if (serious.length)
    throw new Error(
      `${label} at ${pane.width} px: serious or critical accessibility violations:\n${describeViolations(serious)}`,
    );
}

/** Saves a screenshot of the visible pane to docs/screenshots/<name>.png and returns its path. */
async function screenshot(page, name, { fullPage = false, blur = true } = {}) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Without the focus ring and selected text of the field typed in last, unless asked to keep it.
  if (blur)
    await page.evaluate(
      () => document.activeElement && document.activeElement !== document.body && document.activeElement.blur(),
    );
  const file = path.join(SCREENSHOTS, name.endsWith(".png") ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: "disabled", caret: "hide" });
  return file;
}

/** Visible text of the page, whitespace collapsed. */
function visibleText(page) {
  return page.evaluate(() => document.body.innerText.replace(/\s+/g, " ").trim());
}

module.exports = {
  ROOT,
  DIST,
  SCREENSHOTS,
  CHROMIUM,
  CHROMIUM_ARGS,
  OFFICE_JS_URL,
  PANE_WIDTHS,
  PANE_HEIGHT,
  ensureBuilt,
  buildReason,
  launchBrowser,
  startHarness,
  openPane,
  waitForFirstScreen,
  excelState,
  horizontalOverflow,
  runAxe,
  seriousViolations,
  describeViolations,
  expectUsableScreen,
  screenshot,
  visibleText,
  initScript,
  buildExcelModelScript,
  checkRequests,
  foreignRequests,
};
