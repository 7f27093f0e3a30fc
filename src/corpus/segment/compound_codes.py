"""Compound participant codes: a structure's code joined to a profession's abbreviation
("MSP2-IDE", "CPTS1-MG", "EHPAD3-Secr") or a profession's abbreviation glued to a territory's
letter ("MGC2", "IDEL1"; session 55), the abbreviations explained once in the methods by a
key of "ABBR : description" entries separated by semicolons ("(MG : médecin généraliste ; IDE :
infirmier ; Kiné : masseur-kinésithérapeute)"). Each such code used in the text is a participant
whom the key describes.
"""

from __future__ import annotations

import re

# one entry of a key: an abbreviation (a capital, up to five more letters), a colon, a description
KEY_ENTRY = re.compile(r"(?:^|[(;]\s*)(?P<abbr>[A-ZÉ][\wéè]{0,5})\s+:\s+(?P<desc>[^;():]{3,80}?)\s*(?=;|\)|$)")
# a structure's code with its number, a hyphen, an abbreviation
COMPOUND = re.compile(r"\b(?P<code>[A-Z]{2,6}\d{1,2}-(?P<abbr>[A-ZÉ][\wéè]{0,5}))\b")
MIN_ENTRIES = 2


def abbreviation_key(texts: list[str]) -> dict[str, str]:
    """abbreviation -> description from the parentheses of the text that hold at least two
    "ABBR : description" entries separated by semicolons."""
    out: dict[str, str] = {}
    for text in texts:
        for par in re.finditer(r"\(([^()]{10,400})\)", text):
            body = par.group(1)
            if body.count(";") < MIN_ENTRIES - 1:
                continue
            found = {m.group("abbr"): m.group("desc").strip() for m in KEY_ENTRY.finditer(body)}
            if len(found) >= MIN_ENTRIES:
                for abbr, desc in found.items():
                    out.setdefault(abbr, desc)
    return out


# the same entries in a sentence of the methods, not in parentheses: "MG : médecin généraliste ; IDE :
# infirmière ; PH : pharmacien ; la lettre distingue …" (the first entry after the sentence before)
SENTENCE_ENTRY = re.compile(r"(?:^|[.;]\s+|\()(?P<abbr>[A-ZÉ]{1,5})\s+:\s+(?P<desc>[^;():]{3,60}?)\s*(?=;|\.\s|\.?$|\))")


def sentence_key(text: str) -> dict[str, str]:
    """abbreviation -> description of a key written as a sentence of "ABBR : description" entries
    separated by semicolons, every description a profession (at least two entries): labels made of
    an abbreviation and a letter ("MG-a", "PH-a") read their role from it. A transcript line holding
    two answers ("IDE : Oui ; MG : non") describes no one."""
    from .roles import normalize_role

    if text.count(";") < MIN_ENTRIES - 1:
        return {}
    found = {m.group("abbr"): m.group("desc").strip() for m in SENTENCE_ENTRY.finditer(text)}
    from .attributions import opens_with_person

    trades = sum(1 for d in found.values() if normalize_role(d) not in ("autre", "inconnu"))
    # every entry a profession, or all but one when three or more are and that one names a person
    # too ("… ; DIR : directrice)": a function outside the vocabulary among the trades; not a
    # glossary's "DAC : dispositif d'appui à la coordination")
    if len(found) < MIN_ENTRIES or trades < len(found) - (1 if trades >= 3 else 0) \
            or not all(opens_with_person(d) for d in found.values()):
        return {}
    return found


def key_entries(texts: list[str], name: str = r"[A-ZÉÈ]{2,8}") -> dict[str, str]:
    """name -> meaning of each entry of a key in the document, its names of the shape `name` (a
    regex): "MG : médecin généraliste ; IDEL : infirmière libérale", "(IDEL = infirmière libérale,
    MG = …)", an Iramuteq variable's values "(prof_sflib = sage-femme libérale, prof_mg = …)". An
    entry opens a line or follows "(", ";" or ","; the first meaning of a name wins."""
    entry = re.compile(rf"(?:^|[(;,]\s*)\*?(?P<name>{name})\s*[:=]\s*(?P<desc>[^;:=()]{{3,60}}?)\s*"
                       rf"(?=[;)]|,\s*\*?(?:{name})\s*[:=]|$)")
    out: dict[str, str] = {}
    for t in texts:
        for m in entry.finditer(t):
            out.setdefault(m.group("name"), m.group("desc").strip())
    return out


def key_paragraph(texts: list[str]) -> int:
    """Index of the first paragraph holding an abbreviation key (-1 when none): the methods
    paragraph that says where the structures are."""
    return next((i for i, t in enumerate(texts) if abbreviation_key([t])), -1)


def compound_codes(texts: list[str]) -> dict[str, str]:
    """code -> description of each compound code of the text whose abbreviation a key explains."""
    key = abbreviation_key(texts)
    if not key:
        return {}
    out: dict[str, str] = {}
    for text in texts:
        for m in COMPOUND.finditer(text):
            if m.group("abbr") in key:
                out.setdefault(m.group("code"), key[m.group("abbr")])
    for code, desc in glued_codes(texts, key).items():  # "MGC2": "MG" and the territory's "C" (s55)
        out.setdefault(code, desc)
    return out


# a code of capitals and a number, the capitals possibly two abbreviations glued ("MGC2", "IDEL1")
GLUED = re.compile(r"(?<![\w-])(?P<prefix>[A-ZÉ]{2,8})(?P<num>\d{1,2})(?![\w-])")


def glued_codes(texts: list[str], key: dict[str, str]) -> dict[str, str]:
    """code -> description of each code whose capitals split in one way only into a profession's
    abbreviation of the key followed by another abbreviation of the key that names no profession
    (a territory's letter): "MGC2" when the key says "MG : médecin généraliste" and "C : Causses";
    "XL3" with "X : profession non communiquée" is nobody's trade (`inconnu`)."""
    from .roles import normalize_role

    if not key:
        return {}
    trade = {a: normalize_role(d) != "autre" for a, d in key.items()}
    out: dict[str, str] = {}
    for text in texts:
        for m in GLUED.finditer(text):
            prefix = m.group("prefix")
            if prefix in key:
                continue
            splits = [(prefix[:i], prefix[i:]) for i in range(1, len(prefix))
                      if trade.get(prefix[:i]) and prefix[i:] in key and not trade[prefix[i:]]]
            if len(splits) == 1:
                out.setdefault(m.group(0), key[splits[0][0]])
    return out


def code_speaking(before: str, inner: str, codes) -> str:
    """The compound code that a quote's lead-in ends with before a colon ("Du côté de MSP4-MG :
    « … »") or that an incise inside the quote names after a speech verb ("« On se voit,
    précise MSP2-IDE, mais … »"); "" when none."""
    if not codes:
        return ""
    lead = re.search(r"(?P<code>\S+)\s*:\s*$", before)
    if lead and lead.group("code") in codes:
        return lead.group("code")
    from . import conventions as cv

    for m in re.finditer(r",\s*(?P<verb>[\wéèêàâîôûç'’-]+)\s+(?P<code>\S+?)\s*,", inner):
        if m.group("code") in codes and cv.SPEECH_VERB_ANY.fullmatch(m.group("verb")):
            return m.group("code")
    return ""
