"""A generic label's turns each presented by the heading right above them (issue #14): a
photovoice report or an exhibition's captions give every comment its author in a heading —
"Photo 3 – Auteure : Fatima, 44 ans, mère de trois enfants", then "Commentaire : C'est la
porte du cabinet médical qui a fermé …". The comment is Fatima's: the name as speaker, the
description's role and région where the turn has none.

The heading's last part (after its last colon) must be a name, a comma and a description that
names a profession or an age (lang/fr/presented_labels.yaml); at least two turns of the label
must be so captioned, with different names (one caption over several comments is a section
title). Only attributes change (a pass over the finished segments).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .cast_lines import is_generic_label
from .regions import resolve_region
from .roles import names_a_profession, normalize_role

NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
MAX_CAPTION = 160  # a caption, not a paragraph


@cv.per_language_data
def _caption() -> tuple[re.Pattern, re.Pattern]:
    data = cv.language_data()
    titles = "|".join(re.escape(t) for t in sorted(data.get("cast_line_titles", []), key=len, reverse=True))
    title = rf"(?:(?:{titles})\s+)?" if titles else ""
    ages = "|".join(data.get("caption_age_forms", []))
    return (re.compile(rf"^(?P<name>{title}{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s*,\s*(?P<desc>[^:«»?!]+?)\s*\.?$"),
            re.compile(ages or r"(?!)"))


def caption(heading: str) -> tuple[str, str] | None:
    """(name, description) when a heading ends with a person's caption, else None."""
    if len(heading) > MAX_CAPTION:
        return None
    pattern, age = _caption()
    m = pattern.match(heading.rpartition(":")[2].strip())
    if not m or not (names_a_profession(m.group("desc")) or age.search(m.group("desc"))):
        return None
    return m.group("name"), m.group("desc")


def apply_captioned_turns(segments: list, gazetteer) -> None:
    """Name each turn of a generic label that a heading right above it captions."""
    captioned: dict[str, list[tuple[object, str, str]]] = {}
    for prev, seg in zip(segments, segments[1:]):
        if seg.kind == "turn" and seg.speaker and prev.kind == "heading" and is_generic_label(seg.speaker):
            found = caption(prev.text)
            if found:
                captioned.setdefault(seg.speaker, []).append((seg, *found))
    for items in captioned.values():
        if len(items) < 2 or len({name for _, name, _ in items}) < 2:
            continue
        for seg, name, desc in items:
            seg.speaker = name
            if seg.role in ("", "inconnu"):
                seg.role_raw, seg.role = desc, normalize_role(desc)
            if not seg.region and gazetteer is not None:
                seg.region, seg.place = resolve_region(desc, gazetteer)
