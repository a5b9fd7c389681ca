#!/usr/bin/env bash
# Search benchmark at 20,000 documents: SiteGen's index against Pagefind on the same built pages.
#   bench/search/run.sh [DOCS] [WORKDIR]
# Prints: index build time (the build's "search index" stage), index size and file count, bytes
# loaded per query (cold: manifest and facets included) median/worst over the relevance query set,
# query time in node, and the same set's success rate and MRR; then the same for Pagefind 1.6.0
# (npm, run on the document pages only, its own client run in node with fetch served from disk).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
docs=${1:-20000}
work=${2:-/tmp/sitegen-search-bench}
mkdir -p "$work"
echo "machine: $(nproc) cores, $(uname -sr); node $(node --version); dotnet $(dotnet --version)"
if [ ! -d "$work/corpus/content" ]; then
  python3 "$repo/../shared/tools/gencorpus.py" --docs "$docs" --seed 7 --out "$work/corpus" >/dev/null 2>&1 ||
    python3 /work/shared/tools/gencorpus.py --docs "$docs" --seed 7 --out "$work/corpus" >/dev/null
  cp "$repo/site.yml" "$work/corpus/"
fi
# A new output folder each run: deleting the previous one just before the build would charge the
# build for the deletion (see docs/benchmarks.md); older ones are removed after it.
site="$work/public-$(date +%s)"
"$repo/sitegen" build --source "$work/corpus" --out "$site" --as-of 2026-01-01 --report "$work/report.json" >/dev/null
find "$work" -maxdepth 1 -name 'public-*' ! -path "$site" -exec rm -rf {} + 2>/dev/null || true
rm -rf "$work/corpus/public"   # where earlier versions of this script built
python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
stages = {s["stage"]: s["ms"] for s in r["stages"]}
print(f"sitegen: documents {r['counts']['documents']}, search index stage {stages['search index']/1000:.1f} s of {sum(stages.values())/1000:.1f} s build")
PY
idx="$site/search"
echo "sitegen index: $(find "$idx" -type f | wc -l) files, $(find "$idx" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f MB", s/1e6}')"
python3 "$here/make-queries.py" "$work/corpus" > "$work/queries.json"
node "$here/query.js" "$site" "$work/queries.json" > "$work/sitegen.json"
summary() {
  python3 - "$1" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))
b = sorted(x["bytes"] for x in r)
print(f"  bytes/query median {statistics.median(b)/1024:.0f} KB, worst {b[-1]/1024:.0f} KB; time median {statistics.median(x['ms'] for x in r):.0f} ms")
PY
  python3 "$here/score.py" "$work/queries.json" "$1" | python3 -c 'import json, sys; s = json.load(sys.stdin); print("  relevance: %s/%s as required, MRR %s, by kind %s" % (s["passed"], s["queries"], s["mrr"], s["by_kind"]))'
}
summary "$work/sitegen.json"
if [ ! -d "$work/npm/node_modules/pagefind" ] || [ ! -d "$work/npm/node_modules/playwright-core" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm install --silent pagefind@1.6.0 playwright-core@1.49.1 >/dev/null)
fi
echo "  time to first results in headless Chromium (page load included, cold cache, first 20 queries):"
(cd "$work/npm" && node "$here/browser-time.mjs" "$site" "$work/queries.json" 20) | sed 's/^/  /'
"$here/pagefind-site.sh" "$site" "$work/pf-site" "$work/npm"
echo "pagefind index: $(find "$work/pf-site/pagefind" -type f | wc -l) files, $(find "$work/pf-site/pagefind" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f MB", s/1e6}')"
node "$here/pagefind-query.mjs" "$work/pf-site" "$work/queries.json" > "$work/pagefind.json" 2>/dev/null
summary "$work/pagefind.json"
