"""Session 19 (themes19): set V by the default coder (every theme by the examples), with --set-param like
bench/score_theme_coding.py --examples, but the shipped examples' tokens read from the themes bench
token cache ($THEMES_ERRORS_CACHE: the same passages, parsed per set) instead of parsed again, and
V's tokens cached in $V_TOKENS. Only the default variant ("every theme")."""
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

themes = load_themes(REPO / "config" / "themes.yaml")
params = params_from_argv()
print("params:", {k: v for k, v in params.items() if k in ("naming_themes", "examples_themes", "coder")})
vocab = coding.load_vocab(MODEL)
passages = heldout.read_passages(DATA / "theme_coding_v.csv", themes)
vt = Path(os.environ["V_TOKENS"])
if vt.exists():
    vtok = pickle.loads(vt.read_bytes())
else:
    vtok = heldout.annotate_passages(passages, MODEL)
    vt.write_bytes(pickle.dumps(vtok))
ev = heldout.evidence_from_tokens(passages, vtok, themes, params, MODEL, vocab)
halves("Set V, lexicon rule", passages, {p["passage_id"]: {t: r["coded"] for t, r in e["rows"].items()}
                                         for p, e in zip(passages, ev)}, list(themes))
train = ex.read_examples(ex.default_examples_path(), themes)
cache = pickle.loads(Path(os.environ["THEMES_ERRORS_CACHE"]).read_bytes())
train_ev = ex.example_evidence(train, themes, params, MODEL, vocab, cache)
decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
           for p, e in zip(passages, ev)}
only = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else None
print("trained themes:", only or "every theme", flush=True)
trained = ex.train(train, train_ev, list(themes), 42, only)
print("thresholds:", {t: (m.get("up"), m.get("down")) for t, m in trained.items()})
ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
out = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
halves(f"Set V, coder: examples ({only or 'every theme'})", passages, out, list(themes))
Path(os.environ["V_OUT"]).write_bytes(pickle.dumps(out))
