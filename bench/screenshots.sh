#!/usr/bin/env bash
# Saves full-page screenshots of every page kind of the sample site (the list in
# tests/SiteGen.Tests/Browser/SamplePages.cs) at desktop (1280 px) and phone (375 px) width, in the
# normal and the high-contrast reading mode, for a person to look at before a theme change lands.
#   bench/screenshots.sh [OUT_DIR]      (default: ./screenshots)
# It runs the browser layout test with SITEGEN_SCREENSHOTS set, so the pages pictured are the ones
# the test checks for sideways scrolling (Debian's headless Chromium, via Playwright).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-screenshots}" && cd "${1:-screenshots}" && pwd)"
"$here/scripts/install-deps.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$here/tests/SiteGen.Tests" -c Release --nologo -v quiet -clp:ErrorsOnly
SITEGEN_SCREENSHOTS="$out" dotnet test "$here/tests/SiteGen.Tests" -c Release --no-build --nologo \
  --filter "FullyQualifiedName~SiteGen.Tests.Browser.LayoutTests"
echo "screenshots in $out ($(ls "$out"/*.png | wc -l) files)"
