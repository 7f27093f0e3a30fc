"""Speakers of a document that names no role of the vocabulary (issue #14): a sociolinguistic
interview, a design-research interview, a painter's life story. Nothing in such a text, its
speakers' own words included, names a health, regulation or elected function (roles.yaml), so a
speaker it leaves undescribed is a person outside the vocabulary: role ``autre``, not ``inconnu``
(kept for a document that names roles but not this speaker's, and for a transcript whose speakers
speak of doctors or nurses: they may be some, and `corpus inspect` lists such undescribed codes).

Only attributes change (a pass over the finished segments). A document with one line naming a
role of the vocabulary (a GP, a nurse, an ARS, a mayor …) is left as it is, and so is a document
one of whose speakers has such a role (the speaker whose role is unsaid stays ``inconnu``).
"""

from __future__ import annotations

from .roles import matched_role

OUTSIDE = "autre"
UNDESCRIBED = ("", "inconnu")


def names_a_role(text: str) -> bool:
    """True when one line of the text names a role of the vocabulary other than ``autre``."""
    return any(matched_role(line) not in (None, OUTSIDE) for line in text.splitlines() if line.strip())


def apply_unnamed_field_roles(segments: list, text: str, kinds: tuple | set | frozenset) -> None:
    """Give ``autre`` to the undescribed speech items of a document whose text names no role."""
    speech = [s for s in segments if s.kind in kinds]
    targets = [s for s in speech if s.role in UNDESCRIBED]
    if not targets or any(s.role not in (*UNDESCRIBED, OUTSIDE) for s in speech):
        return  # a speaker of the vocabulary among them: the others' 'inconnu' is a role unsaid
    if not names_a_role(text):
        for seg in targets:
            seg.role = OUTSIDE
