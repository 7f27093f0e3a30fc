"""A quotation whose lead-in's last sentence only presents its speaker, with no verb, before the
colon (issue #14, session 39): "Selon Odile, éleveuse à Marboz : « … »", "Maëlle (31 ans,
primipare, Bannalec) : « … »", "Le Dr Sébastien Delpech, médecin généraliste à Tarascon depuis
vingt ans : « … »". The name is the speaker, the description (which must describe a person: a
place or a date alone is no one) their role and place. Tried after the readings of speech verbs and
of labels, before the running speaker: a presented newcomer speaks, not the person quoted before."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .person_registry import _common_word
from .presented_names import _last_sentence


@lru_cache(maxsize=4)
def _presented_lead(_key: int) -> re.Pattern:
    d = cv.language_data()
    introducers = cv._flex_alt(d.get("introducers", [])) or "(?!)"
    articles = cv._alt(d.get("determiners", [])) or "(?!)"
    civilities = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    particles = cv._alt(d.get("name_particles", [])) or "(?!)"
    word = r"[A-ZÉÈ][a-zéèëïîçô'’]+(?:-[A-ZÉÈ][a-zéèëïîçô'’]+)?"
    return re.compile(
        rf"(?:(?i:{introducers})\s+)?(?:(?i:{articles})\s+)?(?:(?P<civ>(?i:{civilities}))\.?\s+)?"
        rf"(?P<name>{word}(?:\s+(?:(?:{particles})\s+)?{word})?)"
        r"\s*(?:,\s*(?P<desc>[^«»:;()\[\]!?]{3,120}?)|\((?P<inner>[^()«»:]{3,100})\))")


def presented_lead(before: str, gazetteer, text: str = "") -> dict | None:
    """Attributes of the person a lead-in's last sentence only presents before its colon, with no
    verb: "Selon Odile, éleveuse à Marboz :", "Maëlle (31 ans, primipare, Bannalec) :", "Le Dr
    Sébastien Delpech, médecin généraliste à Tarascon depuis vingt ans :", "Pour le Dr Marc Jaillet,
    médecin du travail à la MSA de l'Ain :"; the description must describe a person (a place or a
    title alone is no one: "Paris, le 3 mai :"); else None. ``text``: the document's, where a one-word
    name is checked."""
    if not before.rstrip().endswith(":"):
        return None
    sentence = _last_sentence(before.strip()).rstrip(" :\u00a0")
    m = _presented_lead(id(cv.language_data())).fullmatch(sentence)
    if m is None:
        return None
    desc = (m.group("desc") or m.group("inner") or "").strip(" ,")
    # (a verb after the apposition makes it a clause, whose readers are the speech verbs': "Le docteur
    # Olivier Marchand, médecin généraliste à Bourganeuf, en témoigne :")
    if not desc or not describes_person(desc) or gazetteer.find(m.group("name")) or cv.SPEECH_VERB_ANY.search(desc):
        return None
    name = m.group("name")
    # the first word a first name, not a word the text writes in lower case too ("Par Joël Adélaïde,
    # …"); one word alone not a label opening several paragraphs ("Verbatim (président) : « … »")
    if not m.group("civ") and (_common_word(name.split()[0], text) or " " not in name and len(
            re.findall(rf"(?m)^[ \t]*{re.escape(name)}\s*[(,]", text)) >= 2):
        return None
    role, region, place = describe(desc, gazetteer)
    if m.group("civ") and " " not in name:
        name = f"{m.group('civ')} {name}"  # "Mme Leroux, pharmacienne :": the civility names her
    return {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
