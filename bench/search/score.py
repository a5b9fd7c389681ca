#!/usr/bin/env python3
"""score.py queries.json results.json: per kind and overall, how many queries met their rank
(1 for 文号 and titles, 3 for fragments and body phrases), and MRR over the top 10."""
import json
import sys

queries = json.load(open(sys.argv[1], encoding="utf-8"))
results = {r["query"]: r for r in json.load(open(sys.argv[2], encoding="utf-8"))}
kinds, ok, rr, misses = {}, 0, 0.0, []
for q in queries:
    urls = results[q["query"]]["urls"][:10]
    rank = next((i + 1 for i, u in enumerate(urls) if u in q["expect"]), None)
    rr += 1 / rank if rank else 0
    k = kinds.setdefault(q["kind"], [0, 0])
    k[1] += 1
    if rank and rank <= q["rank"]:
        ok += 1
        k[0] += 1
    else:
        misses.append((q["kind"], q["query"], rank))
print(json.dumps({"queries": len(queries), "passed": ok, "mrr": round(rr / len(queries), 3),
                  "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in kinds.items()}, "misses": misses}, ensure_ascii=False))
