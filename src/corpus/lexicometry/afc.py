"""Correspondence analysis (AFC) of a contingency table: coordinates, contributions, cos2.

A direct SVD of the standardised residuals (numpy's LAPACK), not prince: prince's default
engine is a randomised SVD (approximate, seeded), while these tables are small (a few hundred
lemmas x a few dozen modalities) and an exact decomposition costs milliseconds; contributions
and cos2 are three lines from it. The tests check the result against prince (exact engine)
and against textbook identities. Conventions follow FactoMineR's CA (principal coordinates,
contributions as shares of an axis's inertia, cos2 as shares of a point's squared distance).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class CA:
    eigenvalues: np.ndarray  # every non-trivial axis
    row_coord: np.ndarray  # rows x kept axes, principal coordinates
    col_coord: np.ndarray
    row_contrib: np.ndarray  # share of each axis's inertia (columns sum to 1)
    col_contrib: np.ndarray
    row_cos2: np.ndarray  # share of the point's squared chi2 distance to the centroid
    col_cos2: np.ndarray

    @property
    def inertia_share(self) -> np.ndarray:
        total = self.eigenvalues.sum()
        return self.eigenvalues / total if total > 0 else self.eigenvalues


def fit(table: np.ndarray, n_axes: int) -> CA:
    """CA of a non-negative table without empty rows or columns, ``n_axes`` axes kept."""
    n = np.asarray(table, dtype=np.float64)
    p = n / n.sum()
    r, c = p.sum(axis=1), p.sum(axis=0)
    s = (p - np.outer(r, c)) / np.sqrt(np.outer(r, c))
    u, sv, vt = np.linalg.svd(s, full_matrices=False)
    rank = min(n.shape) - 1
    u, sv, vt = u[:, :rank], sv[:rank], vt[:rank]
    # a singular vector's sign is arbitrary: make each axis's largest column coordinate positive
    flip = np.sign(vt[np.arange(len(sv)), np.argmax(np.abs(vt), axis=1)])
    flip[flip == 0] = 1
    u, vt = u * flip, vt * flip[:, None]
    eig = sv ** 2
    rows = u * sv / np.sqrt(r)[:, None]
    cols = vt.T * sv / np.sqrt(c)[:, None]
    k = min(n_axes, rank)
    with np.errstate(divide="ignore", invalid="ignore"):
        row_contrib = np.where(eig[:k] > 0, r[:, None] * rows[:, :k] ** 2 / eig[:k], 0.0)
        col_contrib = np.where(eig[:k] > 0, c[:, None] * cols[:, :k] ** 2 / eig[:k], 0.0)
        d_row = (rows ** 2).sum(axis=1, keepdims=True)
        d_col = (cols ** 2).sum(axis=1, keepdims=True)
        row_cos2 = np.where(d_row > 0, rows[:, :k] ** 2 / d_row, 0.0)
        col_cos2 = np.where(d_col > 0, cols[:, :k] ** 2 / d_col, 0.0)
    return CA(eig, rows[:, :k], cols[:, :k], row_contrib, col_contrib, row_cos2, col_cos2)


def contingency(x, labels: list[str], lemma_idx: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Lemma x modality counts of segments: rows ``lemma_idx`` of the binary segment x lemma
    matrix ``x``, columns the non-empty values of ``labels`` (one per segment), sorted."""
    from scipy import sparse

    values = sorted({v for v in labels if v})
    index = {v: j for j, v in enumerate(values)}
    rows = [i for i, v in enumerate(labels) if v]
    member = sparse.csr_matrix((np.ones(len(rows)), (rows, [index[labels[i]] for i in rows])),
                               shape=(len(labels), len(values)))
    table = (sparse.csc_matrix(x)[:, lemma_idx].T @ member).toarray()
    return table, values


def rows_for(corpus: str, table: str, items, coord, contrib, cos2) -> list[dict]:
    out = []
    for i, item in enumerate(items):
        for a in range(coord.shape[1]):
            out.append({"corpus": corpus, "table": table, "item": item, "axis": a + 1,
                        "coordinate": float(coord[i, a]), "contribution": float(contrib[i, a]),
                        "cos2": float(cos2[i, a])})
    return out
