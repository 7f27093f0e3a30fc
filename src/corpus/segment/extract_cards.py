"""Quotations on the extract field of a card whose profile field says who speaks (issue #14).

"Profil : masseur-kinésithérapeute libéral, Forcalquier, adhérent depuis l'origine" on one
line, "Extrait : « J'ai adhéré parce que … »" on the next, then "Commentaire : …": a memoir's or
a report's extract cards. The extract label reads as a document speaking ("Le rapport : « … »"),
so the quotation would stay narrative. When its line opens with an extract label
(``extract_card_quote_labels``, lang/fr/extract_cards.yaml) and a colon, and the card's profile
field (``extract_card_profile_labels``) describes a person, on the line above or earlier on the
same line (extraction runs a short field into the line before it), the quotation is that
person's words: no name (speaker ''), the profile's role and place. An extract label without a
profile describing a person ("Extrait : « Article 3 … »" of a text) changes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"

    # on folded text: the extract label closing the lead-in, what comes before it on the line
    quote = re.compile(rf"(?:^|\s)(?:{alt(d.get('extract_card_quote_labels', []))})\s*:\s*$")
    profile = re.compile(rf"^\s*(?:{alt(d.get('extract_card_profile_labels', []))})\s*:\s*(?=\S)")
    return quote, profile


def card_profile(text: str, a: int) -> str | None:
    """The profile describing the speaker of the quotation opening at ``a`` on an extract
    field's line, or None."""
    quote, profile = _patterns(id(cv.language_data()))
    start = text.rfind("\n", 0, a) + 1
    lead = text[start:a]
    folded = fold(lead)
    m = quote.search(folded)
    if m is None or len(folded) != len(lead):  # positions in the folded lead-in must hold in it
        return None
    head = lead[:m.start()].strip()
    if head:
        p = profile.match(fold(head))
        return head[p.end():].strip(" .;") if p else None
    # the line above, or a few lines up the card ("Déroulement : …" between; s50)
    for line in _lines_above(text, start, int(cv.language_data().get("extract_card_reach", 1))):
        p = profile.match(fold(line))
        if p:
            return line[p.end():].strip(" .;")
    return None


def _lines_above(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` lines above the line starting at ``start``, nearest first."""
    out = []
    while start > 0 and len(out) < n:
        prev = text.rfind("\n", 0, start - 1) + 1
        out.append(text[prev:start - 1].strip())
        start = prev
    return out


def card_code(text: str, a: int) -> str:
    """The participant code a card's title gives ("Fiche E1" over the card's fields), a few lines
    above the extract field at ``a``; '' when no such title heads the card."""
    titles = cv._flex_alt(cv.language_data().get("extract_card_titles", [])) or "(?!)"
    title = re.compile(rf"^(?i:{titles})\s+(?P<code>{cv.LABEL_SHAPES['code'].pattern.lstrip('^').rstrip('$')})\s*$")
    reach = int(cv.language_data().get("extract_card_reach", 1)) + 1
    for line in _lines_above(text, text.rfind("\n", 0, a) + 1, reach):
        m = title.match(line)
        if m:
            return m.group("code")
    return ""


def card_call(seg, a: int, b: int, call):
    """The quotation text[a:b] as the words of the person its card's profile describes, when its
    reading named nobody."""
    from .attributions import describe, describes_person
    from .quotes import QuoteCall
    from .regions import resolve_region
    from .roles import normalize_role

    if call.verbatim and (call.attrs.get("speaker") or "person" in call.attrs
                          or call.attrs.get("role", "inconnu") not in ("", "inconnu")):
        return call
    desc = card_profile(seg.text, a)
    if desc is not None and not (describes_person(desc) or normalize_role(desc) not in ("autre", "inconnu")):
        # a card titled by its participant's code whose profile withholds what they do ("Fiche E5",
        # "Profession : non renseignée"): the code's words, their role not given (s50)
        code = card_code(seg.text, a)
        if code:
            region, place = resolve_region(desc, seg.gazetteer)
            return QuoteCall(True, {**call.attrs, "speaker": code, "role_raw": desc, "role": "inconnu", "region": region,
                                    "place": place, "attr_source": "attribution"}, call.attribution)
    if not desc or not (describes_person(desc) or normalize_role(desc) not in ("autre", "inconnu")):
        return call
    role, region, place = describe(desc, seg.gazetteer)
    return QuoteCall(True, {**call.attrs, "speaker": card_code(seg.text, a), "role_raw": desc, "role": role,
                            "region": region, "place": place, "attr_source": "attribution"}, call.attribution)
