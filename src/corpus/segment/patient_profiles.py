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
