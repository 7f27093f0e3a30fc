"""Labels that give a person's first name and AGE in parentheses: a users' focus group or a
patients' interview names its participants "Gisèle (72 ans) :", "Jean-Claude (66 ans, aidant) :".
The parenthesis says no function, so the named-role test (a name and what the person does) does
not vouch for the label; an age as its first field says the name is a person's.

A transcript's label by civility and initial ("M. H. :", "Mme R. :") that the introduction
presents by that label, a comma and an age ("M. H., 69 ans, vit seul à Saint-Joseph ; il est
suivi par …"): the person cared for (or their relative), whose trade, if any, the same
apposition names ("Mme L., 45 ans, sage-femme libérale"); with none, role ``autre``, not the
study's informants' trade (s25-segwritten6).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import description_fields


def aged_person(role: str, texts: list[str]) -> bool:
    """Whether a label's parenthesis opens with an age ("72 ans", "66 ans, aidant") and every line
    it opens (``texts``) speaks: a list of patients' cases ("Gisèle (72 ans) : diabète, vit
    seule.") gives ages too, and nobody's words."""
    fields = description_fields(role or "")
    return bool(fields) and cv.AGE_FIELD.match(fields[0].strip()) is not None \
        and bool(texts) and all(cv.SPOKEN.search(t) for t in texts)


@cv.per_language_data
def _initial_label() -> re.Pattern:
    """A civility of aged_introduction_civilities (lang/fr patient_profiles.yaml) and an initial."""
    words = cv.language_data().get("aged_introduction_civilities", [])
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"
    return re.compile(rf"(?:{alt})\s+[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)?")


def aged_introduction(label: str, texts: list[str]) -> str:
    """The apposition after ``label`` (a civility and an initial) where a paragraph opens with it,
    a comma and an age field ("M. H., 69 ans, vit seul à Saint-Joseph"), up to the sentence's
    end; '' when no paragraph opens so (a turn "M. H. : …" has a colon, not a comma) or the
    label is no such civility ("Dr H.": a trade's title)."""
    if not _initial_label().fullmatch(label):
        return ""
    opener = re.compile(rf"\s*{re.escape(label)}\s*,\s*(?P<desc>[^.;:!?«»()]+)")
    for t in texts:
        m = opener.match(t)
        if m is None:
            continue
        fields = description_fields(m.group("desc"))
        if fields and cv.AGE_FIELD.match(fields[0].strip()):
            return m.group("desc").strip()
    return ""
