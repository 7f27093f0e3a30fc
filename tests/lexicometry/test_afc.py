"""Correspondence analysis against independent computations."""

import numpy as np
import pandas as pd
import prince
import pytest
from scipy import sparse

from corpus.lexicometry import afc

TABLE = np.array([  # lemma x region counts of a small made-up survey
    [30, 5, 12, 8], [4, 25, 9, 3], [10, 11, 30, 2], [7, 3, 4, 22], [15, 14, 13, 12], [2, 9, 1, 17],
], dtype=float)


def eig_reference(n):
    """Eigen-decomposition of S'S (not an SVD of S): eigenvalues and principal coordinates."""
    p = n / n.sum()
    r, c = p.sum(axis=1), p.sum(axis=0)
    s = (p - np.outer(r, c)) / np.sqrt(np.outer(r, c))
    vals, vecs = np.linalg.eigh(s.T @ s)
    order = np.argsort(vals)[::-1]
    vals, vecs = vals[order], vecs[:, order]
    cols = vecs / np.sqrt(c)[:, None] * np.sqrt(np.clip(vals, 0, None))
    rows = (p / r[:, None]) @ (cols / np.where(vals > 1e-15, np.sqrt(vals), 1))  # transition formula
    return vals, rows, cols


def aligned(a, b):
    """Column-wise sign alignment of b on a."""
    return b * np.sign(np.sum(a * b, axis=0))


def test_eigenvalues_and_coordinates_equal_an_eigendecomposition():
    ca = afc.fit(TABLE, 3)
    vals, rows, cols = eig_reference(TABLE)
    assert np.allclose(ca.eigenvalues, vals[:3], atol=1e-10)
    assert np.allclose(ca.row_coord, aligned(ca.row_coord, rows[:, :3]), atol=1e-6)
    assert np.allclose(ca.col_coord, aligned(ca.col_coord, cols[:, :3]), atol=1e-6)


def test_total_inertia_is_chi2_over_n():
    from scipy.stats import chi2_contingency

    ca = afc.fit(TABLE, 3)
    assert ca.eigenvalues.sum() == pytest.approx(chi2_contingency(TABLE)[0] / TABLE.sum(), rel=1e-9)
    assert ca.inertia_share.sum() == pytest.approx(1.0)


def test_matches_prince_exact_engine():
    frame = pd.DataFrame(TABLE, index=[f"l{i}" for i in range(6)], columns=list("abcd"))
    ref = prince.CA(n_components=3, engine="scipy", random_state=42).fit(frame)
    ca = afc.fit(TABLE, 3)
    assert np.allclose(ca.eigenvalues[:3], ref.eigenvalues_, atol=1e-6)
    rows = ref.row_coordinates(frame).to_numpy()
    cols = ref.column_coordinates(frame).to_numpy()
    assert np.allclose(ca.row_coord, aligned(ca.row_coord, rows), atol=1e-6)
    assert np.allclose(ca.col_coord, aligned(ca.col_coord, cols), atol=1e-6)
    contrib = ref.row_contributions_.to_numpy()
    assert np.allclose(ca.row_contrib, contrib / contrib.sum(axis=0), atol=1e-6)
    assert np.allclose(ca.row_cos2, ref.row_cosine_similarities(frame).to_numpy(), atol=1e-6)


def test_contributions_and_cos2_are_shares():
    ca = afc.fit(TABLE, 3)  # 3 = every axis of a 6 x 4 table
    assert np.allclose(ca.row_contrib.sum(axis=0), 1)
    assert np.allclose(ca.col_contrib.sum(axis=0), 1)
    assert np.allclose(ca.row_cos2.sum(axis=1), 1)
    assert np.allclose(ca.col_cos2.sum(axis=1), 1)


def test_contingency_counts_segments_per_modality():
    x = sparse.csr_matrix(np.array([[1, 0, 1], [1, 1, 0], [0, 1, 1], [1, 1, 1]], dtype=float))
    table, values = afc.contingency(x, ["b", "a", "", "a"], np.array([0, 2]))
    assert values == ["a", "b"]  # the unlabelled segment is left out
    assert table.tolist() == [[2, 1], [1, 1]]
