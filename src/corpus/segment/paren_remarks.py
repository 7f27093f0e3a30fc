"""A parenthesis after a quotation that remarks on it rather than crediting it (issue #14,
session 9, seggen9). "« … » (X)" was read as an attribution whatever X said; the perturbation
benchmark's attr_paren_after row moved lead-ins after the quotations of documents without
interview material and each became a credit: a programme's slot "(14 h 30 – Dr Paul Lenoir,
président)", an instruction "(Message à lire au patient)", a clause "(Si le patient est déjà
connu, le logiciel affiche)". A credit is a noun phrase; these are not. The words are data
(``paren_remark_*`` in lang/fr/paren_remarks.yaml); only the parenthesis's first field (before
its first comma) is read, so "(E3, infirmière, qui s'est installée en 2019)" stays a credit."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .roles import normalize_role


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


@lru_cache(maxsize=4)
def _patterns(key: tuple) -> dict[str, re.Pattern]:
    d = dict(key)
    word = r"(?<![\w'’-])(?:{})(?![\w-])"
    elided = lambda ws: _alt(w for w in ws if not w.endswith("'"))  # noqa: E731
    apostrophed = lambda ws: _alt(w for w in ws if w.endswith("'"))  # noqa: E731
    return {
        "clock": re.compile(rf"^\s*(?:{d.get('paren_remark_clock') or '(?!)'})"),
        "opener": re.compile(rf"^\s*(?:(?:{elided(d['openers'])})\b|(?:{apostrophed(d['openers'])}))"),
        "instruction": re.compile(rf"^\s*(?:{_alt(d['instructions'])})\b|\b(?:{cv.word_forms('instruction_prepositions', data=d)})\s+(?:{_alt(d['instructions'])})\b"),
        "pronoun": re.compile(word.format(elided(d["pronouns"])) + rf"|(?<![\w-])(?:{apostrophed(d['pronouns'])})(?=\w)"),
        "ending": re.compile(rf"\b(?:{_alt(d['endings'])})\s*[.!]?\s*$"),
        "determiner": re.compile(rf"^\s*(?:(?:{elided(d['determiners'])})\s+|(?:{apostrophed(d['determiners'])})\s*)"),
        "imperfect": re.compile(rf"\b(?!(?:{_alt(d['not_verbs'])})\b)[a-z]{{2,}}(?:{_alt(d['imperfect'])})\b"),
        "part": re.compile(rf"^\s*(?:{_alt(d['parts'])})(?![\w'-])"),
    }


def _data() -> dict[str, re.Pattern]:
    d = cv.DATA
    key = (("paren_remark_clock", d.get("paren_remark_clock", "")),
           ("openers", tuple(d.get("paren_remark_clause_openers", []))),
           ("instructions", tuple(d.get("paren_remark_instructions", []))),
           ("instruction_prepositions", tuple(d.get("paren_remark_instruction_prepositions", []))),
           ("pronouns", tuple(d.get("paren_remark_pronouns", []))),
           ("endings", tuple(d.get("paren_remark_endings", []))),
           ("determiners", tuple(d.get("paren_remark_determiners", []))),
           ("imperfect", tuple(d.get("paren_remark_imperfect_endings", []))),
           ("not_verbs", tuple(d.get("paren_remark_not_verbs", []))),
           ("parts", tuple(d.get("paren_remark_script_parts", []))))
    return _patterns(key)


def remarks_on_quote(attr: str) -> bool:
    """True when the text in parentheses after a quotation is a programme slot, an instruction or
    a clause or the part of a script it is, not who said it: "(14 h 30 – Dr Paul Lenoir, président)",
    "(Recopier la mention)", "(je souligne)", "(L'enquêtrice se présentait ainsi)", "(Relance 2)"; False for "(E3, infirmière)",
    "(Patiente, 72 ans)", "(Dr Lenoir, président de la CPTS)"."""
    p = _data()
    if p["clock"].match(attr):
        return True
    first = fold(attr.split(",")[0]).replace("’", "'")
    if instructs(attr) or p["opener"].match(first) or p["pronoun"].search(first):
        return True
    if p["ending"].search(first):
        return True
    if p["part"].match(first):
        # "« … » (Relance 1)", "(Exemple)", "(Phrase d'ouverture)", "(Touche 2)":
        # the part of a guide, a script or a charter the quotation is, as the line's lead-in would
        # say it ("Relance 1 : « … »"); never who said it (s28-segperturb11)
        return True
    return bool(p["determiner"].match(first) and p["imperfect"].search(first[p["determiner"].match(first).end():]))


def remark_after(after: str) -> str:
    """The remark in parentheses right after a quotation ("(Recopier la mention)"), or ''. The
    fallbacks read it as the lead-in it usually is ("Recopier la mention : « … »"), so an
    instruction, an interviewer's or a script's line is no one's words there either."""
    pm = cv.PAREN.match(after)
    return pm.group("attr").strip() if pm and remarks_on_quote(pm.group("attr")) else ""


def instructs(attr: str) -> bool:
    """A parenthesis that tells the reader what to do with the quotation ("Recopier la mention",
    "Message à lire au patient"): the quotation is a text to copy or read out, no one's words."""
    first = fold(attr.split(",")[0]).replace("’", "'")
    return bool(_data()["instruction"].search(first))


def bare_person_word(attr: str) -> bool:
    """A parenthesis that is one generic word for a person and nothing else ("(Patient)", "(Usager)"):
    no code, name, post, age or place says who spoke. It is read as the same word before the
    quotation would be ("Patient : « … »", a script's line), not as a credit; "(infirmière)",
    "(Lilas)", "(E3)" are left to the credit readers."""
    words = attr.split()
    # (a code of hyphen-joined parts is no generic word: "(CPTS-A-coord)", s55)
    return (len(words) == 1 and not re.search(r"\d", attr) and normalize_role(attr) in ("autre", "inconnu")
            and bool(cv.PERSON_WORDS.search(attr)) and not re.search(r"[A-Z]{2,}-", attr))
