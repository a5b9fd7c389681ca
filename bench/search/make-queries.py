#!/usr/bin/env python3
"""Writes a relevance query set for a gencorpus site: queries with the document(s) that must be found.

    make-queries.py CORPUS_DIR > queries.json

Kinds (each query lists every document that is an equally right answer, e.g. same title):
  docnum      the exact 发文字号, unique in the corpus                      → rank 1
  docnum-alt  the same typed with [ ] or （ ） or full-width digits          → rank 1
  docnum-loose "2019 16号": year and number only, unique pair               → rank 1
  title       a full title                                                  → rank 1
  fragment    a title without its leading 关于 and trailing document kind   → top 3
  body        12 characters across a sentence boundary inside a paragraph,
              found in exactly one document's body                          → top 3
Deterministic: same corpus, same queries.
"""
import json
import os
import random
import re
import sys

root = sys.argv[1]
truth = json.load(open(os.path.join(root, "truth.json"), encoding="utf-8"))
docs = [d for d in truth["docs"] if d["public"]]
rng = random.Random(11)


def body_of(d):
    text = open(os.path.join(root, d["path"]), encoding="utf-8").read()
    return text.split("---", 2)[2]


def page(d):
    return d["id"] + ".html"


by_number, by_pair, by_title = {}, {}, {}
for d in docs:
    n = d.get("doc_number")
    if n:
        by_number.setdefault(n, []).append(d)
        m = re.search(r"〔(\d{4})〕(\d+)号", n)
        by_pair.setdefault((m.group(1), m.group(2)), []).append(d)
    by_title.setdefault(d["title"], []).append(d)

queries = []
numbered = sorted((n for n, ds in by_number.items() if len(ds) == 1), key=lambda n: n)
rng.shuffle(numbered)
for n in numbered[:12]:
    queries.append({"kind": "docnum", "query": n, "expect": [page(by_number[n][0])], "rank": 1})
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
for i, n in enumerate(numbered[12:18]):
    alt = [n.replace("〔", "[").replace("〕", "]"), n.replace("〔", "（").replace("〕", "）"), n.translate(FULL)][i % 3]
    queries.append({"kind": "docnum-alt", "query": alt, "expect": [page(by_number[n][0])], "rank": 1})
pairs = sorted(p for p, ds in by_pair.items() if len(ds) == 1)
rng.shuffle(pairs)
for y, num in pairs[:6]:
    queries.append({"kind": "docnum-loose", "query": f"{y} {num}号", "expect": [page(by_pair[(y, num)][0])], "rank": 1})

titles = sorted(t for t in by_title if not t.startswith("《") and "CANARY" not in t)
rng.shuffle(titles)
for t in titles[:14]:
    queries.append({"kind": "title", "query": t, "expect": sorted(page(d) for d in by_title[t]), "rank": 1})
KINDS = ["实施方案", "工作要点", "通知", "意见", "办法", "决定", "公告", "批复", "工作动态"]
n_frag = 0
for t in titles[14:]:
    if not t.startswith("关于") or n_frag >= 10:
        continue
    frag = t[2:]
    for k in KINDS:
        if frag.endswith("的" + k):
            frag = frag[: -len(k) - 1]
            break
    if len(frag) < 4:
        continue
    expect = sorted(page(d) for d in docs if frag in d["title"])
    if len(expect) > 3:
        continue
    queries.append({"kind": "fragment", "query": frag, "expect": expect, "rank": 3})
    n_frag += 1

bodies = {d["id"]: body_of(d) for d in docs}
sample = sorted(docs, key=lambda d: d["id"])
rng.shuffle(sample)
n_body = 0
for d in sample:
    if n_body >= 10:
        break
    for para in bodies[d["id"]].split("\n\n"):
        if para.startswith(("#", "|", "!")) or "。" not in para[:-1]:
            continue
        cut = para.index("。") + 1
        phrase = para[max(0, cut - 6): cut + 6]
        if len(phrase) < 12 or any(c in phrase for c in "()（）"):
            continue
        owners = [x for x in docs if phrase in bodies[x["id"]]]
        if len(owners) == 1:
            queries.append({"kind": "body", "query": phrase, "expect": [page(d)], "rank": 3})
            n_body += 1
        break

json.dump(queries, sys.stdout, ensure_ascii=False, indent=1)
print(file=sys.stderr, end=f"{len(queries)} queries\n")
