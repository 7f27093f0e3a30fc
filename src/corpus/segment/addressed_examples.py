"""Sentences offered to the reader (issue #14): a run of paragraphs each holding one whole
quotation and nothing else, set right under or right above a line that speaks to the reader
(``address_words``, the line ending on a colon or a question mark, or a title of a few words): "Vous ne savez pas par où
commencer ? Voici quelques débuts de phrases :" then « Je m'occupe de ma mère depuis… »; a poster's
« Je n'ai pas le temps d'être malade. » … then "Vous vous reconnaissez dans une de ces phrases ?".
They are what the reader may think or write, nobody's words: made narrative. A line that says the
sentences were said or collected (``said_words``: "Ce que vous nous avez dit :") keeps them speech.
Data: lang/fr/addressed_examples.yaml.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine, narrative_on
from .questionnaire_items import names

MAX_TITLE_WORDS = 12
WHOLE_QUOTE = re.compile(r"^\s*(?:[•◦▪‣●■*–—-]\s*)?(?:«[^«»]+»|“[^“”]+”)\s*[.;,]?\s*$")


def settings() -> dict:
    return {"address_words": [], "said_words": [], "example_nouns": [], "min_items": 2,
            **(cv.language_data().get("addressed_examples") or {})}


def _addresses(text: str, s: dict) -> bool:
    """A line speaking to the reader and opening or closing a run: second person, ending on a colon
    or a question mark, not saying the sentences were said."""
    t = fold(" ".join(text.split())).lower()
    # (or a title of a few words: "Pour vous aider à commencer, quelques débuts de phrase")
    led = t.rstrip(" .!").endswith(("?", ":")) or (len(t.split()) <= MAX_TITLE_WORDS and not t.endswith("."))
    return led and names(t, s["address_words"]) and not names(t, s["said_words"])


def _question(text: str) -> bool:
    return text.rstrip(" .").endswith("?")


def _names_examples(text: str, s: dict) -> bool:
    """A line naming the sentences above as such ("… dans une de ces phrases ?")."""
    return names(text, s["example_nouns"])


def example_lines(lines: list[TextLine], s: dict | None = None) -> set[int]:
    """Indices of the quotation paragraphs offered to the reader."""
    s = s or settings()
    nonblank = [ln for ln in lines if ln.text.strip()]
    out: set[int] = set()
    k = 0
    while k < len(nonblank):
        if not WHOLE_QUOTE.match(nonblank[k].text):
            k += 1
            continue
        j = k
        while j < len(nonblank) and WHOLE_QUOTE.match(nonblank[j].text):
            j += 1
        before = nonblank[k - 1].text if k > 0 else ""
        after = nonblank[j].text if j < len(nonblank) else ""
        # (the line above introduces them, not as a question: "Et vos relations avec les généralistes ?"
        # over quoted answers is an interview; the line below speaks of them as sentences)
        if j - k >= s["min_items"] and ((_addresses(before, s) and not _question(before))
                                        or (_addresses(after, s) and _names_examples(after, s))):
            out |= {ln.index for ln in nonblank[k:j]}
        k = j
    return out


def demote_addressed_examples(spans: list[Span], lines: list[TextLine], line_of) -> list[Span]:
    """The spans, with the speech on the paragraphs offered to the reader made narrative."""
    return narrative_on(spans, example_lines(lines), line_of)
