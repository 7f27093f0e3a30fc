"""Someone of an institution as the subject of an incise, whatever the noun
(lang/fr/institution_members.yaml).

"« … », précise la conseillère de la CPAM de l'Hérault que nous avons interrogée.": a singular
determiner, a noun (any: "conseillère", "agent", "référente", "chargé de mission" …), a
preposition and an institution whose role the role rules know. The person lists hold the
commonest nouns only; the institution says the person speaks for it. Not the institution itself
("« … », indique la CPAM": its communiqué, no one's words), nor a head noun that gives a role
of its own ("le maire de Lunel": the role rules read it whole).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"


@cv.per_language_data
def _member() -> re.Pattern:
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    preps = cv.word_forms("member_of_prepositions", r"\s*")
    return re.compile(rf"^\s*(?i:{dets})(?P<noun>[{_LOWER}][{_LOWER}-]+(?:\s+[{_LOWER}][{_LOWER}-]+){{0,2}}?)"
                      rf"\s+(?:{preps})(?P<inst>\S.*)$")


def institution_member(who: str) -> str:
    """The role of the person a noun phrase names by a noun and their institution ("la
    conseillère de la CPAM de l'Hérault" -> "institutionnel_cpam"), else ''."""
    m = _member().match(who)
    if m is None:
        return ""
    role = normalize_role(who)
    if role in ("autre", "inconnu") or normalize_role(m.group("inst")) != role:
        return ""  # the role must come from the institution
    if normalize_role(m.group("noun")) not in ("autre", "inconnu"):
        return ""  # the head says it already (a person noun the lists know, or an institution)
    return role


@cv.per_language_data
def _offices() -> frozenset[str]:
    return frozenset(fold(w) for w in cv.language_data().get("structure_offices", []))


@cv.per_language_data
def _office_structures() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((e["role"], re.compile("|".join(e["patterns"])))
                 for e in cv.language_data().get("office_structures", []) if e.get("patterns"))


@cv.per_language_data
def _topic_opener() -> re.Pattern:
    dets = cv.word_forms("determiners", r"\s+", data=cv.language_data(), elided_after=r"\s*")
    return re.compile(rf"^\s*(?i:{dets})")


def heading_office_role(desc: str, heading: str) -> str:
    """The role of a person described by a bare office (``structure_offices``: "directrice – indique
    que …", the first field of the description) under a heading that names their structure ("Centre
    communal d'action sociale de Saint-Amand-Montrond"): the office read with the heading as its
    complement; '' when the description says more than an office, the heading is a topic ("Le
    rôle de l'ARS") or a sentence, or the pair names no role."""
    office = re.split(r"\s*[,–—;:(]\s*|\s+-\s+", desc.strip(), maxsplit=1)[0]
    heading = heading.strip()
    if fold(office).strip(" .") not in _offices() or not heading or _topic_opener().match(heading) \
            or re.search(r"[.:?!«»]\s*$", heading) or len(heading.split()) > 12:
        return ""
    role = normalize_role(f"{office} de {heading}")
    if role in ("autre", "inconnu"):  # a local body only its officers speak for ("Centre communal d'action sociale")
        role = next((r for r, pat in _office_structures() if pat.search(fold(heading))), "")
    return role


@cv.per_language_data
def _publisher_units() -> re.Pattern:
    words = cv.literal_alternation([fold(w) for w in cv.language_data().get("publisher_unit_words", [])]) or "(?!)"
    return re.compile(rf"\b(?:{words})\b")


def publisher_body(masthead: str) -> str:
    """The role of the institutional body a document's masthead names in its first two fields ("Infos
    Pros – Assurance Maladie de la Gironde – Délégation du Libournais – n° 31 – …": institutionnel_cpam),
    else ''. A masthead has three fields or more, one with its issue's number or date; a heading has none."""
    fields = [f.strip() for f in re.split(r"\s+[–—|-]\s+", masthead.strip()) if f.strip()]
    if len(fields) < 3 or not any(re.search(r"\d", f) for f in fields):
        return ""
    return next((r for f in fields[:2] if (r := normalize_role(f)).startswith("institutionnel_")), "")


def publisher_member_role(desc: str, body: str) -> str:
    """``body`` (publisher_body) for a person the document quotes by a bare office ("délégué",
    "directrice") or by a post in one of its units ("conseillère … à la délégation",
    ``publisher_unit_words``); '' when there is no body or the description says more (a trade,
    another body)."""
    if not body or normalize_role(desc) not in ("autre", "inconnu"):
        return ""
    office = re.split(r"\s*[,–—;:(]\s*|\s+-\s+", desc.strip(), maxsplit=1)[0]
    if fold(office).strip(" .") in _offices() or _publisher_units().search(fold(desc).lower()):
        return body
    return ""
