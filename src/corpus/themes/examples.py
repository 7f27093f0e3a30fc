"""Coding by example (issue #15, session 7): the lexicon rule's decision, flipped where a model
trained on human-coded passages is confident.

A passage (a segment) is described by a dict: ``rows`` {theme: the rule's row (score, coded,
evidence, similarity)}, ``doc`` (its content lemmas), ``vector`` (its meaning vector) and
``sentences`` (one meaning vector per sentence). Two scorers give, per theme, a number in [0, 1]:

- ``model_scores``: a logistic regression (scikit-learn, seeded) on the TF-IDF of the lemmas,
  the rule's numbers for every theme and the passage vector;
- ``knn_scores``: the similarity-weighted share of positives among the k coded passages whose
  meaning vectors are nearest (fr_core_news_md vectors).

``flip`` then keeps the rule's decision unless the score is confident: a rule 0 becomes 1 when
score >= up, a rule 1 becomes 0 when score < down. Measured leave-one-set-out over every
coding: tests/data/THEME_SCORES.md, "Session 7 (themesfix4)".
"""

from __future__ import annotations

from pathlib import Path

from . import coding

K = 25  # neighbours of the kNN vote


def sentence_vectors(tokens: list[dict], vocab):
    """(sentences x 300) unit meaning vectors of a passage's sentences that have one."""
    import numpy as np

    from .vectors import segment_vector

    vecs = [segment_vector(tokens[i:j], vocab) for i, j in coding.sentence_spans(tokens)]
    vecs = [v for v in vecs if v is not None]
    return np.asarray(vecs, dtype="float32").reshape(len(vecs), 300) if vecs else np.zeros((0, 300), "float32")


def flip(rule, score, up: float, down: float):
    """The rule's 0/1 decisions, a 0 turned 1 where score >= up, a 1 turned 0 where score < down."""
    import numpy as np

    rule, score = np.asarray(rule), np.asarray(score)
    return np.where(rule == 1, (score >= down).astype(int), (score >= up).astype(int))


def rule_numbers(rows: dict, theme_ids: list[str]) -> list[float]:
    """Per theme: distinct entries (capped), weak entries, similarity contrast, score > 0, coded."""
    out = []
    for t in theme_ids:
        r = rows[t]
        n = len([e for e in r["evidence"].split("; ") if e])
        out += [min(n, 5) / 5, float(r["similarity"]) * 10, float(r["score"] > 0), float(r["coded"])]
    return out


def _vector(e: dict):
    import numpy as np

    v = e.get("vector")
    return np.zeros(300) if v is None else np.asarray(v, dtype="float64")


def _dense(ev: list[dict], theme_ids: list[str], vector: bool = True, entries: bool = False):
    import numpy as np

    return np.asarray([rule_numbers(e["rows"], theme_ids) + (list(_vector(e)) if vector else [])
                       + ([10 * x for x in e["entry_sims"]] if entries else []) for e in ev])


def fit_model(train_ev: list[dict], train_y, theme_ids: list[str], theme: str,
              features: str = "base", seed: int = 42, C: float = 1.0, vector: bool = True,
              scale: bool = False, class_weight: str | None = "balanced", calibrate: bool = False,
              entries: bool = False):
    """A fitted logistic regression for one theme (None with fewer than 5 positives or no
    negative: the rule's decision stands). ``scale``: the dense numbers (the rule's, the vector,
    the kNN vote) standardised on the training passages, so that one C regularises them alike.
    ``class_weight``: scikit-learn's (``"balanced"`` or None); ``calibrate``: probabilities
    calibrated by a seeded 3-fold sigmoid (CalibratedClassifierCV), so that one flip threshold
    means the same confidence whatever the theme's prevalence. ``entries``: each theme's
    ``vectors.entry_similarities`` (the passage's ``entry_sims``) as more numbers."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    y = np.asarray(train_y)
    if y.sum() < 5 or y.sum() == len(y):
        return None
    vec = TfidfVectorizer(min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]+\b")
    words = vec.fit_transform([e["doc"] for e in train_ev])
    dense = _dense(train_ev, theme_ids, vector, entries)
    if features == "knn":
        dense = np.hstack([dense, knn_scores(train_ev, y, train_ev, exclude_self=True)[:, None]])
    scaler = _scaler(dense) if scale else None
    if scaler is not None:
        dense = scaler(dense)
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=3000, random_state=seed)
    if calibrate:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.model_selection import StratifiedKFold

        folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=seed)
        clf = CalibratedClassifierCV(clf, method="sigmoid", cv=folds)
    clf.fit(hstack([words, csr_matrix(dense)]).tocsr(), y)
    return {"vec": vec, "clf": clf, "theme_ids": theme_ids, "theme": theme, "features": features,
            "vector": vector, "train_ev": train_ev if features == "knn" else None, "y": y,
            "scaler": scaler, "entries": entries}


def _scaler(dense):
    """x -> (x - mean) / sd of the training rows (sd 1 where a column is constant)."""
    import numpy as np

    mean, sd = dense.mean(axis=0), dense.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    return lambda x: (x - mean) / sd


def predict_model(model: dict | None, test_ev: list[dict], theme: str):
    """P(theme) of each passage; the rule's 0/1 when there is no model."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    if model is None:
        return np.asarray([float(e["rows"][theme]["coded"]) for e in test_ev])
    tdense = _dense(test_ev, model["theme_ids"], model["vector"], model.get("entries", False))
    if model["features"] == "knn":
        tdense = np.hstack([tdense, knn_scores(model["train_ev"], model["y"], test_ev)[:, None]])
    if model.get("scaler") is not None:
        tdense = model["scaler"](tdense)
    clf = model["clf"]
    Xt = hstack([model["vec"].transform([e["doc"] for e in test_ev]), csr_matrix(tdense)]).tocsr()
    return clf.predict_proba(Xt)[:, list(clf.classes_).index(1)]


def model_scores(train_ev: list[dict], train_y, test_ev: list[dict], theme_ids: list[str],
                 theme: str, features: str = "base", seed: int = 42, C: float = 1.0,
                 vector: bool = True, scale: bool = False, class_weight: str | None = "balanced",
                 calibrate: bool = False, entries: bool = False):
    """P(theme) of each test passage from a logistic regression fitted on the training ones."""
    model = fit_model(train_ev, train_y, theme_ids, theme, features, seed, C, vector, scale,
                      class_weight, calibrate, entries)
    return predict_model(model, test_ev, theme)


def knn_scores(train_ev: list[dict], train_y, test_ev: list[dict], k: int = K,
               exclude_self: bool = False):
    """Similarity-weighted share of positives among the k training passages nearest in meaning
    (cosine of passage vectors; negative similarities count 0)."""
    import numpy as np

    y = np.asarray(train_y, dtype="float64")
    T = np.asarray([_vector(e) for e in train_ev])
    Q = np.asarray([_vector(e) for e in test_ev])
    sims = Q @ T.T
    if exclude_self:
        np.fill_diagonal(sims, -np.inf)
    k = min(k, len(y) - (1 if exclude_self else 0))
    idx = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    w = np.clip(np.take_along_axis(sims, idx, axis=1), 0, None)
    votes = (w * y[idx]).sum(axis=1)
    return np.where(w.sum(axis=1) > 0, votes / np.maximum(w.sum(axis=1), 1e-12), 0.0)


# ---- thresholds, chosen on the training codings only ------------------------------------------
UPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0)  # 2.0: never turn a 0 into 1
DOWNS = (-1.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)  # -1.0: never turn a 1 into 0
MIN_POSITIVES = 5  # a coding with fewer positives of a theme does not judge its thresholds


def _f1(y, pred) -> float:
    tp = int(((pred == 1) & (y == 1)).sum())
    return 2 * tp / max(1, int(pred.sum()) + int(y.sum()))


def choose_thresholds(y_by_set, rule_by_set, score_by_set, ups=UPS, downs=DOWNS):
    """(up, down) with the best mean F1 over the codings with >= MIN_POSITIVES positives, each
    scored by a model that did not see it; ties go to the fewest flips (closest to the rule)."""
    import numpy as np

    best = None
    for up in ups:
        for down in downs:
            scores, flips = [], 0
            for y, r, p in zip(y_by_set, rule_by_set, score_by_set):
                pred = flip(r, p, up, down)
                flips += int((pred != r).sum())
                if y.sum() >= MIN_POSITIVES:
                    scores.append(_f1(y, pred))
            key = (round(float(np.mean(scores)), 6) if scores else 0.0, -flips)
            if best is None or key > best[0]:
                best = (key, up, down)
    return best[1], best[2]


# ---- at run time: train on the shipped codings, recode the corpus's segments ------------------
def default_examples_path() -> Path:
    """The human-coded passages shipped with the package (src/corpus/lang/fr/THEME_EXAMPLES.md)."""
    return Path(__file__).resolve().parents[1] / "lang" / "fr" / "theme_examples.csv"


def read_examples(path: str | Path, themes: dict) -> list[dict]:
    """Passages (passage_id, doc_id, set, text, labels {theme: 0/1}) of a coded-examples CSV
    (set, passage_id, doc_id, text and a 0/1 column per theme id); a theme without a column has
    no labels and keeps the rule's decisions."""
    from .. import io as cio
    from ..errors import CorpusError

    rows = cio.read_csv(path)
    missing = [c for c in ("set", "passage_id", "doc_id", "text") if rows and c not in rows[0]]
    if missing or not rows:
        raise CorpusError(f"{path}: coded examples need columns set, passage_id, doc_id, text"
                          + (f" (missing: {', '.join(missing)})" if missing else " and rows"))
    labelled = [t for t in themes if t in rows[0]]
    out = []
    for n, r in enumerate(rows, start=2):
        bad = [t for t in labelled if r[t] not in ("0", "1")]
        if bad:
            raise CorpusError(f"{path}: line {n}: {bad[0]} must be 0 or 1, not {r[bad[0]]!r}")
        out.append({"passage_id": r["passage_id"], "doc_id": r["doc_id"], "set": r["set"],
                    "text": r["text"], "labels": {t: int(r[t]) for t in labelled}})
    return out


OVERRIDE_COLUMNS = ("set", "passage_id", "theme", "label")


def read_overrides(path: str | Path, themes: dict) -> dict[tuple[str, str, str], int | None]:
    """`coding.examples_overrides`: {(set, passage_id, theme): label} of a CSV with exactly the
    columns set, passage_id, theme, label. A label 0 or 1 replaces the example's label for that
    theme in training; an empty label leaves the passage out of that theme's training (a
    disputed passage: neither its fit nor its thresholds). The examples themselves and every
    other theme are untouched. Unknown columns, themes, labels or a repeated row: an error with
    file and line."""
    from .. import io as cio
    from ..errors import ConfigError

    header, rows = cio.read_table(path)
    if tuple(header) != OVERRIDE_COLUMNS:
        raise ConfigError(f"{path}: line 1: coding.examples_overrides needs the columns "
                          f"{', '.join(OVERRIDE_COLUMNS)} (found: {', '.join(header) or 'none'})")
    out: dict[tuple[str, str, str], int | None] = {}
    for n, r in enumerate(rows, start=2):
        if r["theme"] not in themes:
            raise ConfigError(f"{path}: line {n}: theme {r['theme']!r} is not a theme id of themes.yaml")
        if r["label"] not in ("0", "1", ""):
            raise ConfigError(f"{path}: line {n}: label must be 0, 1 or empty (left out), not {r['label']!r}")
        k = (r["set"], r["passage_id"], r["theme"])
        if k in out:
            raise ConfigError(f"{path}: line {n}: {r['set']} {r['passage_id']} {r['theme']} is given twice")
        out[k] = int(r["label"]) if r["label"] else None
    return out


def apply_overrides(passages: list[dict], overrides: dict, source: str | Path = "") -> dict[str, list]:
    """{theme: per passage its training label, None where left out} for the themes ``overrides``
    names; an override naming no passage of the examples is an error (a typo would silently
    train on the label it meant to change)."""
    from ..errors import ConfigError

    index = {(p["set"], p["passage_id"]): i for i, p in enumerate(passages)}
    out: dict[str, list] = {}
    for (name, pid, theme), label in overrides.items():
        if (name, pid) not in index:
            raise ConfigError(f"{source}: coding.examples_overrides: {name} {pid} is not a passage of the examples")
        labels = out.setdefault(theme, [p["labels"].get(theme) for p in passages])
        labels[index[name, pid]] = label
    return out


def example_evidence(passages: list[dict], themes: dict, params: dict, model: str, vocab) -> list[dict]:
    """The rule's evidence of each coded passage (parsed with the real model), each coding's
    documents making their own field counts as when it was measured."""
    from . import heldout

    tokens = heldout.annotate_passages(passages, model)
    by_id = {}
    for name in sorted({p["set"] for p in passages}):
        ps = [p for p in passages if p["set"] == name]
        for p, e in zip(ps, heldout.evidence_from_tokens(ps, tokens, themes, params, model, vocab)):
            by_id[p["passage_id"], name] = e
    return [by_id[p["passage_id"], p["set"]] for p in passages]


def _gated(scores, ev: list[dict], theme: str):
    """A theme outside its field (the rule's `domain:` gate) scores 0 for any coder."""
    import numpy as np

    return np.where([theme not in e.get("outside", ()) for e in ev], scores, 0.0)


FEATURES = "knn"  # lemmas, the rule's numbers, the passage vector and the kNN vote (the best
# of the variants measured leave-one-set-out: tests/data/THEME_SCORES.md, "Session 7")


CALIBRATED_UPS = (0.1, 0.15, 0.2, 0.25) + UPS  # `examples_calibrate`: calibrated, a confident
CALIBRATED_DOWNS = DOWNS[:1] + (0.02,) + DOWNS[1:]  # « yes » may sit near the theme's rate


def train(passages: list[dict], ev: list[dict], theme_ids: list[str], seed: int,
          only: list[str] | None = None, entries: bool = False,
          calibrate: bool = False, labels: dict[str, list] | None = None) -> dict[str, dict]:
    """{theme: {"model", "up", "down"}} for the themes the examples label (``only`` those, when
    given): a model fitted on every coded passage, and thresholds chosen by leave-one-coding-out
    (each coding scored by a model fitted on the others). ``entries``: the word-to-entry
    similarities as features (`coding.examples_entry_similarity`); ``calibrate``: calibrated
    probabilities, thresholds from a grid reaching 0.1 (`coding.examples_calibrate`).
    ``labels``: {theme: per passage its training label, None to leave it out} replacing the
    passages' own for that theme (`coding.examples_overrides`, ``apply_overrides``)."""
    import numpy as np

    out = {}
    all_passages, all_ev = passages, ev
    for theme in theme_ids:
        if not all_passages or theme not in all_passages[0]["labels"] or (only and theme not in only):
            continue
        given = (labels or {}).get(theme) or [p["labels"][theme] for p in all_passages]
        kept = [i for i, v in enumerate(given) if v is not None]
        passages, ev = [all_passages[i] for i in kept], [all_ev[i] for i in kept]
        sets = sorted({p["set"] for p in passages})
        y = np.asarray([given[i] for i in kept])
        rule = np.asarray([e["rows"][theme]["coded"] for e in ev])
        ys, rules, scores = [], [], []
        for name in sets:
            held = np.asarray([p["set"] == name for p in passages])
            tr = [e for e, h in zip(ev, held) if not h]
            te = [e for e, h in zip(ev, held) if h]
            m = fit_model(tr, y[~held], theme_ids, theme, FEATURES, seed=seed, entries=entries,
                          calibrate=calibrate)
            ys.append(y[held])
            rules.append(rule[held])
            scores.append(_gated(predict_model(m, te, theme), te, theme))
        up, down = (choose_thresholds(ys, rules, scores, CALIBRATED_UPS, CALIBRATED_DOWNS)
                    if calibrate else choose_thresholds(ys, rules, scores))
        out[theme] = {"model": fit_model(ev, y, theme_ids, theme, FEATURES, seed=seed,
                                         entries=entries, calibrate=calibrate),
                      "up": up, "down": down}
    return out


def nearest(vector, passages: list[dict], ev: list[dict], theme: str, label: int) -> str:
    """« the first words of the coded passage nearest in meaning with that label » [its id]."""
    import numpy as np

    if vector is None:
        return ""
    best, where = -2.0, None
    for p, e in zip(passages, ev):
        if p["labels"].get(theme) == label and e.get("vector") is not None:
            sim = float(np.dot(vector, e["vector"]))
            if sim > best:
                best, where = sim, p
    if where is None:
        return ""
    words = " ".join(where["text"].split()[:12])
    return f"«{words}…» [{where['set']} {where['passage_id']}]"


def recode(decided: dict[str, dict], segments: dict[str, dict], trained: dict[str, dict],
           passages: list[dict], ev: list[dict]) -> int:
    """Flips the rule's decisions in ``decided`` ({segment_id: {theme: row}}) where the model is
    confident; ``segments`` {segment_id: {rows, doc, vector, outside}}. A flipped row gets
    source ``model``, the probability as score and evidence "model p=…, nearest: …". Returns the
    number of flips."""
    sids = list(segments)
    seg_ev = [segments[s] for s in sids]
    n = 0
    for theme, t in trained.items():
        p = _gated(predict_model(t["model"], seg_ev, theme), seg_ev, theme)
        rule = [decided[s][theme]["coded"] for s in sids]
        for sid, before, after, prob in zip(sids, rule, flip(rule, p, t["up"], t["down"]), p):
            if int(after) == int(before):
                continue
            n += 1
            row = decided[sid][theme]
            was = f"; entries: {row['evidence']}" if row["evidence"] else ""
            near = nearest(segments[sid].get("vector"), passages, ev, theme, int(after))
            row.update(coded=int(after), score=round(float(prob), 6), source="model",
                       evidence=f"model p={prob:.2f}{was}; nearest: {near}")
    return n


def code_by_example(decided: dict[str, dict], segments: dict[str, dict], themes: dict,
                    params: dict, model: str, seed: int, vocab) -> int:
    """`coding.coder: examples`: trains on the coded examples (``coding.examples`` or the shipped
    ones) and flips the rule's decisions of ``decided`` where the model is confident."""
    from ..errors import ConfigError

    unknown = [t for t in params.get("examples_themes") or [] if t not in themes]
    if unknown:
        raise ConfigError(f"coding.examples_themes: {unknown[0]!r} is not a theme id of themes.yaml")
    from . import example_cache

    path = params.get("examples") or default_examples_path()

    overrides_path = params.get("examples_overrides") or ""
    overrides = read_overrides(overrides_path, themes) if overrides_path else {}

    def compute():
        passages = read_examples(path, themes)
        labels = apply_overrides(passages, overrides, overrides_path)
        ev = example_evidence(passages, themes, params, model, vocab)
        trained = train(passages, ev, list(themes), seed, params.get("examples_themes") or None,
                        bool(params.get("examples_entry_similarity")),
                        bool(params.get("examples_calibrate")), labels)
        return passages, ev, trained

    # the same objects from the disk cache when the examples and settings are unchanged
    # (speed trick `example_cache`, corpus.speedups)
    passages, ev, trained = example_cache.cached(path, themes, params, model, seed, vocab, compute)
    return recode(decided, segments, trained, passages, ev)


coding.CODERS["examples"] = code_by_example
