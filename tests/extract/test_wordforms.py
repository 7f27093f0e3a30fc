"""The model's vocabulary read without spaCy: words hashed as spaCy hashes them."""

from __future__ import annotations

from corpus.extract import wordforms


def test_string_hash_is_spacys(reference_text):
    """The lexicon check hashes words as spaCy does, without importing spaCy: every distinct
    word of a real document must hash to spacy.strings.hash_string's value."""
    from spacy.strings import hash_string

    words = sorted(set(reference_text("perelli2022").split()))
    assert len(words) > 3000 and any(len(w.encode()) % 8 == 0 for w in words)
    assert [wordforms.string_hash(w) for w in words] == [hash_string(w) for w in words]
