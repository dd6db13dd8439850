#!/usr/bin/env python3
"""Precision in a mixed stream: every distinct outlet headline of an Emergent file
(headlines of some 300 different claims) scanned as ONE corpus, as a monitoring team would
feed them. A conflict between headlines of two different claims is almost surely a false
alarm (different stories); one within a claim may be real. Prints the conflicts of each
matching mode (exact keys, loose words, story matching) within and across claims.

  scripts/mixed_headlines.py BIN [../shared/corpora/emergent/claim-train.jsonl] [SCAN OPTIONS]

(SCAN OPTIONS, such as --mixed, are passed to `gainsay scan`.)
"""
import collections, json, os, subprocess, sys, tempfile

bin_ = sys.argv[1]
path = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora/emergent/claim-train.jsonl"
options = sys.argv[3:]
if not os.path.exists(path):
    print(f"skipped: {path} is absent")
    sys.exit(0)
claim_of, docs = {}, []
for line in open(path, encoding="utf-8"):
    r = json.loads(line)
    t = r["b"]["text"]
    if t not in claim_of:
        claim_of[t] = r["group"]
        docs.append({"id": f"h{len(docs)}", "source": r["b"]["source"], "text": t})
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d) + "\n")
out = json.loads(subprocess.run([bin_, "scan", *options, "--quiet", "--format", "json", f.name],
                                capture_output=True, text=True, check=True).stdout)
os.unlink(f.name)
claim = {d["id"]: claim_of[d["text"]] for d in docs}
st = {s["id"]: s for s in out["statements"]}
count = collections.Counter()
for d in out["disputes"]:
    for c in d["conflicts"]:
        a, b = st[c["a"]], st[c["b"]]
        if a["doc"] == b["doc"]:
            continue
        mode = ("story" if a["rule"] == "TEXT/HEADLINE"
                else "loose" if abs(c["score"] - 0.6) < 1e-9 else "exact")
        count[(mode, claim[a["doc"]] == claim[b["doc"]])] += 1
print(f"{len(docs)} headlines of {len(set(claim.values()))} claims")
for mode in ("exact", "loose", "story"):
    w, x = count[(mode, True)], count[(mode, False)]
    print(f"mixed: {mode}: within-claim={w} across-claims={x}")
