"""A quotation in the language it was spoken in and its translation in a parenthesis right after
it (lang/fr/translation_parentheses.yaml): "« Dr Dokter isch fort, jetz geh i zum Apotheker »
(traduction : le docteur est parti, maintenant je vais chez le pharmacien), dit-elle en riant."
The translation is the same person's words: the quotation runs to the parenthesis's end, and the
incise after it attributes both. Any language, any bracket, any of the markers before a colon
("(trad. : …)", "[en français : …]"); not a parenthesis without the marker and its colon (an
attribution "(Marthe, 91 ans)", a remark "(traduction libre)").
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv


@cv.per_language_data
def _translation() -> re.Pattern:
    markers = cv.word_forms("translation_markers", "")
    # "(traduction : …)", or a parenthesis that holds nothing but a quotation of three words or
    # more in guillemets: the French of an English quote "“…” (« … »)"
    # or (s38) square brackets holding a whole sentence of five words or more, closed by its full stop
    # ("« Mon frèr la fine gagn la lepto an 2019. » [Mon frère a déjà attrapé la lepto en 2019.]"):
    # a code or a cut in brackets after a quotation ("[D11]", "[I3, IDEL, rural]", "[…]") is short
    # and has no sentence end
    return re.compile(rf"[ \t]*(?:[(\[]\s*(?i:{markers})\s*:\s*[^()\[\]\n«»]{{8,300}}?[)\]]"
                      rf"|\(\s*«\s*[^()\[\]\n«»\s]+(?:\s+[^()\[\]\n«»\s]+){{2,80}}\s*»\s*\)"
                      rf"|\[\s*(?=(?:[^()\[\]\n«»\s]+\s+){{4}})[^()\[\]\n«»]{{10,400}}?[.!?…]\s*\])")


@cv.per_language_data
def _spoken_language() -> tuple[re.Pattern, re.Pattern]:
    """The clause before a quotation saying the language the words were said in ("elle a répondu en
    créole :", lang/fr/translation_parentheses.yaml spoken_language_preposition and spoken_languages),
    and the unmarked parenthesis after it: a sentence of three words or more, no guillemets."""
    d = cv.language_data()
    prep = cv._flex_alt(d.get("spoken_language_prepositions", [])) or "(?!)"
    langs = cv._flex_alt(d.get("spoken_languages", [])) or "(?!)"
    lead = re.compile(rf"(?<![\w-])(?:{prep})\s+(?:{langs})(?![\w-])[^.!?«»\n]{{0,60}}:\s*$")
    paren = re.compile(r"[ \t]*\(\s*[^()\[\]\n«»\s]+(?:\s+[^()\[\]\n«»\s]+){2,80}\s*\)")
    return lead, paren


def join_translations(chunk: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations of a paragraph run, each one closed by a guillemet and followed by its
    translation in a parenthesis extended over it: a parenthesis with a marker, or (s34-segr60b)
    any parenthesis of three words or more after a quotation its lead says was spoken in another
    language ("elle a répondu en créole : « Dòktè, mwen ka dòmi … » (Docteur, je dors …)")."""
    out: list[tuple[int, int]] = []
    for qa, qb in quotes:
        if out and qb <= out[-1][1]:
            continue  # the translation's guillemets, inside the parenthesis joined to the quotation
        m = _translation().match(chunk, qb) if chunk[qb - 1:qb] in "»”\"" else None
        if m is None and chunk[qb - 1:qb] in "»”\"":
            lead, paren = _spoken_language()
            start = max(chunk.rfind(c, 0, qa) for c in ".!?\n»") + 1
            m = paren.match(chunk, qb) if lead.search(chunk[start:qa]) else None
        out.append((qa, m.end()) if m is not None else (qa, qb))
    return out


@cv.per_language_data
def _self_translation() -> re.Pattern:
    d = cv.language_data()

    def alt(words) -> str:
        forms = {" ".join(fold(w).lower().replace("’", "'").split()) for w in words}
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=lambda w: (-len(w), w))) or "(?!)"

    # the first quotation's incise perhaps (", annonce la vieille dame"), then after a comma (or
    # alone) a link word and a translating verb, no subject, no sentence end, a colon
    return re.compile(rf"^(?:[^.!?«»:]*,)?\s*(?:{alt(d.get('self_translation_links', []))})(?:(?<=')|\s+)"
                      rf"(?:{alt(d.get('self_translation_verbs', []))})(?![\w'])[^.!?«»:]{{0,80}}:\s*$")


def self_translation(gap: str) -> bool:
    """The text between two quotations of one sentence says the first one's speaker translates
    their own words ("», annonce la vieille dame, avant de traduire elle-même pour le journaliste :
    «"; lang/fr/translation_parentheses.yaml self_translation_links and _verbs): the second is theirs."""
    return bool(_self_translation().match(fold(gap).lower().replace("’", "'")))
