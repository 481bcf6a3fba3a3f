/* eslint-disable no-undef */
/*
 * bundle.first_screen_gzip_bytes: every script the task pane page loads from the add-in itself
 * before the user does anything (office.js, from Microsoft's CDN, is not counted), at gzip -9.
 *
 * Measured in headless Chromium (test/e2e/harness.js) when it is installed: the built pane is
 * opened on an empty workbook (the first run), and every .js requested from the add-in's origin
 * until the first screen has rendered and the network is idle is counted — taskpane.html's script
 * tags (functions.js, which the shared runtime page loads too, and taskpane.js) and any chunk
 * loaded without being asked for. Without Chromium, the script tags of dist/taskpane.html alone
 * (`measured_by: "script tags"`), which misses such chunks.
 *
 *   node scripts/bench/firstScreen.js [--json]      (dist/ must be built: npm run build)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "../..");

function gzipBytes(dist, files) {
  return files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
}

/** The add-in's own scripts named by the page's <script src> tags (relative URLs), in order. */
function pageScripts(dist) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^[a-z]+:/i.test(src));
}

/**
 * The scripts the pane requested from its own origin before any interaction, as dist/ file names:
 * in English and with Office in Chinese (the Chinese catalogue is then part of the first screen).
 */
async function requestedScripts(dist) {
  const { startHarness } = require("../../test/e2e/harness");
  const h = await startHarness({ root: dist });
  const scripts = async (office) => {
    const pane = await h.openPane({ width: 320, office });
    const own = pane.requests
      .filter((u) => u.startsWith(h.server.origin + "/"))
      .map((u) => new URL(u).pathname.slice(1))
      .filter((p) => p.endsWith(".js"));
    await pane.close();
    return [...new Set(own)];
  };
  try {
    return { en: await scripts({}), zh: await scripts({ displayLanguage: "zh-CN" }) };
  } finally {
    await h.close();
  }
}

/**
 * { first_screen_gzip_bytes, first_screen_scripts, measured_by }, and with Chromium
 * first_screen_zh_gzip_bytes (Office in Chinese). `browser: false` skips Chromium (the script
 * tags only).
 */
async function firstScreenFigures({ dist = path.join(ROOT, "dist"), browser = true } = {}) {
  const chromium = browser && fs.existsSync(process.env.E2E_CHROMIUM || "/usr/bin/chromium");
  if (!chromium) {
    const scripts = pageScripts(dist);
    return {
      first_screen_gzip_bytes: gzipBytes(dist, scripts),
      first_screen_scripts: scripts,
      measured_by: "script tags",
    };
  }
  const { en, zh } = await requestedScripts(dist);
  return {
    first_screen_gzip_bytes: gzipBytes(dist, en),
    first_screen_zh_gzip_bytes: gzipBytes(dist, zh),
    first_screen_scripts: en,
    measured_by: "browser requests",
  };
}

module.exports = { firstScreenFigures, pageScripts, gzipBytes };

if (require.main === module) {
  const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, "dist");
  firstScreenFigures({ dist })
    .then((r) => {
      if (process.argv.includes("--json")) console.log(JSON.stringify(r));
      else
        console.log(
          `first_screen_gzip_bytes: ${r.first_screen_gzip_bytes.toLocaleString("en-US")} (${r.first_screen_scripts.join(" + ")}; ${r.measured_by})` +
            (r.first_screen_zh_gzip_bytes
              ? `; in Chinese ${r.first_screen_zh_gzip_bytes.toLocaleString("en-US")}`
              : ""),
        );
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
