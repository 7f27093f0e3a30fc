"""What characterises each CHD class: lemmas and variables over-represented in it (chi2 of the
2 x 2 table segment in class / holds the item, with Yates' correction as R's chisq.test, signed
negative when under-represented, as IRaMuTeQ lists them), and the most characteristic text
segments (IRaMuTeQ's rule: the sum of the chi2 of the class's characteristic lemmas that the
segment holds)."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from .chd import chi2_2x2


def p_value(chi2: float) -> float:
    """Upper tail of chi2 with 1 degree of freedom (scipy.special: no per-call overhead of
    scipy.stats, which costs seconds over thousands of items)."""
    from scipy.special import chdtrc

    return float(chdtrc(1, abs(chi2)))


def item_rows(corpus: str, kind: str, classes: np.ndarray, presence, items: list[str],
              max_p: float) -> list[dict]:
    """Over-represented items per class (chi2 > 0, p <= max_p), among classified segments.

    ``presence`` is a binary segments x items matrix (sparse or dense) over the same segments
    as ``classes`` (0 = unclassified, left out of the counts).
    """
    keep = classes > 0
    pres = sparse.csc_matrix(presence)[keep]
    cls = classes[keep]
    n = len(cls)
    rows = []
    item_total = np.asarray(pres.sum(axis=0)).ravel()
    for k in sorted(set(cls.tolist())):
        in_k = cls == k
        n_k = int(in_k.sum())
        in_count = np.asarray(pres[in_k].sum(axis=0)).ravel()
        for j in np.flatnonzero(in_count):
            n_in, n_item = int(in_count[j]), int(item_total[j])
            chi2 = chi2_2x2(n_in, n_k, n_item, n)
            p = p_value(chi2)
            if chi2 > 0 and p <= max_p:
                rows.append({"corpus": corpus, "class": k, "kind": kind, "item": items[j], "chi2": chi2,
                             "p": p, "n_in": n_in, "n_out": n_item - n_in})
    return sorted(rows, key=lambda r: (r["class"], -round(r["chi2"], 6), r["item"]))


def indicator(labels: list[list[str]]) -> tuple[sparse.csr_matrix, list[str]]:
    """Binary segments x items matrix from each segment's list of items (sorted item names)."""
    items = sorted({v for row in labels for v in row})
    index = {v: j for j, v in enumerate(items)}
    rows, cols = [], []
    for i, row in enumerate(labels):
        for v in sorted(set(row)):
            rows.append(i)
            cols.append(index[v])
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(labels), len(items))), items


def segment_scores(x, classes: np.ndarray, lemma_chi2: dict[int, np.ndarray]) -> np.ndarray:
    """Score of each segment for its own class: sum of the chi2 of its class's characteristic
    lemmas it holds (0 for unclassified segments)."""
    x = sparse.csr_matrix(x)
    scores = np.zeros(x.shape[0])
    for k, weights in lemma_chi2.items():
        rows = np.flatnonzero(classes == k)
        if len(rows):
            scores[rows] = x[rows] @ weights
    return scores
