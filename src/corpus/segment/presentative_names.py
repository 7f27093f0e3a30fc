"""A quotation whose paragraph has just named its speaker with a presentative verb (issue #14):
"L'infirmière, justement, s'appelle Sylvie, et elle fait les tournées du canton depuis vingt ans.
« Avant, on attendait un médecin … »". Press portraits introduce a new person so, between two other
speakers' quotations: the quotation is the person named, not the next paragraph's speaker (a
quotation read as no one's would otherwise be chained to the next one's incise).

The presentative verbs are lang/fr/anaphoric_speakers.yaml ``presentative_verbs`` ("s'appelle",
"se prénomme"); the name after them is a first name or a full name; the role comes from the
description the sentence opens with ("L'infirmière, justement, s'appelle …"). Only in the text of
the quotation's paragraph before it, with nothing quoted there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role

_WORD = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


@lru_cache(maxsize=4)
def _presentative(key: int) -> re.Pattern:
    d = cv.language_data()
    verbs = cv._flex_alt(d.get("presentative_verbs", [])) or "(?!)"
    not_names = cv._alt(d.get("not_names", [])) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?P<np>[^.!?«»]{{0,80}}?)\s*\b(?:{verbs})\s+(?!(?:{not_names})\b)"
                      rf"(?P<name>{_WORD}(?:\s+{_WORD})?)\b(?P<rest>[^.!?«»]*)[.!?]?\s*$")


def presented_speaker(lead: str, gazetteer) -> dict | None:
    """Attrs of the person the paragraph text ``lead`` (up to the quotation) names by a
    presentative verb in its last sentence, else None."""
    if not lead.strip() or any(q in lead for q in "«»\"“”"):
        return None
    m = _presentative(id(cv.language_data())).search(lead.strip())
    if m is None or gazetteer.find(m.group("name")):
        return None
    np = m.group("np").strip(" ,")
    role = normalize_role(np) if np and cv.PERSON_NOUN.search(np) else "inconnu"
    return {"speaker": m.group("name"), "role_raw": np if role != "inconnu" else "", "role": role,
            "region": "", "place": "", "attr_source": "attribution"}


def presentative_call(text: str, a: int, b: int, call, gazetteer):
    """``call`` as the words of the person presented just before, when its reading named nobody
    or a speaker the text does not name right after the quotation (the page's running speaker,
    carried over from an earlier paragraph: "« … », résume Paul Girard." then "Le pharmacien, lui,
    s'appelle Hugo … « … »" is Hugo's)."""
    from .quotes import QuoteCall

    lead = text[text.rfind("\n", 0, a) + 1:a]
    found = presented_speaker(lead, gazetteer)
    if found is None:
        return call
    named = call.attrs.get("speaker") or getattr(call.attrs.get("person"), "name", "")
    if named and (named == found["speaker"] or named.split()[-1] in text[b:b + 120].split("\n")[0]):
        return call  # "« … », ajoute Paul Girard": the incise names its speaker
    if named:
        call = QuoteCall(call.verbatim, {k: v for k, v in call.attrs.items() if k != "person"} | {"speaker": ""},
                         call.attribution)
    attrs = {**call.attrs, "speaker": found["speaker"]}
    if call.attrs.get("role") in (None, "", "autre", "inconnu") and found["role"] != "inconnu":
        attrs.update(role_raw=found["role_raw"], role=found["role"])
    return QuoteCall(True, attrs, call.attribution)
