"""Quotation marks read as guillemets: English-style “ ” (and any pair the language data lists
in quote_marks.yaml) become « » in the text the rules read, one character for one, so that every
reader written for « » reads them too and no offset moves; segments keep the document's marks.

The same place reads the glyphs a keyboard, a word processor or an OCR engine puts for « »
(``quote_mark_glyphs``: "<< … >>", "<‹ … ›>", "‹‹ … ››", ",, … ''", "`` … ''", doubled
apostrophes): each glyph of a pair that opens and closes on one line becomes « or » padded with
spaces to its own length, so that every reader of « » (attributions, codes, incises) reads them."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv


def fold_quote_marks(text: str) -> str:
    """text with each listed pair of marks that opens and closes on one line replaced by « »
    (same length); a mark left alone (a closing ” inside a « quotation ») stays as it is."""
    pairs = [p for p in cv.DATA.get("quote_mark_pairs", []) if len(p) == 2]
    for opening, closing in pairs:
        if opening not in text:
            continue
        o, c = re.escape(opening), re.escape(closing)
        text = re.sub(rf"{o}([^{o}{c}\n]*){c}", lambda m: f"«{m.group(1)}»", text)
    return fold_glyphs(text)


@lru_cache(maxsize=4)
def _glyph_pairs(key: tuple) -> list[tuple[str, str, re.Pattern]]:
    out = []
    for opening, closing in sorted(key, key=lambda p: -len(p[0]) - len(p[1])):
        o, c = re.escape(opening), re.escape(closing)
        # opens where no word is glued before it, closes where none follows; the words between
        # hold a letter and neither glyph ("x << 2 >> y" is code, not a quotation)
        out.append((opening, closing, re.compile(
            rf"(?<![\w{o[-1:]}]){o}(?P<inner>(?:(?!{o}|{c})[^\n])*?[^\W\d_](?:(?!{o}|{c})[^\n])*?){c}(?![\w{c[:1]}])")))
    return out


def fold_glyphs(text: str) -> str:
    """text with each pair of typed or OCR'd quotation glyphs (``quote_mark_glyphs``) that opens
    and closes on one line read as « » padded with spaces to the glyphs' length."""
    pairs = tuple(tuple(p) for p in cv.DATA.get("quote_mark_glyphs", []) if len(p) == 2)
    for opening, closing, pattern in _glyph_pairs(pairs):
        if opening not in text or closing not in text:
            continue
        pad_open, pad_close = " " * (len(opening) - 1), " " * (len(closing) - 1)
        text = pattern.sub(lambda m, po=pad_open, pc=pad_close: f"«{po}{m.group('inner')}{pc}»", text)
    return text
