"""The model's vocabulary read without loading the model: words looked up by spaCy's hash."""

from __future__ import annotations

from corpus import speedups
from corpus.extract import wordforms


def test_the_lexicon_knows_the_models_words_with_either_hash(monkeypatch, reference_text):
    """Switch on (the Python hash, speedups.string_hash) or off (spaCy's hash_string): the same
    known words of a real page, and OCR misspellings unknown."""
    words = sorted(set(reference_text("fournier2021")[5000:25000].lower().split()))

    def known(switch):
        monkeypatch.setenv(speedups.ENV, switch)
        wordforms.word_lexicon.cache_clear()
        lexicon = wordforms.word_lexicon()
        return [w for w in words + ["auprées", "coordinnation", "onhograp"] if lexicon(w)]

    try:
        on, off = known("1"), known("0")
    finally:
        wordforms.word_lexicon.cache_clear()
    assert on == off
    assert {"territoire", "médecins", "confinement"} <= set(on)
    assert not {"auprées", "coordinnation", "onhograp"} & set(on)
