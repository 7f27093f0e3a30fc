"""A quotation introduced by the first name of its speaker and what they do, in apposition, then
a speech verb: "Ginette, infirmière libérale à Sainte-Rose, le dit sans détour : « … »". The
name is the speaker, the apposition their role and place; the rule is tried before a speech
verb's subject is looked for further back (which would take a previous sentence's "Les
soignants décrivent …" as the speaker).

A named person and their apposition as the subject of a sentence that ends with a colon and the
quotation, with a verb that is no speech verb ("À la pharmacie de garde, Fabrice Jean-Louis,
pharmacien titulaire, voit passer les mêmes patients : « … »"), speaks too when the quotation
does (the first person or an oral marker: lang/fr speech_markers); words without them are a
sign or a document the person shows ("…, a affiché sur sa vitrine : « Fermé le dimanche. »").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, description_fields


def presented_speaker(before: str, gazetteer) -> dict | None:
    """Attributes of the first name presented in the last sentence of a quote's lead-in, when a
    speech verb follows the apposition; else None."""
    sentence = re.split(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", before.strip())[-1]
    m = cv.FIRST_NAME_APPOSITION.search(sentence)
    if m is None or not describes_person(m.group("desc")) or not cv.SPEECH_VERB_ANY.search(sentence[m.end():]):
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def civility_name() -> str:
    """Pattern of a civility then a surname or an initial ("Mme T.", "M. H.", "Madame Delpech"),
    the surname or initial as group ``name``; the civilities are lang/fr data (labels.yaml)."""
    civility = cv.word_forms("civilities", case="first")
    surname = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    initial = r"[A-ZÉÈ]\.(?:-?[A-ZÉÈ]\.)?"
    return rf"(?:{civility})\.?\s+(?P<name>{initial}|{surname})"


@lru_cache(maxsize=4)
def _civility_apposition(key: int) -> re.Pattern:
    return re.compile(rf"(?:^|(?<=[.!?…»]\s)){civility_name()}"
                      r"\s*,\s*(?P<desc>[^,«»\"“.;:]{2,80}(?:,\s*[^,«»\"“.;:]{2,60}){0,2})\s*,")


# a sentence's end between the apposition and the quotation (another sentence speaks)
SENTENCE_END = re.compile(r"[.!?…]\s+[A-ZÉÈÀ]")


def civility_speaker(lead_in: str, gazetteer) -> dict | None:
    """Attributes of the person a quotation's lead-in (its paragraph up to the quotation) presents
    by a civility, a surname or an initial and an apposition, when a speech verb follows the
    apposition in the same sentence; else None."""
    found = None
    for found in _civility_apposition(id(cv.language_data())).finditer(lead_in):
        pass
    if found is None or not describes_person(found.group("desc")):
        return None
    rest = lead_in[found.end():]
    if SENTENCE_END.search(rest) or not cv.SPEECH_VERB_ANY.search(rest):
        return None
    desc = found.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role == "inconnu" and cv.AGE_FIELD.match(description_fields(desc)[0]):
        # "Mme D., 79 ans, qui accompagne son mari …": an age first, no profession (preceding_sentences.py)
        role = cv.language_data().get("presented_age_only_role", "autre")
    # the person as the document names them, civility included ("Madame L.", "M. H."), as every reader does
    speaker = " ".join(lead_in[found.start():found.end("name")].split())
    return {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


@lru_cache(maxsize=4)
def _civility_subject(key: int) -> re.Pattern:
    # the civility and initial opening the last clause of the lead-in, a short predicate ending
    # with the colon: "Mme C. a déclaré :", "…, le Dr L. a ajouté :" (an article may come first)
    article = cv._flex_alt(cv.language_data().get("role_label_articles", []))
    return re.compile(rf"(?:^|,\s+)(?:(?:{article})\s*)?(?P<who>{civility_name()})\s+(?P<rest>[^,.;:!?«»()]{{2,40}}):\s*$")


def party_speaker(lead_in: str, earlier: str, gazetteer) -> dict | None:
    """Attributes of the person a quotation's lead-in names by a civility and an initial alone
    before a speech verb ("Mme C. a déclaré : « … »") when the text before presented that person
    with an apposition ("… à l'encontre de Mme C., infirmière libérale exerçant à Auxonne, …": the
    parties of a decision, named once in full); else None."""
    sentence = re.split(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", lead_in.strip())[-1]
    m = _civility_subject(id(cv.language_data())).search(sentence)
    if m is None and "." in sentence[:3]:
        # s30-segr52b: "…, M. S. expliquait :": the initials' periods cut no sentence; the last
        # sentence whose end is not an initial's or a civility's period
        m = _civility_subject(id(cv.language_data())).search(_last_sentence(lead_in.strip()))
    if m is None or not cv.SPEECH_VERB_ANY.search(m.group("rest")):
        return None
    who = " ".join(m.group("who").split())
    # (an apposition opens in lower case: "Dr Kessler, Mme Traoré (coordinatrice)" lists people)
    # (or an age: "(M. S., 70 ans, hypertendu)", a written document's writer, s30-segr52b)
    shown = re.search(rf"(?<![\w.]){re.escape(who)}\s*,\s*(?P<desc>[a-zéèêàâîôûç][^,«»\"“.;:]{{1,79}}|\d{{2,3}}\s*ans)[,;.)]",
                      earlier)
    if shown is not None and not describes_person(shown.group("desc")):
        # "Mme R., demanderesse, aide à domicile, domiciliée à Dreux ;": a party's procedural quality
        # first, what the person does and where after it: the apposition's fields up to the list
        # item's or the sentence's end (s30-segr53b)
        longer = re.search(rf"(?<![\w.]){re.escape(who)}\s*,\s*(?P<desc>[a-zéèêàâîôûç][^«»\"“.;:()]{{1,159}})[;.)]", earlier)
        shown = longer if longer is not None and _court_party(shown.group("desc")) else None
    if shown is None or not (describes_person(shown.group("desc")) or _court_party(description_fields(shown.group("desc"))[0])):
        return None
    desc = shown.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role == "inconnu" and cv.AGE_FIELD.match(description_fields(desc)[0]):
        # "(M. S., 70 ans, hypertendu)": an age first, no profession, as civility_speaker reads it
        role = cv.language_data().get("presented_age_only_role", "autre")
    return {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def _court_party(field: str) -> bool:
    """A party's or a witness's quality in a proceeding ("demanderesse", "partie civile", "témoin":
    court_records.yaml court_functions, the chair's excepted): a person, whatever they do."""
    words = {fold(w).lower() for f in cv.language_data().get("court_functions", []) if not f.get("chair")
             for w in f.get("words", [])}
    return fold(" ".join(field.split())).lower().strip(" ,") in words


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``, a period after an initial or a civility ("M. S.", "Mme A.")
    ending none."""
    start = 0
    for m in re.finditer(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", text):
        word = text[:m.start()].rsplit(None, 1)[-1]
        if re.fullmatch(r"(?:[A-ZÀ-Ö][a-z]{0,3}\.)+|[A-ZÀ-Ö]\.(?:-[A-ZÀ-Ö]\.)?", word):
            continue  # "S.", "M.", "Mme.", "J.-P.": an initial's or an abbreviation's period
        start = m.end()
    return text[start:]


# a name, its apposition between commas, then the clause of the sentence
NAMED_SUBJECT = re.compile(cv.NAME.pattern + r"\s*,\s*(?P<desc>[^,.;:!?«»]{3,80}),\s+(?=[a-zàâçéèêëîïôûù])", cv.NAME.flags)


def _closing_speech_verb(sentence: str) -> bool:
    """The sentence's last word before its colon is a speech verb ("… et ajoute :", "… explique :")."""
    words = sentence.rstrip(" :").split()
    return bool(words) and bool(cv.SPEECH_VERB_ANY.fullmatch(words[-1]))


def colon_subject_speaker(before: str, inner: str, gazetteer, block: bool = False) -> dict | None:
    """Attributes of the named person, with an apposition describing them, whom the last sentence
    of a quote's lead-in has as subject when that sentence ends with a colon and the quotation
    speaks (segment/presented_names.py above); else None. A speech verb in the sentence is left
    to the readings of speech verbs, unless the quotation opens its own paragraph (``block``:
    "Yannick Le Goff, pharmacien titulaire à Redon, raconte :" on the line above)."""
    if not before.rstrip().endswith(":"):
        return None
    sentence = re.split(r"(?<=[.!?…])\s+(?=[A-ZÉÈÀ])", before.strip())[-1]
    m = NAMED_SUBJECT.search(sentence)
    if m is None or (not block and cv.SPEECH_VERB_ANY.search(sentence[m.end():])):
        return None  # with a speech verb ("…, en témoigne :") the readings of speech verbs decide
    if not cv.SPEECH_MARKER.search(fold(inner)) and not (block and _closing_speech_verb(sentence)):
        # words with no mark of speech ("Un jeune ne vient pas pour un cabinet gratuit …") are the
        # person's only when the lead-in hands them the floor by a speech verb before its colon,
        # the quotation on its own paragraph ("Le Dr Karim Benali, généraliste à Nangis, … ajoute :")
        return None
    desc = m.group("desc").strip()
    role, region, place = describe(desc, gazetteer)
    if role in ("autre", "inconnu"):
        return None  # the apposition names no occupation ("Inès Ferrand, 34 ans, arrivée de Lyon, raconte :")
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}
