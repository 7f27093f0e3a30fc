"""Quotes led by a function that one person of the document's list of people holds (issue #14).
A mission report's interview notes list the people met once — "Personnes rencontrées : Dr Erwan
Le Bihan, médecin généraliste, président de la CPTS du Pays de Ploërmel ; Mme Gaëlle Tanguy,
coordinatrice." — then lead each quotation with a function alone: "Verbatim (président) :
« … »". The quotation is the person's whose description alone holds that word: the name as
speaker, the description's role where the quotation has none.

A list is a paragraph of at least two "Name, description" items separated by semicolons, each
name capitalised words (a civility or title first: lang/fr/cast_lines.yaml). The lead is the
quotation's own description, else the short paragraph ending with a colon right above it. Only
attributes change (a pass over the finished segments).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
MIN_PERSONS = 2
MAX_LEAD = 80  # a lead line, not a paragraph
MIN_WORD = 4  # shorter words (de, la, CPTS's articles) say nothing of who


@cv.per_language_data
def _person() -> re.Pattern:
    titles = "|".join(re.escape(t) for t in sorted(cv.language_data().get("cast_line_titles", []), key=len, reverse=True))
    title = rf"(?:(?:{titles})\s+)?" if titles else ""
    return re.compile(rf"^(?P<name>{title}{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s*,\s*(?P<desc>[^;«»]+?)\s*\.?$")


def listed_persons(text: str) -> list[tuple[str, str]]:
    """[(name, description)] of a paragraph listing people, or []."""
    body = text.partition(":")[2] if ":" in text.split(";")[0] else text
    items = [i.strip() for i in body.split(";")]
    persons = [(m.group("name"), m.group("desc")) for i in items if (m := _person().match(i))]
    return persons if len(persons) == len(items) >= MIN_PERSONS else []


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= MIN_WORD}


def holder(lead: str, persons: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one listed person whose description alone holds a word of the lead."""
    words = _words(lead)
    found = [(n, d) for n, d in persons if words & (_words(d) - set().union(*(_words(e) for m, e in persons if m != n)))]
    return found[0] if len(found) == 1 else None


def apply_listed_persons(segments: list) -> None:
    """Name the verbatims whose lead is a function one listed person holds."""
    persons = [p for s in segments if s.kind == "narrative" for p in listed_persons(s.text)]
    if len({n for n, _ in persons}) != len(persons) or len(persons) < MIN_PERSONS:
        return
    for prev, seg in zip(segments, segments[1:]):
        if seg.kind != "verbatim" or seg.speaker:
            continue
        lead = seg.role_raw or (prev.text if prev.kind == "narrative" and len(prev.text) <= MAX_LEAD
                                and prev.text.rstrip().endswith(":") else "")
        found = holder(lead, persons) if lead else None
        if found is None:
            continue
        seg.speaker = found[0]
        if seg.role in ("", "inconnu"):
            seg.role, seg.role_raw = normalize_role(found[1]), found[1]
            seg.attr_source = seg.attr_source or "participant_table"
