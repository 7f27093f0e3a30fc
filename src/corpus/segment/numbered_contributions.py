"""WRITTEN CONTRIBUTIONS numbered in a consultation's or a public inquiry's report (issue #14,
session 21, segfix53): "Contribution n° 12 (URPS infirmiers libéraux) : « … »", "Observation n° 7
– courriel – Dr Étienne X, médecin généraliste à Pouzauges :" over "« … »"; a mediator's
"Saisine n° 2023-18 (courrier d'une assurée …) :", a paper questionnaire's "Questionnaire n° 07
(femme, 67 ans, Grand-Bourg) :" (a respondent described by sex or age: no speaker). The quotation is the
contributor's words: the organisation or the person the parenthesis or the lead's last dash field
names (its first comma field; a civility opens a person's name), described by the rest; an
anonymous contribution ("– anonyme :") has no speaker. The place, when the contributor's
description gives none, is the one the report's opening names ("L'ARS Normandie a reçu …"). The
institution's answers ("Réponse de l'ARS : …") and the inquiry officer's comments are not led so:
they stay narrative. Words: lang/fr/numbered_contributions.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe

_data = cv.language_data


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern:
    nouns = cv._alt(_data().get("contribution_nouns", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("numbered_answer_marks", []))) or "(?!)"
    # a file number may carry its year ("Réclamation n° 2023-041", "n° 24-017"): the hyphen is the number's, no dash
    return re.compile(rf"^\s*(?:{nouns})\s*(?:(?:{marks})\s*)?(?:(?:19|20)?\d\d[-/])?\d{{1,4}}\s*"
                      rf"(?:\((?P<paren>[^()\n]{{2,160}})\)|[–—-]\s*(?P<dashed>[^\n]{{2,200}}?))\s*:\s*$", re.IGNORECASE)


def contribution_lead(lead: str) -> str | None:
    """Who a contribution's lead names ("Contribution n° 12 (URPS infirmiers libéraux) :" -> "URPS
    infirmiers libéraux"; "Observation n° 4 – registre papier – Mme X, habitante de Y :" -> "Mme X,
    habitante de Y"), or None."""
    m = _lead(id(_data())).match(lead)
    if m is None:
        return None
    return (m.group("paren") or re.split(r"\s[–—-]\s", m.group("dashed"))[-1]).strip()


@lru_cache(maxsize=4)
def _posted(key: int) -> re.Pattern:
    nouns = cv._flex_alt(_data().get("wall_post_nouns", [])) or "(?!)"
    anonymous = cv._flex_alt(_data().get("contribution_anonymous_words", [])) or "(?!)"
    name = r"(?-i:[A-ZÀ-Ý])[^\s:;,!?«»()]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s:;,!?«»()]*){0,3}"
    return re.compile(rf"^\s*(?:{nouns})\s+(?:(?:de\s+|d['’]\s*)(?P<who>{name}(?:\s*,\s*[^,:()«»\n]{{2,60}})?)|(?P<anon>{anonymous}))"
                      rf"\s*(?:\((?P<paren>[^()\n]{{2,120}})\))?\s*:\s*$", re.IGNORECASE)


def posted_lead(lead: str) -> str | None:
    """Who a collaborative wall's post lead names, with the place its parenthesis gives, the counts
    (votes, likes) left out ("Post de Inès L. (Poissy, 12 votes) :" -> "Inès L., Poissy"; "Post anonyme
    (3 votes) :" -> "anonyme"), or None."""
    m = _posted(id(_data())).match(lead)
    if m is None:
        return None
    counts = cv._flex_alt(_data().get("wall_post_counts", [])) or "(?!)"
    fields = [f.strip() for f in (m.group("paren") or "").split(",")
              if f.strip() and not re.fullmatch(rf"\d[\d\s]*\s*(?:{counts})", f.strip(), re.IGNORECASE)]
    return ", ".join([(m.group("who") or m.group("anon")).strip(), *fields])


def wall_posts(text: str) -> int:
    """How many lines of the text open on a wall post's lead and a quotation."""
    nouns = cv._flex_alt(_data().get("wall_post_nouns", [])) or "(?!)"
    return sum(1 for m in re.finditer(rf"(?im)^\s*(?:{nouns})\s[^\n:]{{1,160}}:\s*«", text)
               if posted_lead(m.group()[:-1]) is not None)


def contributor(who: str, gazetteer) -> dict:
    """The speaker attributes of a contribution's author."""
    first = who.split(",")[0].strip()
    words = first.split()
    folded = fold(first).lower()
    role, region, place = describe(who, gazetteer) if gazetteer is not None else ("inconnu", "", "")
    if folded in {fold(w).lower() for w in _data().get("contribution_anonymous_words", [])}:
        return {"speaker": "", "role_raw": who, "role": "inconnu", "region": "", "place": "", "attr_source": "attribution"}
    if words and fold(words[0]).lower().rstrip(".") in cv.CIVILITIES:
        speaker = " ".join(words[1:])  # "Mme Jacqueline Brochard": her name
    elif words and fold(words[0]).lower() in {fold(w).lower() for w in _data().get("contribution_unnamed_openers", [])}:
        speaker = ""  # "une infirmière libérale": a description, no name
    elif cv.SEX_FIELD.match(first) or cv.AGE_FIELD.match(first):
        speaker = ""  # "femme, 67 ans, Grand-Bourg": a questionnaire's respondent described, nobody named
        if role in ("", "inconnu"):
            role = "autre"  # no trade given: one of the public, as the vocabulary files residents and patients
    elif words and fold(words[0]).lower() in {fold(w).lower() for w in _data().get("contribution_medium_nouns", [])}:
        speaker = ""  # "courrier d'une patiente de 78 ans": how the words came and from whom, nobody named
    elif words and words[0][:1].islower():
        speaker = ""  # "fille d'une patiente de 91 ans": a person described in lower case, nobody named (s48)
    else:
        speaker = first  # an organisation, as written: "URPS infirmiers libéraux"
    return {"speaker": speaker, "role_raw": who, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _opening_region(text: str, upto: int, gazetteer) -> tuple[str, str]:
    """The region the report names above its contributions (its title, its opening paragraph)."""
    for line in text[:upto].splitlines():
        if line.strip() and gazetteer is not None:
            _, region, place = describe(line, gazetteer)
            if region:
                return region, place
    return "", ""


def contribution_call(seg, a: int, b: int, call):
    """A quotation text[a:b] led by a contribution's number and author, on its line or on the line
    above (the quotation opening its own paragraph): the author's words."""
    text = seg.text
    start = text.rfind("\n", 0, a) + 1
    lead = text[start:a]
    if not lead.strip() and start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        lead, start = text[above:start - 1], above
    who = contribution_lead(lead) if ":" in lead else None
    posted = False
    if who is None and ":" in lead:  # "Post de Inès L. (Poissy, 12 votes) :" on a collaborative wall
        if not hasattr(seg, "wall_posts"):
            seg.wall_posts = wall_posts(text)
        if seg.wall_posts >= _data().get("wall_post_min", 2):
            who = posted_lead(lead)
            posted = who is not None
    if who is None:
        return call
    attrs = contributor(who, seg.gazetteer)
    if posted and attrs["role"] in ("", "inconnu"):
        attrs["role"] = _data().get("wall_post_public_role", "autre")  # a wall's posters are the public
    if not attrs["region"]:
        attrs["region"], attrs["place"] = _opening_region(text, start, seg.gazetteer)
    return type(call)(True, attrs, call.attribution)
