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

In any document, a speaker left undescribed whom the text does say something of is outside the
vocabulary too (apply_outside_persons): a turn whose label is a person noun of no role ("Patiente :",
"Conjoint :", "La médiatrice en santé :", "Auditrice :"; the ``autre`` rules of roles.yaml), and a
person presented by a name and an age alone ("Raymond, 81 ans", "Man Lucette, 84 ans,
Capesterre-Belle-Eau": lang/fr presented_age_only_role), once the study's role (study_roles.py)
left them undescribed.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import ROLE_RULES, matched_role, unidentified

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
    # (not a person who withheld what they do: "qui n'a pas souhaité préciser son poste"; roles.yaml
    # withheld_role_phrases)
    targets = [s for s in speech if s.role in UNDESCRIBED and not unidentified(s.role_raw)]
    if not targets or any(s.role not in (*UNDESCRIBED, OUTSIDE) for s in speech):
        return  # a speaker of the vocabulary among them: the others' 'inconnu' is a role unsaid
    prose, spoken = _prose(segments, text)
    if not names_a_role(prose) and not names_a_care_role(spoken):
        for seg in targets:
            seg.role = OUTSIDE


# a label that names what the speaker is: an article perhaps, the noun and a few words of complement
# ("La médiatrice en santé"), no digit (a code or a number names one participant among others)
PERSON_LABEL = re.compile(r"[^\W\d_][^\d:]{0,40}")
MAX_LABEL_WORDS = 4
# a name (not a code: "P3", "CD1", "MG", "E") presented by an age: no digit, a capital before a small letter
# (or no name: "Un habitant de Royère, 78 ans, …")
NAME = re.compile(r"[^\d]*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][^\d]*")
# a participant's code of letters and a number ("P3", "F2"), presented by sex, age and place alone
# once the study's trade (study_roles, run before) gave it none: a patient's or an inhabitant's
CODE = re.compile(r"[A-Z]{1,3}\d{1,3}")


def _label(seg) -> str:
    """The label a turn opens with ("Patiente : Je dois …" -> "Patiente", "Appelante (00:04) : …"
    -> "Appelante": the time when the turn starts is nobody's), '' when none."""
    from . import conventions as cv
    from .label_times import label_time

    m = re.match(rf"(?P<head>[^:]*?)(?:{label_time(cv.language_data())})?\s*:", seg.text)
    head = m.group("head").strip() if m else ""
    return head if PERSON_LABEL.fullmatch(head) and len(head.split()) <= MAX_LABEL_WORDS else ""


def apply_outside_persons(segments: list, gazetteer, kinds: tuple | set | frozenset) -> None:
    """Give ``autre`` to the undescribed speech items whose label is a person noun outside the
    vocabulary, or whose description is an age alone, of a name or of nobody named."""
    from . import conventions as cv
    from .attributions import age_only

    aged = cv.language_data().get("presented_age_only_role", OUTSIDE)
    for seg in segments:
        if seg.kind not in kinds or seg.role not in UNDESCRIBED:
            continue
        label = _label(seg) if seg.kind == "turn" else ""
        if label and matched_role(label) == OUTSIDE:
            seg.role, seg.role_raw = OUTSIDE, label
        elif seg.role_raw and (not seg.speaker or NAME.fullmatch(seg.speaker) or CODE.fullmatch(seg.speaker)) \
                and gazetteer is not None and age_only(seg.role_raw, gazetteer):
            seg.role = aged


@cv.per_language_data
def _exchange_parties() -> re.Pattern:
    """"entre <party> et <party>": each party opened by an article (lang/fr chat_transcripts.yaml)."""
    d = cv.language_data()
    between, and_ = cv._alt(d.get("exchange_between_words", [])) or "(?!)", cv._alt(d.get("exchange_and_words", [])) or "(?!)"
    art = cv._alt(d.get("exchange_party_articles", [])) or "(?!)"
    party = rf"(?:{art})(?:\s+|(?<=['’]))[^.;:!?«»]{{3,120}}?"
    return re.compile(rf"\b(?:{between})\s+(?P<a>{party})\s+(?:{and_})\s+(?P<b>{party})\s*(?=[.;:!?,]|$)", re.IGNORECASE)


def apply_exchange_parties(segments: list, gazetteer, kinds: tuple | set | frozenset) -> None:
    """"… a eu lieu entre un médecin généraliste du centre de santé de Dzaoudzi et une patiente de 34
    ans …" just above an exchange of two speakers, one of whom has the first party's role: the other,
    left undescribed, is the second party (and the other way round)."""
    from .attributions import describe

    speech = [k for k, s in enumerate(segments) if s.kind in kinds]
    speakers = {segments[k].speaker for k in speech}
    if not speech or len(speakers) != 2 or "" in speakers or gazetteer is None:
        return
    first = speech[0]
    intro = segments[first - 1] if first > 0 and segments[first - 1].kind == "narrative" else None
    m = _exchange_parties().search(intro.text) if intro is not None else None
    if m is None:
        return
    parties = [describe(m.group("a"), gazetteer)[0], describe(m.group("b"), gazetteer)[0]]
    roles = {sp: {segments[k].role for k in speech if segments[k].speaker == sp} for sp in speakers}
    known = [sp for sp, r in roles.items() if not r & set(UNDESCRIBED)]
    unknown = [sp for sp, r in roles.items() if r <= set(UNDESCRIBED)]
    if len(known) != 1 or len(unknown) != 1 or len(roles[known[0]]) != 1:
        return
    role = next(iter(roles[known[0]]))
    if role not in parties or parties[0] == parties[1]:
        return
    other = parties[1] if parties[0] == role else parties[0]
    if other in UNDESCRIBED:
        return
    raw = m.group("b") if parties[0] == role else m.group("a")
    for k in speech:
        if segments[k].speaker == unknown[0]:
            segments[k].role, segments[k].role_raw = other, segments[k].role_raw or raw.strip()
