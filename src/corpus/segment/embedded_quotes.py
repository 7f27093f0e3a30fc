"""Quotations embedded in reported speech: "Le représentant de la caisse primaire rencontré à
Saint-Étienne estime que « le financement des CPTS a permis … »." — a determiner and a person noun,
a speech verb, a conjunction (lang/fr/embedded_quotes.yaml ``reported_speech_connectors``), then
the quoted words completing the sentence. The quote is that person's words.

A sentence whose subject names no person ("Le rapport estime que « … »", "La loi prévoit que
« … »") is no one's speech; neither is a quotation of fewer words than the quote rules ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv

_data = cv.language_data


def _connectors() -> str:
    """The reported-speech connectors ("que", "qu'") as one alternation, longest first."""
    return cv.literal_alternation(_data().get("reported_speech_connectors", [])) or "(?!)"


def _inserts() -> str:
    """The words a sentence may insert between the speech verb and the connector ("indique pour sa
    part que", "estime de son côté que"): an optional group, commas around it allowed."""
    alt = cv.literal_alternation(_data().get("reported_speech_inserts", []))
    return rf"(?:,?\s+(?:{alt}),?)?" if alt else ""


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    alt = _connectors()
    return re.compile(rf"(?:^|[.!?:;]\s+|,\s+)(?P<who>(?:{cv.DETERMINERS})\s+[^:;«».!?]{{1,100}}?)\s+"
                      rf"(?:{cv.SPEECH_VERBS}){_inserts()}\s+(?:{alt})\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _turning(key: int) -> tuple[re.Pattern, re.Pattern]:
    """Indirect speech turning direct: "Une infirmière de Vannes nous explique qu'elle a d'abord
    refusé, « parce que je ne voyais pas … »" — the person, a speech verb, a clause in the indirect
    and a comma, then the person's own words in the first person."""
    alt = _connectors()
    objects = "|".join(re.escape(w) for w in _data().get("object_pronouns", [])) or "(?!)"
    start = "|".join(x for x in (cv.DETERMINERS, cv.POSSESSIVES) if x) or "(?!)"
    most = int(_data().get("turning_speech_max_chars", 0))
    lead = re.compile(rf"(?:^\s*|[.!?:;]\s+)(?P<who>(?:{start})\s+[^:;«».!?]{{1,100}}?)\s+(?:(?:{objects})\s+)?"
                      rf"(?:{cv.SPEECH_VERBS})\s+(?:{alt})\s*[^:;«».!?]{{3,{most}}},\s*$", re.IGNORECASE)
    persons = "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"(?![\w’'-])"
                       for w in _data().get("turning_speech_persons", [])) or "(?!)"
    return lead, re.compile(rf"(?<![\w’'-])(?:{persons})", re.IGNORECASE)


def reported_speaker(before: str, inner: str = "") -> str:
    """Who the sentence before an embedded quotation says spoke ("Le représentant de la caisse
    primaire rencontré à Saint-Étienne"), or who an indirect clause reports before the quotation
    ``inner`` goes on in their own first person; '' when it names no person."""
    m = _pattern(id(_data())).search(before)
    if m is None and inner:
        lead, persons = _turning(id(_data()))
        m = lead.search(before) if persons.search(inner) else None
    if m is None:
        return ""
    who = m.group("who").strip(" ,")
    return who if cv.PERSON_NOUN.search(who) else ""


@lru_cache(maxsize=4)
def _compound(key: int) -> re.Pattern:
    """A person, a compound tense of any verb and the connector before a quotation (the yaml's
    reported_* keys): "Agnès Morel, directrice de …, a rappelé que", "Le président …, Laurent
    Caron, a pour sa part estimé que"."""
    d = _data()
    auxiliaries = cv.word_forms("reported_auxiliaries", "", d)
    endings = "|".join(re.escape(e) for e in sorted(d.get("reported_participle_endings", []), key=len, reverse=True))
    most = int(d.get("reported_insert_max_chars", 0))
    name = cv.NAME.pattern.replace("(?P<name>", "(?:")
    return re.compile(
        rf"(?:^|[.!?:;]\s+|,\s+)(?P<who>(?:(?i:{cv.DETERMINERS}|{cv.POSSESSIVES})\s+|(?={name}))[^:;«».!?]{{1,160}}?)"
        rf",?\s+(?:{auxiliaries})\s+(?:[^:;«».!?]{{1,{most}}}?\s+)?[^\W\d_]{{2,}}(?:{endings or '(?!)'})"
        rf"\s+(?:{_connectors()})\s*$")


def compound_reporter(before: str, after: str) -> str:
    """Who a sentence in a compound tense reports ("Agnès Morel, directrice de la délégation
    départementale de l'ARS, a rappelé que") when the quotation after "que" closes the sentence
    (``after`` opens with its full stop, or nothing: not "a rappelé que « Ma santé 2022 » prévoyait
    …", a title); '' when the subject names no person (a person noun or a name)."""
    if not re.match(r"\s*(?:[.!?…]|$)", after):
        return ""
    m = _compound(id(_data())).search(before)
    if m is None:
        return ""
    who = m.group("who").strip(" ,")
    return who if cv.PERSON_NOUN.search(who) or cv.NAME.search(who) else ""


@lru_cache(maxsize=4)
def _named_present(key: int) -> re.Pattern:
    """A full name, what the person does between commas, a speech verb in the present and the
    connector before a quotation: "Mme Sophie Guyot, maire de Fayl-Billot, regrette que"."""
    name = cv.NAME.pattern.replace("(?P<name>", "(?:")
    # a relative clause may follow the description: "…, qui a vu les deux clients, estime que"
    relatives = cv.literal_alternation(_data().get("reported_relatives", []))
    most = int(_data().get("reported_relative_max_chars", 0))
    relative = rf"(?:\s*(?:{relatives})\s+[^,:;«».!?]{{3,{most}}}?,)?" if relatives and most else ""
    return re.compile(rf"(?:^|[.!?:;]\s+|,\s+|(?<=\s))(?P<who>(?={name}){name}\s*,\s*(?P<desc>[^,:;«».!?]{{3,80}}?)\s*,)"
                      rf"{relative}\s+(?:{cv.SPEECH_VERBS})\s+(?:{_connectors()})\s*$")


def named_present_reporter(before: str, after: str) -> str:
    """Who a sentence in the present reports by full name and function ("Du côté des élus, Mme Sophie
    Guyot, maire de Fayl-Billot, regrette que « … »."; s28-segr48a), the quotation closing the
    sentence: the name and its apposition, or '' when the apposition names no role (an author
    cited by name, "Anselm Strauss, dans son ouvrage, rappelle que « … »", is no respondent)."""
    from .roles import normalize_role

    if not re.match(r"\s*(?:[.!?…]|$)", after):
        return ""
    m = _named_present(id(_data())).search(before)
    if m is None or normalize_role(m.group("desc")) in ("autre", "inconnu"):
        return ""
    return m.group("who").strip(" ,")



@lru_cache(maxsize=4)
def _object(key: int) -> re.Pattern:
    verbs = cv.literal_alternation(_data().get("object_quote_verbs", [])) or "(?!)"
    return re.compile(rf"(?:^|[.!?:;]\s+|,\s+)(?P<who>(?:{cv.DETERMINERS})\s+[^:;«».!?()]{{1,80}}?"
                      rf"(?:\s*\([^()]{{1,40}}\))?)\s+(?:{verbs})\s*$", re.IGNORECASE)


def object_reporter(before: str, inner: str) -> str:
    """Who says the quotation that is the object of a verb of saying in the author's sentence ("Une
    sage-femme (SF4) parlait d'« une chasse au trésor … »"): the person before the verb, with the
    code in brackets after it; '' when the sentence names no person or the quotation is a term."""
    if len(inner.split()) < int(_data().get("object_quote_min_words", 8)):
        return ""
    m = _object(id(_data())).search(before.strip())
    if m is None:
        return ""
    who = m.group("who").strip(" ,")
    return who if cv.PERSON_NOUN.search(who.split("(")[0]) else ""


@lru_cache(maxsize=4)
def _code_object(key: int) -> re.Pattern:
    verbs = cv.literal_alternation(_data().get("object_quote_verbs", [])) or "(?!)"
    adverbs = cv.literal_alternation(_data().get("object_quote_adverbs", [])) or "(?!)"
    return re.compile(rf"(?:^|[.!?:;]\s+|,\s+)(?P<code>{cv.ONE_CODE.pattern})\s+(?:{verbs})(?:\s+(?:{adverbs}))?\s*$")


@lru_cache(maxsize=4)
def _object_verb_end(key: int) -> re.Pattern:
    verbs = cv.literal_alternation(_data().get("object_quote_verbs", [])) or "(?!)"
    adverbs = cv.literal_alternation(_data().get("object_quote_adverbs", [])) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{verbs})(?:\s+(?:{adverbs}))?\s*$")


def quoted_term(before: str, inner: str) -> bool:
    """Whether a quotation is a term the author's sentence names as a verb's object ("IDE2 décrit
    « la coordination »", "parle de « coordination »"): right after one of ``object_quote_verbs``
    and shorter than ``object_quote_min_words`` (s37)."""
    if len(inner.split()) >= int(_data().get("object_quote_min_words", 8)):
        return False
    return _object_verb_end(id(_data())).search(before.rstrip()) is not None


def code_object_reporter(before: str, inner: str) -> str:
    """The participant code that is the subject of a verb of saying whose object is the quotation,
    integrated in the author's sentence ("PH6 évoque ainsi « la peur de … »", "E2 parlait d'« … »";
    s33-segr58a); '' when the subject is no code or the quotation is a term (too short)."""
    if len(inner.split()) < int(_data().get("object_quote_min_words", 8)):
        return ""
    m = _code_object(id(_data())).search(before.strip())
    return m.group("code") if m else ""


@lru_cache(maxsize=4)
def _bridged(key: int) -> re.Pattern:
    """A person, a speech verb (after an object pronoun and an auxiliary: "nous a dit", "m'avait
    dit"), then a few words of the reported clause up to the quotation (``bridged_speech_max_chars``)."""
    d = _data()
    objects = "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"\s+"
                       for w in d.get("object_pronouns", [])) or "(?!)"
    auxiliaries = cv.word_forms("reported_auxiliaries", "", d) or "(?!)"
    start = "|".join(x for x in (cv.DETERMINERS, cv.POSSESSIVES) if x) or "(?!)"
    most = int(d.get("bridged_speech_max_chars", 0))
    return re.compile(rf"(?:^\s*|[.!?:;]\s+)(?P<who>(?:{start})\s+[^:;«».!?]{{1,160}}?)\s+(?:(?:{objects})\s*)?"
                      rf"(?:(?:{auxiliaries})\s+)?(?:{cv.SPEECH_VERBS})(?![\w’'-])(?P<bridge>[^:;«».!?]{{1,{most}}})$",
                      re.IGNORECASE)


def bridged_reporter(before: str, inner: str, after: str) -> str:
    """Who the author's sentence reports when a few words of the reported clause lead to the
    quotation that completes it ("La psychologue de la plateforme, rencontrée à Foix, observe que
    les aidantes arrivent « quand elles n'ont plus rien à donner, jamais avant », …"; "Son médecin
    traitant m'avait dit, en sortant de la chambre, qu'à la campagne « … »"; s51): the subject,
    when it names a person and the quotation is no term (``object_quote_min_words``) and closes
    the clause (a comma, a full stop or the line's end after it); '' otherwise."""
    if len(inner.split()) < int(_data().get("object_quote_min_words", 8)) or not re.match(r"\s*(?:[,.;!?…)]|$)", after):
        return ""
    m = _bridged(id(_data())).search(before.rstrip())
    if m is None or m.group("bridge").rstrip().endswith(","):
        return ""  # (a noun in apposition, "citaient la formule de la plaquette, « … »", names a text)
    who = m.group("who").strip(" ,")
    return who if cv.PERSON_NOUN.search(who) else ""
