#!/usr/bin/env bash
# Copies the document pages of a built SiteGen site (not lists, home, sitemap) into DEST with
# data-pagefind-body on <main>, so Pagefind indexes what SiteGen's index holds, then runs Pagefind.
# Usage: pagefind-site.sh SITE DEST PAGEFIND_DIR (a folder where `npm install pagefind` was run)
set -euo pipefail
site=$1 dest=$2 pf=$3
rm -rf "$dest" && mkdir -p "$dest"
python3 - "$site" "$dest" <<'PY'
import os, re, sys
site, dest = sys.argv[1:]
doc = re.compile(r"(^|/)(doc-[^/]*|art-[^/]*|xxgk/nb/\d{4})\.html$")
for folder, _, files in os.walk(site):
    for f in files:
        rel = os.path.relpath(os.path.join(folder, f), site)
        if not doc.search(rel):
            continue
        os.makedirs(os.path.join(dest, os.path.dirname(rel)), exist_ok=True)
        html = open(os.path.join(site, rel), encoding="utf-8").read().replace('<main id="main"', '<main data-pagefind-body id="main"', 1)
        open(os.path.join(dest, rel), "w", encoding="utf-8").write(html)
PY
start=$(date +%s.%N)
(cd "$pf" && npx pagefind --site "$dest" >/dev/null)
echo "pagefind_seconds $(python3 -c "print(round($(date +%s.%N) - $start, 1))")"
