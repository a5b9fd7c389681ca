#!/usr/bin/env bash
# Byte-identity check for restructuring work: are two built sites the same, file for file?
#   bench/same-output.sh OLD_OUT NEW_OUT
# The signed manifest (.sitegen/manifest.json) records the source commit, which differs between
# two checkouts of the same content, so it is compared with its "commit" field blanked; every other
# file must be byte-identical. Exit 0 when identical, 1 with the differing paths otherwise.
set -euo pipefail
old="${1:?usage: bench/same-output.sh OLD_OUT NEW_OUT}"; new="${2:?usage: bench/same-output.sh OLD_OUT NEW_OUT}"
status=0
if ! diff -rq --exclude=manifest.json "$old" "$new"; then status=1; fi
strip() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); m.pop('commit',None); m.pop('signature',None); print(json.dumps(m,sort_keys=True))" "$1"; }
if [ -f "$old/.sitegen/manifest.json" ] || [ -f "$new/.sitegen/manifest.json" ]; then
  if ! cmp -s <(strip "$old/.sitegen/manifest.json") <(strip "$new/.sitegen/manifest.json"); then
    echo "Files $old/.sitegen/manifest.json and $new/.sitegen/manifest.json differ (beyond the commit)"; status=1
  fi
fi
[ $status = 0 ] && echo "identical: $(find "$new" -type f | wc -l) files"
exit $status
