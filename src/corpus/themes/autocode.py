"""Autocode from existing coding (NVivo's "autocode using existing coding patterns"): one
scikit-learn classifier per theme, trained on the human-coded segments.

Features of a segment: TF-IDF of its content lemmas, plus the lexicon rule's evidence for every
theme (distinct entries, weak entries, similarity contrast, the rule's decision). Classifier:
logistic regression with balanced class weights. Its agreement is estimated by stratified k-fold
cross-validation (seeded) on the coded sample, never on the data it was fitted on; it codes the
uncoded segments only where its cross-validated F1 beats the lexicon rule's on the same sample.
"""

from __future__ import annotations

from .vectors import flag

MIN_POSITIVES = 5  # fewer human positives (or negatives) than folds: no model for that theme


def lemma_document(tokens: list[dict]) -> str:
    return " ".join(t["lemma"].lower() for t in tokens
                    if flag(t.get("is_alpha")) and not flag(t.get("is_stop"))
                    and not flag(t.get("is_noise")))


def rule_features(rule_rows: dict[str, dict], theme_ids: list[str]) -> list[float]:
    """Numbers from the lexicon rule's rows of one segment ({theme: row})."""
    out = []
    for t in theme_ids:
        r = rule_rows[t]
        n = len([e for e in r["evidence"].split("; ") if e])
        out += [min(n, 5) / 5, float(r["similarity"]), float(r["coded"])]
    return out


def _matrix(vectorizer, docs: list[str], numeric: list[list[float]], fit: bool):
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    words = vectorizer.fit_transform(docs) if fit else vectorizer.transform(docs)
    return hstack([words, csr_matrix(np.asarray(numeric, dtype="float64"))]).tocsr()


def _classifier(seed: int):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=2.0, class_weight="balanced", max_iter=2000, random_state=seed)


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]+\b")


def cross_validated(docs: list[str], numeric: list[list[float]], labels: list[int],
                    seed: int, folds: int = 5) -> list[int] | None:
    """Out-of-fold predictions for every coded segment, or None when a class is too rare.
    The vectorizer is fitted inside each fold (no vocabulary leaks from the test fold)."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels)
    if min(int(y.sum()), int(len(y) - y.sum())) < max(MIN_POSITIVES, folds):
        return None
    pred = np.zeros(len(y), dtype=int)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(docs, y):
        vec = _vectorizer()
        X_train = _matrix(vec, [docs[i] for i in train], [numeric[i] for i in train], fit=True)
        X_test = _matrix(vec, [docs[i] for i in test], [numeric[i] for i in test], fit=False)
        clf = _classifier(seed).fit(X_train, y[train])
        pred[test] = clf.predict(X_test)
    return [int(p) for p in pred]


def fit_predict(docs: list[str], numeric: list[list[float]], labels: list[int],
                new_docs: list[str], new_numeric: list[list[float]], seed: int):
    """(decision, probability) for each new segment, from a model fitted on all coded ones."""
    import numpy as np

    vec = _vectorizer()
    X = _matrix(vec, docs, numeric, fit=True)
    clf = _classifier(seed).fit(X, np.asarray(labels))
    if not new_docs:
        return []
    X_new = _matrix(vec, new_docs, new_numeric, fit=False)
    proba = clf.predict_proba(X_new)[:, list(clf.classes_).index(1)]
    return [(int(p >= 0.5), round(float(p), 6)) for p in proba]
