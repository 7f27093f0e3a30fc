"""Quotations inside the author's own sentence: the sentence names a person and runs on into
that person's words after a colon, a comma or a connector — "La coordination passe, pour la
soignante, par le téléphone portable : « je laisse un message … »", "ce que résume Paul,
titulaire à Bastia, lorsqu'il affirme que « de juin à septembre, on fait … »", "Sandrine,
infirmière libérale, parle d'« un dossier patient tenu par quelqu'un qui n'est pas payé pour
ça »", "Selon le Dr V***, « … »".

Guillemets inside a sentence also mark notions, titles and slogans (« le virage ambulatoire »,
« coordination invisible », « modèle à suivre »): a quotation no other convention took counts
only when it is long enough, speaks (a first person, "on", an oral marker) and the sentence
before it names a person (a person noun, a name, a civility) and no text, no public figure, no
interviewer. Words: lang/fr/narrator_sentences.yaml.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, names_a_text
from .base import n_words
from .narrated_quotes import _narrator_speaks
from .quotes import MENTION_BEFORE, QuoteCall, sentence_before
from .roles import names_a_profession, normalize_role

_data = cv.language_data


@cv.per_language_data
def _lead_end() -> re.Pattern:
    """The end of a lead-in that runs on into a quotation: a colon, a comma, or a connector."""
    words = [w for w in _data().get("narrator_sentence_connectors", []) if w]
    alt = "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"\s"
                   for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:(?P<mark>[:,])\s*|(?<![\w’'-])(?:{alt})\s*)$", re.IGNORECASE)


@cv.per_language_data
def _verbs() -> re.Pattern:
    """A verb that introduces words: a speech verb, or one of narrator_sentence_verbs."""
    more = "|".join(re.escape(w) for w in _data().get("narrator_sentence_verbs", []) if w) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{cv.SPEECH_VERBS}|{more})(?![\w])", re.IGNORECASE)


@cv.per_language_data
def _reported() -> re.Pattern:
    """A verb that introduces words and "que", the clause after it going on to the quotation."""
    que = "|".join(re.escape(w) for w in _data().get("reported_speech_connectors", []) if w) or "(?!)"
    return re.compile(rf"{_verbs().pattern}\s+(?:{que})[^.!?:;«»]*$", re.IGNORECASE)


@cv.per_language_data
def _introducer() -> re.Pattern:
    """"Selon X,", "Pour X,": an introducer opening a clause of the lead-in."""
    return re.compile(rf"(?:^\s*|[,;:]\s*)(?:{cv.word_forms('introducers')})\s", re.IGNORECASE)


def runs_on(lead: str) -> bool:
    """Whether the sentence ``lead`` runs on into a quotation as someone's words: it ends on a
    colon, a comma or a connector, and a verb introduces words in it (a colon may close a long
    sentence without one; "Selon X," needs none); not a label or a stamp opening on a number."""
    end = _lead_end().search(lead)
    if re.match(r"\s*\d", lead):
        return False
    if end is None:  # "… confirme que le cahier de liaison est « … »": the verb's clause goes on to it
        return _reported().search(lead) is not None
    verb = _verbs().search(lead) is not None
    if end.group("mark") == ":":
        return verb or n_words(lead) >= int(_data().get("narrator_sentence_colon_min_words", 8))
    if end.group("mark") == ",":
        return verb or _introducer().search(lead) is not None
    return verb


@cv.per_language_data
def _shapes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A first name and its apposition anywhere in the sentence ("… ce que résume Paul, titulaire
    à Bastia, lorsqu'il …": the shape of lang/fr FIRST_NAME_APPOSITION, not only opening it),
    a subject pronoun with a speech verb ("lorsqu'il affirme que", "elle répond que non,"), and a
    civility and a name or an initial ("Mme K.")."""
    apposition = re.compile(cv.FIRST_NAME_APPOSITION.pattern.replace(r"(?:^|(?<=[.!?»]\s))", r"(?:^|(?<=\s))", 1))
    subjects = cv.word_forms("subject_pronouns")
    objects = cv.word_forms("lead_object_pronouns")
    pronoun = re.compile(rf"(?<![\w-])(?:{subjects})\s+(?:(?:{objects})\s*)?(?:{cv.SPEECH_VERBS})(?![\w])",
                         re.IGNORECASE)
    civility = re.compile(r"(?<![\w])" + cv.LABEL_SHAPES["civility"].pattern.removesuffix("$"))
    return apposition, pronoun, civility


@cv.per_language_data
def _titles_and_places() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A title a person is called by before their name ("le Père Jean-Marc Payet", "Sœur Marie-Odile":
    ``narrator_sentence_titles``), a contracted article before a capitalised name, the name a place's
    ("du Plateau Fleuri", "aux Trois-Bassins": place_forms.yaml ``contracted_articles``), and an
    apposition saying where a first-named person comes from ("Josiane, du Bois de Nèfles,":
    ``narrator_sentence_origin_prepositions``). (s31-segr56b)"""
    d = _data()
    titles = cv._flex_alt(d.get("narrator_sentence_titles", [])) or "(?!)"
    word = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
    titled = re.compile(rf"(?<![\w’'])(?P<title>{titles})\s+(?P<name>{word}(?:\s+{word}){{0,2}})")
    contracted = cv._flex_alt(list(d.get("contracted_articles", {}) or [])) or "(?!)"
    place = re.compile(rf"(?<![\w’'])(?i:{contracted})\s+$")
    origin = cv._flex_alt(d.get("narrator_sentence_origin_prepositions", [])) or "(?!)"
    return titled, place, re.compile(rf"^(?:{origin})\s*[A-ZÀ-ÖØ-Þ]")


def _named(outside: str) -> str:
    """The first name in ``outside`` (cv.NAME) that is not a place after a contracted article, or ''."""
    place = _titles_and_places()[1]
    for name in cv.NAME.finditer(outside):
        if re.search(rf"(?<![\w])(?:{cv.DETERMINERS})(?![\w])", name.group("name"), re.IGNORECASE):
            return ""
        if not place.search(outside[:name.start("name")]):
            return name.group("name")
    return ""


def _person_in(lead: str, gazetteer) -> tuple[str, str] | None:
    """(name, description) of the person a lead-in names — a name, a first name and its
    apposition, a clause with a person noun or a description, a subject pronoun that speaks —
    else None."""
    outside = re.sub(r"«[^»]*»|“[^”]*”", " ", lead)
    clauses = [c.strip() for c in re.split(r"[,:;()]", outside)]
    # a clause naming a trade outside the vocabulary counts too ("Le capitaine, Romain Fabre, …":
    # roles.yaml autre rules; not a weak word only, "Si l'étudiant parle de …"; s31-segr56b)
    described = ([c for c in clauses if c and normalize_role(c) not in ("autre", "inconnu")]
                 or [c for c in clauses if c and (cv.PERSON_NOUN.search(c) or describes_person(c)
                                                   or names_a_profession(c))])
    desc = described[-1] if described else ""
    titled = _titles_and_places()[0].search(outside)
    if titled:  # "le Père Jean-Marc Payet nous a confié :": the title is part of how he is named
        # (no trade named: the clause of the title describes him, "le Père … nous a confié": autre)
        return f"{titled.group('title')} {titled.group('name')}", \
            desc or next((c for c in clauses if titled.group("title") in c), titled.group("title"))
    name = _named(outside)
    if name:
        return name, desc
    civil = _shapes()[2].search(outside)
    if civil:  # "D'après Mme K., « … »"
        return civil.group(0).strip(), desc
    apposed = _shapes()[0].search(outside)
    what = apposed.group("desc").strip() if apposed else ""
    if apposed and not gazetteer.find(apposed.group("name")) and what[:1].islower() \
            and (describes_person(what) or gazetteer.find(what)
                 or _titles_and_places()[2].match(what)):  # "Paul, titulaire à Bastia,"; "Josiane, du Bois de Nèfles,"

        return apposed.group("name"), what
    if desc or _shapes()[1].search(outside):
        return "", desc
    return None


def known_subject(lead: str, names) -> str:
    """The participant a lead-in opens on as its subject ("Sophie reconnaît que l'IPA lui « … »",
    Sophie a pseudonym of the participants' table): the name, or ''. A role word later in the
    sentence is its object's, not the subject's."""
    m = re.match(r"\s*(?:[^,«»]{2,40},\s*)?(?P<n>[A-ZÉÈ][\w'’-]+(?:\s[A-ZÉÈ][\w'’-]+)?)\s+[a-zéèêà]", lead)
    return m.group("n") if m and m.group("n") in names else ""


def narrator_sentence_call(text: str, a: int, b: int, call: QuoteCall, gazetteer, italic: bool = False,
                           ctx=None) -> QuoteCall:
    """``call`` for the quotation text[a:b], made the words of the person the sentence before it
    names when that sentence runs on into it and the words speak; else ``call`` unchanged.
    ``ctx``: the document's participants, a subject the table describes (known_subject)."""
    if call.verbatim or italic or text[a] not in "«“":
        return call
    d = _data()
    inner = text[a + 1:b - 1] if text[b - 1] in "»”" else text[a + 1:b]
    if n_words(inner) < int(d.get("narrator_sentence_min_words", 4)):
        return call
    if len(cv.SPEECH_MARKER.findall(fold(inner))) < int(d.get("narrator_sentence_min_markers", 1)):
        return call  # a phrase, a text cited: no first person, no oral marker
    line_start = text.rfind("\n", 0, a) + 1
    lead = sentence_before(text, a)
    if not re.search(r"\w", text[line_start:a]) or not runs_on(lead):
        return call  # a quotation opening its paragraph or its own sentence: not this convention
    if _narrator_speaks(lead):
        return call  # "je me suis demandé : « … »": the author's own words or thought
    after = text[b:b + 60].split("\n", 1)[0]
    if MENTION_BEFORE.search(lead) or names_a_text(lead) or cv.PUBLIC_SPEAKER.search(lead) \
            or cv.INTERVIEWER.search(lead) or cv.SCRIPTED.search(lead) or cv.AUTHOR_YEAR.search(after):
        return call
    known = known_subject(lead, getattr(ctx, "participants", {})) if ctx is not None else ""
    if known:
        return QuoteCall(True, ctx.code_attrs(known), call.attribution)
    person = _person_in(lead, gazetteer)
    if person is None:
        return call
    name, desc = person
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    return QuoteCall(True, {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                            "attr_source": "attribution"}, call.attribution)
