"""Slogans and mottos in a NOTICE line, and a NEWCOMER who takes the floor (issue #14, session 33).

A press piece, a report or a newsletter often closes on a line addressed to the reader: a practical
field ("Contact : …", "Rappel : …", "Renseignements : …"), a phone number, an address. A quotation
there that nothing attributes (no lead, no incise) is the organisation's formula, its slogan or
motto ("Contact : CPTS du Bocage, « La santé, ensemble », 02 …", "« Prends soin de toi ! » :
retrouvez nos ateliers"), not the words of the person the section last quoted: ``notice_line``
stops the running speaker there. Words: lang/fr/notice_lines.yaml (``notice_labels``,
``notice_phone_patterns``).

A sentence that opens on an indefinite article and a person or kinship noun and ends on the colon
before a quotation ("Une fille de résidente est venue nous voir : « … »", "Un patient de la
maison de santé nous arrête : « … »") brings a NEW, unnamed person: the quotation is theirs (speaker
'', the role of the noun), not the running speaker's (``newcomer_lead``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .roles import normalize_role, withholds_role


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = cv.language_data()
    labels = cv._alt(" ".join(fold(w).lower().split()) for w in d.get("notice_labels", [])) or "(?!)"
    label = re.compile(rf"^\s*(?:{labels})\s*:")
    phones = "|".join(f"(?:{p})" for p in d.get("notice_phone_patterns", [])) or "(?!)"
    phone = re.compile(phones)
    arts = cv._alt(d.get("indefinite_articles", [])) or "(?!)"
    kin = cv._alt(d.get("colon_subject_kinship_nouns", [])) or "(?!)"
    plain = cv._alt(d.get("newcomer_nouns", [])) or "(?!)"
    newcomer = re.compile(rf"^(?:{arts})\s+(?P<noun>(?:{kin}|{plain})(?![\w-])|(?:{'|'.join(d.get('person_nouns', []))}))",
                          re.IGNORECASE)
    return label, phone, newcomer


def notice_line(line: str) -> bool:
    """The paragraph is a notice to the reader: it opens on a practical field's label and a colon
    ("Contact :", "Rappel :", "Infos pratiques :") or gives a phone number."""
    label, phone, _ = _patterns(id(cv.language_data()))
    return bool(label.match(" ".join(fold(line).lower().split()))) or bool(phone.search(line))


# the clause before a quotation's colon: after the last sentence end on its line
_CLAUSE = re.compile(r"(?:^|[.!?…]\s+)(?P<clause>[^.!?…«»]{3,200}?)\s*:\s*$")
MAX_LEAD_WORDS = 20
# one or two phrases of circumstance opening the sentence, each closed by a comma
OPENERS = re.compile(r"^(?:[^,.;:!?«»]{2,90},\s*){1,2}")


def newcomer_lead(lead: str) -> dict | None:
    """The person a sentence opening on an indefinite article and a person or kinship noun brings
    in, ending on the colon before the quotation: {speaker '', role_raw, role}; else None."""
    m = _CLAUSE.search(lead)
    if m is None:
        return None
    clause = m.group("clause").strip()
    _, _, newcomer = _patterns(id(cv.language_data()))
    n = newcomer.match(clause)
    if n is None:
        # after a phrase or two of circumstance ("Une après-midi, alors que j'attendais devant le centre,
        # une femme assise à côté de moi a commenté la file :"; s54)
        opened = OPENERS.match(clause)
        clause = clause[opened.end():] if opened else clause
        n = newcomer.match(clause) if opened else None
    if n is None or len(clause.split()) > MAX_LEAD_WORDS:
        return None
    kin = re.fullmatch(cv._alt(cv.language_data().get("colon_subject_kinship_nouns", [])) or "(?!)",
                       n.group("noun"), re.IGNORECASE)
    plain = n.group("noun").lower() in {w.lower() for w in cv.language_data().get("newcomer_nouns", [])}
    someones = kin and re.match(r"\s+(?:de|du|des|d['’])", clause[n.end():])  # "la femme de M. X": kin
    if (kin or plain) and not someones:
        kin = None  # "une femme assise à côté de moi": no one's wife, a woman nothing else is said of (s54)
        role = normalize_role(clause)
        aged = re.search(r"\b\d{1,3}\s*ans\b", clause)  # "une femme de 70 ans": a lay person described
        role = ("autre" if aged else "inconnu") if role in ("", "autre", "inconnu") else role
    elif withholds_role(clause):
        role = "inconnu"  # "Une femme …, qui n'a pas souhaité préciser sa profession, tempère :": not said
    else:
        role = cv.language_data().get("colon_subject_kinship_role", "autre") if kin else normalize_role(clause)
        role = "autre" if role in ("", "inconnu") else role
    return {"speaker": "", "role_raw": clause, "role": role, "attr_source": "attribution"}
