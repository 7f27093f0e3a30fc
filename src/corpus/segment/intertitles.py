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
