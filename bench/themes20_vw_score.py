"""Session 20 (themes20): a blind set (V or W) by the default coder as it would ship, like
``bench/score_theme_coding.py --set=X --examples`` (every theme by the shipped examples), with
--set-param=KEY=VALUE (e.g. naming_themes=[liberal,territoire], examples_overrides=PATH); the shipped
examples' tokens read from the bench token cache ($THEMES_ERRORS_CACHE, the same passages parsed per
set) instead of parsed again (bench/themes19_v_score.py, generalised), the set's tokens cached in
$SET_TOKENS. ONLY=liberal: that theme by the examples, the others from $OTHERS (a decisions pickle
of an earlier every-theme run with the same rule parameters: the other themes' models do not read
libéral's labels) or by the rule when $OTHERS is not given.

    PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes20/tokens.pkl SET_TOKENS=/tmp/themes20/w_tokens.pkl \
      OUT=/tmp/themes20/w_x.pkl PYTHONPATH=src:bench nice python bench/themes20_vw_score.py W [--set-param=...]
"""
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, "bench")
from score_theme_coding import DATA, REPO, halves  # noqa: E402
from themes_errors import params_from_argv  # noqa: E402

from corpus.lang import MODEL  # noqa: E402
from corpus.themes import coding, heldout, load_themes  # noqa: E402
from corpus.themes import examples as ex  # noqa: E402

name = sys.argv[1]
themes = load_themes(REPO / "config" / "themes.yaml")
params = params_from_argv()
print("params:", {k: v for k, v in params.items() if k in ("naming_themes", "examples_themes", "coder", "examples_overrides")})
vocab = coding.load_vocab(MODEL)
passages = heldout.read_passages(DATA / f"theme_coding_{name.lower()}.csv", themes)
st = Path(os.environ["SET_TOKENS"])
if st.exists():
    tok = pickle.loads(st.read_bytes())
else:
    tok = heldout.annotate_passages(passages, MODEL)
    st.write_bytes(pickle.dumps(tok))
ev = heldout.evidence_from_tokens(passages, tok, themes, params, MODEL, vocab)
halves(f"Set {name}, lexicon rule", passages, {p["passage_id"]: {t: r["coded"] for t, r in e["rows"].items()}
                                               for p, e in zip(passages, ev)}, list(themes))
train = ex.read_examples(ex.default_examples_path(), themes)
overrides = params.get("examples_overrides") or ""
labels = ex.apply_overrides(train, ex.read_overrides(overrides, themes), overrides) if overrides else None
cache = pickle.loads(Path(os.environ["THEMES_ERRORS_CACHE"]).read_bytes())
by_id = {}
for s in sorted({p["set"] for p in train}):
    ps = [p for p in train if p["set"] == s]
    for p, e in zip(ps, heldout.evidence_from_tokens(ps, cache[s], themes, params, MODEL, vocab)):
        by_id[p["passage_id"], s] = e
train_ev = [by_id[p["passage_id"], p["set"]] for p in train]
decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
           for p, e in zip(passages, ev)}
only = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else None
print("trained themes:", only or "every theme", flush=True)
trained = ex.train(train, train_ev, list(themes), 42, only, labels=labels)
print("thresholds:", {t: (m.get("up"), m.get("down")) for t, m in trained.items()})
ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
out = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
if only and os.environ.get("OTHERS"):
    others = pickle.loads(Path(os.environ["OTHERS"]).read_bytes())
    out = {pid: {t: (out[pid][t] if t in only else others[pid][t]) for t in themes} for pid in out}
    print("other themes from", os.environ["OTHERS"])
halves(f"Set {name}, coder: examples ({only or 'every theme'})", passages, out, list(themes))
Path(os.environ["OUT"]).write_bytes(pickle.dumps(out))
