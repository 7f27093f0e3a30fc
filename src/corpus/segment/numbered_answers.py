"""Survey reports that quote free-text answers as paragraphs opened by the respondent's number,
their description in parentheses and a colon: "n° 112 (pharmacienne, Corse-du-Sud) : Les
patients …" (no guillemets). The words are lang/fr/numbered_answers.yaml.

Found once per document and handed to the segmenter as declared speakers, like a record's
(segment/records.py): the code is the label as written up to the colon, the speaker the number,
the role and region read from the description. At least ``numbered_answer_min_lines`` paragraphs
with different numbers make such a list; an answer set at once in guillemets is left to the
quote rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .base import TextLine, append_cut
from .records import function_attrs
from .regions import resolve_region
from .roles import normalize_role

_alt = cv.literal_alternation
_data = cv.language_data


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    marks = _alt(sorted(_data().get("numbered_answer_marks", []), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?P<code>(?:{marks})\s?(?P<num>\d{{1,5}})\s*\((?P<desc>(?=[^()]*[^\W\d_])[^()«»:]{{2,80}})\))"
                      r"\s*:\s+(?![«\"“])(?=\S)", re.IGNORECASE)


def numbered_answer(text: str) -> re.Match | None:
    """Such a label opening a paragraph, or None."""
    return _pattern(id(_data())).match(text)


def _role(desc: str) -> str:
    head = desc.split(",")[0].strip()
    role = function_attrs(head)[0] or normalize_role(head)
    return "" if role in ("inconnu", "autre") else role


def numbered_answer_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes of a survey's numbered answers, or {} when there are none;
    with a gazetteer, the region and place named in the description."""
    hits = [m for m in (numbered_answer(ln.text) for ln in lines) if m]
    if len({m.group("num") for m in hits}) < _data().get("numbered_answer_min_lines", 2):
        return {}
    found: dict[str, dict] = {}
    for m in hits:
        code = " ".join(m.group("code").split())
        desc = " ".join(m.group("desc").split())
        region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
        found.setdefault(code, {"role_raw": desc, "role": _role(desc), "region": region, "place": place,
                                "moderator": False, "group": False, "source": "attribution",
                                "speaker": m.group("num")})
    return found


def split_at_numbered_answers(lines: list[TextLine]) -> list[TextLine]:
    """Lines cut where a numbered answer opens after a sentence end inside them, as the
    extraction joins paragraphs that open in lower case ("… questionnaire. n° 112 (…) : …");
    re-indexed. Only when the cut lines hold such a list (numbered_answer_speakers)."""
    inside = re.compile(rf"(?<=[.!?…»])\s+(?={_pattern(id(_data())).pattern[1:]})", re.IGNORECASE)
    cuts = [[m.end() for m in inside.finditer(ln.text)] for ln in lines]
    if not any(cuts):
        return lines
    out: list[TextLine] = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out if numbered_answer_speakers(out) else lines
