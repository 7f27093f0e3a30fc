"""Session 20 (themes20): blind sets (V, W) by the default coder as it would ship, like
``bench/score_theme_coding.py --set=X --examples`` (every theme by the shipped examples) with
--set-param=KEY=VALUE (e.g. naming_themes=[liberal,territoire]), for several libéral training
variants in one process: ``--variant=NAME=PATH`` trains libéral with that `coding.examples_overrides`
CSV (``--variant=NAME=`` without it). The other themes are trained once: their models do not read
libéral's labels (features: the rule's numbers, lemmas, vector, kNN vote on their own labels). The
shipped examples' tokens are read from the bench token cache ($THEMES_ERRORS_CACHE, the same passages
parsed per set) instead of parsed again (bench/themes19_v_score.py, generalised); each set's tokens
are cached in $TOKENS_DIR/<set>_tokens.pkl; decisions saved to $OUT_DIR/<set>_<variant>.pkl.

    PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes20/tokens.pkl TOKENS_DIR=/tmp/themes20 OUT_DIR=/tmp/themes20/vw \
      PYTHONPATH=src:bench nice python bench/themes20_vw_score.py V W --set-param=naming_themes=[liberal,territoire] \
      --variant=orig= --variant=excl=bench/themes20_exclude.csv --variant=c2=bench/themes20_coder2.csv
"""
import copy
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
variants = [a.split("=", 1)[1].split("=", 1) for a in sys.argv if a.startswith("--variant=")]
themes = load_themes(REPO / "config" / "themes.yaml")
theme_ids = list(themes)
params = params_from_argv()
print("params:", {k: v for k, v in params.items() if k in ("naming_themes", "examples_themes", "coder")})
vocab = coding.load_vocab(MODEL)
out_dir = Path(os.environ["OUT_DIR"])
out_dir.mkdir(parents=True, exist_ok=True)
blind = {}
for name in names:
    passages = heldout.read_passages(DATA / f"theme_coding_{name.lower()}.csv", themes)
    st = Path(os.environ["TOKENS_DIR"]) / f"{name.lower()}_tokens.pkl"
    if st.exists():
        tok = pickle.loads(st.read_bytes())
    else:
        tok = heldout.annotate_passages(passages, MODEL)
        st.write_bytes(pickle.dumps(tok))
    ev = heldout.evidence_from_tokens(passages, tok, themes, params, MODEL, vocab)
    halves(f"Set {name}, lexicon rule", passages, {p["passage_id"]: {t: r["coded"] for t, r in e["rows"].items()}
                                                   for p, e in zip(passages, ev)}, theme_ids)
    blind[name] = (passages, ev)
train = ex.read_examples(ex.default_examples_path(), themes)
cache = pickle.loads(Path(os.environ["THEMES_ERRORS_CACHE"]).read_bytes())
train_ev = ex.example_evidence(train, themes, params, MODEL, vocab, cache)
libs = {}
for vname, path in variants:  # libéral first (the other themes by the rule meanwhile): what the variants change
    labels = ex.apply_overrides(train, ex.read_overrides(path, themes), path) if path else None
    libs[vname] = ex.train(train, train_ev, theme_ids, 42, ["liberal"], labels=labels)
    print(f"variant {vname} ({path or 'the examples as coded'}): libéral up/down "
          f"{libs[vname]['liberal']['up']}/{libs[vname]['liberal']['down']} ({time.process_time() - t0:.0f} CPU s)", flush=True)


def run(trained, title, suffix):
    for name, (passages, ev) in blind.items():
        decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in copy.deepcopy(e["rows"]).items()}
                   for p, e in zip(passages, ev)}
        ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
        out = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
        halves(f"Set {name}, {title}", passages, out, theme_ids)
        (out_dir / f"{name}_{suffix}.pkl").write_bytes(pickle.dumps(out))


for vname, lib in libs.items():
    run(lib, f"coder: examples (libéral only, the others by the rule), libéral trained: {vname}", f"{vname}_libonly")
others = ex.train(train, train_ev, theme_ids, 42, [t for t in theme_ids if t != "liberal"])
print("other themes' thresholds:", {t: (m["up"], m["down"]) for t, m in others.items()},
      f"({time.process_time() - t0:.0f} CPU s)", flush=True)
for vname, lib in libs.items():
    run({**others, **lib}, f"coder: examples (every theme, as it would ship), libéral trained: {vname}", vname)
print(f"  ({time.process_time() - t0:.0f} CPU s)", flush=True)
