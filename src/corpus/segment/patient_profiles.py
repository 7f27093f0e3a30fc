"""Patients' profiles closing a quotation ("« … » (P4, primipare, césarienne, sortie J3)"): the
fields describe a person by their care (parity, mode of delivery, condition), which no role rule
names, so the coded-parenthesis reader would take them for anything but a person. The words that
open such a profile are data (lang/fr/patient_profiles.yaml); the person's role is
``patient_profile_role`` (autre: someone cared for).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import description_fields


@lru_cache(maxsize=4)
def _opening(key: int) -> re.Pattern:
    words = cv.language_data().get("patient_profile_words", [])
    return re.compile(rf"^(?:{'|'.join(words)})") if words else re.compile(r"(?!)")


def patient_profile(desc: str) -> bool:
    """Whether the description's first field profiles a patient ("primipare", "2e pare")."""
    fields = description_fields(desc or "")
    return bool(fields) and _opening(id(cv.language_data())).match(fold(fields[0]).strip()) is not None


def patient_role() -> str:
    return cv.language_data().get("patient_profile_role", "autre")


@cv.per_language_data
def _case_heading() -> re.Pattern:
    """The end of a case study's heading naming its person: a noun of care, "de" or a colon, a
    civility and one or two initials ("… – Suivi de M. B.", "Cas clinique : Mme D.")."""
    d = cv.language_data()
    nouns = cv._flex_alt(d.get("case_subject_nouns", [])) or "(?!)"
    civilities = "|".join(re.escape(w) for w in sorted(d.get("aged_introduction_civilities", []),
                                                       key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(rf"(?:^|[\s–—:-])(?i:{nouns})\s*(?:\s(?i:de)\s|[:–—-])\s*"
                      rf"(?P<who>(?:{civilities})\s*[A-ZÉÈ]\.(?:\s*-?[A-ZÉÈ]\.)?)\s*$")


def case_subjects(segments: list, kinds: tuple[str, ...]) -> None:
    """Give the person a case study's heading names ("Étude de cas – Suivi de M. B.") the
    quotations of its section that nothing attributes and that speak in the first person (s29-segr50b)."""
    from .testimony_headings import speaks_in_first_person

    for seg in segments:
        if seg.kind not in kinds or seg.speaker or seg.role not in ("", "inconnu") or not seg.section:
            continue
        m = _case_heading().search(" ".join(seg.section.split()))
        if m and speaks_in_first_person(seg.text.strip("«»“”\" ")):
            seg.speaker, seg.role_raw, seg.role = " ".join(m.group("who").split()), seg.section, patient_role()
