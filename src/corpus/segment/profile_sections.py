"""Quotations grouped under headings that name a profile (issue #14, s55).

An evaluation report or a thesis that promised its informants no individual code groups their
words by profile: "Ce qu'en disent les médecins généralistes", then a paragraph of synthesis and
the quotations, "Ce qu'en disent les infirmiers libéraux", and so on. Nothing beside a quotation
says who spoke; the heading of its section says what they are.

The convention holds when the document's quotations fall in at least two sections whose headings
each name people of one role in the plural ("les infirmiers libéraux", "des pharmaciens"), and
those roles differ. A quotation in such a section that no reader gave a speaker, nor a role of its
own (its role unknown, the methods' one role for everyone, or another such heading read as a
credit below it: the next section's heading is no attribution), takes its heading's role. A
section whose heading names no role ("Autres paroles recueillies") gives nothing.
"""

from __future__ import annotations

import re

from .roles import names_a_profession, normalize_role

UNSAID = ("", "inconnu")
MAX_WORDS = 10  # a heading, not a sentence


def _plural_people(title: str) -> bool:
    """Whether the heading names people by a trade in the plural ("les infirmiers libéraux")."""
    return any(re.search(r"[sx]$", w) and names_a_profession(w) for w in re.findall(r"[\wéèêàâîôûç-]+", title))


def profile_headings(titles) -> dict[str, str]:
    """Heading -> role of the headings that name people of one role in the plural; {} unless at
    least two such headings name two roles or more."""
    found = {}
    for title in set(titles):
        if not title or len(title.split()) > MAX_WORDS or not _plural_people(title):
            continue
        role = normalize_role(title)
        if role not in ("autre", "inconnu"):
            found[title] = role
    return found if len(set(found.values())) >= 2 else {}


def apply_profile_sections(segments: list) -> None:
    """Give the quotations that nothing else attributes the role their section's heading names."""
    quotes = [s for s in segments if s.kind == "verbatim"]
    headings = profile_headings(getattr(s, "section", "") or "" for s in quotes)
    if not headings:
        return
    for seg in quotes:
        role = headings.get(seg.section or "")
        if not role or seg.speaker:
            continue
        credited_by_heading = seg.role_raw in headings and seg.role_raw != seg.section
        if seg.role in UNSAID or seg.attr_source == "study_field" or credited_by_heading:
            seg.role, seg.role_raw, seg.attr_source = role, seg.section, "attribution"
