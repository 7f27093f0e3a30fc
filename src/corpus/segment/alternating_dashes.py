"""Conversations set in ALTERNATING dialogue dashes with no names, as a phone-in, a street
interview or a consultation is transcribed in a memoir: "— On retrouve un auditeur. Gérard,
vous êtes pharmacien à Cholet, comment ça se passe ?" / "— Bonjour. Écoutez, on est débordés…" /
"— Et les masques ?" / "— Les masques, c'est le feuilleton." / "— Merci Gérard." The words are
lang/fr/alternating_dashes.yaml (the greetings) and records.yaml (``guest_presentations``).

A run of at least ``alternating_dash_min_lines`` dash-led paragraphs (a dash-less paragraph
between two of them carries on the turn above it) whose turns alternate: the lines at one
parity are the host's (at least two questions, most of its lines), the others the guest's (no
question, speaking in the first or second person). It is a conversation, not a list of
questions and answers (a FAQ), only when the host addresses the guest by a first name (after a
greeting or thanks, "Merci Gérard", or presenting them, "Gérard, vous êtes …"). The guest is
that name, described by the presentation (role, and the place after its preposition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import conventions as cv
from .base import Span, TextLine
from .discovery import locative_place
from .roles import normalize_role

_alt = cv.literal_alternation
_data = cv.language_data

DASHES = ("—", "–", "-")
FIRST_NAME = r"[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"


@dataclass
class Conversation:
    turns: list[tuple[int, int, bool]]  # (first line, last line, host?)
    guest: str
    desc: str


def _dash(text: str) -> bool:
    return text.lstrip().startswith(DASHES)


def _question(text: str) -> bool:
    return text.rstrip(" »\"”").endswith("?")


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    greet = _alt(d.get("conversation_greetings", [])) or "(?!)"
    present = _alt(d.get("guest_presentations", [])) or "(?!)"
    vocative = re.compile(rf"(?<![\w])(?i:{greet})\s+(?P<name>{FIRST_NAME})(?=\s*[,!.?])")
    presented = re.compile(rf"(?:^|[.!?]\s+|—\s*)(?P<name>{FIRST_NAME}),\s+(?i:{present})\s+(?P<desc>[^,;?!.]{{3,80}})")
    return vocative, presented


def _runs(lines: list[TextLine], headings) -> list[list[tuple[int, int]]]:
    """Runs of dash-led paragraphs, each as (first line, last line) turns: a dash-less paragraph
    between two dash-led ones carries on the turn above it."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        t = lines[i].text
        if _dash(t) and i not in headings:
            current.append((i, i))
        elif current and t.strip() and i not in headings and i + 1 < len(lines) and _dash(lines[i + 1].text):
            current[-1] = (current[-1][0], i)
        elif t.strip() or i in headings:
            if current:
                runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return runs


def conversation(lines: list[TextLine], run: list[tuple[int, int]]) -> Conversation | None:
    """The run as a host's and a guest's alternating turns, or None."""
    if len(run) < _data().get("alternating_dash_min_lines", 4):
        return None
    texts = [" ".join(lines[k].text for k in range(a, b + 1)) for a, b in run]
    for host in (0, 1):
        asked = [_question(lines[a].text) for a, _ in run[host::2]]
        guest = texts[1 - host::2]
        if sum(asked) < 2 or sum(asked) < len(asked) / 2 or any(_question(t) for t in guest) \
                or sum(bool(cv.SPOKEN.search(t)) for t in guest) < len(guest) / 2:
            continue
        vocative, presented = _patterns(id(_data()))
        said = " ".join(texts[host::2])
        p = presented.search(said)
        names = [m.group("name") for m in vocative.finditer(said)] + ([p.group("name")] if p else [])
        if not names:
            return None  # questions and answers with no one addressed: a FAQ, a questionnaire
        turns = [(a, b, n % 2 == host) for n, (a, b) in enumerate(run)]
        return Conversation(turns, p.group("name") if p else names[0], p.group("desc") if p else "")
    return None


def conversations(lines: list[TextLine], headings) -> dict[int, Conversation]:
    """first line -> the conversation in alternating dashes starting there."""
    out = {}
    for run in _runs(lines, headings):
        c = conversation(lines, run)
        if c is not None:
            out[run[0][0]] = c
    return out


class AlternatingDashHandlers:
    """The line handler of conversations in alternating unnamed dashes (a Segmenter mixin)."""

    def _h_alternating_dashes(self, i: int) -> int | None:
        if not hasattr(self, "dash_conversations"):
            self.dash_conversations = conversations(self.lines, self.headings)
        c = self.dash_conversations.get(i)
        if c is None or self.interviewees.get(i) is not None:
            return None  # an interview whose header names the person: "dash dialogue" reads it
        self._flush_prose(self.prose_run, self.current)
        role = normalize_role(c.desc) if c.desc else "inconnu"
        region, place = locative_place(c.desc, self.gazetteer) if c.desc and self.gazetteer is not None else ("", "")
        attrs = {"speaker": c.guest, "role_raw": c.desc, "role": role, "region": region, "place": place,
                 "attr_source": "attribution" if c.desc else ""}
        for a, b, host in c.turns:
            if host:
                self.spans.append(Span(self.lines[a].start, self.lines[b].end, "moderator", {"speaker": "", "role_raw": ""}))
            else:
                self.spans.append(Span(self.lines[a].start, self.lines[b].end, "turn", dict(attrs)))
        return c.turns[-1][1] + 1
