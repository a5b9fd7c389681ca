#!/usr/bin/env bash
# Runs every test. Installs what the tests need on a fresh machine first (scripts/install-deps.sh).
# --fast: only the fast tier (every test not marked [Slow]: no browser, server, generated corpus or
# child process, so nothing to install); other arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
fast=()
if [ "${1:-}" = "--fast" ]; then
  shift
  fast=(--filter "Tier!=Slow")
else
  ./scripts/install-deps.sh
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Warnings are errors here (Directory.Build.props), as in CI; never in a user's own build.
dotnet test SiteGen.sln -c Release -p:SiteGenWarningsAsErrors=true --logger "console;verbosity=normal" ${fast[@]+"${fast[@]}"} "$@"
