"""RECORDS whose fields hold someone's words (issue #14, session 21, segfix53): an observation grid,
a catalogue's record, a logbook's entry, each a run of "Field : value" lines ("Date : …", "Lieu :
…", "Acteurs : …", "Situation : …", "Verbatim entendu : « … »", "Analyse personnelle : …"; "Cote :
…", "Témoin : …", "Extrait transcrit : On partait …"). The field that names the kind of passage
(``quote_field_labels``: "Verbatim entendu", "Extrait transcrit", "Propos recueillis") holds the
words, with or without guillemets; who said them is another field of the same record
(``record_person_fields``: "Témoin : Léonie X, ancienne infirmière …"; "Acteurs : l'infirmière
coordinatrice, le patient, moi": the first actor named); the place may be a field too
(``record_place_fields``). The other fields are the record's, not turns (their heads are
``not_labels``). A lone "Verbatim : …" outside such a record is left to turns.py (quote_field).
A log may set an entry's fields on one line between bars ("23 h 07 | Appel n°46 | Appelant : M. X., 47
ans | Demande : …"), the words field on the line below ("Propos : « … »"): those cells are the
record's fields (s33-segr58c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import _first_name_word, describe, describes_person, description_fields
from .base import TextLine

# "Field : value": a short head (a few words, no digit, no quotation mark), a colon, the value
_FIELD = re.compile(r"^\s*(?P<head>[^\W\d_][^\W\d_'’ -]*(?:['’ -]+[^\W\d_]+){0,3})\s*:\s+(?P<value>\S.*)$")
# a field's head alone on its line, its value on the lines below ("Propos recueillis :" over the words
# in italics, as an inspection's hearing sheet sets them, s29-segr50b)
_BARE_FIELD = re.compile(r"^\s*(?P<head>[^\W\d_][^\W\d_'’ -]*(?:['’ -]+[^\W\d_]+){0,3})\s*:\s*$")
# the next field run in on the same line ("… sage-femme au Lorrain Date et lieu : 3 octobre …")
_NEXT_FIELD = re.compile(r"\s(?=[A-ZÉÈÀ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*:\s)")
# a field's head of a few more words, after a record's words field ("Observations de l'enseignant APA : …")
_TRAIL_FIELD = re.compile(r"^\s*(?P<head>[^\W\d_][^\W\d_'’ -]*(?:['’ -]+[^\W\d_]+){0,5})\s*:\s+(?P<value>\S.*)$")
# a civility's initial as the whole name ("Mme L., 61 ans, …")
_INITIAL = re.compile(r"^(?P<initial>[A-ZÉÈ]\.(?:[ -]?[A-ZÉÈ]\.)?)(?=\s*,|\s*$)")
# a first name, perhaps with a surname's initial, before a comma and a description ("Kamel B., 47 ans, …",
# "Laure, IDE de l'équipe mobile …")
_FIRST_NAME = re.compile(r"^(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?(?:\s+[A-ZÀ-Ý]\.)?)\s*,\s*(?P<rest>\S.*)$")
# a continuation of the words cut onto the next line by extraction: a sentence of some length
_SENTENCE = re.compile(r"^\s*[A-ZÉÈÀ«].{30,}[.!?…»]\s*$")

_data = cv.language_data


@lru_cache(maxsize=4)
def _words(key: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int]:
    def folded(name: str) -> tuple[str, ...]:
        return tuple(sorted({fold(w).lower() for w in _data().get(name, [])}, key=len, reverse=True))

    return (folded("quote_field_labels"), folded("record_person_fields") + folded("record_participant_fields"),
            folded("record_place_fields"), int(_data().get("record_min_fields", 2)))


@lru_cache(maxsize=4)
def _sheet_words(key: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(heads of a follow-up sheet's own-account words field, heads of its participant field)."""
    def folded(name: str) -> tuple[str, ...]:
        return tuple(sorted({fold(w).lower() for w in _data().get(name, [])}, key=len, reverse=True))

    return folded("record_words_fields"), folded("record_participant_fields")


def _head(line: str) -> tuple[str, str, int] | None:
    """(folded head, value, offset of the value) of a field line, or None."""
    m = _FIELD.match(line)
    return (fold(m.group("head")).lower(), m.group("value"), m.start("value")) if m else None


def _opens_with(head: str, words: tuple[str, ...]) -> bool:
    """The head is one of ``words`` or opens with one ("verbatim entendu", "extrait transcrit")."""
    return any(head == w or head.startswith(w + " ") for w in words)


def _person(value: str, gazetteer) -> dict:
    """Who a person field names: "Léonie X, née en 1934, ancienne infirmière du dispensaire du
    Morne-Rouge" (a name, then a description), or a list of actors whose first is the speaker
    ("l'infirmière coordinatrice du SSIAD, le patient, moi")."""
    value = _NEXT_FIELD.split(value, maxsplit=1)[0].strip()
    words = value.split()
    civil = bool(words) and fold(words[0]).lower().rstrip(".") in cv.CIVILITIES
    bare = " ".join(words[1:]) if civil else value
    m = cv.NAME.match(bare)
    speaker = m.group("name") if m and bare[m.end():m.end() + 1] in (",", "") else ""
    initial = _INITIAL.match(bare) if civil and not speaker else None
    if initial:
        speaker = f"{words[0]} {initial.group('initial')}"  # "Mme L., 61 ans": an anonymised sheet's person
    first = _FIRST_NAME.match(bare) if not speaker else None
    if first and _first_name_word(first.group("name").split()[0]) and describes_person(first.group("rest")):
        # "M. Kamel B., 47 ans, connu du service", "Laure, IDE de l'équipe mobile": a first name (and
        # a surname's initial), then who the person is (s33-segr58c)
        speaker = first.group("name")
    desc = value if speaker else value.split(",")[0]
    role, region, place = describe(desc, gazetteer) if gazetteer is not None else ("inconnu", "", "")
    return {"speaker": speaker, "role_raw": desc.strip(), "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def record_witness(lines: list[TextLine], first: int, gazetteer, window: int = 8) -> dict | None:
    """The person a record's header field names above a transcript's first answer (s26-segr45a): an
    oral-history record gives its witness once ("Témoin : Dr Henri Gauthé, né en 1938, médecin
    généraliste installé à …") and labels the answers with a bare answer word ("R — …"). The
    nearest person field (``record_person_fields``) within ``window`` lines above line ``first``
    that names someone (a name, then a description); None without one."""
    _, person_heads, _, _ = _words(id(_data()))
    for k in range(first - 1, max(-1, first - 1 - window), -1):
        field = _head(lines[k].text)
        if field is None or not _opens_with(field[0], person_heads):
            continue
        attrs = _person(field[1], gazetteer)
        return attrs if attrs["speaker"] else None
    return None


# the head given to a line above a record's fields that profiles a person by an age, as a listening
# line's call sheet opens ("Appel n° 112 – 14 mars – fille, 54 ans, La Châtre"): the record's person
PROFILE_HEAD = "\x00profile"


def _profile_line(text: str) -> bool:
    """A short line, no field of its own nor a sentence, whose comma or dash fields hold an age
    ("… – fille, 54 ans, La Châtre")."""
    t = text.strip()
    return 0 < len(t) <= 120 and not t.endswith((".", ":", "?", "!", "»")) \
        and any(cv.AGE_FIELD.match(f) for f in description_fields(t))


def _run_in_words(text: str, quote_heads: tuple[str, ...]) -> tuple[int, int] | None:
    """(where the head starts, where the words start) of a words field run in after another field
    on its line and opening a quotation ("… à domicile. Propos : « Je fais … »"); None without one."""
    for m in _NEXT_FIELD.finditer(text):
        field = _head(text[m.end():])
        if field is not None and _opens_with(field[0], quote_heads) and field[1].startswith(("«", "“")):
            return m.end(), m.end() + field[2]
    return None


# a log's entry set on one line, its cells between bars ("23 h 07 | Appel n°46 | Appelant : M. X., 47 ans |
# Demande : hébergement | Suite : …"; s33-segr58c)
_BAR = re.compile(r"\s+\|\s+")


def _bar_fields(text: str) -> list[tuple[str, str]]:
    """The fields (folded head, value) of a line whose cells between bars hold at least two "Field :
    value" cells, as a night log or a call register sets each entry on its line; [] otherwise (a
    table's row of plain cells, "Fonction | Structure | Commune")."""
    cells = _BAR.split(text.strip())
    if len(cells) < 3:
        return []
    found = [(f[0], f[1].strip()) for c in cells if (f := _head(c)) is not None]
    return found if len(found) >= 2 else []


def _records(lines: list[TextLine]) -> list[tuple[int, int, list[tuple[int, str, str]]]]:
    """Each record's words field: (its line, where the words start on it, the record's other fields
    above it as (line, folded head, value))."""
    quote_heads, person_heads, place_heads, min_fields = _words(id(_data()))
    own_heads, _ = _sheet_words(id(_data()))
    out = []
    fields: list[tuple[int, str, str]] = []  # the current record's other fields
    for k, ln in enumerate(lines):
        barred = _bar_fields(ln.text)
        if barred:
            # an entry's fields on one line between bars: a new record (the words field on the lines below)
            fields = [(k, head, value) for head, value in barred]
            continue
        field = _head(ln.text)
        bare = _BARE_FIELD.match(ln.text) if field is None else None
        if bare is not None and _opens_with(fold(bare.group("head")).lower(), quote_heads) \
                and k + 1 < len(lines) and _head(lines[k + 1].text) is None and _SENTENCE.match(lines[k + 1].text):
            # "Propos recueillis :" alone, the words on the next line: the record's words field
            record = [f for f in fields if k - f[0] <= 2 * min_fields + 6]
            fields = []
            if len(record) >= min_fields and any(_opens_with(h, person_heads + place_heads) for _, h, _ in record):
                out.append((k + 1, 0, record + [(k, fold(bare.group("head")).lower(), "")]))
            continue
        if field is None:
            if _profile_line(ln.text):
                # "Appel n° 112 – 14 mars – fille, 54 ans, La Châtre" heading a call sheet's fields:
                # a new record, its person profiled by an age (PROFILE_HEAD; s26-segr45a)
                fields = [(k, PROFILE_HEAD, ln.text.strip())]
            continue
        head, value, at = field
        if own_heads and value.startswith(("«", "“")) and _opens_with(head, own_heads):
            # "Ressenti du participant : « … »" (s31-segr56a): the person's own account, theirs only
            # under a person field of the same sheet
            record = [f for f in fields if k - f[0] <= 2 * min_fields + 6]
            if any(_opens_with(h, person_heads) for _, h, _ in record):
                fields = []
                out.append((k, at, record))
                continue
        run_in = _run_in_words(ln.text, quote_heads) if not _opens_with(head, quote_heads) else None
        if run_in is not None:
            # "Motif : épuisement, … à domicile. Propos : « … »": the words field run in after another
            fields.append((k, head, ln.text[at:run_in[0]].strip()))
            at = run_in[1]
        elif not _opens_with(head, quote_heads):
            fields.append((k, head, value))
            continue
        record = [f for f in fields if k - f[0] <= 2 * min_fields + 6]
        fields = []
        if len(record) >= min_fields and any(_opens_with(h, person_heads + place_heads) or h == PROFILE_HEAD
                                             for _, h, _ in record):
            out.append((k, at, record))  # a record says who or where; "E : …" over "Verbatim : …" are turns
    return out


def record_field_lines(lines: list[TextLine]) -> set[int]:
    """The lines of the records' fields ("Acteurs : …", "Situation : …" above "Verbatim entendu : « …
    »", that one, "Analyse personnelle : …" right after): a label found only on them heads a
    record's field, not turns."""
    out = set()
    for k, _, record in _records(lines):
        out |= {k} | {f[0] for f in record}
        while k + 1 < len(lines) and (_head(lines[k + 1].text) is not None or _TRAIL_FIELD.match(lines[k + 1].text)):
            # "Analyse personnelle :", "Observations de l'enseignant APA :" after the words
            k += 1
            out.add(k)
    return out


def record_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index of a record's words field -> their attributes ("_from": where the words start on
    the line, after the field's head; "_last": the words' last line)."""
    _, person_heads, place_heads, _ = _words(id(_data()))
    own_heads, participant_heads = _sheet_words(id(_data()))
    quote_heads = _words(id(_data()))[0]
    out: dict[int, dict] = {}
    for k, at, record in _records(lines):
        persons = [v for _, h, v in record if _opens_with(h, person_heads)]
        served = [h for _, h, _ in record if _opens_with(h, person_heads)][-1:]
        profiles = [v for _, h, v in record if h == PROFILE_HEAD]
        attrs = _person(persons[-1], gazetteer) if persons else {
            "speaker": "", "role_raw": "", "role": "inconnu", "region": "", "place": "", "attr_source": ""}
        if served and _opens_with(served[0], participant_heads):
            words_head = _head(lines[k].text[:at] + "x")
            if words_head is not None and words_head[0] not in quote_heads and not _opens_with(words_head[0], own_heads):
                continue  # "Propos de la famille : « … »" under "Résident : M. B.": another's words, left to the other readers
            attrs["role"] = "autre"  # "Participant : Mme X., 58 ans, adressée par son médecin": served, not a trade
        if not persons and profiles and gazetteer is not None:
            # the profile line: who (no name: a relationship, an age) and where
            role, region, place = describe(profiles[-1], gazetteer)
            attrs = {"speaker": "", "role_raw": profiles[-1], "role": role, "region": region, "place": place,
                     "attr_source": "attribution"}
        if not attrs["region"] and gazetteer is not None:
            for _, h, v in record:
                if _opens_with(h, place_heads) and describe(v, gazetteer)[1]:
                    _, region, place = describe(v, gazetteer)
                    attrs.update(region=region, place=place)
        last = k
        words = lines[k].text[at:]
        # (words in guillemets closed on their line end there: "Avis porté sur la fiche par le Dr X : « … »"
        # below is another's, "La fiche n'est pas signée." the report's)
        closed = "«" in words and words.count("«") == words.count("»")
        # words set under their head alone ("Propos recueillis :") are that paragraph, not the prose after it
        while not closed and not _BARE_FIELD.match(lines[k - 1].text if k else "") and last + 1 < len(lines) and last + 1 not in headings and _head(lines[last + 1].text) is None \
                and not _TRAIL_FIELD.match(lines[last + 1].text) and _SENTENCE.match(lines[last + 1].text):
            last += 1
        out[k] = {**attrs, "_from": at, "_last": last}
    return out


@cv.per_language_data
def _run_in() -> tuple[re.Pattern, int]:
    """A run-in report form's reporter field, then its free-text field opening a quotation that
    closes the paragraph ("… – Déclarant : aide-soignante, SSR – Description : « … »."), without
    case, on the line as written (the offsets are the line's); and how many such paragraphs make
    the convention."""
    def alt(key: str) -> str:
        return cv._alt(_data().get(key, [])) or "(?!)"

    return re.compile(rf"(?:^|\s[–—-]\s+)(?:{alt('run_in_reporter_fields')})\s*:\s*(?P<who>[^–—«»:]{{2,120}}?)"
                      rf"\s+[–—-]\s+(?:{alt('run_in_free_text_fields')})\s*:\s*(?=«[^«»]*(?:«[^«»]*»[^«»]*)*»\s*\.?\s*$)", re.IGNORECASE), \
        int(_data().get("run_in_record_min", 2))


def run_in_record_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index -> attributes of a run-in report form's free-text field (s25-segr44a): "FEI n°
    2023-041 – Déclarant : IDE de nuit, médecine polyvalente – Description : « … »", the
    quotation the reporter's written words, its role the reporter field's function, no speaker
    (a form names a function); "_from" where the quotation starts. Only as a series of forms."""
    form, least = _run_in()
    found = {}
    for k, ln in enumerate(lines):
        if k in headings or "«" not in ln.text:
            continue
        m = form.search(ln.text)
        if m:
            found[k] = (ln.text[m.start("who"):m.end("who")], m.end())
    if len(found) < least:
        return {}
    out = {}
    for k, (who, at) in found.items():
        role, region, place = describe(who, gazetteer) if gazetteer is not None else ("inconnu", "", "")
        out[k] = {"speaker": "", "role_raw": who.strip(), "role": role, "region": region, "place": place,
                  "attr_source": "attribution", "_from": at}
    return out


@cv.per_language_data
def _presented_field() -> re.Pattern:
    civilities = cv.word_forms("civilities", r"\.?\s+", cv.language_data(), case="first")
    return re.compile(
        r"^\s*(?P<label>[A-ZÉÈ][\w'’-]*(?:\s+[\w'’-]+){0,2})\s*:\s*"
        rf"(?P<who>(?:{civilities})?{cv.NAME.pattern})\s*,\s*(?P<desc>[^«»\"“”:;]{{3,200}}?)\s*[.,:]?\s*(?=«)")


def presented_field_quote(text: str, gazetteer) -> dict | None:
    """A record's field that presents a person, then their words: "Témoin : M. Paul Girard, 41 ans,
    domicilié à Briançon, compagnon de cordée. « … »" (a rescue or an incident report's statements,
    a hearing's record). The label names what the person is to the record, the name and description
    that follow say who they are: the one quotation closing the paragraph is theirs (the quote
    box's attributes, "_from" where it starts; the label and the presentation stay prose); None
    otherwise (no full name, a description of nobody, several quotations, words after the quotation).
    A person of no role of the vocabulary is portrait_box_role (s33-segr58b)."""
    t = text.rstrip()
    if "«" not in t or ":" not in t:
        return None
    m = _presented_field().match(t)
    if m is None or fold(m.group("label")).lower().rstrip(".") in cv.NOT_LABELS or not describes_person(m.group("desc")):
        return None
    rest = t[m.end():].rstrip(" .")
    if rest.count("«") != 1 or not rest.endswith("»"):
        return None
    desc = m.group("desc")
    # "29 ans, domiciliée à …, entendue au CH de Briançon": what happened to her feeds no role
    participles = tuple(fold(w).lower() for w in _data().get("circumstance_participles", []))
    kept = [f for f in description_fields(desc) if not _opens_with(fold(f).lower(), participles)]
    role, _, _ = describe(", ".join(kept), gazetteer)
    _, region, place = describe(desc, gazetteer)
    if role in ("", "inconnu"):
        role = cv.language_data().get("portrait_box_role", "autre")
    return {"speaker": " ".join(m.group("who").split()), "role_raw": desc.strip(), "role": role,
            "region": region, "place": place, "attr_source": "attribution", "_from": m.end()}


def presented_field_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index -> the quote box of each paragraph that is a field presenting a person, then their
    words (presented_field_quote); headings left alone."""
    out = {}
    for i, ln in enumerate(lines):
        if i not in headings and "«" in ln.text:
            attrs = presented_field_quote(ln.text, gazetteer)
            if attrs is not None:
                out[i] = attrs
    return out
