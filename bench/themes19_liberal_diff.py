"""Session 19 (themes19): the libéral rule decisions that naming libéral changes, per set, with the human code (right/wrong)."""
import os
import pickle
import re
import sys

sys.path.insert(0, "bench")
from pathlib import Path

import themes_loso as tl

from corpus.themes import load_themes

themes = load_themes(Path("config/themes.yaml"))
os.environ.setdefault("TFIX4_FEATURES", "/tmp/themes19/feat_base.pkl")
sets, evb = tl.load(themes)
evc = pickle.loads(Path(os.environ.get("NAMELIB_FEATURES", "/tmp/themes19/feat_namelib.pkl")).read_bytes())
tot = {}
for s in tl.SETS:
    for p, b, c in zip(sets[s], evb[s], evc[s]):
        db, dc = b["rows"]["liberal"]["coded"], c["rows"]["liberal"]["coded"]
        if db != dc:
            h = p["labels"]["liberal"]
            ok = "right" if dc == h else "wrong"
            tot.setdefault(s, [0, 0])[0 if ok == "right" else 1] += 1
            m = [mm.start() for mm in re.finditer(r"(?i)lib[ée]ra", p["text"])]
            snip = " … ".join(p["text"][max(0, i - 60):i + 40].replace("\n", " ") for i in m[:2])
            print(f"{s}\t{p['passage_id']}\thuman {h}\t{db}->{dc}\t{ok}\t{snip}")
print({s: f"{r} right / {w} wrong" for s, (r, w) in tot.items()}, file=sys.stderr)
