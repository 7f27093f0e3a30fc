"""The one role of everyone a study interviewed, for every speech item the text leaves
undescribed (issue #14). The methods name the informants once, as a group ("Six médecins
généralistes de la Sarthe ont été interrogés", "Les kinésithérapeutes interrogés décrivent …",
"Caractéristiques des médecins interrogés"); the quotes and turns are then credited by a code, an
interview number or nothing at all ("— entretien 4", "[K7, Nantes]", "Ph3 et Ph4 :"), which says no
trade. fallbacks.study_role reads that one role; the segmenter already gives it to the quotes its
fallbacks find and to coded turns, and this pass gives it to every other verbatim or turn whose
role is unsaid, whatever convention found it.

Only where the study is of one trade: when a speech item of the document is described with
another role of the vocabulary ("une infirmière" among GPs' quotes), the informants are not all
of one trade and an unsaid role stays ``inconnu``. Only attributes change (a pass over the
finished segments).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import ROLE_RULES, matched_role, normalize_role, unidentified

UNDESCRIBED = ("", "inconnu")
OUTSIDE = "autre"  # a person outside the vocabulary (a patient quoted too) is no other informant
SPEECH = ("verbatim", "turn")


def apply_study_role(segments: list, role: str) -> None:
    """Give ``role`` (the study's one informant role, '' when none) to the undescribed verbatims
    and turns, unless one of them is described with another role of the vocabulary."""
    if not role:
        return
    speech = [s for s in segments if s.kind in SPEECH]
    # (a person quoted by their full name, "Pour Marc Vandenbussche, président du syndicat : « … »",
    # speaks beside the study, not as one of its informants, who are coded or unnamed)
    if any(s.role not in (*UNDESCRIBED, OUTSIDE, role) and not cv.NAME.search(s.speaker or "") for s in speech):
        return
    for seg in speech:
        if unidentified(seg.role_raw or ""):
            continue  # "une voix", "interlocuteur non identifié": nobody the study describes (s49)
        if seg.role in UNDESCRIBED or _says_no_role(seg):
            seg.role = role
            seg.attr_source = seg.attr_source or "study_field"


@cv.per_language_data
def _practice_setting() -> re.Pattern:
    return cv._whole_words(cv.language_data().get("practice_setting_words", []))


def _says_no_role(seg) -> bool:
    """A credit naming no trade but a practice's setting ("(E3, femme, 41 ans, MSP)", "(homme, 63
    ans, cabinet seul)"), read as ``autre`` only by default: a professional informant, not a lay
    person ("(primipare, 29 ans)", "(Étudiante)" stay autre)."""
    return seg.role == OUTSIDE and matched_role(seg.role_raw) is None \
        and bool(_practice_setting().search(seg.role_raw))


@cv.per_language_data
def _reserved() -> re.Pattern:
    d = cv.language_data()
    spaces = "|".join(re.escape(fold(w).lower()) for w in d.get("reserved_spaces", [])) or "(?!)"
    phrases = "|".join(re.escape(fold(w).lower()) for w in d.get("reserved_phrases", [])) or "(?!)"
    return re.compile(rf"\b(?:{spaces})\b[^.!?;:«»]{{0,80}}?\b(?:{phrases})\s+(?P<trade>[^.,;:!?()«»]{{3,80}})")


def reserved_role(texts: list[str]) -> str:
    """The one trade a sentence reserves the document's online space to ("Le forum étudié est
    réservé aux infirmiers diplômés d'État exerçant en libéral"): its posters' role; '' when no
    sentence does, or two trades are named."""
    roles = {normalize_role(m.group("trade")) for t in texts for m in _reserved().finditer(fold(t).lower())}
    roles -= {"autre", "inconnu"}
    return roles.pop() if len(roles) == 1 else ""


@cv.per_language_data
def _results_group() -> re.Pattern:
    """A sentence opened by a quantified group ("La majorité des patients …"): the quantifier
    (lang/fr fallbacks.yaml results_group_quantifiers), then the group's head word and up to two
    words of complement ("médecins généralistes"); on folded, lower-cased text."""
    words = cv.language_data().get("results_group_quantifiers", [])
    quant = "|".join(re.escape(fold(w).lower()) for w in words) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:{quant})(?:\s+|(?<=['’]))(?P<head>[a-z][\w-]*)(?P<rest>(?:\s+[a-z][\w-]*){{0,2}})")


def _person_head(word: str) -> bool:
    """The group's head word names people by a rule of the vocabulary that is no body's (a
    "patients", "remplaçantes", "pharmaciens"; not "hôpitaux", "communes", "entretiens")."""
    return any(tier != "body" and pattern.search(word) for _, pattern, tier in ROLE_RULES)


# a quotation in guillemets, to its closing mark or the paragraph's end (a quotation running on)
QUOTED = re.compile(r"«[^»]*(?:»|$)|^[^«]*»")


def results_group_role(texts: list[str]) -> str:
    """The one role of the groups a document's prose (``texts``: its narrative paragraphs) opens
    sentences with ("La majorité des patients associent le traitement à …", "Plusieurs
    remplaçants évoquent …"): a results chapter speaking of its informants when no methods
    sentence names them; '' when none, or two roles are named ("La plupart des médecins …" and
    "Certaines infirmières …"). The quotations a paragraph holds are left out (the words may be a
    speaker's own), not the author's sentences around them ("La plupart des médecins disent avoir
    découvert la CPTS …, que la HAS voulait « au plus près des lieux de vie »": s29-segroles13)."""
    roles = set()
    for text in texts:
        for m in _results_group().finditer(fold(QUOTED.sub(" ", text)).lower()):
            if _person_head(m.group("head")):
                roles.add(normalize_role(m.group("head") + m.group("rest")))
    roles.discard("inconnu")
    return roles.pop() if len(roles) == 1 else ""
