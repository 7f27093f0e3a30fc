"""Collections of testimonies: each under a heading that names and describes its author ("Odile,
58 ans, aidante de son mari, Mende"), then paragraphs in the first person without guillemets, up
to the next heading ("Mon mari a la maladie de Parkinson … Ce qui m'a sauvée, c'est
l'infirmière.").

The heading is a name (a first name, or a first name and a surname), a comma and a description
of a person (an age or what they do: attributions.describes_person). The paragraphs below are
one testimony when the first sentence speaks in the first person (lang/fr/testimony_headings.yaml
``first_person_words``) and none opens a quotation (those are the quote rules'). At least
``testimony_min_headings`` such headings make a collection, so that a case study's single title
stays prose.

A portrait box (``portrait_boxes``) is one such heading opened by a box word ("Portrait – Anrifa,
41 ans"; ``portrait_box_words``), paragraphs presenting the person in the third person, then
quotation paragraphs without attribution: those are the person's words, their region the
heading's or else the presenting paragraphs' ("Elle exerce … à Dembéni").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, described_box, describes_person
from .base import TextLine
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data


@lru_cache(maxsize=4)
def _first_person(key: int) -> re.Pattern:
    words = sorted(_data().get("first_person_words", []), key=len, reverse=True)
    alt = "|".join(re.escape(w) + (r"" if w[-1] in "'’" else r"\b") for w in words) or "(?!)"
    return re.compile(rf"(?<![\w'’])(?:{alt})", re.IGNORECASE)


# an exhibition's or a booklet's number before the heading's person ("1. Gérard, mouleur, …", "3) …")
HEADING_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)]\s+(?=\S)")


@cv.per_language_data
def _civility_article() -> re.Pattern:
    """A definite article that may stand before a civility ("Le docteur …": function_labels.yaml
    function_label_articles)."""
    articles = cv.word_forms("function_label_articles", r"\s+")
    return re.compile(rf"(?i:{articles})(?=\S+\s)")


def heading_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a heading "Odile, 58 ans, aidante de son mari, Mende", or None. A
    civility before a full name is part of the name ("Dr Gwenola Le Bihan, médecin généraliste à
    Quimperlé": a trade weekly's debate page heads each side so, s27-segfound2); a number before it
    is the heading's rank ("2. Fatima, ébarbeuse, 22 ans de fonderie, Bogny-sur-Meuse", s41)."""
    t = HEADING_NUMBER.sub("", " ".join(text.split())).rstrip(".")
    # fields set off by dashes as by commas ("Coralie – éveineuse – 3 saisons")
    t = re.sub(r"\s[–—]\s", ", ", t) if len(re.findall(r"\s[–—]\s", t)) >= 2 and "," not in t else t
    # ("Le docteur Michel Aubry, médecin du travail …": an article before the civility)
    article = _civility_article().match(t) if len(t.split()) > 2 else None
    if article and t[article.end():].split(" ", 1)[0].lower().rstrip(".") not in cv.CIVILITIES:
        article = None
    words = t[article.end() if article else 0:].split(" ", 1)
    civility = words[0] if len(words) == 2 and words[0].lower().rstrip(".") in cv.CIVILITIES else ""
    bare = words[1] if civility else t
    full = cv.NAME.match(bare)
    m = re.match(r"\s*,\s*(?P<rest>\S.{2,150})$", bare[full.end():]) if full else None
    name, desc = (f"{civility} {full.group('name')}".strip(), m.group("rest")) if m else (None, None)
    if name is None:
        p = cv.PSEUDONYM.match(t)
        name, desc = (p.group("code"), p.group("rest")) if p else (None, None)
    if name is None or not describes_person(desc):
        return None
    return name, desc


# a section title, then a colon or a dash and the one person the section is about
TITLED_PERSON = re.compile(r"^(?P<title>[^:–—]{3,100}?)\s*(?::|\s[–—]\s)\s*(?P<who>[^:–—]{3,160})$")


def titled_person(title: str) -> tuple[str, str] | None:
    """(name, description) of the one person a section title presents after its colon or dash ("4.2.
    Une journée reconstruite : Nadège, infirmière libérale à Sinnamary", "Portrait 3 – Hugo, kiné à
    Auch"), a description naming a trade; else None."""
    m = TITLED_PERSON.match(" ".join(title.split()))
    found = heading_person(m.group("who")) if m else None
    if found is None or normalize_role(found[1]) in ("autre", "inconnu"):
        return None
    return found


def apply_titled_subjects(segments: list, gazetteer, kinds: tuple[str, ...]) -> None:
    """Give the person a section title presents ("Une journée reconstruite : Nadège, infirmière
    libérale à Sinnamary") the first-person speech of that section nothing attributes: a diary's,
    a day reconstruction's, a case's commented episodes (s30-segr53b)."""
    from .fallbacks import (
        reads_as_speech,  # (fallbacks imports this module's neighbours: imported when needed)
    )

    seen: dict[str, tuple | None] = {}
    for seg in segments:
        if seg.kind not in kinds or seg.speaker or seg.role not in ("", "inconnu") or not seg.section:
            continue
        if seg.section not in seen:
            seen[seg.section] = titled_person(seg.section) if (":" in seg.section or "–" in seg.section
                                                                or "—" in seg.section) else None
        found = seen[seg.section]
        if found is None or not reads_as_speech(seg.text, block=True):  # a first person or an oral marker ("on se parle")
            continue
        _give_person(seg, *found, gazetteer)


def _give_person(seg, name: str, desc: str, gazetteer) -> None:
    """The segment's speaker is the person a title or a bearer line presents: name, what they do,
    and their place when the segment has none."""
    role, region, place = describe(desc, gazetteer)
    seg.speaker, seg.role_raw, seg.role = name, desc, role
    if not seg.region and region:
        seg.region, seg.place = region, place
    seg.attr_source = seg.attr_source or "attribution"


@lru_cache(maxsize=4)
def _bearer_line(key: int) -> re.Pattern:
    words = cv._flex_alt(_data().get("bearer_labels", [])) or "(?!)"
    return re.compile(rf"^\s*(?i:{words})\s*:\s*(?P<who>[^:«»]{{3,160}}?)\s*\.?\s*$")


def bearer_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a line naming who carries what the section quotes next ("Porteuse :
    Faïza Ahamada, pharmacienne à Kani-Kéli.", "Intervenant : Hugo Lamarque, kinésithérapeute à
    Auch"): a full name and what the person does; else None."""
    if ":" not in text:
        return None
    m = _bearer_line(id(_data())).match(" ".join(text.split()))
    found = heading_person(m.group("who")) if m else None
    if found is None or normalize_role(found[1]) in ("autre", "inconnu") or " " not in found[0]:
        return None
    return found


def apply_bearer_lines(segments: list, gazetteer, kinds: tuple[str, ...]) -> None:
    """Give the person a bearer line names ("Porteuse : Faïza Ahamada, pharmacienne à Kani-Kéli.")
    the speech its section quotes next that nothing attributes ("Pitch : « … »", "Réponse : « … »"):
    a hackathon's pitches, a forum's presentations, a congress's interventions (s30-segr53b)."""
    if not _data().get("bearer_labels"):
        return
    current: tuple[str, str, str] | None = None  # (section, name, description)
    for seg in segments:
        if current is not None and seg.section != current[0]:
            current = None  # a bearer line holds for its section only
        if seg.kind == "narrative" and ":" in seg.text[:40]:
            found = bearer_person(seg.text)
            if found is not None:
                current = (seg.section, *found)
                continue
        if current is None or seg.kind not in kinds or seg.speaker or seg.role not in ("", "inconnu"):
            continue
        _give_person(seg, *current[1:], gazetteer)


@lru_cache(maxsize=4)
def _speech_heading(key: int) -> tuple[re.Pattern, re.Pattern]:
    """(a reproduced speech's heading up to the orator, a caption or an audience's reaction closing it)."""
    words = cv._flex_alt(_data().get("speech_heading_words", [])) or "(?!)"
    links = cv._flex_alt(_data().get("speech_heading_links", [])) or "(?!)"
    civilities = cv.word_forms("civilities", r"\.?\s+", _data())
    heading = re.compile(rf"^(?:{words})\s+(?:{links})(?:(?<=['’])|\s+)(?:(?i:{civilities}))?(?P<rest>\S.*)$",
                         re.IGNORECASE)
    captions = cv._flex_alt(_data().get("speech_trailing_captions", [])) or "(?!)"
    closing = re.compile(rf"^\s*(?:\([^()]{{1,60}}\)\s*$|(?:{captions})\b)", re.IGNORECASE)
    return heading, closing


def speech_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a reproduced speech's heading "Allocution de Mme Justine Guyot, maire de
    Decize", or None."""
    m = _speech_heading(id(_data()))[0].match(" ".join(text.split()))
    return heading_person(m.group("rest")) if m else None


@cv.per_language_data
def _rubric_heading() -> re.Pattern:
    d = _data()
    words = cv._flex_alt(d.get("rubric_heading_words", [])) or "(?!)"
    links = cv._flex_alt(d.get("speech_heading_links", [])) or "(?!)"
    return re.compile(rf"^(?:{words})\s+(?:{links})(?:(?<=['’])|\s+)(?P<rest>\S.*)$", re.IGNORECASE)


def rubric_person(text: str) -> tuple[str, str] | None:
    """(name, description) of an expert's rubric heading "Le regard du Dr Sophie Martel, rhumatologue
    à Dole" (lang/fr/testimony_headings.yaml rubric_heading_words), the civility kept; or None
    (s33-segr58b)."""
    m = _rubric_heading().match(" ".join(text.split()))
    return heading_person(m.group("rest")) if m else None


def quoted_collection(lines: list[TextLine], headings: dict[int, int]) -> bool:
    """At least ``testimony_min_headings`` headings naming and describing a person ("Martine, 58 ans,
    Hyères (Var)") each right over a paragraph opening with a guillemet: a collection of quoted
    testimonies, whose quotations are their heading's person's whatever the description (s33-segr58b)."""
    def before(k: int) -> int:
        k -= 1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        return k

    persons = {h for h in headings if heading_person(lines[h].text) is not None}
    count = 0
    for h in sorted(persons):
        p = before(h)
        if p >= 0 and p not in headings and lines[p].text.rstrip(" .").endswith("»"):
            # a quotation right above the name: is it under a person's heading too? else the names
            # follow their words ("« … »" then "Karine, infirmière libérale, Les Herbiers"): no collection
            k = p
            while k > 0 and not lines[k].text.lstrip().startswith("«") and p - k < 5:
                k = before(k)
            above = before(k)
            if above not in persons and not (above >= 0 and before(above) in persons
                                             and after_caption(lines, headings, above) == k):
                return False  # (a cartel's caption may stand between the heading and the words: s41)
        j = h + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        j = after_caption(lines, headings, j)
        if j < len(lines) and j not in headings and lines[j].text.lstrip().startswith("«"):
            count += 1
    return count >= _data().get("testimony_min_headings", 2)


CAPTION_CHARS = 160  # "Tirage argentique, 50 × 60 cm. Objet choisi : le fouloir.": a caption, not prose


def after_caption(lines: list[TextLine], headings: dict[int, int], j: int) -> int:
    """The line after ``j`` when ``j`` is a short caption between a person's heading and their
    quotation (an exhibition's cartel: "Tirage argentique, 50 × 60 cm. Objet choisi : le fouloir."),
    else ``j``."""
    if j >= len(lines) or j in headings or len(lines[j].text.strip()) > CAPTION_CHARS \
            or lines[j].text.lstrip().startswith(("«", "“")):
        return j
    k = j + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    return k if k < len(lines) and k not in headings and lines[k].text.lstrip().startswith("«") else j


def speech_body(lines: list[TextLine], body: list[int]) -> list[int]:
    """A speech's paragraphs without the audience's reactions and the captions that close its section
    ("(Applaudissements)", "Légende photo : …")."""
    closing = _speech_heading(id(_data()))[1]
    while body and closing.match(lines[body[-1]].text):
        body = body[:-1]
    return body


def speaks_in_first_person(text: str) -> bool:
    """The first sentence of ``text`` holds a word of the first person."""
    first = re.split(r"(?<=[.!?…])\s+", text.strip(), maxsplit=1)[0]
    return bool(_first_person(id(_data())).search(first))


def body_under(lines: list[TextLine], headings: dict[int, int], h: int) -> list[int]:
    """The non-empty lines under heading ``h`` up to the next heading."""
    body = []
    j = h + 1
    while j < len(lines) and j not in headings:
        if lines[j].text.strip():
            body.append(j)
        j += 1
    return body


def testimony_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer) -> dict[int, dict]:
    """line index of a testimony's first paragraph -> its attributes, "_last" the index of its
    last paragraph (as the segmenter's quote boxes); {} when the document is no collection."""
    found: dict[int, dict] = {}
    for h in sorted(headings):
        person = heading_person(lines[h].text)
        speech = speech_person(lines[h].text) if person is None else None  # s27-segr46b: "Allocution de …"
        person = person or speech
        if person is None:
            continue
        body = body_under(lines, headings, h)
        body = speech_body(lines, body) if speech else body
        if not body or not speaks_in_first_person(lines[body[0]].text) \
                or any(lines[k].text.lstrip().startswith(("«", "“", "\"")) for k in body):
            continue
        name, desc = person
        found[body[0]] = described_box(name, desc, gazetteer, body[-1])
    return found if len(found) >= _data().get("testimony_min_headings", 2) else {}


@cv.per_language_data
def _said_heading() -> re.Pattern:
    """A line that is only a witness's name, a verb of saying and a colon ("Karim dit :", "Jean-Luc
    raconte :", "Mme T. explique :"); not a pronoun ("Elle dit :") nor a noun ("Le docteur dit :")."""
    d = _data()
    verbs = cv._flex_alt(d.get("said_heading_verbs", [])) or "(?!)"
    civilities = cv.word_forms("civilities", r"\.?\s+", d, case="first")
    pronouns = cv._alt(d.get("subject_pronouns", [])) or "(?!)"
    first = r"[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    name = rf"(?:{civilities})?(?!(?i:{pronouns})\s)(?:{first}(?:\s+[A-ZÉÈ](?:\.|[a-zéèêëïîôûç]+))?|[A-ZÉÈ]\.)"
    return re.compile(rf"^\s*(?P<name>{name})\s+(?:{verbs})\s*:\s*$")


@cv.per_language_data
def _said_line() -> re.Pattern:
    """Any short line closed by a verb of saying and a colon ("Le médecin dit :", "Elle dit :"): it
    announces other words, so a testimony above it ends there."""
    verbs = cv._flex_alt(_data().get("said_heading_verbs", [])) or "(?!)"
    return re.compile(rf"^\s*\S.{{0,50}}\s(?:{verbs})\s*:\s*$")


def said_person(text: str) -> str | None:
    """The witness a line "Karim dit :" names, or None."""
    m = _said_heading().match(" ".join(text.split()))
    return " ".join(m.group("name").split()) if m else None


# a line wholly in brackets: a pictogram or an illustration described ("[Pictogramme : une main levée]")
_BRACKETED = re.compile(r"^\s*\[[^\[\]]*\]\s*$")


def said_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer) -> dict[int, dict]:
    """line index of a witness's first line under "Karim dit :" -> their attributes, "_last" the
    index of the last line of their words (s29-segr50b); {} when fewer than
    ``testimony_min_headings`` such lines head first-person words."""
    found: dict[int, dict] = {}
    said = {k: name for k, ln in enumerate(lines) if (name := said_person(ln.text))}
    role = _data().get("portrait_box_role", "autre")
    first_person = 0
    for h, name in said.items():
        body = []
        for j in range(h + 1, len(lines)):
            if j in headings or j in said or _BRACKETED.match(lines[j].text) or _said_line().match(lines[j].text):
                break
            if lines[j].text.strip():
                body.append(j)
        if not body or any(lines[k].text.lstrip().startswith(("«", "“", "\"")) for k in body):
            continue
        _, region, place = describe("", gazetteer) if gazetteer is not None else ("", "", "")
        found[body[0]] = {"speaker": name, "role_raw": "", "role": role, "region": region, "place": place,
                          "attr_source": "attribution", "_last": body[-1]}
        first_person += speaks_in_first_person(lines[body[0]].text)
    # the convention is the collection's: enough witnesses speak in the first person; then a
    # testimony that opens otherwise ("Pour la prise de sang, l'infirmière est venue.") is one too
    return found if first_person >= _data().get("testimony_min_headings", 2) else {}


@lru_cache(maxsize=4)
def _box_word(key: int) -> re.Pattern:
    words = cv._flex_alt(_data().get("portrait_box_words", [])) or "(?!)"
    return re.compile(rf"^(?:{words})(?:\s*[–—:-]\s*|(?<=['’])|\s+)(?P<rest>\S.*)$", re.IGNORECASE)


_FIRST = r"[A-ZÉÈÎÀÂ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


@cv.per_language_data
def _possessive_heading() -> re.Pattern:
    d = _data()
    dets = cv.literal_alternation(d.get("possessive_portrait_determiners", [])) or "(?!)"
    links = cv.literal_alternation(d.get("possessive_portrait_links", [])) or "(?!)"
    # "L'objet de Rosette : la glacière bleue", "La tournée de Max": the first name ends the head
    return re.compile(rf"^(?i:{dets})\s*[a-zéèêëïîôûç-]+(?:\s+[a-zéèêëïîôûç-]+){{0,2}}\s+(?i:{links})\s*"
                      rf"(?P<name>{_FIRST})\s*(?:[:–—-]\s*\S.*)?$")


def possessive_person(heading: str, first: str, gazetteer) -> tuple[str, str] | None:
    """(first name, description) of a portrait heading naming its person by a possessive ("L'objet
    de Rosette : la glacière bleue") when the first paragraph under it describes that person in
    apposition ("Rosette, infirmière libérale au François, pose …", "Aide à domicile au Vauclin,
    Josée garde …"); else None (a place's or a work's heading, a name the paragraph does not
    describe)."""
    if " de " not in heading and " d" not in heading:  # cheap gate before the pattern
        return None
    m = _possessive_heading().match(" ".join(heading.split()))
    if m is None:
        return None
    name = m.group("name")
    if gazetteer is not None and gazetteer.find(name):
        return None  # "Le marché de Bastia": a place
    t = " ".join(first.split())
    n = re.escape(name)
    after = re.match(rf"{n}\s*,\s*(?P<desc>[^,:;«»]{{3,120}}?)\s*,\s", t)
    before = re.match(rf"(?P<desc>[^,:;«»]{{3,120}}?)\s*,\s*{n}\b", t)
    desc = (after or before).group("desc").strip() if (after or before) else ""
    if not desc:
        return None
    # (the apposition the paragraph sets by the name is the person's, whatever vocabulary it uses:
    # "Aide à domicile au Vauclin, Josée …"; a clause's words are no description: "Ce matin-là, Max …")
    if describes_person(desc):
        return name, desc
    if not re.match(r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:\s+[a-zéèêëïîôûç']+){0,3}\s+(?:à|au|aux|en|dans|du|de|des)\s+\S", desc) \
            or re.match(r"(?i:ce|cet|cette|ces|depuis|chaque|tous|toutes|quand|lorsqu|avant|après|pendant|"
                        r"le|la|les|un|une|l['’])\b", desc):
        return None
    return name, desc


def portrait_person(text: str) -> tuple[str, str] | None:
    """(name, description) of a portrait box's heading "Portrait – Anrifa, 41 ans", or None."""
    m = _box_word(id(_data())).match(" ".join(text.split()))
    return heading_person(m.group("rest")) if m else None


@cv.per_language_data
def _boxed_pseudonym() -> re.Pattern:
    d = _data()
    words = cv._flex_alt(d.get("portrait_box_words", [])) or "(?!)"
    markers = cv._flex_alt(d.get("pseudonym_markers", [])) or "(?!)"
    first = r"[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    # a recording's duration closing the heading ("[0:48]", "[1:12]")
    duration = r"(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\])?"
    return re.compile(rf"^(?:{words})\s*[–—:-]\s*(?P<name>{first})\s*\(\s*(?:{markers})\s*\)"
                      rf"(?:\s*,\s*(?P<desc>[^()\[\]«»]{{2,150}}?))?\s*{duration}\s*\.?$")


def boxed_pseudonym(text: str) -> tuple[str, str] | None:
    """(first name, what follows it) of a box's heading naming a person by a pseudonym ("Note vocale –
    Zaïnaba (prénom modifié), Chiconi [0:48]", "Témoignage : Paul (pseudonyme), 61 ans"), or None:
    the marker says the name is a person's, whatever the description says (s28-segr47d)."""
    m = _boxed_pseudonym().match(" ".join(text.split()))
    return (m.group("name"), (m.group("desc") or "").strip()) if m else None


@cv.per_language_data
def _boxed_reply() -> re.Pattern:
    d = _data()
    words = cv._flex_alt(d.get("reply_box_words", [])) or "(?!)"
    links = cv._flex_alt(d.get("reply_box_links", [])) or "(?!)"
    civilities = cv.word_forms("civilities", r"\.?\s+", d, case="first")
    surname = r"[A-ZÉÈ][a-zéèêëïîôûç'’-]+(?:\s+[A-ZÉÈ][a-zéèêëïîôûç'’-]+)?"
    duration = r"(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\])?"
    return re.compile(rf"^(?:{words})\s+(?:{links})\s+(?:(?:le|la)\s+)?(?P<who>(?:{civilities}){surname})\s*,\s*"
                      rf"(?P<desc>[^()\[\]«»]{{3,150}}?)\s*{duration}\s*\.?$")


def boxed_reply(text: str) -> tuple[str, str] | None:
    """(civility and name, description) of a box's heading over a professional's recorded or written
    reply ("Réponse enregistrée par le Dr Anli, médecin généraliste du centre [0:35]"), or None; the
    description must name a trade of the vocabulary (s28-segr47d)."""
    m = _boxed_reply().match(" ".join(text.split()))
    if m is None or normalize_role(m.group("desc")) in ("autre", "inconnu"):
        return None
    return " ".join(m.group("who").split()), m.group("desc").strip()


def _led_quote(text: str, find_quotes) -> tuple[int, int] | None:
    """(start, end or 0 when it closes the paragraph) of a paragraph's first quotation when a colon
    introduces it ("Aide à domicile …, Josée garde … : « … »") and it closes the paragraph or a full
    sentence of the author's follows it (the next paragraph, run onto its line by extraction);
    else None."""
    t = text.rstrip()
    quotes = find_quotes(t)
    if not quotes or not t[:quotes[0][0]].rstrip().endswith(":") or t[:quotes[0][0]].count(":") > 1:
        return None
    a, b = quotes[0]
    if b >= len(t.rstrip(" .")) - 1:
        return a, 0
    rest = t[b:].lstrip(" .")
    return (a, b) if len(quotes) == 1 and re.match(r"[A-ZÉÈÀ]", rest) else None


def _tail_quote(text: str, find_quotes) -> int | None:
    """Where a paragraph's one quotation starts when it closes the paragraph after a full sentence
    ("Elle exerce comme diététicienne … « Les patients viennent … »"): 0 for a paragraph that is the
    quotation, None when the paragraph holds none, several, or one inside a sentence."""
    t = text.rstrip()
    quotes = find_quotes(t)
    if len(quotes) != 1 or quotes[0][1] < len(t.rstrip(" .")) - 1:
        return None
    start = quotes[0][0]
    head = t[:start].strip()
    return start if not head or head.endswith((".", "!", "?", "…")) else None


def portrait_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer, find_quotes,
                   taken=frozenset()) -> dict[int, dict]:
    """line index of each quotation paragraph of a portrait box -> the person's attributes (as the
    segmenter's quote boxes; "_from" where the quotation starts in a presenting paragraph it closes,
    as extraction joins them). ``find_quotes(text)`` gives a text's quotations; ``taken`` lines
    (attributed elsewhere) are left alone. The box's paragraphs run to the next heading; the first
    ones present the person and stay prose, the quotations after them are the person's up to the
    first paragraph of prose."""
    found: dict[int, dict] = {}
    for h in sorted(headings):
        person = portrait_person(lines[h].text)
        body = body_under(lines, headings, h)
        if person is None and body:
            # "L'objet de Rosette : …" over "Rosette, infirmière libérale …, pose …" (s30-segr52b)
            person = possessive_person(lines[h].text, lines[body[0]].text, gazetteer)
            if person is not None:
                led = _led_quote(lines[body[0]].text, find_quotes)
                if led:  # "Aide à domicile au Vauclin, Josée garde … : « … »": a colon introducing it
                    name, desc = person
                    role, region, place = describe(desc, gazetteer)
                    found[body[0]] = {"speaker": name, "role_raw": desc, "role": role if role not in ("", "inconnu")
                                      else _data().get("portrait_box_role", "autre"), "region": region,
                                      "place": place, "attr_source": "attribution", "_from": led[0],
                                      **({"_to": led[1], "_tail": "narrative"} if led[1] else {})}
        if person is None:
            continue
        offsets = {}
        for k in body[1:]:
            if _tail_quote(lines[k].text, find_quotes) != 0:
                break  # the box's words end where prose comes back
            offsets[k] = 0
        if body:
            at = _tail_quote(lines[body[0]].text, find_quotes)
            if at:  # the presenting paragraph and the first quotation, joined
                offsets[body[0]] = at
        if not body or _tail_quote(lines[body[0]].text, find_quotes) == 0:
            continue  # quotations right under the heading are the witness rules' (segmenter._witness_quotes)
        name, desc = person
        role, region, place = describe(desc, gazetteer)
        if role in ("", "inconnu"):
            role = _data().get("portrait_box_role", "autre")
        if not region and gazetteer is not None:
            region, place = resolve_region(lines[body[0]].text[:offsets.get(body[0]) or None], gazetteer)
        for k, at in offsets.items():
            if k not in taken:
                found[k] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                            "attr_source": "attribution", **({"_from": at} if at else {})}
    return found


def portrait_series(lines: list[TextLine], headings: dict[int, int], find_quotes) -> dict[int, tuple[str, str]]:
    """heading line -> (name, description) of a press series of portraits: at least
    ``portrait_series_min_headings`` headings naming and describing a person ("Claire Moutot, 34 ans,
    coordinatrice de la CPTS"), each over paragraphs in the third person that hold a quotation, no
    other heading between them; {} otherwise. The quotations under each are the person's
    (segmenter._h_heading makes them the section's current speaker)."""
    found: dict[int, tuple[str, str]] = {}
    for h in sorted(headings):
        person = heading_person(lines[h].text)
        body = body_under(lines, headings, h) if person is not None else []
        if not body or speaks_in_first_person(lines[body[0]].text) \
                or not any(find_quotes(lines[k].text) for k in body):
            if found and h > max(found):
                break  # the series ends at the first heading of another kind
            continue
        found[h] = person
    return found if len(found) >= _data().get("portrait_series_min_headings", 3) else {}
