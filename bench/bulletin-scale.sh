#!/usr/bin/env bash
# 公报 archive at scale: 30 years × 24 issues × ~10 articles (plus DOCS other documents), built
# once with stage times, then the 公报数据库 measured in headless Chromium from file://.
#   bench/bulletin-scale.sh [DOCS]      (default 5000)
# Prints the build's stages (wall and CPU), the zip sizes, and the database page's first-view
# bytes and filtering times (tests/SiteGen.Tests/Browser/BulletinDatabaseScaleTests.cs).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-5000}"
shared="$here/../shared"; [ -d "$shared" ] || shared="$here/../../shared"
work="$(mktemp -d /tmp/sitegen-bulletin-scale-XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 "$shared/tools/gencorpus.py" --docs "$docs" --years 1996-2025 --issues-per-year 24 --articles 10 --out "$work/corpus"
cp "$here/site.yml" "$work/corpus/site.yml"
"$here/sitegen" --help >/dev/null 2>&1 || true   # build the generator outside the timing
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version | sed 's/^/dotnet /')"
"$here/sitegen" build --source "$work/corpus" --out "$work/out" --as-of 2026-11-26 --verbose 2>/dev/null | grep -v '^$'
echo "zips: whole archive $(du -h "$work/out/gongbao/gongbao-all.zip" | cut -f1), one year $(du -h "$work/out/gongbao/2025/gongbao-2025.zip" | cut -f1), all years $(du -ch "$work"/out/gongbao/*/gongbao-*.zip | tail -1 | cut -f1)"
dotnet build "$here/tests/SiteGen.Tests" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
SITEGEN_BULLETIN_SCALE_OUT="$work/out" dotnet test "$here/tests/SiteGen.Tests" -c Release --no-build \
  --filter "FullyQualifiedName~BulletinDatabaseScaleTests" --logger "console;verbosity=detailed" | grep -E "first view|all years|Passed!|Failed"
