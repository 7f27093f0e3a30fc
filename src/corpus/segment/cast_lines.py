"""A generic label's cast line (issue #14). A transcript may present its guest once, in a line
shaped like a turn whose words are only a name and a description ("Invitée : Dr Marie-Laure
Paoli, médecin généraliste à Ajaccio, présidente de la CPTS du Pays ajaccien."), then label the
guest's turns with the generic word alone ("Invitée : Pour les deux, …"). Every turn of that
label is then the person's: the name as speaker, the description's role and région where the
turn has none. Titles that may open the name: lang/fr/cast_lines.yaml.

A guest labelled by a credit word alone ("INVITÉE — …", fallbacks.yaml guest_credit_words) whom
the host's turns before their first one present ("notre invitée ce matin est la docteure Claire
Duhamel, médecin généraliste à Lens, …") is likewise that person: one person presented, the
verbs and articles of the presentation in lang/fr/cast_lines.yaml.

Only speaker attributes change (a pass over the finished segments): no segment's kind or span.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .regions import resolve_region
from .roles import names_a_profession, normalize_role

MAX_CAST_LINE = 220  # a presentation, not a turn's answer
NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"


@cv.per_language_data
def _cast_line() -> re.Pattern:
    titles = "|".join(re.escape(t) for t in sorted(cv.language_data().get("cast_line_titles", []), key=len, reverse=True))
    title = rf"(?:(?:{titles})\s+)?" if titles else ""
    return re.compile(rf"^(?P<name>{title}{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s*,\s*(?P<desc>[^?!«»:]+?)\s*\.?$")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cv.per_language_data
def _presentation() -> tuple[frozenset, re.Pattern | None]:
    d = cv.language_data()
    guests = [w for w in d.get("guest_credit_words", []) if w]
    verbs, articles = d.get("cast_presentation_verbs", []), d.get("cast_presentation_articles", [])
    if not guests or not verbs:
        return frozenset(), None
    labels = frozenset(fold(w).lower() for w in guests if len(w.split()) == 1)
    titles = _alt(d.get("cast_line_titles", []))
    article = rf"(?:(?:{_alt(articles)})(?<=['’])|(?:{_alt(articles)})\s+)?" if articles else ""
    title = rf"(?:(?:{titles})\s+)?" if titles else ""
    return labels, re.compile(
        rf"(?<![\w-])(?i:{_alt(guests)})(?![\w-])[^.?!:;«»]{{0,40}}?\s(?i:{_alt(verbs)})\s+(?i:{article}{title})"
        rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})\s*,\s*(?P<desc>[^.?!«»:;]{{3,160}})")


def presented_guest(texts: list[str]) -> tuple[str, str] | None:
    """(name, description) of the one person the host's words present as the guest ("notre
    invitée ce matin est la docteure Claire Duhamel, médecin généraliste à Lens"), else None."""
    _, pattern = _presentation()
    if pattern is None:
        return None
    found = {(m.group("name"), m.group("desc").strip()) for t in texts for m in pattern.finditer(t)}
    found = {(n, d) for n, d in found if names_a_profession(d)}
    return found.pop() if len({n for n, _ in found}) == 1 and len(found) == 1 else None


def apply_presented_guests(segments: list, gazetteer) -> None:
    """Name every turn of a label that is a guest credit word ("INVITÉE") after the moderator's
    turns that present one guest by name and what they do."""
    labels, _ = _presentation()
    firsts: dict[str, int] = {}
    for k, seg in enumerate(segments):
        if seg.kind == "turn" and seg.speaker and fold(seg.speaker).lower() in labels:
            firsts.setdefault(seg.speaker, k)
    if len(firsts) != 1:  # several guests' labels: which presentation is whose is not said
        return
    (label, first), = firsts.items()
    guest = presented_guest([s.text for s in segments[:first] if s.kind == "moderator"])
    if guest is None:
        return
    _name_turns(segments, label, *guest, gazetteer)


def _name_turns(segments: list, label: str, name: str, desc: str, gazetteer) -> None:
    """Every turn of ``label`` becomes the named person's, with the description's role and place
    where the turn has none."""
    region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
    for seg in segments:
        if seg.kind != "turn" or seg.speaker != label:
            continue
        seg.speaker = name
        if seg.role in ("", "inconnu"):
            seg.role_raw, seg.role = desc, normalize_role(desc)
        if not seg.region and region:
            seg.region, seg.place = region, place


def _words_after_label(text: str, label: str) -> str:
    head, sep, rest = text.partition(":")
    return rest.strip() if sep and head.strip().startswith(label) else ""


def cast_line(text: str, label: str) -> tuple[str, str] | None:
    """(name, description) when a turn of ``label`` only presents a person, else None."""
    words = _words_after_label(text, label)
    if not words or len(words) > MAX_CAST_LINE:
        return None
    m = _cast_line().match(words)
    if not m or not names_a_profession(m.group("desc")):
        return None
    return m.group("name"), m.group("desc")


def is_generic_label(label: str) -> bool:
    """A label that is a word, not a code or a person's name: no digit, one or two words, no
    capital after its first letter ("Invitée", "Intervenant"; not "P3", "Dr Célestine")."""
    words = label.split()
    return 0 < len(words) <= 2 and not any(ch.isdigit() for ch in label) \
        and not any(ch.isupper() for ch in label[1:])


def apply_cast_lines(segments: list, gazetteer) -> None:
    """Name every turn of a generic label whose first turn is a cast line."""
    firsts: dict[str, object] = {}
    counts: dict[str, int] = {}
    for seg in segments:
        if seg.kind == "turn" and seg.speaker:
            firsts.setdefault(seg.speaker, seg)
            counts[seg.speaker] = counts.get(seg.speaker, 0) + 1
    for label, first in firsts.items():
        if counts[label] < 2 or not is_generic_label(label):
            continue
        cast = cast_line(first.text, label)
        if cast is None:
            continue
        _name_turns(segments, label, *cast, gazetteer)
