"""Session 20 (themes20): libéral's job-title passages of A, B, C and dev, for a blind second coder.

A passage is listed when the naming reading (`coding.naming_themes: [liberal, territoire]`) changes
libéral's rule decision on it (bench/themes19_liberal_diff.py's 92, those of A, B, C, dev), or when it
holds a libéral job-title form: a `naming: entries` word of libéral (libéral, libéraux, libérale) in
``coding.naming_position`` after one of libéral's `naming: heads` (« infirmière libérale »,
« professionnels de santé libéraux », « [Libéral · orthophoniste] »), or the acronym « IDEL ».

Writes the blind file (pid, text only; seeded shuffled order) to argv[1] and the key (pid -> set,
passage_id, doc_id, original libéral code, why listed) to argv[2] (kept in the worktree's bench/).

    PYTHONPATH=src:bench python bench/themes20_titles.py /work/plan/s20/liberal_titles_passages.csv bench/themes20_titles_key.csv
"""
import csv
import os
import pickle
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, "bench")
import themes_loso as tl  # noqa: E402

from corpus.themes import load_themes  # noqa: E402
from corpus.themes.coding import entry_key, naming_position  # noqa: E402

SETS = ["A", "B", "C", "dev"]
SEED = 20

themes = load_themes(Path("config/themes.yaml"))
os.environ.setdefault("TFIX4_FEATURES", "/tmp/themes20/feat_base.pkl")
os.environ.setdefault("THEMES_ERRORS_CACHE", "/tmp/themes20/tokens.pkl")
sets, evb = tl.load(themes)
evc = pickle.loads(Path(os.environ.get("NAMELIB_FEATURES", "/tmp/themes20/feat_namelib.pkl")).read_bytes())
tokens = pickle.loads(Path(os.environ["THEMES_ERRORS_CACHE"]).read_bytes())
spec = themes["liberal"]["naming"]
words = frozenset(entry_key(w) for w in spec["entries"])
heads = frozenset(entry_key(w) for w in spec["heads"])
IDEL = re.compile(r"\bIDELs?\b")

rows = []
for s in SETS:
    for p, b, c in zip(sets[s], evb[s], evc[s]):
        why = []
        if b["rows"]["liberal"]["coded"] != c["rows"]["liberal"]["coded"]:
            why.append(f"rule {b['rows']['liberal']['coded']}->{c['rows']['liberal']['coded']}")
        toks = tokens[s][p["passage_id"]]
        forms = [toks[i]["text"] for i in range(len(toks))
                 if (entry_key(toks[i].get("lemma") or "") in words or entry_key(toks[i].get("text") or "") in words)
                 and naming_position(toks, i, heads)]
        if forms:
            why.append("title " + "/".join(forms))
        if IDEL.search(p["text"]):
            why.append("IDEL")
        if why:
            rows.append({"set": s, "passage_id": p["passage_id"], "doc_id": p["doc_id"],
                         "liberal": p["labels"]["liberal"], "why": "; ".join(why), "text": p["text"]})

random.Random(SEED).shuffle(rows)
for n, r in enumerate(rows, start=1):
    r["pid"] = f"t{n:03d}"
with open(sys.argv[1], "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["pid", "text"])
    for r in rows:
        w.writerow([r["pid"], r["text"]])
with open(sys.argv[2], "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["pid", "set", "passage_id", "doc_id", "liberal", "why"])
    for r in rows:
        w.writerow([r["pid"], r["set"], r["passage_id"], r["doc_id"], r["liberal"], r["why"]])
by = {}
for r in rows:
    by.setdefault(r["set"], [0, 0])[r["liberal"]] += 1
print(len(rows), "passages;", {s: f"{v[1]} coded 1 / {v[0]} coded 0" for s, v in by.items()}, file=sys.stderr)
