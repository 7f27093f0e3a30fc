"""An organisation's or an event's MOTTO (issue #14, session 33): a short quotation set apart on its
own line and signed, after or before a dash, by an organisation or a place rather than a person
("« Soigner ici, vivre ici » – Maison de santé du Val.", "Association Bol d'Air – « Respirer, c'est
vivre »."). A brochure, a report or a newsletter closes on its tagline so; the quotation is nobody's
words (annotation: slogans and mottos are narrative), however first-person it reads ("nous
allons").

The paragraph holds the quotation and its signature only (a dash between them, a final stop), no
speech verb; the quotation is one short sentence (``motto_max_words``); the signature names no person
(``dash_quotes.names_a_person``) and is an organisation: it opens with an organisation's, an
establishment's or an event's head noun (``motto_organisation_nouns``: "Thermes des …", "Association
…", "Festival …") or it is the name the document's masthead opens with before a dash or a colon, its
next field saying what the document is, not who a person is (the publisher signing its own motto:
"Horizons Santé – Rapport de mission …" over "Horizons Santé – « … »"). A person's short
quotation signed by a name or a description ("« On ne lâche rien » – Marie Dupont", "– Jean,
patient") stays speech. Words: lang/fr/mottos.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .base import n_words
from .dash_quotes import names_a_person

DEFAULT_MAX_WORDS = 12


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, int]:
    d = cv.language_data()
    dashes = re.escape("".join(d.get("quote_dashes", [])) or "—–")
    line = re.compile(rf"\s*(?:(?P<pre>[^«»\n]{{2,80}}?)\s*(?:\s[{dashes}]|:)\s*)?«(?P<q>[^«»\n]+)»"
                      rf"(?:\s*[{dashes}]\s+(?P<post>[^«»\n]{{2,80}}?))?\s*[.!]?\s*")
    nouns = cv._alt(" ".join(fold(w).split()) for w in d.get("motto_organisation_nouns", [])) or "(?!)"
    org = re.compile(rf"^(?:(?:la|le|les|l'|l’)\s*)?(?:{nouns})(?![\w-])")
    return line, org, int(d.get("motto_max_words", DEFAULT_MAX_WORDS))


def names_organisation(name: str) -> bool:
    """A name that opens with an organisation's head noun ("Centre hospitalier du Jabron", "La Maison de
    santé des Trois Rivières"): motto_organisation_nouns, on folded text."""
    return bool(_patterns(id(cv.language_data()))[1].match(" ".join(fold(name).split())))


def _organisation(credit: str, masthead: str, org: re.Pattern) -> bool:
    """``credit`` signs for an organisation: it opens with an organisation's head noun, or it is the
    name the document's masthead opens with (followed there by a dash or a colon)."""
    folded = " ".join(fold(credit).split())
    if org.match(folded):
        return True
    if not credit[:1].isupper():
        return False
    head = " ".join(masthead.split())
    if not fold(head).startswith(folded):
        return False
    rest = re.match(r"\s*[—–:|-]\s*(?P<next>[^—–:|,]*)", head[len(folded):])
    # the masthead's next field says what the document is ("– Rapport de mission"), not who a person
    # is ("Marie Dupont – infirmière libérale, entretien")
    return len(head) == len(folded) or (rest is not None and not describes_person(rest.group("next").strip()))


@cv.per_language_data
def _named_motto() -> re.Pattern:
    """A paragraph opened by a quotation, then a colon and a sentence whose subject is a motto's noun after
    a determiner ("« … » : notre signature sera reprise …"), on folded lower-case text."""
    d = cv.language_data()
    nouns = cv._alt(" ".join(fold(w).lower().split()) for w in d.get("motto_nouns", [])) or "(?!)"
    dets = cv._alt(fold(w).lower() for w in d.get("motto_determiners", [])) or "(?!)"
    return re.compile(rf"^\s*«(?P<q>[^«»\n]+)»\s*:\s*(?:{dets})\s*(?:{nouns})(?![\w-])")


def named_motto(line: str) -> bool:
    """s34-segr60c: a short quotation opening its paragraph and named, after a colon, as the organisation's
    motto or tagline ("« Plombières, l'eau qui guérit » : notre signature figurera sur …", "« Soigner près
    de chez vous » : telle est notre devise"): nobody's words; not a person's words a sentence after the
    colon comments ("« Je suis épuisée » : notre infirmière le dit sans détour")."""
    if "«" not in line or ":" not in line:
        return False
    m = _named_motto().match(fold(line).lower())
    _, _, max_words = _patterns(id(cv.language_data()))
    return m is not None and n_words(m.group("q")) <= max_words and not re.search(r"[.!?…]\s+\S", m.group("q"))


def demote_named_mottos(spans: list, lines, line_of) -> list:
    """The spans, with a quotation that opens a paragraph (perhaps run onto the line above by the
    extraction) and is named as a motto after its colon (named_motto) made narrative, whichever rule read
    it as someone's (the speaker above continued)."""
    from .base import Span
    out = []
    for s in spans:
        li = line_of(s.start) if s.kind in ("verbatim", "turn") else -1
        if li >= 0:
            at = s.start - lines[li].start
            head, rest = lines[li].text[:at], lines[li].text[at:]
            opens = not head.strip() or bool(re.search(r"[.!?…»]\s*$", head))
            if opens and named_motto(rest.split("\n", 1)[0]):
                s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out


def motto_line(line: str, masthead: str = "") -> bool:
    """The paragraph ``line`` is a short quotation signed by an organisation, before or after a dash:
    a motto. ``masthead``: the document's first line (its title or publisher)."""
    if named_motto(line):
        return True
    pattern, org, max_words = _patterns(id(cv.language_data()))
    m = pattern.fullmatch(line)
    if m is None or (m.group("pre") is None) == (m.group("post") is None):
        return False
    quote = m.group("q").strip()
    if n_words(quote) > max_words or re.search(r"[.!?…]\s+\S", quote):
        return False  # a person's words run longer, over several sentences
    credit = (m.group("pre") or m.group("post")).strip().rstrip(".")
    if cv.SPEECH_VERB_ANY.search(credit) or names_a_person(credit):
        return False
    return _organisation(credit, masthead, org)


@lru_cache(maxsize=4)
def _saying(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()
    verbs = cv._flex_alt(d.get("saying_verbs", [])) or "(?!)"
    adverbs = cv._flex_alt(d.get("saying_adverbs", [])) or "(?!)"
    impersonal = cv._flex_alt(d.get("impersonal_pronouns", [])) or "(?!)"
    # "On dit ici « … »", "Comme on dit chez nous : « … »": the impersonal subject, the verb and no
    # object pronoun between them (someone told the author "on m'a dit"), perhaps where or how often
    lead = re.compile(rf"(?:^|[\s,;:(])(?:{impersonal})\s+(?:{verbs})(?:\s+(?:{adverbs})){{0,2}}\s*[:,]?\s*$")
    # "« … », dit-on ici": the inverted impersonal incise
    incise = re.compile(rf"^\s*[»”\"]?\s*,?\s*(?:{verbs})-(?:t-)?(?:{impersonal})\b")
    return lead, incise


def common_saying(lead: str, after: str = "") -> bool:
    """A quotation a community's impersonal voice says ("On dit ici « Qui voit Ouessant voit son sang
    »", "« … », dit-on au village"; s34-segr60b): a proverb or a saying, nobody's words. Words:
    lang/fr mottos.yaml saying_verbs and saying_adverbs, grammar.yaml impersonal_pronouns."""
    lead_re, incise_re = _saying(id(cv.language_data()))
    return bool(lead_re.search(lead)) or bool(incise_re.match(after))
