"""Labels that give a person's first name and AGE in parentheses: a users' focus group or a
patients' interview names its participants "Gisèle (72 ans) :", "Jean-Claude (66 ans, aidant) :".
The parenthesis says no function, so the named-role test (a name and what the person does) does
not vouch for the label; an age as its first field says the name is a person's.
"""

from __future__ import annotations

from . import conventions as cv
from .attributions import description_fields


def aged_person(role: str, texts: list[str]) -> bool:
    """Whether a label's parenthesis opens with an age ("72 ans", "66 ans, aidant") and every line
    it opens (``texts``) speaks: a list of patients' cases ("Gisèle (72 ans) : diabète, vit
    seule.") gives ages too, and nobody's words."""
    fields = description_fields(role or "")
    return bool(fields) and cv.AGE_FIELD.match(fields[0].strip()) is not None \
        and bool(texts) and all(cv.SPOKEN.search(t) for t in texts)
