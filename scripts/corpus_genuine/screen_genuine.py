"""Bands the current screener gives the genuine corpus (false alarms), by language and category.
Run from the worktree root: PYTHONPATH=src python scripts/corpus_genuine/screen_genuine.py"""
import json
from collections import Counter, defaultdict
from rihai.screening.offers.batch import screen_records
rs = [json.loads(l) for l in open("data/job_offers/genuine.jsonl")]
out = {r["id"]: r for r in screen_records(({"id": x["id"], "text": x["text"]} for x in rs), use_model=True)}
by = defaultdict(Counter)
flags = Counter()
for x in rs:
    o = out[x["id"]]
    by[x["language"]][o["band"]] += 1
    by["all"][o["band"]] += 1
    for key in ("hard_negative_destination", "local_job", "call_centre", "gulf_employer"):
        if key in x["categories"]:
            by[key][o["band"]] += 1
    if o["band"] != "low":
        for f in o["flags"]:
            flags[f["code"]] += 1
for k, c in by.items():
    n = sum(c.values())
    print(f"{k:28s} n={n:3d} " + " ".join(f"{b}={c[b]} ({100*c[b]/n:.0f}%)" for b in sorted(c, key=str)))
print("flags on non-low genuine items:", flags.most_common(15))
