"""Set U (session 18, themes18): the rule's and the default's (`coder: examples`, shipped examples) decisions per
passage, from the leave-one-set-out feature cache ($TFIX4_FEATURES: U's evidence) and the example cache; written to
$U_DECISIONS (JSON) for bench/themes_u_classes.py. Reproduces U's first scores (THEME_SCORES.md, "Set U").

    TFIX4_FEATURES=/tmp/t18/feat_base.pkl U_DECISIONS=/tmp/u.json PYTHONPATH=src:bench .venv/bin/python bench/themes_u_decisions.py
"""
import json
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from themes_errors import params_from_argv  # noqa: E402

from corpus.lang import MODEL  # noqa: E402
from corpus.themes import coding, example_cache, heldout, load_themes  # noqa: E402
from corpus.themes import examples as ex  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
themes = load_themes(REPO / "config/themes.yaml")
params = params_from_argv()
passages = heldout.read_passages(REPO / "tests/data/theme_coding_u.csv", themes)
feat = pickle.loads(Path(os.environ["TFIX4_FEATURES"]).read_bytes())
ev = feat["U"]
assert len(ev) == len(passages)
vocab = coding.load_vocab(MODEL)
path = ex.default_examples_path()
def compute():
    ps = ex.read_examples(path, themes)
    e = ex.example_evidence(ps, themes, params, MODEL, vocab)
    return ps, e, ex.train(ps, e, list(themes), 42, None)
tp, tev, trained = example_cache.cached(path, themes, params, MODEL, 42, vocab, compute)
decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()} for p, e in zip(passages, ev)}
rule = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, tp, tev)
out = []
for p, e in zip(passages, ev):
    pid = p["passage_id"]
    out.append({"id": pid, "doc": p["doc_id"], "text": " ".join(p["text"].split()), "human": p["labels"],
                "rule": rule[pid], "default": {t: decided[pid][t]["coded"] for t in themes},
                "evidence": {t: e["rows"][t]["evidence"] for t in themes},
                "score": {t: round(e["rows"][t]["score"], 3) for t in themes},
                "outside": sorted(e.get("outside", ())),
                "model_ev": {t: decided[pid][t]["evidence"] for t in themes if decided[pid][t]["source"] == "model"}})
Path(os.environ.get("U_DECISIONS", "/tmp/u_decisions.json")).write_text(json.dumps(out, ensure_ascii=False, indent=0))
for t in themes:
    for who in ("rule", "default"):
        tp_ = sum(1 for o in out if o["human"][t] and o[who][t])
        fp = sum(1 for o in out if not o["human"][t] and o[who][t])
        fn = sum(1 for o in out if o["human"][t] and not o[who][t])
        print(t, who, "tp", tp_, "fp", fp, "fn", fn)
