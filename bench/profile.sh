#!/usr/bin/env bash
# Where a build's processor time goes, with the names of the compiled (ReadyToRun) methods.
#   bench/profile.sh SITE_DIR [self|incl|under|callers] [PATTERN] [N]
# Publishes SiteGen as ./sitegen does, plus a symbol map of the composite image (crossgen2's
# r2rmap), records `sitegen build` with Linux perf into tmpfs, and prints the top methods by
# samples: "self" (where the processor was), "incl" (methods on the stack, matching PATTERN if
# given), "under PATTERN" (what runs below the first frame matching PATTERN) or "callers PATTERN"
# (the three frames above it). perf alone shows the compiled image as one unknown blob; profiling
# the JIT build instead (SITEGEN_JIT=1) weighs methods differently from what users run.
# Needs: perf (apt-get install linux-perf), python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:?usage: bench/profile.sh SITE_DIR [self|incl|under|callers] [PATTERN] [N]}"
mode="${2:-self}"
pattern="${3:-.}"
top="${4:-40}"
command -v perf >/dev/null || { echo "perf missing: apt-get install -y linux-perf" >&2; exit 2; }
work="$(mktemp -d /tmp/sitegen-profile-XXXXXX)"
out="$(mktemp -d /dev/shm/sitegen-profile-out-XXXXXX)"
trap 'rm -rf "$work" "$out"' EXIT
bin="$here/generator/SiteGen/bin/profile-linux-x64"
if [ ! -f "$bin/sitegen.r2r.ni.r2rmap" ] || [ -n "$(find "$here/generator" "$here/themes" -newer "$bin/sitegen.r2r.ni.r2rmap" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; then
  echo "profile: publishing SiteGen with its symbol map (a minute or two)…" >&2
  # The build ./sitegen publishes (SiteGen.csproj sets it up for a platform), plus the symbol map.
  dotnet publish "$here/generator/SiteGen/SiteGen.csproj" -c Release -r linux-x64 -p:PublishReadyToRunEmitSymbols=true \
    -o "$bin" --nologo -v quiet -clp:ErrorsOnly >&2
fi
perf record -q -F 2999 -g -o "$work/perf.data" -- "$bin/sitegen" build --source "$site" --out "$out/site" >/dev/null 2>&1 || true
perf script -i "$work/perf.data" -F comm,ip,sym,dso 2>/dev/null > "$work/stacks.txt"
python3 "$here/bench/profile.py" "$bin/sitegen.r2r.dll" "$bin/sitegen.r2r.ni.r2rmap" "$work/stacks.txt" "$mode" "$pattern" "$top"
