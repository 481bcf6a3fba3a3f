/* eslint-disable no-undef */
/**
 * A tiny static file server for the built add-in (dist/), for the end-to-end tests only.
 * Listens on 127.0.0.1 on a free port (plain http: the browser talks to nothing else), serves
 * files under the root and nothing outside it, and never caches, so every navigation loads the
 * current build.
 *
 *   const { startServer } = require("./server");
 *   const server = await startServer({ root: "dist" });   // server.origin, server.url("taskpane.html")
 *   await server.stop();
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/**
 * Starts serving `root`. Resolves to { origin, port, url(relative), requests, stop() };
 * `requests` lists every path asked for, in order (tests can check what the page fetched).
 * `extra` maps URL paths to HTML served in addition to the files (e.g. a blank page for tests).
 */
function startServer({ root, host = "127.0.0.1", port = 0, extra = {} } = {}) {
  const base = path.resolve(root);
  const requests = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push({ method: req.method, path: urlPath });
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (Object.prototype.hasOwnProperty.call(extra, urlPath)) {
      const body = Buffer.from(extra[urlPath]);
      res.writeHead(200, {
        "Content-Type": TYPES[".html"],
        "Content-Length": body.length,
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    let file = path.join(base, urlPath);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
      const body = fs.readFileSync(file);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      const origin = `http://${host}:${actual}`;
      resolve({
        origin,
        port: actual,
        requests,
        url: (relative = "") => `${origin}/${relative.replace(/^\//, "")}`,
        stop: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startServer };

if (require.main === module) {
  // node test/e2e/server.js [root] — serve by hand to look at the built pane in a browser.
  startServer({ root: process.argv[2] || path.resolve(__dirname, "../../dist") }).then((s) =>
    console.log(`serving ${process.argv[2] || "dist/"} at ${s.url("taskpane.html")} (Ctrl+C stops)`),
  );
}
