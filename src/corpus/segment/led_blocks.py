"""Interview words WITHOUT quotation marks, in roman, under a sentence that presents their speaker
and ends with a colon.

"Nadia (52 ans, aide à domicile depuis 19 ans) décrit ainsi le mois de mars 2020 :" then "Les
masques, on n'en avait pas. On avait une blouse, et encore. …" as a paragraph of its own: sociology
memoirs set their informants' words as block quotes without guillemets, the indentation lost to the
extraction, each introduced by a sentence that names the person with a profile (a first name and a
parenthesis, or a first name, an age and what they do between commas). The paragraphs under such a
lead are that person's words while they speak (first person or oral markers, at least
``min_markers``), hold no quotation mark, are at least ``min_words`` long and are no lead
themselves, up to ``max_paragraphs`` (a quotation over a page break); the document must introduce
at least ``min_leads`` quotations so (a convention, not one colon). Settings:
lang/fr/led_blocks.yaml.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person
from .base import TextLine, n_words
from .fallbacks import speech_markers
from .quotes import QuoteCall
from .roles import names_a_trade, normalize_role
from .run_in_profiles import QUOTES

DEFAULTS = {"min_leads": 2, "min_words": 10, "min_markers": 2, "min_markers_first": 1, "max_paragraphs": 3,
            "max_lead_words": 40}
_FIRST = r"[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûçà]+(?:-[A-ZÉÈ][a-zéèêëïîôûçà]+)?"
# "Nadia (52 ans, aide à domicile depuis 19 ans)", "Laurent, 52 ans, médecin généraliste,"
PRESENTED = re.compile(rf"(?<![\w'’-])(?P<name>{_FIRST})\s*(?:\((?P<paren>[^()]{{3,90}})\)"
                       rf"|,\s*(?P<comma>\d{{1,3}}\s+ans\b[^,:;()]{{0,60}}(?:,[^,:;()]{{2,60}})?),)")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("led_blocks") or {})}


def lead_person(text: str, s: dict) -> tuple[str, str] | None:
    """(name, profile) of a lead-in sentence that presents a person and ends with a colon, else None."""
    t = " ".join(text.split())
    if not t.endswith(":") or n_words(t) > s["max_lead_words"] or any(q in t for q in QUOTES):
        return None
    for m in PRESENTED.finditer(t):
        profile = (m.group("paren") or m.group("comma") or "").strip()
        if profile and describes_person(profile):
            return m.group("name"), profile
    # (s52) a name, a civility and a name, between commas the trade: "Claire (prénom modifié), infirmière
    # libérale à La Châtaigneraie, décrit …", "Le Dr Pierre Aubineau, médecin généraliste à …, m'a expliqué :"
    m = _named_trade().match(t)
    if m and names_a_trade(m.group("trade")):
        # "Le Dr Aubineau" -> "Dr Aubineau"
        name = re.sub(rf"^(?i:{cv.word_forms('definite_articles')})\s+", "", " ".join(m.group("name").split()))
        return name, m.group("trade").strip()
    # or a trade as the sentence's subject: "L'aide-soignante du SSIAD qui intervenait … se souvient … :"
    m = _trade_subject().match(t)
    if m and names_a_trade(m.group("trade")) and normalize_role(m.group("trade")) not in ("autre", "inconnu"):
        return "", m.group("trade").strip()
    return None


@cv.per_language_data
def _named_trade() -> re.Pattern:
    civ = cv._alt(sorted(cv.CIVILITIES, key=len, reverse=True)) if cv.CIVILITIES else "(?!)"
    articles = cv.word_forms("definite_articles")
    name = rf"(?:(?i:{articles})\s+)?(?:(?i:{civ})\.?\s+{_FIRST}(?:\s+[A-ZÉÈ][\w'’-]+){{0,2}}|{_FIRST})"
    return re.compile(rf"^(?P<name>{name})(?:\s*\([^()]{{3,40}}\))?\s*,\s*(?P<trade>[^,:;()«»]{{3,90}}?)\s*,\s+\S")


@cv.per_language_data
def _trade_subject() -> re.Pattern:
    """A singular determiner, a trade and a relative pronoun: "L'aide-soignante du SSIAD qui …"
    (grammar.yaml singular_determiners, subject_relatives)."""
    words = cv.language_data().get("singular_determiners", [])
    elided = [w for w in words if w[-1] in "'’"]
    whole = cv._alt([w for w in words if w not in elided]) or "(?!)"
    relatives = cv._alt(cv.language_data().get("subject_relatives", [])) or "(?!)"
    return re.compile(rf"^(?:(?:{whole})\s+|{cv._alt(elided) or '(?!)'})(?P<trade>[^\W\d][^,:;()«»]{{2,40}}?)"
                      rf"\s+(?:{relatives})\s", re.IGNORECASE)


def _speaks(text: str, s: dict, first: bool = False) -> bool:
    t = text.strip()
    if n_words(t) < s["min_words"] or any(q in t for q in QUOTES) or t.endswith(":"):
        return False
    # (the paragraph right under the lead may speak less: the lead has said whose words follow)
    return speech_markers(t) >= (s["min_markers_first"] if first else s["min_markers"])


def led_lines(lines: list[TextLine], headings) -> dict[int, tuple[int, str, str]]:
    """Line index -> (index of the block's first line, name, profile) for the paragraphs of words
    under a presenting lead; none when fewer than ``min_leads`` leads introduce such words."""
    s = settings()
    out: dict[int, tuple[int, str, str]] = {}
    leads = 0
    for k, ln in enumerate(lines):
        if k in headings:
            continue
        person = lead_person(ln.text, s)
        if person is None:
            continue
        first, j = k + 1, k + 1
        while j < len(lines) and j - first < s["max_paragraphs"] and j not in headings \
                and lead_person(lines[j].text, s) is None and _speaks(lines[j].text, s, first=j == first):
            out[j] = (first, *person)
            j += 1
        leads += j > first
    return out if leads >= s["min_leads"] else {}


def led_passages(group: list[TextLine], found: dict[int, tuple[int, str, str]], a: int) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) relative to ``a`` of each block of led paragraphs in the group -> (name, profile);
    a block cut by a page's running lines is read as a block of its own."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    block: list[TextLine] = []
    for ln in group + [None]:
        if block and (ln is None or ln.index not in found or found[ln.index][0] != found[block[0].index][0]
                      or ln.index != block[-1].index + 1):
            start = block[0].start + len(block[0].text) - len(block[0].text.lstrip())
            end = block[-1].start + len(block[-1].text.rstrip())
            out[(start - a, end - a)] = found[block[0].index][1:]
            block = []
        if ln is not None and ln.index in found:
            block.append(ln)
    return out


def led_call(person: tuple[str, str], gazetteer) -> QuoteCall:
    """The led words as the quotation of the person the lead presents."""
    name, profile = person
    role, region, place = describe(profile, gazetteer)
    return QuoteCall(True, {"speaker": name, "role_raw": profile, "role": role, "region": region, "place": place,
                            "attr_source": "attribution"})
