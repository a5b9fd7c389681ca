#!/usr/bin/env bash
# Runs every test. Installs what the tests need on a fresh machine first (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Warnings are errors here (Directory.Build.props), as in CI; never in a user's own build.
dotnet test SiteGen.sln -c Release -p:SiteGenWarningsAsErrors=true --logger "console;verbosity=normal" "$@"
