"""Reinert CHD: the cut, the reassignment, the crossing statistics, planted classes."""

from itertools import product

import numpy as np
import pytest
from scipy import sparse
from scipy.stats import chi2_contingency
from sklearn.metrics import adjusted_rand_score

from corpus.lexicometry import chd


def random_binary(seed, n, p, density=0.35):
    rng = np.random.default_rng(seed)
    m = (rng.random((n, p)) < density).astype(float)
    m[m.sum(axis=1) == 0, 0] = 1  # every row holds a lemma
    m[0, m.sum(axis=0) == 0] = 1  # every lemma occurs
    return m


def table_chi2(m, in1):
    """scipy's chi2 of the 2 x lemmas table of the two groups (no correction)."""
    t = np.vstack([m[in1].sum(axis=0), m[~in1].sum(axis=0)])
    t = t[:, t.sum(axis=0) > 0]
    return chi2_contingency(t, correction=False)[0]


@pytest.mark.parametrize("seed", range(6))
def test_best_cut_is_the_brute_force_maximum_along_the_order(seed):
    m = random_binary(seed, 14, 9)
    order = np.random.default_rng(100 + seed).permutation(14)
    brute = []
    for k in range(1, 14):
        in1 = np.zeros(14, bool)
        in1[order[:k]] = True
        brute.append(table_chi2(m, in1))
    k, chi2 = chd.best_cut(sparse.csr_matrix(m), order)
    assert k == int(np.argmax(brute)) + 1
    assert chi2 == pytest.approx(max(brute), rel=1e-9)


def test_split_chi2_equals_scipy():
    m = random_binary(7, 20, 12)
    in1 = np.arange(20) % 3 == 0
    assert chd.split_chi2(m[in1].sum(axis=0), m.sum(axis=0)) == pytest.approx(table_chi2(m, in1), rel=1e-9)


def test_small_table_best_partition_is_enumerated():
    """On a small table every two-group partition can be listed: the Reinert split (factor
    order, best cut, reassignment) reaches the global maximum when the structure is clear."""
    blocks = np.zeros((8, 6))
    blocks[:4, :3] = 1
    blocks[4:, 3:] = 1
    blocks[0, 3] = blocks[5, 0] = 1  # some noise
    best = max((table_chi2(blocks, np.array(bits, bool)), bits) for bits in product([0, 1], repeat=8)
               if 0 < sum(bits) < 8)
    res = chd.split(sparse.csr_matrix(blocks), cc_test=0.3, tsj=1, max_moves=50)
    assert res.chi2 == pytest.approx(best[0], rel=1e-9)
    found = tuple(int(v) for v in res.in1)
    assert found == best[1] or tuple(1 - v for v in found) == best[1]


@pytest.mark.parametrize("seed", range(4))
def test_reassignment_raises_chi2_until_no_single_move_helps(seed):
    m = random_binary(seed, 25, 10)
    x = sparse.csr_matrix(m)
    in1 = np.arange(25) < 12
    start = table_chi2(m, in1)
    out, chi2, _ = chd.reassign(x, in1, start, max_moves=1000)
    assert chi2 >= start
    assert chi2 == pytest.approx(table_chi2(m, out), rel=1e-9)
    for i in range(25):  # no single move left that raises the chi2
        other = out.copy()
        other[i] = not other[i]
        if 0 < other.sum() < 25:
            assert table_chi2(m, other) <= chi2 * (1 + 1e-9)


def test_first_factor_matches_dense_correspondence_analysis():
    m = random_binary(3, 40, 15, density=0.3)
    p = m / m.sum()
    r, c = p.sum(axis=1), p.sum(axis=0)
    s = (p - np.outer(r, c)) / np.sqrt(np.outer(r, c))
    u = np.linalg.svd(s)[0][:, 0] / np.sqrt(r)
    got = chd.first_factor(sparse.csr_matrix(m))
    assert min(np.abs(got - u).max(), np.abs(got + u).max()) < 1e-6


@pytest.mark.parametrize("cells", [(30, 50, 40, 200), (5, 40, 60, 300), (0, 20, 30, 100)])
def test_crossing_chi2_is_r_chisq_test_with_sign(cells):
    n_both, n1, n2, n = cells
    table = np.array([[n_both, n1 - n_both], [n2 - n_both, n - n1 - n2 + n_both]])
    stat, _, _, expected = chi2_contingency(table, correction=True)
    sign = -1 if expected[0, 0] > n_both else 1
    assert chd.chi2_2x2(n_both, n1, n2, n) == pytest.approx(sign * stat, rel=1e-9)


def test_context_units_merge_within_a_group_only():
    sizes = [3, 3, 3, 1, 5, 2]
    x = sparse.csr_matrix(np.array([[1] * s + [0] * (5 - s) for s in sizes], dtype=float))
    groups = ["a", "a", "a", "a", "b", "b"]
    unit = chd.context_units(x, groups, 6)
    # a: 3+3 -> unit 0; 3+1 = 4 < 6 at the end of the group -> joins unit 0; b: 5+2 -> unit 1
    assert unit.tolist() == [0, 0, 0, 0, 1, 1]
    assert chd.context_units(x, groups, 1).tolist() == [0, 1, 2, 3, 4, 5]


def planted(seed, n_per_class=120, vocab=30, draws=10, own=0.8, shuffle=True):
    """Three vocabularies; each segment draws lemmas from its class's vocabulary with
    probability ``own``, else from the union of the three. Without ``shuffle`` the segments of
    a class are consecutive, as the segments of one speech are."""
    rng = np.random.default_rng(seed)
    rows, truth = [], []
    for k in range(3):
        for _ in range(n_per_class):
            row = np.zeros(3 * vocab)
            for _ in range(draws):
                j = k * vocab + rng.integers(vocab) if rng.random() < own else rng.integers(3 * vocab)
                row[j] = 1
            rows.append(row)
            truth.append(k)
    order = rng.permutation(len(rows)) if shuffle else np.arange(len(rows))
    m = np.array(rows)[order]
    truth = np.array(truth)[order]
    return sparse.csr_matrix(m), truth


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_planted_classes_are_recovered_by_double_classification(seed):
    x, truth = planted(seed, shuffle=False)
    groups = [i // 2 for i in range(x.shape[0])]  # pairs of segments may merge into one unit
    res = chd.run(x, groups, [5, 12], n_classes=3, min_split_members=5, cc_test=0.3, tsj=3, double=True,
                  min_members=10, min_chi2=3.84, max_k=3, min_kept_share=0.5)
    kept = res.classes > 0
    assert kept.mean() >= 0.7
    assert adjusted_rand_score(truth[kept], res.classes[kept]) >= 0.9


@pytest.mark.parametrize("seed", [1, 2])
def test_planted_classes_are_recovered_by_simple_classification(seed):
    x, truth = planted(seed)
    res = chd.run(x, list(range(x.shape[0])), [1, 1], n_classes=3, min_split_members=5, cc_test=0.3, tsj=3,
                  double=False, min_members=10, min_chi2=3.84, max_k=3, min_kept_share=0.5)
    assert (res.classes > 0).all()
    assert adjusted_rand_score(truth, res.classes) >= 0.9


def test_classification_is_deterministic_and_classes_follow_the_tree():
    x, _ = planted(5)
    groups = [i // 2 for i in range(x.shape[0])]
    args = {"n_classes": 5, "min_split_members": 5, "cc_test": 0.3, "tsj": 3, "double": True,
            "min_members": 10, "min_chi2": 3.84, "max_k": 5, "min_kept_share": 0.5}
    a, b = chd.run(x, groups, [5, 12], **args), chd.run(x, groups, [5, 12], **args)
    assert np.array_equal(a.classes, b.classes)
    assert a.nodes == b.nodes
    assert sorted(set(a.classes.tolist()) - {0}) == list(range(1, a.kept_k + 1))
    # every class hangs from a node that lists it among its children
    children = {name: kids for name, _, _, kids in a.nodes}
    for cls, parent in a.parent.items():
        assert cls in children[parent]


def test_partitions_are_disjoint_and_best_covering():
    members = [np.array(m) for m in ([0, 1, 2], [3, 4], [2, 5], [5, 6, 7, 8], [0, 1])]
    cross = [chd.Crossing(0, i, 0, i, m, 10.0 + i) for i, m in enumerate(members)]
    best = chd.partitions(cross, 3)
    # brute force over all pairs and triples of disjoint crossings
    from itertools import combinations

    for k in (2, 3):
        options = [c for c in combinations(range(5), k)
                   if all(not set(members[a]) & set(members[b]) for a, b in combinations(c, 2))]
        top = max(options, key=lambda c: (sum(len(members[i]) for i in c), sum(cross[i].chi2 for i in c)))
        assert best[k][2] == top
