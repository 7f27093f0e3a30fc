"""PULL QUOTES (issue #14, session 43): a paragraph that is one quotation, set apart (often in bold)
under the quotation it condenses ("« Le bruit, tu ne l'entends plus, c'est ça le pire. »" under
Bernard Chapuis's longer words), is that person's words again. The quotation reader makes it a
verbatim (repeats_quote_above, read by segment/quotes.py and the intertitle rule); this pass over the finished segments gives it
the attributes of the verbatim it repeats, read by then in full (a name the later passes found).
Only attributes change.
"""

from __future__ import annotations

import re

from ..text import fold

# how far above the quotation it repeats may stand (characters), how much of its words it holds
REACH = 1200
SHARE = 0.8
ATTRS = ("speaker", "role_raw", "role", "region", "place", "attr_source")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{3,}", fold(text).lower())


def _condenses(own: list[str], theirs: str) -> bool:
    """``own`` words (four at least) are SHARE or more words of ``theirs``."""
    words = set(_words(theirs))
    return len(own) >= 4 and sum(w in words for w in own) >= SHARE * len(own)


def repeats_quote_above(inner: str, text: str, line_start: int) -> bool:
    """The quotation filling a paragraph (``inner``) repeats, condensed, the last quotation of the
    paragraphs just above ``line_start``: SHARE of its words are that quotation's."""
    quotes = re.findall(r"«([^«»]{20,})»", text[max(0, line_start - REACH):line_start])
    return bool(quotes) and _condenses(_words(inner), quotes[-1])


def repeated_verbatim(seg, earlier: list):
    """The verbatim of ``earlier`` (segments before ``seg``, in order) that ``seg``, a quotation
    filling its paragraph, repeats: the last one ending within REACH characters whose words hold
    SHARE of ``seg``'s; None otherwise."""
    own = _words(seg.text)
    if len(own) < 4 or not seg.text.strip().startswith("«"):
        return None
    for prev in reversed(earlier):
        if prev.char_end < seg.char_start - REACH:
            return None
        if prev.kind == "verbatim":
            return prev if _condenses(own, prev.text) else None
    return None


def apply_pull_quotes(segments: list) -> None:
    """Give each unattributed pull quote the attributes of the verbatim it repeats."""
    for k, seg in enumerate(segments):
        if seg.kind != "verbatim" or seg.speaker:
            continue
        prev = repeated_verbatim(seg, segments[:k])
        if prev is not None and prev.speaker:
            for name in ATTRS:
                setattr(seg, name, getattr(prev, name))
