#!/usr/bin/env bash
# Watch benchmark: how long `sitegen serve --watch` takes to rebuild after an editor changes the
# front matter of one document (title, date into another year, category into another column).
#   bench/watch.sh [DOCS] [ROUNDS]      (default 20000 documents, 3 edits)
# Each edit is timed by the server itself (the "已重新生成（…，N 毫秒）" line); the next edit waits
# until the background refresh (search index, offline zips, manifest) has been swapped in, so
# every figure is an edit on a quiet server. The machine is shared: run it a few times.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
docs="${1:-20000}"
rounds="${2:-3}"
shared="$here/../shared"; [ -d "$shared" ] || shared="$here/../../shared"   # a worktree sits one level deeper
work="$(mktemp -d /tmp/sitegen-watch-XXXXXX)"
pid=""
cleanup() { if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

python3 "$shared/tools/gencorpus.py" --docs "$docs" --out "$work/corpus" >/dev/null
cp "$here/site.yml" "$work/corpus/site.yml"
"$here/sitegen" --help >/dev/null 2>&1 || true   # build the generator outside the timing
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version | sed 's/^/dotnet /')"

"$here/sitegen" serve --watch --source "$work/corpus" --out "$work/out" --as-of 2026-06-30 --verbose --bind 127.0.0.1 --port 0 >"$work/log" 2>"$work/err" &
pid=$!
started=$(date +%s)
until grep -q "正在监视" "$work/log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.5
done
echo "corpus: $docs generated documents; first full build and priming took $(( $(date +%s) - started )) s"

# A published 工作动态 item: its edits move it between columns and years.
doc=$(python3 -c "
import json
t = json.load(open('$work/corpus/truth.json'))
print(next(d['path'] for d in t['docs'] if d['public'] and d['category'] == '工作动态' and not d['bulletin']))")
echo "edited document: $doc"

count() { grep -c "$1" "$work/log" || true; }
wait_for() { # pattern, previous count
  local deadline=$(( $(date +%s) + 300 ))
  while [ "$(count "$1")" -le "$2" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for $1" >&2; tail -5 "$work/log" >&2; exit 1; }
    sleep 0.1
  done
}
for r in $(seq "$rounds"); do
  rebuilt=$(count "已重新生成"); refreshed=$(count "已更新")
  python3 - "$work/corpus/$doc" "$r" <<'EOF'
import re, sys
path, r = sys.argv[1], int(sys.argv[2])
text = open(path, encoding='utf-8').read()
head, body = text[4:].split('\n---\n', 1)
head = re.sub(r'(?m)^title: (.*)$', lambda m: f'title: {m.group(1)}（第{r}次修改）', head)
head = re.sub(r'(?m)^date: (\d{4})', lambda m: f'date: {int(m.group(1)) - 1 if r % 2 else int(m.group(1)) + 1}', head)
head = re.sub(r'(?m)^category: .*$', 'category: ' + ('通知公告' if r % 2 else '工作动态'), head)
open(path, 'w', encoding='utf-8').write('---\n' + head + '\n---\n' + body)
EOF
  wait_for "已重新生成" "$rebuilt"
  grep -A1 "已重新生成" "$work/log" | tail -2 | sed "s/^/edit $r: /"
  wait_for "已更新" "$refreshed"
  grep "已更新" "$work/log" | tail -1 | sed "s/^/       /"
done
grep -q "错误" "$work/log" && { grep "错误" "$work/log" >&2; exit 1; }
true
