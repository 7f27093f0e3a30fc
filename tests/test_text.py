"""corpus.text: folding for matching. The fast paths (ASCII untouched, marks dropped by
str.translate, a cache) must give what the plain definition gives on every character."""

import sys
import unicodedata

from corpus.text import fold, strip_accents


def plain_strip(text: str) -> str:
    """The definition: decomposed (NFKD), combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_french_words_lose_their_accents_and_case():
    assert strip_accents("Île-de-France") == "Ile-de-France"
    assert fold("Réunionite, ÇA SUFFIT") == "reunionite, ca suffit"
    assert fold("cœur ﬁdèle") == "cœur fidele"  # the ligature ﬁ decomposes, œ does not
    assert fold("Saint\u00a0Étienne") == "saint etienne"  # NFKD: a no-break space is a space


def test_every_character_folds_as_the_definition_says():
    # each code point between two accented letters, in blocks of 512 (surrogates cannot be encoded)
    points = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for k in range(0, len(points), 512):
        text = "é".join(points[k:k + 512]) + "Ô"
        assert strip_accents(text) == plain_strip(text), f"block from U+{ord(points[k]):04X}"
        assert fold(text) == plain_strip(text.lower())


def test_a_repeated_text_is_folded_once():
    fold.cache_clear()
    fold("Médecin généraliste")
    fold("Médecin généraliste")
    assert fold.cache_info().hits == 1
