"""Rates and Lafon's hypergeometric specificity (as TXM and IRaMuTeQ compute it)."""

from __future__ import annotations

import math


def per_10k(hits: int, tokens: int) -> float:
    return 0.0 if tokens <= 0 else 10000.0 * hits / tokens


def specificity(k: int, n: int, K: int, N: int, cap: float = 300.0) -> float:
    """Lafon specificity of a form with k occurrences in a part of n tokens.

    X ~ Hypergeometric(N = corpus size, K = the form's total, n = part size).
    Over-represented (k >= E[X] = nK/N): score = -log10 P(X >= k) (positive).
    Under-represented: score = log10 P(X <= k) (negative). Capped at +-cap for printing.
    """
    from scipy.stats import hypergeom

    if N <= 0 or n <= 0 or K <= 0:
        return 0.0
    expected = n * K / N
    if k >= expected:
        log_p = hypergeom.logsf(k - 1, N, K, n)
        score = -log_p / math.log(10)
    else:
        log_p = hypergeom.logcdf(k, N, K, n)
        score = log_p / math.log(10)
    if math.isnan(score):
        return 0.0
    score = max(-cap, min(cap, score))
    return 0.0 if score == 0 else score
