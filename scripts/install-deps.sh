#!/usr/bin/env bash
# Installs what SiteGen's tests need on a fresh Debian machine: python3 for gencorpus,
# Chromium for the browser tests, java and npm for the Nu HTML Checker. Idempotent and quick when everything is present.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
command -v npm >/dev/null || need+=(npm)
# nginx serves the built site with deploy/nginx.conf in the deploy tests; openssl checks the manifest signature.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
# gzip checks the .gz files SiteGen's own compressor writes (tests only).
command -v gzip >/dev/null || need+=(gzip)
# unzip, 7-Zip and bsdtar read back the offline zips (zip64 included) in the archive tests.
command -v unzip >/dev/null || need+=(unzip)
command -v 7z >/dev/null || command -v 7zz >/dev/null || need+=(7zip)
command -v bsdtar >/dev/null || need+=(libarchive-tools)
# pdftotext and pdfinfo (poppler-utils) read the 依申请公开 form's PDF and the policy PDFs back in the tests
# (ApplicationPageTests, PolicyPdfTests); poppler-data maps their STSong-Light (UniGB-UTF16-H) text.
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || need+=(poppler-utils)
[ -d /usr/share/poppler/cMap ] || need+=(poppler-data)
# rsync publishes a site in the CI templates that `sitegen init` writes (tests/…/Adoption); curl fetches a release by URL there.
command -v rsync >/dev/null || need+=(rsync)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing: ${need[*]} (run as root or install them)" >&2
    exit 1
  fi
fi
# The Nu HTML Checker (vnu.jar, run with java) for the theme's HTML validity test: a pinned npm
# package in .tools/ (git-ignored); --ignore-scripts since only the jar is needed.
vnu_version=26.9.27
vnu_dir="$(cd "$(dirname "$0")/.." && pwd)/.tools/vnu"
if ! grep -qs "\"version\": \"$vnu_version\"" "$vnu_dir/node_modules/vnu-jar/package.json"; then
  mkdir -p "$vnu_dir"
  npm install --prefix "$vnu_dir" --no-audit --no-fund --ignore-scripts --silent "vnu-jar@$vnu_version" >/dev/null
fi
