"""A quotation whose speaker the sentence just before it presents, in the same paragraph, by a
name and an apposition, with a verb that is not a speech verb: "Dans son salon de Moissac,
Raymonde, 84 ans, apprécie le changement. « L'infirmière passe … »". Press portraits and theses
introduce a person this way; the quotation that opens the next sentence is that person's, not the
previous speaker of the page's.

The name is one or two capitalised words (not ``not_names`` of lang/fr/attributions.yaml), after
the sentence's start or a comma; the apposition describes a person (an age or what they do:
attributions.describes_person); a lower-case verb follows it. A person presented by an age alone
gets ``presented_age_only_role`` (lang/fr/preceding_sentences.yaml). A vox pop's signature before
the words ("Yannick, 71 ans, retraité, Chaumont. « … »") is no sentence: its last field is a place.

Memoirs present an interviewee by a civility and an initial in the paragraph above the quotation
that fills its own paragraph: "Mme T. intervient depuis neuf ans comme aide à domicile auprès de
personnes âgées. Elle est souvent la seule à passer chaque jour." then "« Je vois quand la dame ne
mange plus … »" (presented_above). The paragraph opens with the person as the subject of a verb and
quotes no one; the quotation speaks in the first person (the caller checks it); what the person
does follows a ``function_prepositions`` word (lang/fr/preceding_sentences.yaml: "comme aide à
domicile"); or by a name and, in parentheses, what they are ("Gisèle (77 ans, ancienne institutrice, Murat)
vit seule …", s34-segr59a). A person the author names by a pseudonym in that sentence ("Le médecin
généraliste du bourg, que j'appellerai le Dr Morel, ne …": ``author_naming_clauses``) is the pseudonym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import (
    age_only,
    describe,
    describes_person,
    description_fields,
    is_place,
)
from .colon_subjects import NAME_WORD  # a capitalised word of a name ("Gisèle", "Le Du" after its particle)
from .presented_names import civility_name

# the sentence before the quotation ends right where the quotation opens
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?…»])\s)(?P<s>[A-ZÀÂÉÈÊÎÔÙÇ][^«»]*?[.!?…])\s*$")
# or the sentence the quotation ends, after its colon: "Dans la salle d'attente, Jeannine, 78 ans, est
# déjà là : « … »" (no sentence end inside: the person is presented in this very sentence)
LAST_COLON_CLAUSE = re.compile(r"(?:^|(?<=[.!?…»])\s)(?P<s>[A-ZÀÂÉÈÊÎÔÙÇ][^«».!?…:]*?)\s*:\s*$")


@lru_cache(maxsize=4)
def _presented(key: int) -> tuple[re.Pattern, re.Pattern]:
    not_names = cv._alt(cv.language_data().get("not_names", [])) or "(?!)"
    word = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    # (the verb after the apposition an auxiliary of one letter too: "Mariame, mère de quatre
    # enfants, a passé la nuit …")
    # (or the apposition in parentheses: "Gisèle (77 ans, ancienne institutrice, Murat) descend
    # au bourg …", s34-segr59a)
    rest = (rf"(?!(?:{not_names})\b)(?P<name>{word}(?:\s+{word})?)"
            r"(?:\s*,\s*(?P<desc>[^,«»\"“.;:]{2,60}(?:,\s*[^,«»\"“.;:]{2,60})?)\s*,"
            r"|\s*\(\s*(?P<pdesc>[^()«»\"“;:]{3,90}?)\s*\))\s+(?P<verb>[a-zéèêà][\w'’-]*)\b")
    # the person the OBJECT of the sentence's verb, after a lower-case word: "Notre journaliste a pu
    # joindre Hadidja Ousseni, pharmacienne à Mamoudzou, dont l'officine …" (s31-segr54a)
    return re.compile(rf"(?:^|,\s+){rest}"), re.compile(rf"(?<=[a-zéèêàâîôûç]\s){rest}")


def _after_civility(sentence: str, at: int) -> bool:
    """The word before ``at`` is a civility or a title ("le docteur Olivier Marchand"), or no
    lower-case word a verb could be ("Pour Claude Leicher, président …, celle-ci …": an introducer
    opening the sentence)."""
    words = sentence[:at].split()
    civilities = {w.lower().rstrip(".") for w in cv.language_data().get("civilities", [])}
    return not words or not words[-1][:1].islower() or words[-1].lower().rstrip(".") in civilities


def presented_before(paragraph_before: str, gazetteer, spoken: bool = False) -> dict | None:
    """Attrs of the person the last sentence of ``paragraph_before`` (the paragraph's text up to
    the quotation) presents by a name and an apposition, else None. ``spoken``: the quotation
    speaks (first person, an oral marker), so that a sentence ending with a colon before it
    presents its speaker too ("Au marché, Robert, 66 ans, fait ses courses : « Moi, je … »"; not
    a sign shown, "…, a affiché sur sa vitrine : « Fermé le dimanche »": s28-segr49b)."""
    ended = LAST_SENTENCE.search(paragraph_before)
    last = ended or (LAST_COLON_CLAUSE.search(paragraph_before) if spoken else None)
    if last is None:
        return None
    named = author_named(last.group("s"), gazetteer) if ended else None
    if named is not None:
        return named  # "Le médecin généraliste du bourg, que j'appellerai le Dr Morel, ne … « … »"
    subject, object_ = _presented(id(cv.language_data()))
    m = subject.search(last.group("s"))
    if m is not None and not describes_person(_desc(m)):
        m = None
    if m is None and ended:
        # (an object only in a sentence of its own, not a lead-in's subject after its title: "Le docteur
        # Olivier Marchand, …, en témoigne :")
        m = next((o for o in object_.finditer(last.group("s")) if describes_person(_desc(o))
                  and not gazetteer.find(o.group("name")) and not _after_civility(last.group("s"), o.start())
                  and not naming_clause(_desc(o))), None)
    if m is None:
        return _function_subject(last.group("s"), gazetteer) if ended and spoken else None
    predicate = last.group("s")[m.start("verb"):].rstrip(" .!?…")
    fields = description_fields(predicate)
    if len(predicate.split()) < 2 or (fields and is_place(fields[-1], gazetteer)):
        return None  # "Yannick, 71 ans, retraité, Chaumont.": a vox pop's signature, not a sentence
    desc = _desc(m).strip()
    role, region, place = describe(desc, gazetteer)
    if role == "inconnu" and age_only(desc, gazetteer):
        role = cv.language_data().get("presented_age_only_role", "autre")  # "Raymonde, 84 ans": no profession
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _desc(m: re.Match) -> str:
    """The apposition a presentation match holds, between commas or in parentheses."""
    return m.group("desc") or m.group("pdesc") or ""


@cv.per_language_data
def _naming() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A clause by which the author names a person by a pseudonym (lang/fr preceding_sentences.yaml
    ``author_naming_clauses``): at the start of an apposition, and after the description it names."""
    words = cv.word_forms("author_naming_clauses", data=cv.language_data()) or "(?!)"
    civility = cv.word_forms("civilities", case="first")
    word = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    articles = r"(?:(?:le|la|l['’])\s*)?"
    clause = re.compile(rf"^\s*(?:{words})(?!\w)", re.IGNORECASE)
    anywhere = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    named = re.compile(rf"^(?P<desc>[A-ZÀÂÉÈÊÎÔÙÇ][^,«»\"“:;()]{{2,100}}?)\s*,\s*(?i:{words})\s+{articles}"
                       rf"(?P<name>(?:(?:{civility})\.?\s+)?{word}(?:\s+{word})?)\s*,\s+(?P<verb>[a-zéèêà][\w'’-]*)\b")
    return clause, named, anywhere


def naming_clause(desc: str) -> bool:
    """Whether an apposition is the author's naming of the person by a pseudonym ("que j'appellerai le
    Dr Morel"): the name it gives is the person's, not the word before it."""
    return bool(_naming()[0].match(desc))


def author_named(sentence: str, gazetteer) -> dict | None:
    """s34-segr59a: attrs of the person a sentence opens on by a description the author then names by a
    pseudonym, the subject of its verb ("Le médecin généraliste installé au bourg, que j'appellerai le Dr
    Morel, ne se déplace plus …"): the pseudonym the speaker, the description the role; else None."""
    m = _naming()[1].match(sentence)
    if m is None or not describes_person(m.group("desc")) or gazetteer.find(m.group("name")):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def authors_named(text: str, gazetteer) -> list[dict]:
    """The attrs of every person a sentence of ``text`` presents by a description and names by a
    pseudonym (author_named), in order."""
    if not _naming()[2].search(text):
        return []
    sentences = re.split(r"(?<=[.!?…])\s+|\n", text)
    return [named for s in sentences if (named := author_named(s, gazetteer)) is not None]


@lru_cache(maxsize=4)
def _named_subject(key: int) -> re.Pattern:
    not_names = cv._alt(cv.language_data().get("not_names", [])) or "(?!)"
    word = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    return re.compile(rf"^(?!(?:{not_names})\b)(?P<name>{word}\s+{word})\s+(?P<verb>[a-zéèêà][\w'’-]*)\s")


def _function_subject(sentence: str, gazetteer) -> dict | None:
    """s33-segr57b: attrs of the person the sentence before a spoken quotation opens on by a first name and
    a surname, the subject of its verb, what they do after a ``function_prepositions`` word ("Inès Haddad a
    rejoint l'équipe en mars comme assistante dentaire, après …. « Ce que j'aime ici … »": a portrait
    that presents, then quotes); else None (no function that describes a person: "Paul Morel a ouvert la
    séance comme chaque année.")."""
    m = _named_subject(id(cv.language_data())).match(sentence)
    if m is None or gazetteer.find(m.group("name")) or gazetteer.find(m.group("name").split()[0]):
        return None
    function = _function_after(id(cv.language_data())).search(sentence, m.end("verb"))
    desc = function.group("f").strip() if function else ""
    if not desc or not describes_person(desc):
        return None
    role, region, place = describe(desc, gazetteer)
    if role in ("", "inconnu"):
        return None
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _civility_subject(key: int) -> re.Pattern:
    return re.compile(civility_name() +
                      r"(?:\s*,\s*(?P<desc>[^,«»\"“.;:]{2,80})\s*,)?\s+(?P<verb>[a-zéèêà][\w'’-]+)\s")


@lru_cache(maxsize=4)
def _function_after(key: int) -> re.Pattern:
    words = cv.word_forms("function_prepositions", data=cv.language_data())
    return re.compile(rf"\b(?:{words})\s+(?P<f>[^,.;:!?«»\"“()]{{3,100}})", re.IGNORECASE)


def presented_above(paragraph_above: str, gazetteer) -> dict | None:
    """Attrs of the person the paragraph above a quotation presents by a civility and a surname
    or an initial, as the subject of its first sentence ("Mme T. intervient … comme aide à
    domicile …"), when that paragraph quotes no one; else None."""
    para = paragraph_above.strip()
    if any(mark in para for mark in "«»\"“”"):
        return None
    found = _presented_at_start(para, gazetteer)
    if found is None:
        # the paragraph's last sentence, right above the quotation, presents its speaker ("Le
        # transport revient sur toutes les feuilles. Josiane, 74 ans, venue de Marsac, ne conduit plus.")
        last = _LAST_SENTENCE.split(para)[-1]
        if last != para:
            found = _presented_at_start(last, gazetteer)
    return found


# where a paragraph's sentences part: a sentence end, then a capital (not an initial's period: "Mme T. intervient")
_LAST_SENTENCE = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?])\s+(?=[A-ZÀ-Ý])")


def _presented_at_start(para: str, gazetteer) -> dict | None:
    m = _civility_subject(id(cv.language_data())).match(para)
    if m is None:
        return _named_above(para, gazetteer)
    desc = (m.group("desc") or "").strip()
    if not desc:
        function = _function_after(id(cv.language_data())).search(para, m.start("verb"))
        desc = function.group("f").strip() if function else ""
    role, region, place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
    # the person as the document names them, civility included ("Mme T."), as every reader does
    return {"speaker": " ".join(para[:m.end("name")].split()), "role_raw": desc, "role": role, "region": region,
            "place": place, "attr_source": "attribution"}




def _not_a_name_start() -> str:
    """A paragraph's start that is no word of lang/fr not_names ("Lorsque", "Selon")."""
    return rf"^(?!(?:{cv._alt(cv.language_data().get('not_names', [])) or '(?!)'})\b)"


@cv.per_language_data
def _parenthesised_subject() -> re.Pattern:
    word = NAME_WORD
    return re.compile(rf"{_not_a_name_start()}(?P<name>{word}(?:\s+{word})?)\s*\(\s*(?P<desc>[^()«»\"“;:]{{3,90}}?)\s*\)"
                      r"\s+(?P<verb>[a-zéèêà][\w'’-]*)\s")


@cv.per_language_data
def _apposed_subject() -> re.Pattern:
    word = NAME_WORD
    return re.compile(rf"{_not_a_name_start()}(?P<name>{word}(?:\s+(?:{word}|(?:Le|La|Du|De)\s+{word}))?)"
                      r"\s*,\s*(?P<desc>[^,«»\"“.;:()]{3,80}?)\s*,\s+(?P<verb>[a-zéèêà][\w'’-]*)\s")


@cv.per_language_data
def _byline() -> re.Pattern:
    """A full name, a comma, then a description to the line's end, no sentence in it."""
    word = NAME_WORD
    return re.compile(rf"{_not_a_name_start()}(?P<name>{word}\s+(?:{word}|(?:Le|La|Du|De)\s+{word}|[A-ZÉÈ]{{2,}}))"
                      r"\s*,\s*(?P<desc>[^«»\"“.;:!?()]{3,160})$")


@cv.per_language_data
def _copula_subject() -> re.Pattern:
    """A paragraph opening on a first name and a surname, a copula and what the person is, up to the
    sentence's end or a comma ("Jocelyne Théodose est puéricultrice au centre depuis dix-huit ans.")."""
    copulas = cv._flex_alt(cv.language_data().get("copulas", [])) or "(?!)"
    return re.compile(rf"{_not_a_name_start()}(?P<name>{NAME_WORD}\s+{NAME_WORD})\s+(?:{copulas})\s+"
                      rf"(?P<desc>[^,.;:!?«»]{{3,100}})[,.]")


def _named_above(para: str, gazetteer) -> dict | None:
    """s34-segr59a: attrs of the person the paragraph above a quotation opens on by a name and, in
    parentheses, what they are, the subject of its verb ("Gisèle (77 ans, ancienne institutrice, Murat) vit
    seule depuis …"); else None (a place, "Morez (Jura) compte …"; a reference, "Goffman (1968) décrit …").
    s34-segr60c: or in an apposition between commas ("Gaëlle Le Du, aide-soignante au foyer depuis 2019,
    accompagne chaque matin …": a newsletter's rubric presents its member, then quotes her)."""
    m = _parenthesised_subject().match(para)
    if m is None and re.search(r"[.!?…:]$", para):
        # (a sentence, not a card's or a heading's fields: "X, professeur d'histoire, spécialiste de …")
        m = _apposed_subject().match(para)
    if m is None:
        # a box's byline: a full name and what the person did, alone on the line over their words
        # ("Josiane Faure, bobineuse de 1981 à 2015, secrétaire de la section de 1998 à 2010"; s43)
        m = _byline().match(para)
        if m is not None and not describes_person(cv.SINCE_YEAR.sub("", m.group("desc")).split(",")[0]):
            m = None
    if m is None:
        # s46: "Jocelyne Théodose est puéricultrice au centre depuis dix-huit ans. En entretien, elle revient
        # sur …": a full name and a copula open the paragraph, what the person is follows it
        m = _copula_subject().match(para)
    # (the year the person practises since is no reference's year: "préparatrice depuis 2016")
    if m is None or gazetteer.find(m.group("name")) or not describes_person(cv.SINCE_YEAR.sub("", m.group("desc"))):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role == "inconnu" and age_only(desc, gazetteer):
        role = cv.language_data().get("presented_age_only_role", "autre")
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _unnamed(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()
    nouns = cv._flex_alt(d.get("unnamed_person_nouns", [])) or "(?!)"
    ages = cv._flex_alt(d.get("approximate_age_words", [])) or "(?!)"
    opener = re.compile(rf"^\s*(?P<who>(?i:{nouns}))\b(?P<rest>[^.!?«»]{{0,120}})")
    age = re.compile(rf"\b\d{{1,3}}\s*ans\b|\b(?i:{ages})\b")
    return opener, age


def presented_unnamed(paragraph_before: str) -> dict | None:
    """Attrs of a person no name designates, presented at the paragraph's opening by their sex and an
    age ("Homme, la cinquantaine, dort sous le kiosque depuis l'été. « … »"), when the quotation
    follows in that paragraph (the caller checks it speaks in the first person); else None."""
    opener, age = _unnamed(id(cv.language_data()))
    m = opener.match(paragraph_before)
    if m is None or not age.search(m.group("rest")) or "«" in paragraph_before:
        return None
    first = re.split(r"(?<=[.!?])\s", paragraph_before.strip(), maxsplit=1)[0]
    return {"speaker": "", "role_raw": first.rstrip(" ."), "role": cv.language_data().get("presented_age_only_role", "autre"),
            "region": "", "place": "", "attr_source": "attribution"}
