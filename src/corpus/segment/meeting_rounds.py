"""A meeting's record where each participant speaks once under their own label, paragraphs one
after another ("PR : …" / "AM : …" / "MG : …" under a key "PR : prieur … ; AM : adjointe au
maire …"; "Le chef de chantier : …" / "Kevin (cordiste) : …" / "Mme Pons : …" under "Présents :
le chef de chantier ; Kevin, Léa … ; Mme Christine Pons …"). No label recurs, so the evidence that
the labels are speakers is the run itself (several labelled paragraphs in a row that speak as
people do) and the record naming most of them elsewhere: its key, its attendance line.

A list of definitions ("Territoire : …") names its terms nowhere else and does not speak so; a
questionnaire's numbered items are numbered (discovery._enumerated)."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .roles import normalize_role

# a label of capitals that abbreviates a person or a trade ("PR", "AM", "IDE", "MG")
_CAPS = re.compile(r"[A-ZÉÈ]{2,5}")
# the name before a parenthesis describing the person ("Kevin (cordiste)")
_PARENTHESISED = re.compile(r"(?P<name>[^()]+?)\s*\((?P<desc>[^()]{2,40})\)")


def meeting_round_min_turns() -> int:
    return int(cv.language_data().get("meeting_round_min_turns", 3))


def _without_article(words: list[str]) -> list[str]:
    """The words of a label after the article it may open on ("Le chef de chantier", "L'infirmière")."""
    articles = {fold(w).lower() for w in cv.language_data().get("moderated_round_articles", [])}
    elided = {a for a in articles if a[-1:] in "'’"}
    if words and fold(words[0]).lower() in articles:
        return words[1:]
    if words and fold(words[0][:2]).lower() in elided:  # not "Léa": "le" is no elided article
        return [words[0][2:], *words[1:]]
    return words


def person_label(label: str) -> bool:
    """A label that names a person: a name or a pseudonym, every word capitalised after an article
    ("Le Marcheur", "Dr Aubert"), or a trade ("La pharmacienne"); not "Notre devise"."""
    words = _without_article(label.split())
    return bool(words) and (all(w[:1].isupper() for w in words) or normalize_role(label) not in ("autre", "inconnu"))


def _person_like(label: str) -> bool:
    """A label that can name a person in a meeting's record: capitals abbreviating them ("PR"), a
    civility ("Mme Pons"), a person label (person_label), also before a parenthesis describing them
    ("Kevin (cordiste)")."""
    if _CAPS.fullmatch(label):
        return True
    m = _PARENTHESISED.fullmatch(label)
    head = m.group("name") if m else label
    words = _without_article(head.split())
    return bool(words) and (fold(words[0]).lower().rstrip(".") in cv.CIVILITIES or person_label(head))


def unnamed_voice(label: str) -> bool:
    """A label that names no one but a voice, a group, or where it was heard ("Une voix", "Plusieurs
    participants", "Du fond de la salle": attributions.yaml anonymous_voices and their places,
    labels.yaml group_labels)."""
    from .group_voices import group_voice

    places = cv._alt(cv.language_data().get("anonymous_voice_places", [])) or "(?!)"
    return bool(cv.ANONYMOUS_VOICE.match(label.strip())) or group_voice(label) \
        or re.match(rf"(?:{places})\s", label.strip(), re.IGNORECASE) is not None


def _mentions(label: str) -> list[str]:
    """What of a label the record may write elsewhere: the label itself, and each capitalised word
    of the name outside its parenthesis that is no civility or article ("Pons" of "Mme Pons",
    "Kevin" of "Kevin (cordiste)")."""
    m = _PARENTHESISED.fullmatch(label)
    head = m.group("name") if m else label
    words = [w for w in _without_article(head.split()) if w[:1].isupper() and len(w) >= 3
             and fold(w).lower().rstrip(".") not in cv.CIVILITIES]
    return [label, *([head] if head != label else []), *(words if len(head.split()) > 1 or m else [])]


def _named_in_record(label: str, text: str, starts: set[int]) -> bool:
    """The record names the label's person other than where their turns open (case aside)."""
    for form in _mentions(label):
        flags = 0 if _CAPS.fullmatch(form) else re.IGNORECASE
        for found in re.finditer(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", text, flags):
            if not any(s <= found.start() < s + len(label) + 3 for s in starts):
                return True
    return False


def meeting_round(run: list[int], labels: list[str], lines: list[TextLine], text: str,
                  by_label: dict[str, list[int]]) -> set[str]:
    """The labels of the longest block of consecutive labelled paragraphs in ``run`` where every
    label is heard once and can name a person, most lines speak, and the record names at least
    ``meeting_round_named_share`` of the labels elsewhere; empty when no block qualifies. (Minutes
    report in the speakers' register less often than a transcript: ``meeting_round_spoken_share``.)"""
    d = cv.language_data()
    least = meeting_round_min_turns()
    share, spoken_share = float(d.get("meeting_round_named_share", 0.5)), float(d.get("meeting_round_spoken_share", 0.4))
    blocks: list[list[tuple[int, str]]] = []
    for i, k in zip(run, labels):
        if blocks and i == blocks[-1][-1][0] + 1:
            blocks[-1].append((i, k))
        else:
            blocks.append([(i, k)])
    out: set[str] = set()
    for block in blocks:
        ks = [k for _, k in block]
        # (a voice from the room may speak among them, "Du fond de la salle : …": no one to name)
        persons = [k for k in ks if not unnamed_voice(k)]
        if len(block) < least or len(set(ks)) != len(ks) or len(persons) < 2 \
                or not all(_person_like(k) for k in persons):
            continue
        spoken = sum(1 for i, _ in block if cv.SPOKEN.search(lines[i].text)) / len(block)
        if spoken < spoken_share:
            continue
        # (a key written as labelled lines, "PR : prieur … ; AM : adjointe …", names them too: only
        # the block's own label starts are not elsewhere)
        named = sum(1 for i, k in block if k in persons and _named_in_record(k, text, {lines[i].start}))
        if named >= share * len(persons):
            out.update(ks)
    return out
