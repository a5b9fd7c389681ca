#!/usr/bin/env bash
# Installs what SiteGen's tests need on a fresh Debian machine: python3 for gencorpus,
# Chromium for the browser tests. Idempotent and quick when everything is present.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
command -v chromium >/dev/null || need+=(chromium)
# nginx serves the built site with deploy/nginx.conf in the deploy tests; openssl checks the manifest signature.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing: ${need[*]} (run as root or install them)" >&2
    exit 1
  fi
fi
