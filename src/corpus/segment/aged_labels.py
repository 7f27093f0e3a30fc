"""Labels that give a person's first name and AGE in parentheses: a users' focus group or a
patients' interview names its participants "Gisèle (72 ans) :", "Jean-Claude (66 ans, aidant) :".
The parenthesis says no function, so the named-role test (a name and what the person does) does
not vouch for the label; an age as its first field says the name is a person's.

A transcript's label by civility and initial ("M. H. :", "Mme R. :") that the introduction
presents by that label, a comma and an age ("M. H., 69 ans, vit seul à Saint-Joseph ; il est
suivi par …"): the person cared for (or their relative), whose trade, if any, the same
apposition names ("Mme L., 45 ans, sage-femme libérale"); with none, role ``autre``, not the
study's informants' trade (s25-segwritten6). Likewise a label by civility and SURNAME ("M. Santini
:") that the narration presents anywhere in a sentence by that name, a comma and an age ("Arrêt
chez M. Santini, 88 ans, injection d'insuline."): a person met on the way, the patient of a round
or a relative, never a trade the apposition does not name (s27-segrole2; aged_apposition, also read
by narrated_dialogue.py for a dialogue's incise "répond Mme Santoni").
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


def _civility_alt() -> str:
    words = cv.language_data().get("aged_introduction_civilities", [])
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


@cv.per_language_data
def _initial_label() -> re.Pattern:
    """A civility of aged_introduction_civilities (lang/fr patient_profiles.yaml) and an initial."""
    return re.compile(rf"(?:{_civility_alt()})\s+[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)?")


@cv.per_language_data
def _surname_label() -> re.Pattern:
    """A civility of aged_introduction_civilities and a capitalised surname ("M. Santini", "Mme
    Le Goff"); a trade's title ("Dr", "Pr") is none of them."""
    return re.compile(rf"(?:{_civility_alt()})\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?")


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


def aged_apposition(name: str, texts: list[str]) -> str:
    """The apposition after ``name`` (a civility and a surname, "M. Santini"; or a surname alone
    the narration writes after a civility, "Santoni") where a sentence of ``texts`` writes it, a
    comma and an age field ("chez M. Santini, 88 ans, injection d'insuline"), up to the
    sentence's end; '' when none does."""
    if not name.strip():
        return ""
    if not _surname_label().fullmatch(name):
        # a surname alone: only where a civility stands before it ("chez Mme Santoni, 84 ans")
        if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", name):
            return ""
        lead = rf"(?<![\w-])(?:{_civility_alt()})\s+"
    else:
        lead = r"(?<![\w-])"
    opener = re.compile(rf"{lead}{re.escape(name)}\s*,\s*(?P<desc>[^.;:!?«»()]+)")
    for t in texts:
        for m in opener.finditer(t):
            fields = description_fields(m.group("desc"))
            if fields and cv.AGE_FIELD.match(fields[0].strip()):
                return m.group("desc").strip()
    return ""
