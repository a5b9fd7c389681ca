// Runs SiteGen's search client (themes/default/static/js/search-core.js) in node against a built
// site, for the benchmark: `node query.js SITE_DIR queries.json` prints, per query, the ranked
// result URLs and the bytes of index parts it loaded. Index parts are read from disk and run with
// node's vm module, the way a browser runs them from <script> elements.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const [site, queriesFile, limitArg] = process.argv.slice(2);
const core = path.join(__dirname, "..", "..", "themes", "default", "static", "js", "search-core.js");
const limit = Number(limitArg || 10);

function fresh() {
  const sandbox = { console, Promise, Uint8Array, Int16Array, Int32Array, Float64Array, Math, Object, String, Array };
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(core, "utf8"), sandbox);
  const bytes = {};
  sandbox.SiteGenSearch.configure({
    base: path.join(site, "search") + "/",
    loader: (file, id) => setImmediate(() => {
      const text = fs.readFileSync(file);
      bytes[id] = text.length;
      vm.runInContext(text.toString("utf8"), sandbox);
    }),
  });
  return { api: sandbox.SiteGenSearch, bytes };
}

(async () => {
  const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
  const out = [];
  for (const q of queries) {
    const { api, bytes } = fresh(); // cold: every query pays for the manifest and facets too
    const t0 = process.hrtime.bigint();
    const r = await api.query(q.query, { limit });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    out.push({ query: q.query, total: r.total, urls: r.results.map(x => x.url), bytes: Object.values(bytes).reduce((a, b) => a + b, 0), parts: Object.keys(bytes).length, ms });
  }
  process.stdout.write(JSON.stringify(out, null, 1));
})();
