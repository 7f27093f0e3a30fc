"""Voices heard once inside a labelled dialogue: a debate's minutes, a focus group or a public
meeting print "Une voix dans la salle : …" or "Josiane, habitante de Sées : …" between the turns
of the labels that recur ("Animatrice :", "Dr Le Goff :", "Mme Hue :"). Heard once, such a label
has no recurrence to vouch for it, and its words would run on as the previous speaker's; set
between labelled turns, its shape vouches for it:

- an indefinite article and a noun ("Une voix", "Un participant (pharmacien)", "Une habitante du
  bourg"): nobody named (speaker ''), the role from the noun, or its parenthesis, `inconnu` for a
  noun that says nothing of the person (lang/fr/interjections.yaml);
- a first name and what the person is after a comma ("Josiane, habitante de Sées", "Paul,
  kinésithérapeute à Vire"): that first name, the description read for role and place;
- several of a kind ("Plusieurs éducatrices :"): nobody alone, the role `inconnu`;
- a function with its definite article ("La présidente :") that one person of the document's
  list of participants holds ("Mme Odile Lecoq, infirmière libérale, présidente"): the label as
  written, the role of that person.

The labels are handed to discovery as declared speakers (like segment/function_labels.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person
from .base import TextLine
from .colon_subjects import NAME_WORD
from .function_labels import article_alternation
from .roles import matched_role, normalize_role, unidentified

_data = cv.language_data
FIRST = NAME_WORD  # a first name, hyphenated perhaps


@lru_cache(maxsize=4)
def _office(key: int) -> re.Pattern:
    """A function with its definite article, the whole label ("La présidente")."""
    return re.compile(rf"(?i:{article_alternation(_data())})(?P<office>[^\W\d_][\w’'-]+)")


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    d = _data()
    indef = cv.literal_alternation(d.get("interjection_indefinites", [])) or "(?!)"
    several = cv.literal_alternation(d.get("group_label_openers", [])) or "(?!)"
    voices = cv.literal_alternation(d.get("interjection_voice_nouns", [])) or "(?!)"
    return re.compile(
        rf"^\s*(?P<label>(?P<indef>(?i:{indef}))\s+(?P<noun>[^\W\d_][\w’'-]+)(?P<rest>[^:()«»\"“?!.]*?)"
        rf"(?:\s*\((?P<aff>[^()«»:]{{2,60}})\))?"
        rf"|(?P<first>{FIRST}),\s+(?P<desc>[^\W\d_][^:()«»\"“?!]*?)"
        # a function with its definite article ("La cogérante :"), read only when a person the
        # document lists holds it
        rf"|{_office(key).pattern}"
        # several of a kind at once ("Plusieurs éducatrices :"; labels.yaml group_label_openers)
        rf"|(?P<several>(?i:{several})\s+[^\W\d_][\w’'-]+)"
        # a voice in brackets, described or not ("[Voix côté cabinet, non identifiée] :"; interjection_voice_nouns)
        rf"|\[(?P<voice>(?i:{voices})\b[^\[\]:«»]{{0,60}}?)\])\s*:\s+(?![«\"“])(?=\S)")


def _holder(office: str, participants: dict[str, str]) -> str | None:
    """The one listed person whose description holds ``office`` as a word ("cogérante" in "Mme
    Céline Guyot, infirmière, cogérante"), else None."""
    key = fold(office).lower()
    found = [code for code, desc in participants.items() if key in re.findall(r"[\w-]+", fold(desc).lower())]
    return found[0] if len(found) == 1 else None


def office_description(label: str, participants: dict[str, str]) -> str:
    """The description of the one listed person who holds the office a definite label names ("La
    présidente" and "Mme Odile Lecoq, infirmière libérale, présidente" in the attendance sheet), else ''."""
    m = _office(id(_data())).fullmatch(label)
    if m is None:
        return ""
    holder = _holder(m.group("office"), participants)
    return participants[holder] if holder is not None else ""


def interjection(text: str, gazetteer, participants: dict[str, str] | None = None) -> tuple[str, dict] | None:
    """(label, declared attributes) of a one-off voice's label opening ``text``, or None."""
    m = _pattern(id(_data())).match(text)
    if m is None or len(m.group("label")) > _data().get("interjection_max_chars", 50):
        return None
    label = " ".join(m.group("label").split())
    if m.group("voice"):
        # nobody named; the role the bracket gives, if it gives one ("voix de la fille de la patiente")
        inner = " ".join(m.group("voice").split())
        role = "inconnu" if unidentified(inner) or matched_role(inner) is None else normalize_role(inner)
        return label, {"speaker": "", "role_raw": inner, "role": role, "region": "", "place": "", "anonymous": True}
    if m.group("several"):
        return label, {"speaker": "", "role_raw": label, "role": "inconnu", "region": "", "place": "", "group": True}
    if m.group("office"):
        holder = _holder(m.group("office"), participants or {})
        if holder is None:
            return None
        desc = participants[holder]
        role, region, place = describe(desc, gazetteer) if gazetteer is not None else (normalize_role(desc), "", "")
        return label, {"speaker": label, "role_raw": desc, "role": role, "region": region, "place": place}
    if m.group("first"):
        desc = " ".join(m.group("desc").split())
        role, region, place = describe(desc, gazetteer) if gazetteer is not None else (normalize_role(desc), "", "")
        if role == "inconnu" and not describes_person(desc):
            return None  # "Marie, en bref :": no description of a person
        return label, {"speaker": m.group("first"), "role_raw": desc, "role": role, "region": region, "place": place}
    noun = fold(m.group("noun")).lower()
    undescribed = {fold(w).lower() for w in _data().get("interjection_undescribed", [])}
    said = m.group("aff") or ""
    if noun not in undescribed and not describes_person(m.group("noun")):
        return None  # "Un point :", "Une question :": no person
    role = normalize_role(said) if said else ("inconnu" if noun in undescribed else normalize_role(m.group("noun")))
    return label, {"speaker": "", "role_raw": said or ("" if noun in undescribed else m.group("noun")),
                   "role": role, "region": "", "place": ""}


def interjection_speakers(lines: list[TextLine], labels: dict, gazetteer,
                          participants: dict[str, str] | None = None) -> dict[str, dict]:
    """label -> declared attributes of the labels heard once between a dialogue's labelled turns (or
    right after its last), or {} (a dialogue of at least two labels and two labelled lines). Each
    one found counts as a labelled turn for its neighbours (two in a row: "Le cogérant :" then, a
    resolution below, "La cogérante :")."""
    taken = {i for v in labels.values() for i in v.lines}
    if len(labels) < 2 or len(taken) < 2:
        return {}
    window = _data().get("interjection_window", 3)
    last = max(taken)
    candidates = {}
    for ln in lines:
        if ln.index not in taken:
            found = interjection(ln.text, gazetteer, participants)
            if found is not None and found[0] not in labels:
                candidates[ln.index] = found
    out: dict[str, dict] = {}
    grew = True
    while grew:
        grew = False
        for i, (label, attrs) in sorted(candidates.items()):
            # (below it, another labelled turn, or none at all: the dialogue's last word)
            if i in taken or not any(i - k in taken for k in range(1, window + 1)) \
                    or not (i > last or any(i + k in taken or i + k in candidates for k in range(1, window + 1))):
                continue
            taken.add(i)
            grew = True
            out.setdefault(label, {"moderator": False, "group": False, **attrs, "source": "attribution"})
    return out


# a label of question marks, or a letter and a question mark, opening a line: "??? : …", "L? : …",
# the transcript's mark for a voice it could not attribute
UNKNOWN_VOICE_MARK = re.compile(r"^\s*(?P<label>[A-ZÉ]{0,4}\?{1,3})\s*:\s+(?=\S)")


def unknown_voice_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes of the marks a transcript writes for a voice it could not
    attribute ("??? : …", "L? : …"): nobody named, the role unknown (s48)."""
    out: dict[str, dict] = {}
    for ln in lines:
        m = UNKNOWN_VOICE_MARK.match(ln.text)
        if m:
            out.setdefault(m.group("label"), {"speaker": "", "role_raw": "", "role": "inconnu", "region": "", "place": "",
                                              "moderator": False, "group": False, "anonymous": True,
                                              "source": "attribution"})
    return out
