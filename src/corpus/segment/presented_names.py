"""A quotation introduced by the first name of its speaker and what they do, in apposition, then
a speech verb: "Ginette, infirmière libérale à Sainte-Rose, le dit sans détour : « … »". The
name is the speaker, the apposition their role and place; the rule is tried before a speech
verb's subject is looked for further back (which would take a previous sentence's "Les
soignants décrivent …" as the speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person, description_fields


def presented_speaker(before: str, gazetteer) -> dict | None:
    """Attributes of the first name presented in the last sentence of a quote's lead-in, when a
    speech verb follows the apposition; else None."""
    sentence = re.split(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", before.strip())[-1]
    m = cv.FIRST_NAME_APPOSITION.search(sentence)
    if m is None or not describes_person(m.group("desc")) or not cv.SPEECH_VERB_ANY.search(sentence[m.end():]):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _civility_apposition(key: int) -> re.Pattern:
    civility = cv.word_forms("civilities", case="first")
    surname = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    initial = r"[A-ZÉÈ]\.(?:-?[A-ZÉÈ]\.)?"
    return re.compile(rf"(?:^|(?<=[.!?…»]\s))(?:{civility})\.?\s+(?P<name>{initial}|{surname})"
                      r"\s*,\s*(?P<desc>[^,«»\"“.;:]{2,80}(?:,\s*[^,«»\"“.;:]{2,60}){0,2})\s*,")


# a sentence's end between the apposition and the quotation (another sentence speaks)
SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÉÈÀ]")


def civility_speaker(lead_in: str, gazetteer) -> dict | None:
    """Attributes of the person a quotation's lead-in (its paragraph up to the quotation) presents
    by a civility, a surname or an initial and an apposition, when a speech verb follows the
    apposition in the same sentence; else None."""
    found = None
    for found in _civility_apposition(id(cv.language_data())).finditer(lead_in):
        pass
    if found is None or not describes_person(found.group("desc")):
        return None
    rest = lead_in[found.end():]
    if SENTENCE_END.search(rest) or not cv.SPEECH_VERB_ANY.search(rest):
        return None
    desc = found.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role == "inconnu" and cv.AGE_FIELD.match(description_fields(desc)[0]):
        # "Mme D., 79 ans, qui accompagne son mari …": an age first, no profession (preceding_sentences.py)
        role = cv.language_data().get("presented_age_only_role", "autre")
    # the person as the document names them, civility included ("Madame L.", "M. H."), as every reader does
    speaker = " ".join(lead_in[found.start():found.end("name")].split())
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
