"""Accent and case folding for matching words, shared by every stage."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


class _CombiningMarks(dict):
    """Code point -> None for a combining mark (``str.translate`` drops it), else itself; each
    character is looked up in the Unicode database once, the first time a text holds it."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _CombiningMarks()


def strip_accents(text: str) -> str:
    """'Île-de-France' -> 'Ile-de-France': decomposed, combining marks dropped (case kept)."""
    if text.isascii():  # NFKD leaves ASCII as it is and it holds no mark
        return text
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


# The segmenter folds the same lines and words many times over (a document's ~50,000 distinct
# strings ~500,000 times): a bounded cache keeps the repeats from being folded again.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, for matching words and descriptions."""
    return strip_accents(text.lower())
