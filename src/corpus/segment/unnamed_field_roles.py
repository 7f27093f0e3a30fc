"""Speakers of a document that names no role of the vocabulary (issue #14): a sociolinguistic
interview, a design-research interview, a painter's life story. Nothing in such a text, its
speakers' own words included, names a health, regulation or elected function (roles.yaml), so a
speaker it leaves undescribed is a person outside the vocabulary: role ``autre``, not ``inconnu``
(kept for a document that names roles but not this speaker's, and for a transcript whose speakers
speak of doctors or nurses: they may be some, and `corpus inspect` lists such undescribed codes).

Only attributes change (a pass over the finished segments). A document with one line of its own
prose naming a role of the vocabulary (a GP, a nurse, an ARS, a mayor …) is left as it is, and so
is a document one of whose speakers has such a role (the speaker whose role is unsaid stays
``inconnu``). In the speakers' own words only a care profession counts (CARE_ROLES: "mon médecin
traitant", "les infirmières": speakers who speak of them may be some); the institutions, offices
and posts people talk about ("j'ai rejoint le Ministère", "un profil chef de projet", "les
hôpitaux, on ne paie pas pour y rentrer") say what they speak of, not who speaks.
"""

from __future__ import annotations

from ..text import fold
from .roles import ROLE_RULES, matched_role

OUTSIDE = "autre"
UNDESCRIBED = ("", "inconnu")
# the roles that are care professions: named in what a speaker says, they may be the speaker's own
# (not the hospital's or the laboratory's, whose words name places people go to or work in:
# "les hôpitaux", "les laboratoires de recherche")
CARE_ROLES = frozenset({"medecin_generaliste", "medecin_specialiste", "infirmier", "pharmacien", "kinesitherapeute",
                        "sage_femme", "autre_paramedical"})
SPEECH = ("verbatim", "turn", "moderator")  # the words of people, the interviewer's included


def names_a_role(text: str) -> bool:
    """True when one line of the text names a role of the vocabulary other than ``autre``."""
    return any(matched_role(line) not in (None, OUTSIDE) for line in text.splitlines() if line.strip())


def names_a_care_role(text: str) -> bool:
    """True when the text names a care profession (CARE_ROLES), by any of its rules."""
    folded = fold(text or "")
    return any(role in CARE_ROLES and pattern.search(folded) for role, pattern, _ in ROLE_RULES)


def _prose(segments: list, text: str) -> tuple[str, str]:
    """(the text with the speech items blanked, the speech items' text)."""
    chars = list(text)
    spoken = []
    for s in segments:
        if s.kind in SPEECH and 0 <= s.char_start < s.char_end <= len(text):
            spoken.append(text[s.char_start:s.char_end])
            chars[s.char_start:s.char_end] = "\n" * (s.char_end - s.char_start)
    return "".join(chars), "\n".join(spoken)


def apply_unnamed_field_roles(segments: list, text: str, kinds: tuple | set | frozenset) -> None:
    """Give ``autre`` to the undescribed speech items of a document whose text names no role."""
    speech = [s for s in segments if s.kind in kinds]
    targets = [s for s in speech if s.role in UNDESCRIBED]
    if not targets or any(s.role not in (*UNDESCRIBED, OUTSIDE) for s in speech):
        return  # a speaker of the vocabulary among them: the others' 'inconnu' is a role unsaid
    prose, spoken = _prose(segments, text)
    if not names_a_role(prose) and not names_a_care_role(spoken):
        for seg in targets:
            seg.role = OUTSIDE
