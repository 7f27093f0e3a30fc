"""People presented together, then quoted by their rank or as their colleague (issue #14).

A sociology article or a portrait presents two or three people in one sentence, each by first name
and an apposition, and says what they share after them: "Maëlle, 29 ans, et Josiane, 61 ans,
exercent dans le même cabinet infirmier de Fontenay-le-Comte". It then quotes them by their rank in
that sentence, "La première : « … »", "La seconde, qui a connu le cabinet …, nuance : « … »"
(``ordinal_speaker_ranks`` after ``ordinal_speaker_articles``, lang/fr/ordinal_speakers.yaml), or
quotes someone who works with them, named in apposition to a colleague noun after a possessive:
"… que leur associé, Thierry, résume : « … »" (``ordinal_speaker_colleague_nouns``,
``ordinal_speaker_possessives``). The first is the person of that rank; the second the person
named, who shares the others' role. What they do and where comes from their apposition and the
predicate of the presenting sentence. Without such a presentation before (in the 1500 characters
before the quote), "La première : « … »" stays unattributed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv

_FIRST = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
# "Maëlle, 29 ans, et Josiane, 61 ans, exercent …": first names with an apposition, the last after
# a conjunction (lang/fr grammar.yaml list_conjunctions), then the predicate up to the sentence's end
PRESENTED = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?»]\s))(?P<names>(?:{_FIRST}\s*,\s*[^,.;:«»]{{2,40}},\s*)+"
    rf"(?:{cv.word_forms('list_conjunctions')})\s+{_FIRST}\s*,\s*[^,.;:«»]{{2,40}},)\s*(?P<pred>[^.;!?«»]{{3,200}})")
PAIR = re.compile(rf"(?P<name>{_FIRST})\s*,\s*(?P<desc>[^,.;:«»]{{2,40}}),")


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, dict]:
    d = cv.language_data()

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"

    ranks = {fold(k): v for k, v in (d.get("ordinal_speaker_ranks") or {}).items()}
    # on the folded lead-in: the ordinal opening the sentence, whatever clause follows, a colon
    ordinal = re.compile(rf"(?:^|[.!?]\s+)(?:{alt(d.get('ordinal_speaker_articles', []))})\s+(?P<ord>{alt(ranks)})"
                         r"(?:\s*,[^:«»]*|\s+[a-z][^:«».!?]{0,60})?\s*:\s*$")
    colleague = re.compile(rf"\b(?:{alt(d.get('ordinal_speaker_possessives', []))})\s+"
                           rf"(?:{alt(d.get('ordinal_speaker_colleague_nouns', []))})\s*,\s*(?P<name>{_FIRST})\s*,"
                           r"[^:«»]{0,80}:\s*$", re.IGNORECASE)
    return ordinal, colleague, ranks


def presented_group(window: str) -> list[tuple[str, str]]:
    """(first name, apposition + shared predicate) of each person of the last sentence in
    ``window`` that presents several together; [] when there is none."""
    found = None
    for found in PRESENTED.finditer(window):
        pass
    if found is None:
        return []
    pred = found.group("pred").strip()
    return [(m.group("name"), f"{m.group('desc').strip()}, {pred}") for m in PAIR.finditer(found.group("names"))]


def ordinal_speaker(text: str, a: int, gazetteer) -> dict | None:
    """Attrs of the person a quotation's lead-in names by rank or as a colleague of the people a
    sentence before presents together, or None."""
    from .attributions import describe

    ordinal, colleague, ranks = _patterns(id(cv.language_data()))
    line_start = text.rfind("\n", 0, a) + 1
    lead = text[line_start:a]
    by_rank = ordinal.search(fold(lead))
    folded = fold(lead)
    by_work = colleague.search(folded) if by_rank is None and len(folded) == len(lead) else None
    if by_rank is None and by_work is None:
        return None
    window = re.sub(r"«[^«»]*»", lambda q: " " * len(q.group(0)), text[max(0, a - 1500):line_start])
    group = presented_group(window)
    if len(group) < 2:
        return None
    if by_rank is not None:
        rank = ranks[by_rank.group("ord")]
        if rank > len(group):
            return None
        name, desc = group[rank - 1 if rank > 0 else -1]
        role, region, place = describe(desc, gazetteer)
    else:
        name = lead[by_work.start("name"):by_work.end("name")]  # the name as written (folding keeps positions)
        roles = {describe(d, gazetteer) for _, d in group}
        if len(roles) != 1:
            return None  # the people presented do different things: the colleague's is unknown
        desc = group[0][1]
        role, region, place = next(iter(roles))
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def ordinal_call(seg, a: int, b: int, call):
    """The quotation text[a:b] as the words of the person its lead-in names by rank or as a
    colleague of the people presented together before, when its reading named nobody."""
    from .quotes import QuoteCall

    if call.verbatim and (call.attrs.get("speaker") or "person" in call.attrs):
        return call
    attrs = ordinal_speaker(seg.text, a, seg.gazetteer)
    return call if attrs is None else QuoteCall(True, attrs, call.attribution)
