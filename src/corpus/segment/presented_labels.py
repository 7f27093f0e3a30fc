"""Labels the narration presents before the turns (issue #14). A field diary or a short piece
introduces the people once in its prose — "Je m'installe avec A., agent de santé communautaire,
et R., infirmière du centre" — then gives their words under the bare initial ("R) On appelle
Cayenne …"). The turns of such a label take the description that follows it in the
introduction of the label's first interview: an initial with its period, or a capitalised name
(with its surname), then a comma and the description up to the next comma, semicolon or period;
or, for a full name, the description opening the sentence before it ("Kinésithérapeute à
Remiremont depuis vingt ans, Christelle Thiébaut préside …").

The description must name what someone does: a profession of the role rules, or one of the
occupation words of lang/fr/presented_labels.yaml ("agent", "aide", "bénévole"), or a relative
clause naming the relative they care for ("Odile, qui accompagne son mari …": a caregiver); a label's
turns take it only where none of them is described otherwise. Only attributes change.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .conventions import word_forms
from .introduced_interviewees import UNDESCRIBED, _interviews, _intro
from .roles import names_a_profession, normalize_role

NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
DESCRIPTION = r"\s*,\s*(?P<desc>[^\W\d_][^,;.()«»:]{2,79})"
# a description's first part, before the conjunction of a list (lang/fr grammar.yaml list_conjunctions)
AND_SPLIT = re.compile(rf"\s+(?:{word_forms('list_conjunctions')})\s+")


@cv.per_language_data
def _occupations() -> re.Pattern:
    words = "|".join(re.escape(w) for w in cv.language_data().get("presented_occupation_words", []))
    return re.compile(rf"^(?:{words})(?!\w)" if words else r"(?!)")


@cv.per_language_data
def _caregiving() -> re.Pattern:
    """A relative clause describing someone by the relative they care for ("qui accompagne son
    mari …": a caregiver), lang/fr presented_labels.yaml presented_caregiver_clauses."""
    forms = cv.language_data().get("presented_caregiver_clauses", [])
    return re.compile("|".join(f"(?:{f})" for f in forms) if forms else r"(?!)")


def _presentation(label: str) -> list[re.Pattern]:
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]", label):  # an initial, written with its period in the prose
        return [re.compile(rf"(?<![\w.]){label}\.{DESCRIPTION}")]
    if re.fullmatch(NAME_WORD, label) and not any(ch.isupper() for ch in label[1:]):
        return [re.compile(rf"(?<![\w.]){re.escape(label)}(?:\s+{NAME_WORD}){{0,2}}{DESCRIPTION}")]
    if re.fullmatch(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}", label):  # a full name: after or before it
        return [re.compile(rf"(?<![\w.]){re.escape(label)}{DESCRIPTION}"),
                re.compile(rf"(?:^|(?<=[.!?]\s))(?P<desc>[A-ZÀ-ÖØ-Þ][^,;.()«»:]{{2,79}}),\s*{re.escape(label)}(?!\w)", re.M)]
    return []


def presented_description(label: str, intro: str) -> str | None:
    """The one description the introduction gives after ``label`` (or before a full name,
    opening its sentence: "Kinésithérapeute à Remiremont, Christelle Thiébaut préside …")."""
    found = set()
    for pattern in _presentation(label):
        for m in pattern.finditer(intro):
            desc = AND_SPLIT.split(m.group("desc").strip())[0].strip()
            if names_a_profession(desc) or _occupations().search(fold(desc)) or _caregiving().search(fold(desc)):
                found.add(desc)
    return found.pop() if len(found) == 1 else None


def apply_presented_labels(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """Describe the turns of labels the introduction of their first interview presents."""
    blocks = _interviews(segments)
    turns: dict[str, list[int]] = {}
    for k, seg in enumerate(segments):
        if seg.kind == "turn" and seg.speaker:
            turns.setdefault(seg.speaker, []).append(k)
    for label, ks in sorted(turns.items()):
        if any(segments[k].role not in UNDESCRIBED for k in ks):
            continue
        first = next((a for a, b in blocks if a <= ks[0] < b), None)
        intro = _intro(segments, first) if first is not None else ""
        desc = presented_description(label, intro) if intro else None
        if desc is None:
            continue
        for k in ks:
            seg = segments[k]
            seg.role, seg.role_raw = normalize_role(desc), desc
            seg.attr_source = seg.attr_source or "interview_header"


FULL_NAME_LOOKBACK = 30  # segments above a label's first turn where its presentation is looked for
SURNAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?"
# the description after the full name: an age may open it ("91 ans, ancien bûcheron")
AGED_DESCRIPTION = r"\s*,\s*(?P<desc>[^\W_][^;.()«»:]{2,99})"


def presented_full_name(label: str, texts: list[str], described: bool = True) -> tuple[str, str] | None:
    """The one full name, and its description, that ``texts`` give a first-name label ("MARCEL"
    or "Marcel" -> "Marcel Arnaud", "91 ans, ancien bûcheron de Corrençon"): the first name with
    a surname, then a comma and a description of a person (an age, a trade); None when the texts
    give none or two different ones. ``described`` False: the name alone will do ("Odette Fabre,
    née en 1936, et sa sœur Paulette Fabre …" then "ODETTE. —"), its description '' when it says
    nothing of the person."""
    key = fold(label).lower()
    pattern = None
    found: dict[str, str] = {}
    for text in texts:
        if key not in fold(text).lower():  # most paragraphs: no pattern to run
            continue
        tail = AGED_DESCRIPTION if described else rf"(?:{AGED_DESCRIPTION})?"
        pattern = pattern or re.compile(rf"(?<![\w'’-])(?P<name>(?i:{re.escape(label)})\s+{SURNAME}){tail}")
        for m in pattern.finditer(text):
            name = m.group("name")
            if fold(name.split()[0]).lower() != key or not name.split()[0][1:].islower():
                continue  # a name written as names are ("Marcel Arnaud"), not a label in capitals
            desc = AND_SPLIT.split((m.group("desc") or "").strip())[0].strip(" ,")
            if describes_person(desc):
                found.setdefault(" ".join(name.split()), desc)
            elif not described:
                found.setdefault(" ".join(name.split()), "")
    return next(iter(found.items())) if len(found) == 1 else None


# a label of a civility and a surname in capitals: "Mme RAMBAUD", "Dr MASSÉ", "M. GUÉRIN"
CIVIL_CAPITALS = re.compile(r"^(?P<civ>[A-Z][a-z]{0,3}\.?)\s+(?P<surname>[A-ZÀ-ÖØ-Þ'’-]{3,})$")


def presented_surname(civility: str, surname: str, texts: list[str]) -> tuple[str, str] | None:
    """The one full name ending on ``surname`` that ``texts`` give after the civility ("Mme Sylvie
    Rambaud, placière, agent du marché" for "Mme RAMBAUD"), and its description ('' when none
    describes the person); None when they give none or two different ones."""
    key = fold(surname).lower()
    civ = re.escape(civility.rstrip("."))
    pattern = re.compile(rf"(?<![\w'’-])(?P<name>{civ}\.?\s+(?P<first>{SURNAME})\s+(?P<last>[A-ZÀ-ÖØ-Þ][\w'’-]+))"
                         rf"(?:{AGED_DESCRIPTION})?")
    found: dict[str, str] = {}
    for text in texts:
        if key not in fold(text).lower():
            continue
        for m in pattern.finditer(text):
            if fold(m.group("last")).lower() != key or m.group("last").isupper():
                continue
            desc = AND_SPLIT.split((m.group("desc") or "").strip())[0].strip(" ,")
            found.setdefault(" ".join(m.group("name").split()), desc if describes_person(desc) else "")
    return next(iter(found.items())) if len(found) == 1 else None


def apply_presented_full_names(segments: list, speaker_kinds: tuple[str, ...]) -> None:
    """Turns labelled by a first name alone in capitals ("MARCEL :", "GERMAINE :"), whose
    person the text above presents once in full with a description ("ce soir, Marcel Arnaud, 91
    ans, ancien bûcheron de Corrençon, et Germaine Faure, 88 ans, ancienne institutrice …": an
    oral-history evening, a round table, a debate): the speaker is the full name and the role the
    one the description gives ('autre' for a trade outside care), over a role read from the turn's
    own words ("c'était moi qui faisais l'infirmière" is no trade). A label written as a name
    ("Catherine :", "Anrifa :") takes the full name where the text presents that person with a
    description ("Anrifa Madi, 38 ans, est sage-femme libérale …"), as ANNOTATION.md reads a first-
    name label (s50; rounds 28 and 48 re-annotated so), and keeps a role read elsewhere. Only
    attributes change."""
    turns: dict[str, list[int]] = {}
    for k, seg in enumerate(segments):
        if seg.kind == "turn" and seg.speaker and len(seg.speaker) >= 3 and (
                " " not in seg.speaker and seg.speaker.isalpha() and (seg.speaker.isupper() or seg.speaker.istitle())
                or CIVIL_CAPITALS.match(seg.speaker)):
            turns.setdefault(seg.speaker, []).append(k)
    for label, ks in turns.items():
        if fold(label).lower() in cv.MODERATOR_WORDS:
            continue
        texts = [s.text for s in segments[max(0, ks[0] - FULL_NAME_LOOKBACK):ks[0]] if s.kind not in speaker_kinds]
        civil = CIVIL_CAPITALS.match(label)
        if civil:
            # "Mme RAMBAUD :" under "Présents : … Mme Sylvie Rambaud, placière, agent du marché ; …"
            found = presented_surname(civil.group("civ"), civil.group("surname"), texts) \
                if fold(civil.group("civ")).rstrip(".").lower() in cv.CIVILITIES else None
        else:
            # with a description, else the name alone ("Odette Fabre, née en 1936, et …" then "ODETTE. —")
            # (a label written as a name, "Anrifa :", only where the text presents the person with a
            # description: "Anrifa Madi, 38 ans, est sage-femme libérale …"; s50)
            found = presented_full_name(label, texts) or (
                presented_full_name(label, texts, described=False) if label.isupper() else None)
        if found is None:
            continue
        name, desc = found
        for k in ks:
            seg = segments[k]
            seg.speaker = name
            # (a label written as a name keeps a role read elsewhere: "gériatre" from the host's introduction)
            if desc and (not label.istitle() or seg.role in ("", "autre", "inconnu")):
                seg.role, seg.role_raw = normalize_role(desc), desc
            seg.attr_source = "interview_header"


# a line that is only a first name and what the person is ("Saïd, 51 ans, adjoint au maire de
# Bandraboua"): a portrait's title
PORTRAIT_LINE = re.compile(r"^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\s*,\s*(?P<desc>[^\n«»:.!?]{3,140}?)[ \t]*$",
                           re.MULTILINE)


def apply_portrait_lines(segments: list, text: str, gazetteer, speaker_kinds: tuple[str, ...]) -> None:
    """Speech credited to a first name alone ("« … » — Saïd") that a portrait's title line presents
    ("Saïd, 51 ans, adjoint au maire de Bandraboua", once in the document): the title's role where the
    reading gave none of the vocabulary, its place where it gave none (s50). Only attributes change."""
    titles: dict[str, list[str]] = {}
    for m in PORTRAIT_LINE.finditer(text):
        if describes_person(m.group("desc")):
            titles.setdefault(m.group("name"), []).append(m.group("desc").strip())
    if not titles:
        return
    from .regions import resolve_region

    for seg in segments:
        if seg.kind not in speaker_kinds or len(titles.get(seg.speaker, [])) != 1:
            continue
        desc = titles[seg.speaker][0]
        if seg.role in ("", "autre", "inconnu") and normalize_role(desc) not in ("autre", "inconnu"):
            seg.role, seg.role_raw = normalize_role(desc), desc
        if not seg.region and gazetteer is not None:
            seg.region, seg.place = resolve_region(desc, gazetteer)
