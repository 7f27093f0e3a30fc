"""The incise slot after a closing guillemet, whatever its verb (lang/fr/incise_slots.yaml).

French closes a quoted sentence with an incise: a comma, a finite verb, its inverted subject.
The speech verbs of attributions.yaml are only the commonest; the press writes any verb of
attitude or gesture there: "« Je refuse de nouveaux patients tous les jours », soupire le
médecin.", "« On y croit, il faut bien », glisse Claire Le Goff avant de retourner …", "« … »,
grimace-t-elle". The verb is read from its place: a lowercase word right after the comma that is
none of the closed classes (``incise_non_verbs``: "selon", "dans", "et" …), followed by an inverted
subject pronoun or by a subject that names a person (a determiner, a civility, a name). What the
subject says of the person is left to segment/quotes.py (a person noun, a name presented before).

Two verbless or personless neighbours of the same slot:
- an impersonal "on" and the institution where it was said: "« … », nous explique-t-on à la
  délégation départementale de l'ARS", "« … », admet-on à la caisse primaire" (the institution's
  words: role from it, no speaker);
- a source without a verb closing the sentence: "« … », selon le maire de Figeac." (the person
  the determiner names; "selon l'INSEE" names none).

The same slot before a colon (segfix50): a clause opening its sentence (or after a comma or a
closing guillemet) with a subject that names a person and ANY finite verb, then a colon before
the quotation: "l'aidant cite spontanément l'infirmière : « … »", "la patiente désigne aussitôt
sa voisine : « … »", "À la question « … ? », l'aidante hausse les épaules : « … »". The verb is
read from its place as in the incise; the caller checks that the quotation speaks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .roles import names_a_trade

_data = cv.language_data

_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"


@lru_cache(maxsize=4)
def _patterns(key: int) -> dict[str, re.Pattern]:
    d = _data()
    non_verbs = cv.word_forms("incise_non_verbs", r"(?![\w’'-])", d, elided_after="")
    reflexive = cv.word_forms("incise_reflexives", r"\s+", d, elided_after=r"\s*")
    objects = cv.word_forms("object_pronouns", r"\s+", d, elided_after=r"\s*")
    subjects = cv.word_forms("subject_pronouns", "", d)
    impersonal = cv.word_forms("impersonal_pronouns", "", d)
    civilities = cv.word_forms("civilities", r"\.?\s", d)
    determiners = cv.DETERMINERS or "(?!)"
    lead = rf"^\s*,\s*(?:(?:{reflexive})|(?:{objects}))?(?!(?:{non_verbs}))"
    verb = rf"[{_LOWER}][{_LOWER}’']{{2,24}}"
    places = cv.word_forms("impersonal_places", r"\s+", d, elided_after=r"\s*")
    auxiliaries = cv.word_forms("incise_auxiliaries", "", d) or "(?!)"
    sources = cv.word_forms("trailing_sources", r"\s+", d, elided_after=r"\s*")
    return {
        # one pattern, both alternatives, so that every group of VERB_AFTER exists:
        # "…», sourit-elle en …", "…», glisse-t-il" (verb, pron); "…», soupire le médecin.", "…», glisse
        # Claire Le Goff avant de …", "…», s'emporte le Dr Morel" (verb2, who)
        "incise": re.compile(
            rf"{lead}(?:(?P<verb>{verb})(?:-t-|-)(?P<pron>{subjects})\b"
            rf"|(?P<verb2>{verb})\s+(?P<who>(?:(?i:{determiners})\s*|(?i:{civilities})|(?=[A-ZÉÈ][{_LOWER}]))"
            r"[^.;!?«\"“]{2,140}))"),
        # "…», nous explique-t-on à la délégation départementale de l'ARS, à Cahors."
        # (or a compound past, "…», a-t-on entendu dans l'assistance": grammar.yaml incise_auxiliaries; s50)
        "impersonal": re.compile(
            rf"{lead}(?:{verb}(?:-t-|-)(?:{impersonal})|(?:{auxiliaries})-t-(?:{impersonal})\s+{verb})\s+(?:{places})"
            rf"(?P<inst>[^.;!?«»\"“]{{3,120}})",
            re.IGNORECASE),
        # "l'aidant cite spontanément l'infirmière :" — subject, any verb, what follows, a colon
        "colon": re.compile(
            rf"(?:^|[,»]\s*)\s*(?P<who>(?i:{determiners})(?:(?<=['’])|\s+)[^,:;.!?«»\"“]{{1,60}}?)"
            rf"\s+(?:(?:{reflexive})|(?:{objects}))?(?!(?:{non_verbs}))(?P<verb>{verb})\b"
            r"[^:;.!?«»\"“]{0,100}:\s*$"),
        # "…», selon le maire de Figeac."
        "source": re.compile(
            rf"^\s*,\s*(?:{sources})"
            rf"(?P<who>(?:{determiners})\s*[^.;!?«»\"“]{{2,120}}?)\s*(?:[.;!?]\s*)?$", re.IGNORECASE),
    }


def verb_incise(after: str) -> re.Match | None:
    """The incise after a closing guillemet with any verb, its groups those of conventions
    VERB_AFTER (``verb`` and ``pron`` for an inverted pronoun, ``verb2`` and ``who`` for a subject),
    or None."""
    return _patterns(id(_data()))["incise"].match(after)


def impersonal_institution(after: str) -> str:
    """The institution an impersonal inverted incise names ("admet-on à la caisse primaire" ->
    "la caisse primaire"; the preposition's article kept), else ''."""
    m = _patterns(id(_data()))["impersonal"].match(after)
    if m is None:
        return ""
    article = re.search(r"(?:la|l['’]|les?)\s*$|(?<=\b)(?:au|aux|du|des)\s*$", after[:m.start("inst")], re.IGNORECASE)
    return ((article.group(0) if article else "") + m.group("inst")).strip(" ,")


def trailing_source(after: str) -> str:
    """The person a verbless source after the quote names ("», selon le maire de Figeac." -> "le
    maire de Figeac"), else ''; the person noun is checked by the caller."""
    m = _patterns(id(_data()))["source"].match(after)
    return m.group("who").strip(" ,") if m else ""


def colon_lead(before: str) -> str:
    """The subject of a clause with any verb that ends with a colon before a quotation
    ("…, l'aidant cite spontanément l'infirmière : " -> "l'aidant") when it names a person, else ''."""
    m = _patterns(id(_data()))["colon"].search(before)
    if m is None or not cv.PERSON_NOUN.search(m.group("who")):
        return ""
    mandates = {fold(w).lower() for w in _data().get("mandate_offices", [])}
    if names_a_trade(m.group("verb")) and fold(m.group("verb")).lower() not in mandates:
        # "L'infirmière coordinatrice du SSIAD décroche :": the word read as the verb is the noun
        # phrase's, and so are its complements (s54); not a mandate's word, an adjective there ("La
        # pharmacienne élue nationale s'emporte :": a pharmacist who represents her peers)
        tail = re.match(r"(?:\s+(?:du|des|de la|de l['’]|de|d['’])\s*[\w'’-]+)*", before[m.end("verb"):])
        return (m.group("who") + before[m.end("who"):m.end("verb")] + (tail.group(0) if tail else "")).strip()
    return m.group("who").strip()


@cv.per_language_data
def _civility_initial() -> re.Pattern:
    civilities = cv.word_forms("civilities", r"\.?\s+", _data(), case="first")
    return re.compile(rf"(?P<who>(?:{civilities})[A-ZÉÈ]\.(?:[ -]?[A-ZÉÈ]\.)?)(?![\w-])"
                      r"(?:\s*,\s*(?P<desc>[^.;!?«»\"“]{2,160}?))?\s*(?:[.;!?)]|$)")


def civility_initial(who: str) -> tuple[str, str] | None:
    """(civility and initial, description) of an incise's subject that names a person by a civility and
    an initial, as a case report or a newsletter anonymises a patient: "« … », confiait M. P., 72 ans, de
    Besançon, au terme de sa cure." (the subject text after the verb; the point of the initial stops the
    ordinary subject); None otherwise ("M. Dupuis", a name in full; "Mme la directrice"). s33-segr58b."""
    m = _civility_initial().match(who)
    if m is None:
        return None
    return " ".join(m.group("who").split()), (m.group("desc") or "").strip()
