"""Speakers of a document that names no role of the vocabulary (issue #14): a sociolinguistic
interview, a design-research interview, a painter's or a civil servant's life story. Nothing in
such a text is a health, regulation or elected function (roles.yaml), so a speaker it leaves
undescribed is a person outside the vocabulary: role ``autre``, not ``inconnu`` (kept for a
document that names roles but not this speaker's).

Only attributes change (a pass over the finished segments). A document with one line naming a
role of the vocabulary (a GP, a nurse, an ARS, a mayor …) is left as it is.
"""

from __future__ import annotations

from .roles import matched_role

OUTSIDE = "autre"
UNDESCRIBED = ("", "inconnu")


def names_a_role(text: str) -> bool:
    """True when one line of the text names a role of the vocabulary other than ``autre``."""
    return any(matched_role(line) not in (None, OUTSIDE) for line in text.splitlines() if line.strip())


def apply_unnamed_field_roles(segments: list, text: str, kinds: tuple | set | frozenset) -> None:
    """Give ``autre`` to the undescribed speech items of a document that names no role."""
    targets = [s for s in segments if s.kind in kinds and s.role in UNDESCRIBED]
    if targets and not names_a_role(text):
        for seg in targets:
            seg.role = OUTSIDE
