"""Reviewers' comments quoted in a response to reviewers (issue #14): a thesis's annex or an
article's supplementary file reproduces the reviewers' report comment by comment, each under a
heading naming the reviewer by number ("Relecteur 1 – commentaire 2", "Reviewer 2, point 3",
"Rapporteur n° 1 :"), the comment in guillemets filling its own paragraph, the authors' answer
below ("Réponse des auteurs : nous avons ajouté …"). The comment is the reviewer's words: speaker
the reviewer as the heading names them ("Relecteur 1"), role autre, no place (the document's
région is the authors' and their informants', not an anonymous reviewer's).

Words: lang/fr/reviewer_comments.yaml (``reviewer_words``, ``reviewer_comment_words``). Only a
quotation alone on its paragraph, right under such a heading: the heading's words quoted inside
a sentence (a guide's model "« Relecteur [n] – commentaire [n] : … »") are not one.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv

SOURCE = "reviewer"  # the segments' attr_source: an anonymous reviewer, placed nowhere (document_places)


@cv.per_language_data
def _heading() -> re.Pattern:
    d = cv.language_data()
    who = cv.literal_alternation({fold(w).lower() for w in d.get("reviewer_words", [])}) or "(?!)"
    what = cv.literal_alternation({fold(w).lower() for w in d.get("reviewer_comment_words", [])}) or "(?!)"
    return re.compile(rf"^\s*(?P<who>(?:{who})\s*(?:n\s*°\s*)?(?:\d{{1,2}}|[a-c]))(?![\w])"
                      rf"(?:\s*[,–—:-]?\s*(?:{what})\s*(?:n\s*°\s*)?\d{{1,3}})?\s*[:.]?\s*$")


@cv.per_language_data
def _stems() -> re.Pattern:
    """The reviewer words' first four letters, unfolded: a cheap test of the line above."""
    stems = {w.lower()[1:5] for w in cv.language_data().get("reviewer_words", []) if len(w) > 4}
    return re.compile("|".join(re.escape(s) for s in sorted(stems)) or "(?!)")


def reviewer_comment(text: str, a: int, b: int) -> dict | None:
    """Attributes of the reviewer whose numbered heading stands right above the paragraph that
    the quotation text[a:b] fills; None otherwise."""
    start = text.rfind("\n", 0, a) + 1
    if start < 2 or text[start:a].strip():
        return None  # not opening its paragraph: most quotations, at no cost
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    if not above or len(above) > 60 or not _stems().search(above.lower()):
        return None
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    if text[b:end].strip(" .\t"):
        return None  # not alone on its paragraph
    m = _heading().match(fold(above).lower())
    if m is None:
        return None
    who = " ".join(above.strip().split()[:len(m.group("who").split())])
    return {"speaker": who.rstrip(" ,:–—-"), "role_raw": "", "role": "autre", "region": "", "place": "",
            "attr_source": SOURCE}
