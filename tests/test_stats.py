"""Lafon specificity checked against exact hypergeometric sums computed by hand (math.comb)."""

from __future__ import annotations

import math

import pytest

from corpus.stats import per_10k, specificity


def _pmf(i: int, N: int, K: int, n: int) -> float:
    return math.comb(K, i) * math.comb(N - K, n - i) / math.comb(N, n)


def _lafon_by_hand(k: int, n: int, K: int, N: int) -> float:
    lo, hi = max(0, n - (N - K)), min(n, K)
    if k >= n * K / N:
        return -math.log10(sum(_pmf(i, N, K, n) for i in range(k, hi + 1)))
    return math.log10(sum(_pmf(i, N, K, n) for i in range(lo, k + 1)))


def test_over_represented_small_example():
    # corpus of 20 tokens, the theme 5 times, a part of 8 tokens with 4 of them (E[X] = 2):
    # P(X>=4) = [C(5,4)C(15,4) + C(5,5)C(15,3)] / C(20,8) = (5*1365 + 455) / 125970
    p = (5 * 1365 + 455) / 125970
    assert specificity(4, 8, 5, 20) == pytest.approx(-math.log10(p), rel=1e-9)
    assert specificity(4, 8, 5, 20) > 0


def test_under_represented_small_example():
    # same corpus, a part of 10 tokens with none of the 5 occurrences:
    # P(X<=0) = C(15,10) / C(20,10) = 3003 / 184756
    assert specificity(0, 10, 5, 20) == pytest.approx(math.log10(3003 / 184756), rel=1e-9)
    assert specificity(0, 10, 5, 20) < 0


@pytest.mark.parametrize("k,n,K,N", [(3, 40, 10, 200), (0, 50, 12, 300), (9, 30, 15, 120),
                                     (2, 100, 20, 1000), (1, 7, 3, 21)])
def test_matches_exact_sums(k, n, K, N):
    assert specificity(k, n, K, N) == pytest.approx(_lafon_by_hand(k, n, K, N), rel=1e-7)


def test_sign_follows_expected_count():
    # 50 hits in a part holding a tenth of a 10,000-token corpus where the theme has 100 hits
    assert specificity(50, 1000, 100, 10000) > 10
    assert specificity(1, 5000, 100, 10000) < -10


def test_degenerate_groups_are_zero():
    assert specificity(0, 0, 5, 100) == 0.0
    assert specificity(0, 10, 0, 100) == 0.0


def test_per_10k():
    assert per_10k(3, 1500) == pytest.approx(20.0)
    assert per_10k(1, 0) == 0.0
