"""Session 21 (themes21): coordination's disagreements of the default coder (`coder: examples`, the shipped
examples A–M and dev) on the blind sets U, V, W, per passage, to read and class them (THEME_SCORES.md,
"Session 21 (themes21)"); and the sets' scores as they would ship under a variant lexicon (--themes=PATH).

Like bench/themes20_vw_score.py: the shipped examples' tokens from the bench token cache ($THEMES_ERRORS_CACHE),
each blind set's tokens cached in $TOKENS_DIR/<set>_tokens.pkl (U's from the bench cache too). ``--all``: every
theme trained and scored (as it would ship); else coordination only (its model reads the rule's numbers of every
theme, never another theme's decisions, so its decisions are the shipped coder's). Writes $OUT (JSON).

    PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes21/tokens.pkl TOKENS_DIR=/tmp/themes21 OUT=/tmp/themes21/uvw.json \
      PYTHONPATH=src:bench nice python bench/themes21_errors.py U V W [--themes=PATH] [--all]
"""
import copy
import json
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, "bench")
from score_theme_coding import DATA, REPO, halves  # noqa: E402
from themes_errors import params_from_argv  # noqa: E402

from corpus.lang import MODEL  # noqa: E402
from corpus.themes import coding, heldout, load_themes  # noqa: E402
from corpus.themes import examples as ex  # noqa: E402

t0 = time.process_time()
names = [a for a in sys.argv[1:] if not a.startswith("--")]
path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")), REPO / "config" / "themes.yaml")
themes = load_themes(path)
theme_ids = list(themes)
params = params_from_argv()
vocab = coding.load_vocab(MODEL)
cache = pickle.loads(Path(os.environ["THEMES_ERRORS_CACHE"]).read_bytes())
blind = {}
for name in names:
    passages = heldout.read_passages(DATA / f"theme_coding_{name.lower()}.csv", themes)
    st = Path(os.environ["TOKENS_DIR"]) / f"{name.lower()}_tokens.pkl"
    if name in cache:
        tok = cache[name]
    elif st.exists():
        tok = pickle.loads(st.read_bytes())
    else:
        tok = heldout.annotate_passages(passages, MODEL)
        st.write_bytes(pickle.dumps(tok))
    blind[name] = (passages, heldout.evidence_from_tokens(passages, tok, themes, params, MODEL, vocab))
train = ex.read_examples(ex.default_examples_path(), themes)
train_ev = ex.example_evidence(train, themes, params, MODEL, vocab, cache)
coded = theme_ids if "--all" in sys.argv else ["coordination"]
trained = ex.train(train, train_ev, theme_ids, 42, coded)
print("thresholds:", {t: (m["up"], m["down"]) for t, m in trained.items()}, f"({time.process_time() - t0:.0f} CPU s)")
out = []
for name, (passages, ev) in blind.items():
    decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in copy.deepcopy(e["rows"]).items()}
               for p, e in zip(passages, ev)}
    ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
    dec = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
    halves(f"Set {name}, coder: examples ({', '.join(coded)} by the examples)", passages, dec, theme_ids)
    for p, e in zip(passages, ev):
        pid = p["passage_id"]
        out.append({"set": name, "id": pid, "doc": p["doc_id"], "text": " ".join(p["text"].split()),
                    "human": p["labels"], "rule": {t: e["rows"][t]["coded"] for t in theme_ids},
                    "default": dec[pid], "evidence": {t: e["rows"][t]["evidence"] for t in theme_ids},
                    "score": {t: round(e["rows"][t]["score"], 3) for t in theme_ids},
                    "outside": sorted(e.get("outside", ())),
                    "model": {t: decided[pid][t]["evidence"] for t in coded if decided[pid][t]["source"] == "model"}})
Path(os.environ["OUT"]).write_text(json.dumps(out, ensure_ascii=False, indent=0))
print(f"({time.process_time() - t0:.0f} CPU s)")
