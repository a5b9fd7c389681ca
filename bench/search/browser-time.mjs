// Time from opening search.html?q=… to the first result on screen, in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core), from file:// and over HTTP. Each query gets a fresh
// browser context (cold cache). Usage: node browser-time.mjs SITE queries.json [N] (run from a folder
// where `npm install playwright-core` was run, or with NODE_PATH pointing at it).
import { createRequire } from "module";
import http from "http";
import fs from "fs";
import path from "path";
const require = createRequire(process.cwd() + "/");
const { chromium } = require("playwright-core");
const [site, queriesFile, nArg] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8")).slice(0, Number(nArg || 20));
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" };
const server = http.createServer((req, res) => {
  const file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(data);
  });
}).listen(0, "127.0.0.1");
await new Promise(r => server.on("listening", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic"] });
const bases = { file: "file://" + path.resolve(site) + "/search.html", http: `http://127.0.0.1:${server.address().port}/search.html` };
const out = {};
for (const [name, base] of Object.entries(bases)) {
  const times = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(base + "?q=" + encodeURIComponent(q.query));
    await page.waitForSelector("#search-results li, #search-status:has-text('没有找到')", { timeout: 30000 });
    times.push(Date.now() - t0);
    await context.close();
  }
  times.sort((a, b) => a - b);
  out[name] = { median_ms: times[Math.floor(times.length / 2)], worst_ms: times[times.length - 1], queries: times.length };
}
await browser.close();
server.close();
console.log(JSON.stringify(out));
