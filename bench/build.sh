#!/usr/bin/env bash
# Build benchmark: SiteGen vs Hugo on the same generated corpus, side by side in one run.
#   bench/build.sh [DOCS] [ROUNDS]      (default 20000 documents, 3 alternating rounds)
# Prints documents per second, wall time and peak memory (max RSS) of each tool, and the ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-20000}"
rounds="${2:-3}"
shared="$here/../shared"
work="$(mktemp -d /tmp/sitegen-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
command -v hugo >/dev/null || { echo "hugo missing: apt-get install -y --no-install-recommends hugo" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }

python3 "$shared/tools/gencorpus.py" --docs "$docs" --out "$work/corpus" >/dev/null
cp "$here/site.yml" "$work/corpus/site.yml"
"$here/sitegen" --help >/dev/null 2>&1 || true   # build the generator outside the timing
published=$(python3 -c "import json,sys; print(sum(1 for d in json.load(open('$work/corpus/truth.json'))['docs'] if d['public']))")

measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb < "$work/time"
  echo "$name $secs $kb"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(dotnet --version | sed 's/^/dotnet /'); $(hugo version | cut -d' ' -f1-2)"
echo "corpus: $docs generated documents (+ bulletin articles), $published published"
results=()
# Every run builds into a new folder and nothing is deleted until all rounds are done: on ext4
# without a journal (as on these VMs) creating a file skips every inode deleted in the last 60 s
# (360 s while its inode table block is dirty), so a run right after deleting a big tree pays
# seconds for the deletion, whichever tool made the tree. A fresh folder is also what CI sees.
for r in $(seq "$rounds"); do
  results+=("$(measure sitegen "$here/sitegen" build --source "$work/corpus" --out "$work/sg-out-$r" --as-of 2026-06-30)")
  results+=("$(measure hugo hugo --source "$shared/bench/hugo" --contentDir "$work/corpus/content" --destination "$work/hugo-out-$r" --quiet)")
done
printf '%s\n' "${results[@]}" | python3 -c "
import sys, statistics
rows = [l.split() for l in sys.stdin if l.strip()]
by = {}
for name, secs, kb in rows: by.setdefault(name, []).append((float(secs), int(kb)))
pub = $published
for name, vals in by.items():
    t = statistics.median(v[0] for v in vals); m = max(v[1] for v in vals) / 1024
    print(f'{name:8} median {t:6.2f} s  {pub / t:8.0f} docs/s  peak {m:7.0f} MB   (runs: {\", \".join(f\"{v[0]:.2f}\" for v in vals)})')
sg_t = statistics.median(v[0] for v in by['sitegen']); hu_t = statistics.median(v[0] for v in by['hugo'])
sg_m = max(v[1] for v in by['sitegen']); hu_m = max(v[1] for v in by['hugo'])
print(f'ratio    time {sg_t / hu_t:.2f} of Hugo (target <= 0.50)   memory {sg_m / hu_m:.2f} of Hugo (target <= 0.50)')
"
echo "output files: sitegen $(find "$work/sg-out-1" -type f | wc -l), hugo $(find "$work/hugo-out-1" -type f | wc -l)"
echo "(deleting this run's $(du -sh "$work" | cut -f1) now: wait 6 minutes before timing anything else on this disk, see docs/benchmarks.md)"
