"""Rates and Lafon's hypergeometric specificity (as TXM and IRaMuTeQ compute it)."""

from __future__ import annotations

import math


def per_10k(hits: int, tokens: int) -> float:
    return 0.0 if tokens <= 0 else 10000.0 * hits / tokens


def _log_pmf_sum(a: int, b: int, n: int, K: int, N: int) -> float:
    """log of P(a <= X <= b), X ~ Hypergeometric(N, K, n): the exact terms summed in log space
    (scipy.special, a third of scipy.stats' import time, which the tables job paid for this)."""
    import numpy as np
    from scipy.special import gammaln, logsumexp

    if a > b:
        return -math.inf
    i = np.arange(a, b + 1, dtype=np.float64)

    def log_comb(x, y):
        return gammaln(x + 1) - gammaln(y + 1) - gammaln(x - y + 1)

    terms = log_comb(K, i) + log_comb(N - K, n - i) - log_comb(N, n)
    return float(min(0.0, logsumexp(terms)))


def specificity(k: int, n: int, K: int, N: int, cap: float = 300.0) -> float:
    """Lafon specificity of a form with k occurrences in a part of n tokens.

    X ~ Hypergeometric(N = corpus size, K = the form's total, n = part size).
    Over-represented (k >= E[X] = nK/N): score = -log10 P(X >= k) (positive).
    Under-represented: score = log10 P(X <= k) (negative). Capped at +-cap for printing.
    """
    if N <= 0 or n <= 0 or K <= 0:
        return 0.0
    expected = n * K / N
    lo, hi = max(0, n - (N - K)), min(n, K)
    if k >= expected:
        score = -_log_pmf_sum(max(k, lo), hi, n, K, N) / math.log(10)
    else:
        score = _log_pmf_sum(lo, min(k, hi), n, K, N) / math.log(10)
    if math.isnan(score):
        return 0.0
    score = max(-cap, min(cap, score))
    return 0.0 if score == 0 else score
