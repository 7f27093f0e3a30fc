"""Short "X :" lines that are FIELDS of a form or a card, STEPS of a procedure, ITEMS of a script
or a template — not people speaking (issue #14, session 9).

Two guards, their words in lang/fr/field_labels.yaml:
- ``acronym_fields``: one-letter labels that spell a method's acronym (a SAED / SBAR handover card:
  "S : Situation – …", "A : Antécédents – …") are the card's fields, even where a worked example
  repeats them before first-person sentences in guillemets: the labels are dropped like a script's.
  At least ``acronym_min_letters`` distinct letters, EACH glossed at its first line by a word of
  its initial followed by a dash, a colon or a parenthesis; a transcript's "E : Euh …", "Q : …"
  never glosses every letter so.
- ``demote_field_quotes``: an UNATTRIBUTED quotation whose line opens with a lead "X :" naming a
  script's step ("Inject 2 – …", "Touche 1", a relative time "T + 10 min", "J - 2"), a branch ("Si
  l'étudiant demande … :") or a field (a ``not_labels`` word: "Message d'accueil", "Réponse
  attendue", "Exemple") is a written message, made narrative. A quotation some reader attributed
  (a speaker, a role from an attribution) is left alone; but one led by an acronym card's letter
  ("S : « Bonjour docteur, je suis … »": the card's worked example) is the card's, and one right
  after a noun naming a titled thing on a programme's slot ("10 h 45 : atelier « … » (Mme Roux)")
  is a title (elsewhere, "un film « pour expliquer … »" may be someone's words: left alone).
Decision (docs/ARCHITECTURE.md, "Speech is what a person said"): written lines are not speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .base import Span, TextLine
from .genres import SPEECH
from .programme_slots import credited_slot_title, day_programme, is_programme, slot_title

# "Lead : « …" — the lead up to the colon before a quotation opening its line
_LEAD = re.compile(r"^\s*(?P<lead>[^«»\"“”:]{1,90}?)\s*:\s*$")
# a one-letter label's first line: "S : Situation – …", "B : Background (contexte) – …"
_GLOSS = re.compile(r"^\s*(?P<word>[^\W\d_][\w'’-]*)\s*(?:\([^)]{0,40}\)\s*)?[–—:.-]")


# "Réponses attendues : « … » ; « … » ; " before a quotation: the field's head, then earlier items
# of the same list, each closed by a semicolon, a slash or "ou" (alternatives written in a row)
_CHAIN = re.compile(r"^(?P<head>[^«»\"“”]*:\s*)(?:«[^«»]*»\s*(?:[;/]|\bou\b)\s*)+$")
# a one-letter label opening a line: "S : …"
_LETTER = re.compile(r"^\s*(?P<letter>[A-ZÉÈ])\s*[:|–—-]\s*(?P<rest>.*)$")


@lru_cache(maxsize=4)
def _titles(key: int) -> tuple[re.Pattern, re.Pattern]:
    data = cv.language_data()
    nouns = cv._alt(fold(w).lower() for w in data.get("field_title_nouns", []))
    title = re.compile(rf"(?<![\w-])(?:{nouns})\s*$" if nouns else r"(?!)")
    return title, cv.CLOCK_TIME


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = cv.language_data()

    def words(name: str) -> list[str]:
        return [fold(w).lower().replace("’", "'") for w in data.get(name, [])]

    nouns = cv._alt(words("field_step_nouns"))
    step = re.compile(rf"(?<![\w-])(?:{nouns})\s*(?:n\s*°\s*)?(?:\d+|[a-z])\b" if nouns else r"(?!)")
    times = "|".join(f"(?:{t})" for t in data.get("field_relative_times", []))
    when = re.compile(times if times else r"(?!)")
    conds = cv._alt(words("field_conditionals"))
    branch = re.compile(rf"^(?:{conds})(?![\w-])" if conds else r"(?!)")
    return step, when, branch, int(data.get("acronym_min_letters", 3))


def quote_field(label: str) -> bool:
    """A label that names the kind of passage after it, not its speaker ("Verbatim : on nous
    appelle …", "Extrait : …", "Citation : …"; ``quote_field_labels``): a quotation of someone
    the label does not name (their profile may follow the words, "(IDEL, Haute-Loire)")."""
    words = {fold(w).lower().rstrip(".") for w in cv.language_data().get("quote_field_labels", [])}
    return fold(label).lower().strip().rstrip(".") in words


def _folded(text: str) -> str:
    return " ".join(fold(text).lower().replace("’", "'").split())


def _last_clause(lead: str) -> str:
    """The lead's last clause, after a sentence end or another colon ("Semaine 48 : réalisation
    des entretiens. Relance aux personnes sans réponse :" -> "Relance aux personnes sans réponse :")."""
    body = lead.rstrip()
    if not body.endswith(":"):
        return lead
    return re.split(r"[.;!?:]\s+", body[:-1].rstrip())[-1] + " :"


def field_lead(lead: str) -> bool:
    """The text before a quotation on its line is a script's or a form's "X :" lead: a step, a
    relative time, a branch, or a field word."""
    m = _LEAD.match(lead) or _LEAD.match(_last_clause(lead))
    if not m:
        return False
    step, when, branch, _ = _patterns(id(cv.language_data()))
    text = _folded(m.group("lead"))
    clause = _LEAD.match(_last_clause(lead))
    if clause and _folded(clause.group("lead")).split()[0].rstrip(".") in cv.NOT_LABELS:
        # the clause right before the colon opens with a field's head word ("Relance aux personnes
        # sans réponse :", "Message envoyé :"); a diary's date before it ("Mardi 4 mars. — … la
        # cadre m'arrête :") heads the entry, not the clause
        return True
    if branch.match(text) and _narrated_reply(m.group("lead")):
        return False  # "Lorsque je lui propose …, elle me répond simplement :": narration, not a script's branch
    return bool(step.search(text) or when.search(text) or branch.match(text)
                or text.rstrip(".") in cv.NOT_LABELS)


@lru_cache(maxsize=4)
def _reply(key: int) -> re.Pattern:
    data = cv.language_data()
    subjects = cv._alt(data.get("subject_pronouns", [])) or "(?!)"
    objects = cv._alt(data.get("object_pronouns", [])) or "(?!)"
    return re.compile(rf",\s*(?:{subjects})\s+(?:(?:{objects})\s*)?(?:{cv.SPEECH_VERBS})(?![\w’'-])[^,.;:!?]*:?\s*$",
                      re.IGNORECASE)


def _narrated_reply(lead: str) -> bool:
    """The clause before the colon has a subject pronoun and a speech verb in the present ("…,
    elle me répond :"): someone in the narration speaks; a script's branch gives an order ("Si le
    patient refuse, répondre :")."""
    return bool(_reply(id(cv.language_data())).search(lead))


@lru_cache(maxsize=4)
def _own_formula(key: int) -> re.Pattern:
    data = cv.language_data()
    owners = cv._alt(_folded(w) for w in data.get("own_formula_possessives", [])) or "(?!)"
    nouns = cv._alt(_folded(w) for w in data.get("own_formula_nouns", [])) or "(?!)"
    return re.compile(rf"^(?:{owners})\s+(?:{nouns})(?![\w-])")


def own_formula(lead: str) -> bool:
    """The clause before the colon names the writers' own formula ("Notre message reste le même :
    « Appelez … »", "Notre mot d'ordre : « … »"): a slogan the text's authors write, not someone's
    words, whoever the text's byline credits."""
    clause = _LEAD.match(_last_clause(lead))
    return bool(clause) and bool(_own_formula(id(cv.language_data())).match(_folded(clause.group("lead"))))


def acronym_letters(lines: list[TextLine]) -> set[str]:
    """The one-letter labels ("S :", "A :") of a card spelling a method's acronym: at least
    ``acronym_min_letters`` distinct letters glossed at their first line by a word of their
    initial and a dash, a colon, a period or a parenthesis ("S : Situation – …"), and at most one
    letter in four not so glossed (a worked example may come first for one); else none."""
    min_letters = _patterns(id(cv.language_data()))[3]
    first: dict[str, str] = {}
    for ln in lines:
        m = _LETTER.match(ln.text)
        if m:
            first.setdefault(fold(m.group("letter")).upper(), m.group("rest"))
    glossed = set()
    for letter, rest in first.items():
        m = _GLOSS.match(rest)
        if m and fold(m.group("word"))[0].upper() == letter:
            glossed.add(letter)
    if len(glossed) < min_letters or 4 * len(glossed) < 3 * len(first):
        return set()
    return set(first)


def acronym_fields(labels: dict, lines: list[TextLine]) -> bool:
    """The document's labels are all one-letter fields of an acronym card (``acronym_letters``)."""
    letters = acronym_letters(lines) if labels and all(len(k) == 1 for k in labels) else set()
    return bool(letters) and all(fold(k).upper() in letters for k in labels)


def _unattributed(attrs: dict) -> bool:
    """No one credited: no speaker, no description, no place (a role the study's field gives
    everyone, or "autre" from nothing, credits no one)."""
    return not attrs.get("speaker") and not attrs.get("role_raw") and not attrs.get("region")


def titled_quote(before: str, line: str) -> bool:
    """A quotation right after a noun naming a titled thing ("atelier « … »") on a programme's
    slot (the line opens with a clock time), or after such a noun and at most one word that open
    the line ("Atelier cuisine « Manger créole et équilibré » – MSP du Moule": a sheet's title), is
    its title. Elsewhere such a noun may introduce someone's words ("elle a réalisé un film « pour
    expliquer … »": a press piece's quoted fragment)."""
    title, clock = _titles(id(cv.language_data()))
    return bool(title.search(_folded(before))) and bool(clock.match(_folded(line))) \
        or bool(_opening_title(id(cv.language_data())).match(_folded(before)))


@lru_cache(maxsize=4)
def _opening_title(key: int) -> re.Pattern:
    """A line's opening that is only a titled thing's noun and at most one word ("atelier cuisine ")."""
    nouns = cv._alt(fold(w).lower() for w in cv.language_data().get("field_title_nouns", []))
    return re.compile(rf"^\s*(?:{nouns})(?:\s+[^\W\d_]+)?\s*$" if nouns else r"(?!)")


def names_no_one(lead: str) -> bool:
    """An "X :" lead that names no person: no role or person word, no civility, no capitalised
    word after the first (a name), no digit (a code)."""
    m = _LEAD.match(lead)
    if not m:
        return False
    words = m.group("lead").split()
    folded = _folded(m.group("lead"))
    return not (describes_person(m.group("lead")) or cv.PERSON_WORDS.search(m.group("lead"))
                or any(w.rstrip(".") in cv.CIVILITIES for w in folded.split())
                or any(w[:1].isupper() for w in words[1:]) or re.search(r"\d", folded))


def chained_lead(lead: str) -> str:
    """The lead of a quotation listed after others under one field ("Réponses attendues : « … » ;
    « … » ; « … »"): the field's head, as for the first item; any other lead unchanged."""
    m = _CHAIN.match(lead)
    return m.group("head") if m else lead


def demote_field_quotes(spans: list[Span], lines: list[TextLine], line_of, text: str) -> list[Span]:
    """The spans, with quotations led by a script's or a form's "X :" (unattributed), by an
    acronym card's letter, or titled on a programme's slot, made narrative. Where at least two
    unattributed quotations are so led, the other unattributed ones led by an "X :" that names no
    one are the same script's items ("Menu principal : « … »" beside "Option 1 : « … »")."""
    letters = acronym_letters(lines)
    programme = is_programme(lines)  # "9 h 30 : « title » – Dr …" (segment/programme_slots.py)
    day = programme and day_programme(lines)  # "10 h – Dr X (MG, Privas) : « title »" (idem)
    leads: dict[int, str] = {}
    for k, s in enumerate(spans):
        li = line_of(s.start) if s.kind in SPEECH else -1
        if li >= 0:
            leads[k] = chained_lead(text[lines[li].start:s.start])
    fields = {k for k, lead in leads.items() if _unattributed(spans[k].attrs) and field_lead(lead)}
    if len(fields) >= 2:
        fields |= {k for k, lead in leads.items() if _unattributed(spans[k].attrs) and names_no_one(lead)}
    out = []
    for k, s in enumerate(spans):
        if k in leads:
            lead = leads[k]
            m = _LETTER.match(lead + "x")
            line = lines[line_of(s.start)].text
            if k in fields or own_formula(lead) or (letters and m and fold(m.group("letter")).upper() in letters
                               and not m.group("rest")[:-1].strip()) or titled_quote(lead, line) \
                    or (programme and slot_title(lead, text[s.end:lines[line_of(s.start)].end])) \
                    or (day and credited_slot_title(lead, text[s.start:s.end], text[s.end:lines[line_of(s.start)].end])):
                s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out
