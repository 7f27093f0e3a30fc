"""A group of lay people presented once above a transcript's turns (issue #14): "Six patients de
la maison de santé, recrutés en salle d'attente ; les femmes sont notées F1 à F4 et les hommes H1
et H2". A focus group's participants are labelled by codes that say nothing of them; the
introduction says who they all are.

The introduction (the prose between the turns' heading and the first turn, as
introduced_interviewees.py reads it) must name group nouns of
lang/fr/introduced_groups.yaml of one role and no profession, or a number of people of one trade
("Cinq pharmaciens titulaires ou adjoints ont participé": a number before a plural noun of the
one role its words name, by any rule); the transcript must have at least two answering
labels, and none of its turns described otherwise. Its turns then take the noun's role
(roles.yaml). Only attributes change (a pass over the finished segments).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .introduced_interviewees import UNDESCRIBED, _interviews, _intro, _roles_named
from .roles import ROLE_RULES, names_a_profession, normalize_role

MIN_VOICES = 2  # one answering voice is an interview (introduced_interviewees.py)


@cv.per_language_data
def group_nouns() -> re.Pattern:
    words = sorted(cv.language_data().get("introduced_group_nouns", []), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)" if words else r"(?!)")


@cv.per_language_data
def counts() -> str:
    """A count of people, as an alternation: digits or a number word (introduced_group_numbers), or
    '' when the language has no number words."""
    words = "|".join(re.escape(w) for w in cv.language_data().get("introduced_group_numbers", []))
    return rf"\d+|{words}" if words else ""


@cv.per_language_data
def _numbered() -> re.Pattern:
    # a number, then the plural noun (its first word ends in s or x: "pharmaciens", "sages-femmes")
    return re.compile(rf"(?<!\w)(?:{counts()}) +(?P<noun>[\w-]+[sx](?: [\w-]+){{0,2}})(?!\w)" if counts() else r"(?!)")


def trade_group(intro: str) -> tuple[str, str] | None:
    """(role, noun) when the introduction names one role (by any rule) and a number of people of
    it ("Cinq pharmaciens titulaires …"); None when it names several roles, lay people too, or
    none by number."""
    folded = fold(intro)
    roles = _roles_named(folded)
    if len(roles) != 1 or group_nouns().search(folded):  # "six patients et deux infirmières": not one trade
        return None
    role = next(iter(roles))
    for m in _numbered().finditer(folded):
        noun = m.group("noun")
        head = len(noun.split()[0])
        # the noun itself names the trade ("pharmaciens titulaires", "médecins généralistes"), not a
        # word after it ("dix cabinets infirmiers": places)
        if any(r == role and tier != "weak" and (found := pattern.search(noun)) and found.start() < head
               for r, pattern, tier in ROLE_RULES):
            return role, noun.split()[0]
    return None


def group_role(intro: str) -> tuple[str, str] | None:
    """(role, first noun) when the group nouns the introduction names all have one role ("patients",
    "usagers") and it names no profession; or the one trade it numbers (trade_group)."""
    if names_a_profession(intro):
        return trade_group(intro)
    nouns = list(dict.fromkeys(m.group(0) for m in group_nouns().finditer(fold(intro))))  # as the text names them
    roles = {normalize_role(noun) for noun in nouns}
    if len(roles) != 1 or roles & set(UNDESCRIBED):
        return None
    return roles.pop(), nouns[0]


def apply_introduced_groups(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """Give a transcript's introduced group role to its undescribed turns."""
    for first, end in _interviews(segments):
        block = segments[first:end]
        # the moderator is described by its own label; the participants must not be
        if any(s.kind in speaker_kinds and s.kind != "moderator" and s.role not in UNDESCRIBED for s in block):
            continue
        voices = {s.speaker for s in block if s.kind == "turn" and s.speaker}
        if len(voices) < MIN_VOICES:
            continue
        found = group_role(_intro(segments, first))
        if found is None:
            continue
        role, noun = found
        for seg in block:
            if seg.kind == "turn":
                seg.role, seg.role_raw = role, noun
                seg.attr_source = seg.attr_source or "interview_header"
