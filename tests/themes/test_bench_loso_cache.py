"""bench/themes_loso_fast.py's savings (session 16, themesloso) change no number: on real coded
passages (set C, parsed with the real model), the dense rows stacked once equal the rows built per
fold, the kNN vote read from each passage's first TOP neighbours equals the vote over the full
neighbour order (TOP made small here, so that some passages fall back to the full order), and a
fitted classifier's probabilities are the same bytes either way."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from conftest import REPO

from corpus.themes import coding, heldout
from corpus.themes import examples as ex

sys.path.insert(0, str(REPO / "bench"))
import themes_loso_fast as tf  # noqa: E402
from theme_codings import lexicon  # noqa: E402

N = 90  # passages of set C


@pytest.fixture(scope="module")
def coded():
    from corpus.lang import MODEL
    from corpus.nlp import load_model

    themes = lexicon()
    passages = heldout.read_passages(REPO / "tests" / "data" / "theme_coding_c.csv", themes)[:N]
    tokens = heldout.annotate_passages(passages)
    vocab = load_model(MODEL).vocab
    ev = heldout.evidence_from_tokens(passages, tokens, themes, dict(coding.DEFAULT_PARAMS), vocab=vocab)
    return passages, ev, list(themes)


def _labels(passages, theme):
    return np.array([p["labels"][theme] for p in passages])


def test_stacked_dense_rows_are_the_rows_built_per_fold(coded):
    passages, ev, theme_ids = coded
    rows = tf.DenseRows(ev, theme_ids, dense=ex._dense)
    fold = ev[10:40] + ev[:5]
    got = rows(fold, theme_ids)
    want = ex._dense(fold, theme_ids)
    assert got.dtype == want.dtype and got.shape == want.shape == (35, 4 * len(theme_ids) + 300)
    assert got.tobytes() == want.tobytes()
    # another call (no vector) is the original function's
    assert rows(fold, theme_ids, vector=False).shape == (35, 4 * len(theme_ids))
    # (session 21, themes22) one theme's own numbers ("own rule"): stacked once too, the same bytes
    own = rows(fold, theme_ids[:1])
    assert own.shape == (35, 4 + 300) and own.tobytes() == ex._dense(fold, theme_ids[:1]).tobytes()
    assert rows(fold, theme_ids).tobytes() == want.tobytes()


@pytest.mark.parametrize("exclude_self", [True, False])
def test_the_vote_from_the_nearest_equals_the_vote_over_every_neighbour(coded, monkeypatch, exclude_self):
    passages, ev, theme_ids = coded
    monkeypatch.setattr(tf, "TOP", 12)  # 12 nearest kept: a fold leaving 30 passages out makes some short
    nb = tf.Neighbours(ev)
    assert nb.top.shape == (N, 12)
    y = _labels(passages, "coordination")
    train = list(range(30, N))
    test = train if exclude_self else list(range(30))
    args = ([ev[i] for i in train], y[train], [ev[i] for i in test])
    monkeypatch.setattr(tf, "CACHED", False)
    full = nb.scores(*args, k=10, exclude_self=exclude_self)
    monkeypatch.setattr(tf, "CACHED", True)
    cached = nb.scores(*args, k=10, exclude_self=exclude_self)
    assert cached.tobytes() == full.tobytes()
    assert 0 < full.max() <= 1  # a real vote, not an empty one
    # both paths were taken: some passages' 10 nearest training passages lie beyond their 12 nearest
    te = np.asarray(test)
    member = np.isin(nb.top[te], train) & (nb.top[te] != te[:, None] if exclude_self else True)
    assert (member.sum(axis=1) < 10).any() and (member.sum(axis=1) >= 10).any()


def test_the_classifier_says_the_same_bytes_with_the_savings(coded, monkeypatch):
    passages, ev, theme_ids = coded
    nb = tf.Neighbours(ev)
    monkeypatch.setattr(ex, "knn_scores", nb.scores)
    train, test = ev[:70], ev[70:]
    theme = max(theme_ids, key=lambda t: _labels(passages[:70], t).sum())  # the theme with most positives
    y = _labels(passages[:70], theme)
    assert y.sum() >= 5
    original, out = ex._dense, []
    for cached in (False, True):
        monkeypatch.setattr(tf, "CACHED", cached)
        monkeypatch.setattr(ex, "_dense", tf.DenseRows(ev, theme_ids, dense=original) if cached else original)
        model = ex.fit_model(train, y, theme_ids, theme, features="knn", seed=42)
        out.append(ex.predict_model(model, test, theme))
    assert out[0].tobytes() == out[1].tobytes()
    assert ((out[0] > 0) & (out[0] < 1)).all()
