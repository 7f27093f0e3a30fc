"""A topic label before a quotation: "Côté pharmaciens : « … », insiste une titulaire du
centre-ville." Newsletters and press pieces set the voices of two professions side by side under a
label naming each ("Côté médecins :", "Du côté des infirmiers :"); the person the incise names
after the quotation is one of that profession even when the incise names them by a word that says
no profession ("une titulaire", "un membre du bureau"): an indefinite article (lang/fr grammar.yaml
``indefinite_articles``) introduces someone, not a document ("précise le communiqué"). The label's words are
``topic_label_words`` (lang/fr/topic_labels.yaml); the label must open the sentence, be followed
by its colon right before the quotation, and name a profession the role rules know (not "Côté
calendrier :")."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role


@lru_cache(maxsize=4)
def _label(key: int) -> re.Pattern:
    words = cv.word_forms("topic_label_words", data=cv.language_data())
    return re.compile(rf"(?:^|[.!?]\s+)(?:{words})\s+(?P<topic>[^:;,.!?«»\"“]{{2,60}}?)\s*:\s*$", re.IGNORECASE)


def topic_role(lead_in: str) -> tuple[str, str] | None:
    """(topic, role) of a topic label that ends a quotation's lead-in ("Côté pharmaciens : " ->
    ("pharmaciens", "pharmacien")), when the topic names a known profession; else None."""
    m = _label(id(cv.language_data())).search(lead_in)
    if m is None:
        return None
    role = normalize_role(m.group("topic"))
    return None if role in ("autre", "inconnu") else (m.group("topic").strip(), role)


@lru_cache(maxsize=4)
def _someone(key: int) -> re.Pattern:
    return re.compile(rf"(?:{cv.word_forms('indefinite_articles', data=cv.language_data())})\s+[^\W\d_]", re.IGNORECASE)


def someone(who: str) -> bool:
    """Whether an incise's subject is someone unnamed, an indefinite article and a noun ("une
    titulaire du centre-ville"), not a document ("le communiqué de l'agence")."""
    return bool(_someone(id(cv.language_data())).match(who.strip()))
