#!/usr/bin/env bash
# Side-by-side build timing of two SiteGen binaries on the same generated corpus, alternating runs
# so that both see the same machine (for restructuring and speed work: "is B slower than A?").
#   bench/ab.sh OLD_SITEGEN NEW_SITEGEN [DOCS] [ROUNDS]    (default 20000 documents, 5 rounds)
# OLD/NEW are published binaries (e.g. a copy of generator/SiteGen/bin/publish-linux-x64/sitegen).
# Prints the median wall and CPU (user+sys) seconds of each, its peak memory (max RSS) and the ratios NEW/OLD.
set -euo pipefail
old="${1:?usage: bench/ab.sh OLD_SITEGEN NEW_SITEGEN [DOCS] [ROUNDS]}"; new="${2:?usage}"
docs="${3:-20000}"; rounds="${4:-5}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/sitegen-ab-XXXXXX)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }
python3 "$here/../shared/tools/gencorpus.py" --docs "$docs" --out "$work/corpus" >/dev/null
cp "$here/site.yml" "$work/corpus/site.yml"
: > "$work/times"
for r in $(seq "$rounds"); do
  for side in old new; do
    bin="$old"; [ $side = new ] && bin="$new"
    # A fresh output folder per run, nothing deleted until the end (see bench/build.sh for why).
    /usr/bin/time -f "$side %e %U %S %M" -a -o "$work/times" "$bin" build --source "$work/corpus" --out "$work/out-$side-$r" --as-of 2026-06-30 >/dev/null 2>&1 \
      || { echo "$side build failed" >&2; exit 1; }
  done
done
python3 - "$work/times" <<'PY'
import sys, statistics
runs = {}
for line in open(sys.argv[1]):
    side, wall, user, sys_, kb = line.split(); runs.setdefault(side, []).append((float(wall), float(user) + float(sys_), int(kb)))
med = {s: (statistics.median(w for w, _, _ in v), statistics.median(c for _, c, _ in v), max(m for _, _, m in v) / 1024) for s, v in runs.items()}
for s in ("old", "new"):
    print(f"{s}: median wall {med[s][0]:6.2f} s  cpu {med[s][1]:6.2f} s  peak {med[s][2]:5.0f} MB   (wall: {', '.join(f'{w:.2f}' for w, _, _ in runs[s])}; cpu: {', '.join(f'{c:.2f}' for _, c, _ in runs[s])})")
print(f"new/old: wall {med['new'][0] / med['old'][0]:.3f}  cpu {med['new'][1] / med['old'][1]:.3f}  peak memory {med['new'][2] / med['old'][2]:.3f}")
PY
