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

K = 25  # neighbours of the kNN vote


def sentence_vectors(tokens: list[dict], vocab):
    """(sentences x 300) unit meaning vectors of a passage's sentences that have one."""
    import numpy as np

    from .coding import sentence_spans
    from .vectors import segment_vector

    vecs = [segment_vector(tokens[i:j], vocab) for i, j in sentence_spans(tokens)]
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


def _dense(ev: list[dict], theme_ids: list[str]):
    import numpy as np

    return np.asarray([rule_numbers(e["rows"], theme_ids) + list(_vector(e)) for e in ev])


def model_scores(train_ev: list[dict], train_y, test_ev: list[dict], theme_ids: list[str],
                 theme: str, features: str = "base", seed: int = 42, C: float = 1.0):
    """P(theme) of each test passage from a logistic regression fitted on the training ones."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    y = np.asarray(train_y)
    if y.sum() < 5 or y.sum() == len(y):
        return np.asarray([float(e["rows"][theme]["coded"]) for e in test_ev])
    vec = TfidfVectorizer(min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]+\b")
    words = vec.fit_transform([e["doc"] for e in train_ev])
    dense, tdense = _dense(train_ev, theme_ids), _dense(test_ev, theme_ids)
    if features == "knn":
        dense = np.hstack([dense, knn_scores(train_ev, y, train_ev, exclude_self=True)[:, None]])
        tdense = np.hstack([tdense, knn_scores(train_ev, y, test_ev)[:, None]])
    X = hstack([words, csr_matrix(dense)]).tocsr()
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=seed)
    clf.fit(X, y)
    Xt = hstack([vec.transform([e["doc"] for e in test_ev]), csr_matrix(tdense)]).tocsr()
    return clf.predict_proba(Xt)[:, list(clf.classes_).index(1)]


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
