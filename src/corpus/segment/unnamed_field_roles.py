"""Speakers of a document that names no role of the vocabulary (issue #14): a sociolinguistic
interview, a design-research interview, a painter's or a civil servant's life story. Nothing the
text says outside its speech (the speakers' own words set aside: "je suis dans les impôts", "la
Circulaire …" quoted by one of them) names a health, regulation or elected function (roles.yaml),
so a speaker it leaves undescribed is a person outside the vocabulary: role ``autre``, not
``inconnu`` (kept for a document that names roles but not this speaker's).

Only attributes change (a pass over the finished segments). A document with one line naming a
role of the vocabulary outside speech (a GP, a nurse, an ARS, a mayor …; a label or an attribution
naming one) is left as it is, and so is a document one of whose speakers has a role of the vocabulary
(a focus group of nurses and GPs: the speaker whose role is unsaid stays ``inconnu``).
"""

from __future__ import annotations

from .roles import matched_role

OUTSIDE = "autre"
UNDESCRIBED = ("", "inconnu")


def names_a_role(text: str) -> bool:
    """True when one line of the text names a role of the vocabulary other than ``autre``."""
    return any(matched_role(line) not in (None, OUTSIDE) for line in text.splitlines() if line.strip())


SPEECH_KINDS = ("moderator",)  # speech besides the speaker kinds the segmenter passes in


def apply_unnamed_field_roles(segments: list, text: str, kinds: tuple | set | frozenset) -> None:
    """Give ``autre`` to the undescribed speech items of a document that names no role outside
    its speech. ``text`` is kept for the signature of the other passes; the segments' own text is
    read."""
    speech = [s for s in segments if s.kind in kinds]
    targets = [s for s in speech if s.role in UNDESCRIBED]
    if not targets or any(s.role not in (*UNDESCRIBED, OUTSIDE) for s in speech):
        return  # a speaker of the vocabulary among them: the others' 'inconnu' is a role unsaid
    said = "\n".join(s.text for s in segments if s.kind not in kinds and s.kind not in SPEECH_KINDS)
    if not names_a_role(said):
        for seg in targets:
            seg.role = OUTSIDE
