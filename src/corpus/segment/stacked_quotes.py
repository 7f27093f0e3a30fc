"""Italic quotation paragraphs stacked one under the other, one description line below the last.

"“Le numéro de garde renvoie sur un répondeur, … entre deux patients.”" then "“J'en ai parlé à la
CPTS de Haguenau, … les oubliés de la coordination.”", both in italics, then the roman line
"Praticien K, 31 ans, centre de santé dentaire, Bas-Rhin": a thesis that describes each informant
BELOW their words sets a long answer as several quoted paragraphs, and the one description covers
them all. Consecutive paragraphs that are each wholly one quotation in italics
(``min_italic_share``), the first one credited to no one, followed by a short roman line that
does not end like a sentence (at most ``max_caption_words`` words: a description, not a
commentary) are one quotation with the last one's reading (lang/fr/stacked_quotes.yaml). Italic
quotations separated by a commentary, each with its own description, or followed by the author's
sentence are unchanged.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import n_words
from .quotes import QuoteCall

DEFAULTS = {"min_italic_share": 0.9, "max_caption_words": 15}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("stacked_quotes") or {})}


def _opens_line(chunk: str, qa: int) -> bool:
    return not chunk[chunk.rfind("\n", 0, qa) + 1:qa].strip()


def _line_end(chunk: str, qb: int) -> int | None:
    """The end of the line the quotation ending at ``qb`` closes, or None when words follow it."""
    lb = chunk.find("\n", qb)
    lb = len(chunk) if lb < 0 else lb
    return lb if not chunk[qb:lb].strip(" \t.") else None


def _unattributed(call: QuoteCall) -> bool:
    return call.attribution is None and not call.attrs.get("speaker") and "person" not in call.attrs \
        and call.attrs.get("role", "inconnu") in ("", "inconnu")


def join_stacked(chunk: str, a: int, calls: list, styles) -> list:
    """``calls`` (qa, qb, QuoteCall) of a prose chunk starting at absolute offset ``a`` with each
    run of stacked italic quotation paragraphs above one description line made one call."""
    s = settings()
    out = list(calls)
    k = 0
    while k < len(out) - 1:
        qa, qb, call = out[k]
        na, nb, nxt = out[k + 1]
        end = _line_end(chunk, nb)
        # one quotation then the next, nothing but a space or a paragraph break between (extraction
        # may run two italic paragraphs into one line), the run in italics and closing its line
        if call.verbatim and _unattributed(call) and _opens_line(chunk, qa) and not chunk[qb:na].strip() \
                and chunk.count("\n", qb, na) <= 1 and end is not None \
                and styles.share(a + qa, a + nb, "italic") >= s["min_italic_share"]:
            below = chunk[end + 1:].split("\n", 1)[0].strip() if end < len(chunk) else ""
            last = k + 1 == len(out) - 1 or out[k + 2][0] > end + 1 + len(below)
            if below and last and n_words(below) <= s["max_caption_words"] and not re.search(r"[.!?…:»”\"]$", below) \
                    and styles.share(a + end + 1, a + end + 1 + len(below), "italic") < s["min_italic_share"]:
                out[k:k + 2] = [(qa, nb, nxt if nxt.verbatim else call)]
                continue
        k += 1
    return out
