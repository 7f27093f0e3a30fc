"""A guest the host hands the floor to: in a broadcast or a debate, someone heard once is named
in the moderator's turn just before their own ("Journaliste : Nous avons en ligne Rosine,
infirmière libérale à Sainte-Marie. Rosine, vous confirmez ?" then "Rosine : Je confirme …").
A first name heard once is otherwise too weak a label to count (it could open any "X : …"
line); the host's announcement is what vouches for it. No word list: the moderator is whoever
discovery already took for one (label words, share of questions)."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import apposition, apposition_with_trade
from .base import TextLine

MIN_NAME_LETTERS = 3  # "A", "Q", "Mo": too short to be looked for as a name in a sentence
CAST_LOOKBACK = 30  # lines above a name's first turn where a presentation of the participants is looked for


def named_in(label: str, text: str) -> bool:
    """The label appears as a whole word (or words) in the text."""
    if label not in text:  # most lines: no pattern to build or run
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", text) is not None


def announced_labels(found: dict, accepted: dict, lines: list[TextLine]) -> set[str]:
    """Name-shaped labels (``found``, not yet ``accepted``) each of whose lines follows a turn of
    an accepted moderator that names them."""
    moderator_lines = {i for v in accepted.values() if v.kind == "moderator" for i in v.lines}
    out: set[str] = set()
    for label, info in found.items():
        if label in accepted or info.shape != "name" or info.loose or len(label) < MIN_NAME_LETTERS:
            continue
        if info.lines and all(i - 1 in moderator_lines and named_in(label, lines[i - 1].text)
                              for i in info.lines):
            out.add(label)
    return out


def presented_cast(found: dict, accepted: dict, lines: list[TextLine]) -> set[str]:
    """Name-shaped labels (``found``, not yet ``accepted``) heard once or twice, that ONE line above
    their first turns presents as a list, each name with its own parenthesis naming a trade ("Briefing
    : l'équipe est composée de Maëlle (kinésithérapeute), Yann (pharmacien) et Inès (aide-soignante)"
    then "Yann : …"; a debriefing's, a staff meeting's, a workshop's participants; s30-segr53b):
    the presentation vouches for them as a host's announcement does. At least two of the labels
    presented in that one line; a name presented alone is any sentence's parenthesis."""
    names = {k: v for k, v in found.items() if k not in accepted and v.shape == "name" and not v.loose
             and v.lines and len(k) >= MIN_NAME_LETTERS}
    if len(names) < 2:
        return set()
    by_line: dict[int, set[str]] = {}
    for k in names:
        first = min(names[k].lines)
        for j in range(first - 1, max(-1, first - 1 - CAST_LOOKBACK), -1):
            text = lines[j].text
            if k not in text or "(" not in text:  # a plain search before the pattern
                continue
            own = re.search(rf"(?<![\w'’-]){re.escape(k)}\s*\((?P<d>[^()]{{3,80}})\)", text)
            if own and _names_trade(own.group("d")):
                by_line.setdefault(j, set()).add(k)
                break
    return next((ks for ks in by_line.values() if len(ks) >= 2), set())


def _names_trade(desc: str) -> bool:
    from .roles import normalize_role

    return normalize_role(desc) not in ("autre", "inconnu")


def presenting_host(found: dict, accepted: dict, lines: list[TextLine]) -> tuple[str, set[str]]:
    """(host, guests) of a podcast's or a programme's transcript whose first labelled turn presents
    the guests by the names that label their turns ("Julie : Bienvenue … je reçois Nadine, qui
    accompagne son mari, et le docteur Pierre Vuillermoz" then "Nadine : …", "Pierre : …"; s28-segr48b):
    the host and at least two guests each heard twice at least (accepted or not: the host is the
    moderator even when the labels were taken already); else ("", set()). First names heard twice
    are otherwise too weak to count (a vignette's dialogue)."""
    names = {k: v for k, v in found.items() if v.shape == "name" and not v.loose
             and len(k) >= MIN_NAME_LETTERS and len(v.lines) >= 2}
    if len(names) < 3:
        return "", set()
    host = min(names, key=lambda k: min(names[k].lines))
    first = min(names[host].lines)
    if any(min(v.lines) < first for v in found.values() if v.lines):
        return "", set()  # another label speaks before: not the opening presentation
    guests = {k for k in names if k != host and named_in(k, lines[first].text)}
    if len(guests) < 2 or any(min(names[k].lines) <= first for k in guests):
        return "", set()
    return host, guests


def announced_description(label: str, info, lines: list[TextLine]) -> str:
    """What the host's announcement says of a name-shaped label's speaker: the apposition after
    (or before) the name in the line before one of their turns ("en ligne Rosine, infirmière
    libérale à Sainte-Marie"); else the presentation of all the guests above their first turn."""

    if info.shape != "name" or len(label) < MIN_NAME_LETTERS or not info.lines:
        return ""
    for i in info.lines:
        if i > 0 and named_in(label, lines[i - 1].text):
            desc = apposition(label, [lines[i - 1].text])
            if desc:
                return desc
    return presented_description(label, lines[:min(info.lines)])


def presented_description(label: str, before: list[TextLine]) -> str:
    """What the host says of a guest when presenting everyone at once, in any line before the
    guest's first turn ("j'accueille deux Julie : Julie B., infirmière libérale à Sarlat, et
    Julie R., sage-femme libérale à Salignac"), the nearest first; only an apposition that names a
    trade or function ("Julie B., que vous connaissez" says nothing of one)."""
    from .roles import normalize_role

    for ln in reversed(before):
        if named_in(label, ln.text):
            # "… : Odile (infirmière), Bastien (kinésithérapeute) et Nadia (…)": a list presents each
            # name with its own parenthesis; the apposition before a name would be the previous person's
            own = re.search(rf"{re.escape(label)}\s*\((?P<d>[^()]{{3,80}})\)", ln.text)
            desc = own.group("d") if own else apposition_with_trade(label, ln.text)
            if desc and normalize_role(desc) not in ("autre", "inconnu"):
                return desc
    return ""


SESSION_REACH = 6  # lines after the moderator's last turn where a participant may still speak
MIN_SESSION_VOICES = 2  # one first name answering once is any "X : …" line


def session_voices(found: dict, accepted: dict, lines: list[TextLine]) -> set[str]:
    """First names (``found``, not yet ``accepted``) heard once or a few times in a session that a
    moderator labelled by a moderator word leads (lang/fr labels.yaml moderator_labels: a
    problem-based-learning tutor, a debriefing's trainer, a workshop's facilitator): "Tutrice :
    Quels mots vous arrêtent ?" then "Lucie : Je ne savais pas …", "Hugo : Pour moi …". Students
    or participants each answer once, so no name takes turns with another; the moderator's word
    vouches for them. Each name's lines lie within the moderated stretch and speak (first or
    second person, a question); at least ``MIN_SESSION_VOICES`` names, at least two of which
    answer right after one of the moderator's turns."""
    moderators = [v for k, v in accepted.items() if v.kind == "moderator" and len(v.lines) >= 2
                  and fold(k).rstrip(".").lower() in cv.MODERATOR_WORDS]
    if not moderators:
        return set()
    moderator_lines = {i for v in moderators for i in v.lines}
    start, end = min(moderator_lines), max(moderator_lines) + SESSION_REACH
    names = {k: v for k, v in found.items() if k not in accepted and v.shape == "name" and v.kind == "participant"
             and not v.loose and not v.standalone and v.lines and len(k) >= MIN_NAME_LETTERS
             and " " not in k and k[:1].isupper() and k[1:].islower()
             and all(start < i <= end and cv.SPOKEN.search(lines[i].text) for i in v.lines)}
    answering = [k for k, v in names.items() if any(i - 1 in moderator_lines for i in v.lines)]
    if len(names) < MIN_SESSION_VOICES or len(answering) < 2:
        return set()
    return set(names)
