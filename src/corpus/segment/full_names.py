"""Names a reader left in a description, and short forms of names.

A speaker written as a civility and a surname ("Dr Roux", "Mme Petit", "M. Le Gall") whom the
document names in full elsewhere ("Dr Mathilde Roux, cardiologue à Aubenas", an attendance list's
"Mme Justine Petit, résidente"): the full name speaks (issue #14; tests/data/segment_heldout/
ANNOTATION.md: a short form whose full name the document gives is written in full).

Only the speaker string changes, in one last pass over the finished segments, and only where the
document gives ONE first name before that surname (two Roux, "Paul Roux" and "Anne Roux", leave
"Dr Roux" as written). A capitalised word before the surname is a first name unless it is one of
``not_names`` (attributions.yaml: "Selon Roux", "Madame Roux") or a civility.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv

SPEECH = ("verbatim", "turn")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zà-öø-ÿ"
# a first name as a text writes it: one capitalised word, or two joined by a hyphen ("Jean-Louis")
FIRST_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"


@cv.per_language_data
def _civilities() -> str:
    """The civilities before a name (person_registry.yaml name_civilities), their final period optional."""
    return "|".join(re.escape(w.rstrip(".")) for w in cv.language_data().get("name_civilities", [])) or "(?!)"


@lru_cache(maxsize=4)
def _short_form(key: int) -> re.Pattern:
    """A civility, then a surname of one or two capitalised words, particles allowed ("M. Le Gall",
    "Mme de Lattre"): the whole speaker string."""
    d = cv.language_data()
    # (the period of "M." optional: a reader may have dropped it, "M Vermenouze")
    civilities = "|".join(re.escape(w.rstrip(".")) for w in d.get("name_civilities", [])) or "(?!)"
    particles = "|".join(re.escape(w) for w in d.get("label_name_particles", []) + d.get("initial_name_particles", []))
    word = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?"
    return re.compile(rf"(?P<civility>{civilities})\.?\s+(?P<surname>(?:(?:{particles})\s+)?{word}(?:\s+{word})?)")


@lru_cache(maxsize=4)
def _not_first(key: int) -> frozenset:
    d = cv.language_data()
    words = d.get("not_names", []) + d.get("description_openers", []) + d.get("interview_words", [])
    return frozenset(fold(w).rstrip(".").lower() for w in words) | cv.CIVILITIES


def full_name(short: str, text: str) -> str | None:
    """The document's one full name for ``short`` ("Dr Roux" -> "Dr Mathilde Roux"), else None."""
    m = _short_form(id(cv.language_data())).fullmatch(short.strip())
    if m is None:
        return None
    surname = " ".join(m.group("surname").split())
    spaced = r"\s+".join(re.escape(w) for w in surname.split())
    pattern = rf"(?<![\w-])(?P<first>{FIRST_NAME})\s+{spaced}(?![\w-])"
    banned = _not_first(id(cv.language_data()))
    firsts = {f.group("first") for f in re.finditer(pattern, text) if fold(f.group("first")).lower() not in banned}
    if len(firsts) > 1:
        # "Mme Aubrun" where the text names "Dr Bernard Aubrun" and "Mme Jacqueline Aubrun": the one
        # first name written after the same civility (s49)
        civil = rf"(?<![\w-]){re.escape(m.group('civility'))}\.?\s+(?P<first>{FIRST_NAME})\s+{spaced}(?![\w-])"
        firsts = {f.group("first") for f in re.finditer(civil, text)}
    if len(firsts) != 1:
        return None
    # (the civility as the language data writes it: "M." where a reader dropped its period)
    civility = next((c for c in cv.language_data().get("name_civilities", []) if c.rstrip(".") == m.group("civility")),
                    m.group("civility"))
    return f"{civility} {firsts.pop()} {surname}"


def surname_alone_full_name(surname: str, text: str) -> str | None:
    """The document's one full name for a surname alone, as a weekly quotes a person it presented
    ("« … », a confié Lacombe" after "le Dr Bernard Lacombe"), else None. Only a capitalised word
    that the text never writes before another capitalised word (a first name: "Julie Martin")."""
    if not re.fullmatch(rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?", surname):
        return None
    if re.search(rf"(?<![\w-]){re.escape(surname)}[ \t]+[{_UPPER}][{_LOWER}]", text):
        return None  # the word opens a full name somewhere: a first name, not a surname
    banned = _not_first(id(cv.language_data()))
    # (on one line: not "… à Bandraboua ⏎ Mariama a rejoint …"; and not at a sentence's start, where any
    # word takes a capital: "Quand Betty …", "Par Odile")
    firsts = {f.group("first") for f in re.finditer(rf"(?<![\w-])(?P<first>{FIRST_NAME})[ \t]+{re.escape(surname)}(?![\w-])", text)
              if fold(f.group("first")).lower() not in banned and not _opens_sentence(text, f.start())}
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None


def surname_full_name(surname: str, text: str) -> str | None:
    """The document's one full name for a surname in capitals that a record labels a member by
    ("BRETON" of "M. BRETON. –" -> "Jean-Paul Breton", from the list of speakers), else None."""
    words = surname.split()
    if not 1 <= len(words) <= 2 or not all(len(w) >= 3 and w.isupper() and w.isalpha() for w in words):
        return None
    if not re.search(rf"(?<![\w])(?:{_civilities()})\.?\s+{re.escape(surname)}(?![\w])", text):
        return None  # only a label written with a civility ("Mme GIRARD. –"), as full_name reads one
    spaced = r"\s+".join(re.escape(w.title()) for w in words)
    pattern = rf"(?<![\w-])(?P<first>{FIRST_NAME})\s+(?:{spaced}|{re.escape(surname)})(?![\w-])"
    banned = _not_first(id(cv.language_data()))
    firsts = {f.group("first") for f in re.finditer(pattern, text) if fold(f.group("first")).lower() not in banned}
    return f"{firsts.pop()} {surname.title()}" if len(firsts) == 1 else None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a sentence (after a stop, a colon, a guillemet or a
    dash, spaces between): where any word takes a capital."""
    window = text[max(0, at - 200):at]
    stripped = window.rstrip()
    if not stripped:
        return at <= len(window) or "\n" in window
    return "\n" in window[len(stripped):] or stripped[-1] in ".!?:«—–"


def apply_full_names(segments: list, text: str) -> None:
    """Each speech segment's "civility surname" speaker written in full where the text gives one
    first name for that surname."""
    done: dict[str, str | None] = {}
    for seg in segments:
        if seg.kind not in SPEECH or not seg.speaker:
            continue
        if seg.speaker not in done:
            # (a label in capitals, "DR MARCHAL –", read as the text writes the name: "Dr Marchal")
            done[seg.speaker] = full_name(seg.speaker, text) or (
                full_name(seg.speaker.title(), text) or surname_full_name(seg.speaker, text) if seg.speaker.isupper() else None) \
                or (surname_alone_full_name(seg.speaker, text) if seg.kind == "verbatim" else None)
        if done[seg.speaker]:
            seg.speaker = done[seg.speaker]


@lru_cache(maxsize=4)
def _named_description(key: int) -> re.Pattern:
    """A description that opens with a person's name, after an interview's words or not: "entretien
    avec Pauline, médecin généraliste, 34 ans, …", "Thomas, masseur-kinésithérapeute installé à …"."""
    d = cv.language_data()
    interview = cv._flex_alt(d.get("interview_words", [])) or "(?!)"
    prepositions = cv._alt(d.get("interview_prepositions", [])) or "(?!)"
    surname = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?"
    return re.compile(rf"^(?P<interview>(?i:{interview})\s+(?i:{prepositions})\s+)?(?P<name>{FIRST_NAME}(?:\s+{surname})?)"
                      rf"\s*,\s*(?P<desc>\S.*)$")


def described_name(role_raw: str, gazetteer=None) -> str:
    """The person's name a description opens with, else ''."""
    from .attributions import describes_person
    from .roles import names_a_profession, normalize_role

    m = _named_description(id(cv.language_data())).match(" ".join(role_raw.split()))
    if m is None:
        return ""
    name = m.group("name")
    first = name.split()[0]
    if not first[0].isupper() or fold(first).lower() in _not_first(id(cv.language_data())):
        return ""
    if normalize_role(name) not in ("autre", "inconnu") or names_a_profession(name) or cv.PERSON_NOUN.match(name):
        return ""  # "Infirmière, Lannion": a trade, no name
    if gazetteer is not None and gazetteer.find(name):
        return ""  # "Morcenx, médecin …": a place
    if not describes_person(m.group("desc")):
        return ""
    if not m.group("interview") and normalize_role(m.group("desc").split(",")[0]) in ("autre", "inconnu"):
        return ""  # without "entretien avec", a trade must follow the name ("Libéral, 12 ans d'installation")
    return name


def apply_described_names(segments: list, gazetteer=None) -> None:
    """A speech segment left without a speaker whose description opens with the person's name
    ("(entretien avec Pauline, médecin généraliste, 34 ans, Morcenx-la-Nouvelle)" after the quote):
    that name speaks."""
    for seg in segments:
        if seg.kind in SPEECH and not seg.speaker and seg.role_raw:
            name = described_name(seg.role_raw, gazetteer)
            if name:
                seg.speaker = name


def keyed_name(label: str, role_raw: str) -> str:
    """The full name a key or list gives a first-name label ("DIDIER" or "Didier" described as
    "Didier Lefebvre, porteur depuis 22 ans") or a label of the name's initials ("AF" keyed "Dr
    Alain Fabre, pédiatre …"), else ''."""
    m = _keyed_description(id(cv.language_data())).match(" ".join((role_raw or "").split()))
    if m is None:
        return ""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group("name")))
    if re.fullmatch(r"(?:[A-ZÀ-Þ]\.\s?-?\s?){2,4}", label.strip() + " "):
        # "A. F.", "J.-M. L." keyed "Anne Fournival, …": the name's initials with their periods
        return m.group("name") if "".join(re.findall(r"[A-ZÀ-Þ]", label)) == initials else ""
    if " " in label.strip():
        return ""
    if fold(m.group("first")).upper() == fold(label.strip()).upper():
        return m.group("name")
    # "[AF]" keyed "[AF] Dr Alain Fabre, pédiatre …": the name's initials
    if 2 <= len(label.strip()) <= 4 and label.strip().isupper() and fold(initials).upper() == fold(label.strip()).upper():
        return f"{m.group('civility')} {m.group('name')}" if m.group("civility") else m.group("name")
    return ""


@lru_cache(maxsize=4)
def _keyed_description(key: int) -> re.Pattern:
    surname = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?"
    return re.compile(rf"^(?:(?P<civility>(?:{_civilities()})\.?)\s+)?(?P<name>(?P<first>{FIRST_NAME})\s+{surname}(?:\s+{surname})?)\s*,")


def apply_keyed_names(segments: list) -> None:
    """A speech segment whose speaker is a first name alone, as a transcript's labels write them
    ("DIDIER :"), and whose description, from the document's key or list, opens with that first name
    and a surname: the full name speaks (ANNOTATION.md: a short form whose full name the document
    gives is written in full)."""
    for seg in segments:
        if seg.kind in SPEECH and seg.speaker and seg.role_raw:
            name = keyed_name(seg.speaker, seg.role_raw)
            if name:
                seg.speaker = name
