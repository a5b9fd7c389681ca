#!/usr/bin/env bash
# Saves screenshots of every page kind of the sample site at desktop (1280 px) and phone (375 px)
# width, with Debian's headless Chromium, for a person to look at before a theme change lands.
#   bench/screenshots.sh [OUT_DIR]      (default: ./screenshots; the site is built into OUT_DIR/site)
# The browser tests (tests/SiteGen.Tests/Browser) check the same pages with axe; this is for eyes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-screenshots}" && cd "${1:-screenshots}" && pwd)"
site="$out/site"
"$here/sitegen" build --source "$here" --out "$site" --as-of 2026-11-26 >/dev/null

# name=page, one per page kind (paths of the sample site)
pages=(
  home=index.html
  xxgk=xxgk/index.html
  fdzdgk=xxgk/fdzdgk/index.html
  column=xxgk/fdzdgk/zcwj/gfxwj/index.html
  year-archive=xxgk/fdzdgk/zcwj/gfxwj/year-2025.html
  repealed-list=xxgk/fdzdgk/zcwj/gfxwj/repealed.html
  document-attachments=xxgk/zcwj/2025/gfxwj-003.html
  document-repealed=xxgk/zcwj/2025/gfxwj-001.html
  interpretation=xxgk/zcjd/2026/zcjd-005.html
  consultation=xxgk/yjzj/2026/yjzj-003.html
  proposal=xxgk/jyta/2026/jyta-003.html
  annual-report=xxgk/nb/2025.html
  bulletin-home=gongbao/index.html
  bulletin-year=gongbao/2026/index.html
  bulletin-issue=gongbao/2026/04/index.html
  bulletin-article=gongbao/2026/04/art-01.html
  sitemap=sitemap.html
  404=404.html
)
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shot() { # name url width height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size="$3,$4" --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
}
for entry in "${pages[@]}"; do
  name="${entry%%=*}"; page="${entry#*=}"
  [ -f "$site/$page" ] || { echo "missing page: $page" >&2; exit 1; }
  shot "$name-1280" "file://$site/$page" 1280 1800
  shot "$name-375" "file://$site/$page" 375 2400
done
echo "screenshots in $out ($(ls "$out"/*.png | wc -l) files)"
