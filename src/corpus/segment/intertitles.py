"""Press intertitles in guillemets: a line set in bold that is one short quotation and nothing
else ("« On se sent moins seuls »" between two paragraphs of a regional daily's page) is the
editor's title pulled from the article, not the speaker's words a second time. A pull quote
("exergue") is longer than ``quoted_intertitle_max_words`` (lang/fr/intertitles.yaml) or runs
over several sentences, and stays a verbatim.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import n_words

WHOLE_QUOTE = re.compile(r"^\s*«(?P<inner>[^«»]+)»\s*[.!?…]?\s*$")
SENTENCE_END = re.compile(r"[.!?…]\s+\S")


def quoted_intertitle(line: str, bold_share: float) -> bool:
    """The line (set in bold for ``bold_share`` of it) is one short quotation of one sentence."""
    m = WHOLE_QUOTE.match(line)
    if m is None or bold_share < 0.9:
        return False
    inner = m.group("inner").strip()
    return n_words(inner) <= cv.language_data().get("quoted_intertitle_max_words", 10) \
        and not SENTENCE_END.search(inner)


# a section number, one quotation and a code in parentheses: "3.1 « On n'est pas des pompiers » (M4)"
CODED_QUOTE_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?«(?P<inner>[^«»]+)»\s*\((?P<code>[^()]{1,16})\)\s*\.?\s*$")
# fewer words in guillemets are a notion or a title's phrase, not a participant's sentence
MIN_CODED_HEADING_WORDS = 4


def coded_quote_heading(line: str, series: set[str]) -> bool:
    """The heading line is a participant's words titling a subsection: one quotation, perhaps after
    a section number, closed by a code in parentheses that belongs to the series of codes the
    document quotes its participants by (``series``: "M1 à M10", then "(M4)", "(M7)" …), as a
    thesis titles its results' subsections (s29-segr50a). A quoted title without a code, or with a
    reference ("(2019)", "(Tableau 2)"), stays a heading."""
    m = CODED_QUOTE_HEADING.match(line)
    return m is not None and m.group("code").strip() in series and n_words(m.group("inner")) >= MIN_CODED_HEADING_WORDS
