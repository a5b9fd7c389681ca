// Runs Pagefind's own search client (SITE/pagefind/pagefind.js) in node with fetch served from disk,
// counting the bytes of every file it fetches: `node pagefind-query.mjs SITE queries.json`.
// Per query: a fresh client (cold, like ours), search, then data() for the top 10 (their URLs).
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
const [site, queriesFile] = process.argv.slice(2);
const bundle = path.join(site, "pagefind");
let bytes = 0;
globalThis.fetch = async (url) => {
  const u = new URL(String(url), pathToFileURL(bundle + "/"));
  const file = decodeURIComponent(u.pathname);
  const data = fs.readFileSync(file);
  bytes += data.length;
  return new Response(data, { headers: { "content-type": file.endsWith(".wasm") || file.includes("wasm") ? "application/wasm" : "application/octet-stream" } });
};
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const out = [];
for (const q of queries) {
  const pf = await import(pathToFileURL(path.join(bundle, "pagefind.js")).href + "?fresh=" + out.length);
  await pf.options({ basePath: pathToFileURL(bundle + "/").href });
  bytes = 0;
  const t0 = performance.now();
  const r = await pf.search(q.query);
  const top = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  out.push({ query: q.query, total: r.results.length, urls: top.map(d => decodeURIComponent(d.raw_url || d.url).replace(/^\/+/, "")), bytes, ms: performance.now() - t0 });
}
process.stdout.write(JSON.stringify(out, null, 1));
