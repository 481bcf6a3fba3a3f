/*
 * The scanner behind test/security/network.test.ts: every way a web page can reach the network
 * (or navigate, or open another window), as patterns over code. Used on src/ (comments removed)
 * and on the built bundle in dist/ (minified). Findings a library legitimately needs are listed,
 * one by one with the reason, in network.test.ts; everything else fails.
 */
import * as ts from "typescript";

export interface Rule {
  id: string;
  /** What the pattern catches, for the failure message. */
  what: string;
  pattern: RegExp;
  /** Only for these kinds of input (default: both). */
  only?: "source" | "bundle";
}

/** Element names that load something (or navigate, or submit) when created with a URL. */
const LOADING_ELEMENTS = "script|link|img|image|iframe|frame|object|embed|audio|video|source|track|form|a|base|meta|use";

export const RULES: Rule[] = [
  { id: "fetch", what: "fetch()", pattern: /\bfetch\b/g },
  { id: "xhr", what: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/g },
  { id: "beacon", what: "navigator.sendBeacon", pattern: /\bsendBeacon\b/g },
  { id: "websocket", what: "WebSocket", pattern: /\bWebSocket\b/g },
  { id: "eventsource", what: "EventSource", pattern: /\bEventSource\b/g },
  { id: "webrtc", what: "WebRTC / WebTransport", pattern: /\b(RTCPeerConnection|webkitRTCPeerConnection|WebTransport)\b/g },
  { id: "importScripts", what: "importScripts()", pattern: /\bimportScripts\b/g },
  { id: "worker", what: "new Worker / SharedWorker", pattern: /\bnew\s+(Shared)?Worker\s*\(/g },
  { id: "serviceWorker", what: "navigator.serviceWorker", pattern: /\bserviceWorker\b/g },
  { id: "open", what: "window.open() (or any .open( call)", pattern: /\.\s*open\s*\(/g },
  {
    id: "officeWindow",
    what: "Office dialogs and browser windows",
    pattern: /\b(openBrowserWindow|displayDialogAsync)\b/g,
  },
  { id: "image", what: "new Image() / new Audio()", pattern: /\bnew\s+(Image|Audio)\b/g },
  {
    id: "urlProperty",
    what: "a URL property set at run time (.src =, .srcset =, .href =, .poster =)",
    pattern: /\.\s*(src|srcset|href|poster)\s*=(?![=>])/g,
  },
  {
    id: "urlAttribute",
    what: "a URL attribute set at run time (setAttribute('src'|'href'|…))",
    pattern:
      /\bsetAttribute(NS)?\s*\(\s*(?:[^,()]+,\s*)?["'`](src|srcset|href|xlink:href|action|formaction|poster|data|ping|background)["'`]/g,
  },
  {
    id: "createElement",
    what: "an element that loads a URL created at run time (createElement('script'|'link'|'img'|…))",
    pattern: new RegExp(`\\bcreateElement(NS)?\\s*\\(\\s*(?:[^,()]+,\\s*)?["'\`](${LOADING_ELEMENTS})["'\`]`, "g"),
  },
  { id: "postMessage", what: "postMessage (to another window or origin)", pattern: /\bpostMessage\b/g },
  {
    id: "navigate",
    what: "navigation (location =, location.href =, location.assign/replace)",
    // (not a declaration: `const location = "A1"` is a variable of that name)
    pattern: /(?<!\b(?:const|let|var)\s+)\blocation\s*(\.\s*href\s*)?=(?![=>])|\blocation\s*\.\s*(assign|replace)\s*\(/g,
  },
  { id: "submit", what: "form submission", pattern: /\.\s*(submit|requestSubmit)\s*\(/g },
  { id: "cssUrl", what: "a CSS url() or @import of another host", pattern: /url\(\s*["']?(https?:)?\/\/|@import\b/g },
  { id: "absoluteUrl", what: "an absolute http(s) URL in code", pattern: /\bhttps?:\/\/[^\s"'`)<>\\]*/g },
  {
    id: "dynamicImport",
    what: "import() of anything but a relative path (webpack bundles relative ones into chunks)",
    pattern: /\bimport\s*\((?!\s*["'`]\.{1,2}\/)/g,
    only: "source",
  },
  {
    id: "reactResource",
    what: "ReactDOM.preload / preinit / preconnect / prefetchDNS",
    pattern: /\b(preload|preloadModule|preinit|preinitModule|preconnect|prefetchDNS)\s*\(/g,
    only: "source",
  },
];

export interface Finding {
  rule: string;
  what: string;
  match: string;
  /** Character offset of the match. */
  index: number;
  /** Up to 300 characters either side, for allow-list entries and messages. */
  context: string;
}

/** Every rule's matches in `code`. */
export function scan(code: string, kind: "source" | "bundle"): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.only && rule.only !== kind) continue;
    for (const m of code.matchAll(rule.pattern)) {
      const index = m.index ?? 0;
      findings.push({
        rule: rule.id,
        what: rule.what,
        match: m[0],
        index,
        context: code.slice(Math.max(0, index - 300), index + m[0].length + 300),
      });
    }
  }
  return findings;
}

/** JSX attributes that make an intrinsic element load or navigate to a URL. */
const URL_PROPS = new Set(["src", "srcSet", "href", "xlinkHref", "xlink:href", "action", "formAction", "poster", "data", "ping", "background"]);
const LOADING_TAGS = new Set(LOADING_ELEMENTS.split("|"));

/**
 * A source file's findings: the rules over its code without comments, and from its syntax tree
 * every JSX element that loads a URL (<img>, <script>, <link>, <iframe>, <a>, <form> …) and every
 * URL prop (src, href, action …) on a DOM element.
 */
export function scanSource(code: string, fileName = "file.tsx"): Finding[] {
  const stripped = withoutComments(code, fileName);
  const findings = scan(stripped, "source");
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const add = (rule: string, what: string, node: ts.Node) => {
    const index = node.getStart(sf);
    const match = node.getText(sf).slice(0, 80);
    findings.push({ rule, what, match, index, context: code.slice(Math.max(0, index - 300), index + 300) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(sf);
      const intrinsic = /^[a-z]/.test(tag);
      if (intrinsic && LOADING_TAGS.has(tag)) add("jsxElement", "a JSX element that loads a URL (<img>, <script>, <a> …)", node);
      if (intrinsic)
        for (const attr of node.attributes.properties)
          if (ts.isJsxAttribute(attr) && URL_PROPS.has(attr.name.getText(sf)))
            add("jsxUrlProp", "a URL prop on a DOM element (src=, href=, action= …)", attr);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

/**
 * TypeScript/TSX source with its comments blanked out (newlines kept), so documentation links
 * and prose in comments are not findings while every string and expression is.
 */
export function withoutComments(code: string, fileName = "file.tsx"): string {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const ranges: ts.CommentRange[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind !== ts.SyntaxKind.JsxText) {
      ranges.push(...(ts.getLeadingCommentRanges(code, node.getFullStart()) ?? []));
      ranges.push(...(ts.getTrailingCommentRanges(code, node.getEnd()) ?? []));
    }
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  const chars = code.split("");
  for (const r of ranges) for (let i = r.pos; i < r.end; i++) if (chars[i] !== "\n") chars[i] = " ";
  return chars.join("");
}

// ------------------------------------------------------------------ Content-Security-Policy

/** The task pane's policy, directive by directive, with every source it may list. */
export type CspAllowList = Record<string, string[]>;

export function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // A repeated directive is ignored by browsers after the first; repeating one is still a change.
    directives.set(directives.has(key) ? `${key} (repeated)` : key, sources);
  }
  return directives;
}

/**
 * What differs between a policy and the allow-list: a directive added or missing, a source
 * added, missing or repeated in any directive. Empty when the policy is exactly the allowed one.
 */
export function cspProblems(csp: string, allowed: CspAllowList): string[] {
  const problems: string[] = [];
  const directives = parseCsp(csp);
  if (directives.size === 0) return ["no Content-Security-Policy"];
  for (const [name, sources] of directives) {
    const allowedSources = allowed[name];
    if (!allowedSources) {
      problems.push(`directive not in the allow-list: ${name} ${sources.join(" ")}`);
      continue;
    }
    for (const s of sources) if (!allowedSources.includes(s)) problems.push(`${name}: source not allowed: ${s}`);
    for (const s of allowedSources) if (!sources.includes(s)) problems.push(`${name}: allowed source missing: ${s}`);
    if (new Set(sources).size !== sources.length) problems.push(`${name}: a source is repeated`);
  }
  for (const name of Object.keys(allowed)) if (!directives.has(name)) problems.push(`directive missing: ${name}`);
  return problems;
}

/** The content of the page's one Content-Security-Policy meta tag (null when there is none). */
export function cspOfPage(html: string): { csp: string | null; count: number } {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/gi)];
  const content = metas[0] ? /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(metas[0][0]) : null;
  return { csp: content ? (content[1] ?? content[2]) : null, count: metas.length };
}
