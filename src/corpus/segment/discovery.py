"""What a document says about its speakers, gathered before segmenting."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..clean import fold
from .base import Line
from .speakers import interview_cards, normalize_role, participant_rows


@dataclass
class Person:
    """A named press speaker and what the text says about them."""
    name: str
    descriptions: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role_raw(self) -> str:
        return "; ".join(dict.fromkeys(d for d in self.descriptions if d))

    @property
    def role(self) -> str:
        return normalize_role(self.role_raw)


class Context:
    """Everything the document says about its speakers, gathered before segmenting."""

    def __init__(self, lines: list[Line], doc: dict):
        texts = [ln.text for ln in lines]
        self.participant_lines = {i: (label, function) for i, label, function in participant_rows(texts)}
        self.participants = {label: function for label, function in self.participant_lines.values()}
        self.cards = interview_cards(texts)
        self.doc_region = doc.get("region", "") or ""
        place = doc.get("place", "") or ""
        self.doc_place = place if self.doc_region and ";" not in place else ""
        self.persons: dict[str, Person] = {}
        # Press quotes named people; theses and articles anonymise interviewees, and the named
        # people they quote (ministers, authors) are sources, not interviewees.
        self.press = (doc.get("kind", "") or "").lower() in ("presse", "press", "web", "journal")
        # interview number -> roles and texts of its attributed body quotes (annex rows reuse them)
        self.attr_roles: dict[str, Counter] = defaultdict(Counter)
        self.attr_texts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        # interview number -> (region, place) of its attribution lines ("— E3, …, Hennebont")
        self.attr_places: dict[str, Counter] = defaultdict(Counter)
        # interview number -> (role_raw, role, region, place) a heading or a line declares for it
        # ("Retranscription de l'entretien E4 (pharmacienne, 52 ans, Lanester)"), for documents
        # without interview cards
        self.declared: dict[str, tuple[str, str, str, str]] = {}

    def person(self, name: str) -> Person:
        for known in self.persons.values():
            if known.surname == name.split()[-1]:
                return known
        self.persons[name] = Person(name)
        return self.persons[name]

    def by_surname(self, text: str) -> Person | None:
        for p in self.persons.values():
            if re.search(r"\b" + re.escape(p.surname) + r"\b", text):
                return p
        return None

    def interview_identity(self, num: str, person: int | None, quote: str = "") -> tuple[str, str, str]:
        """(role_raw, role, region) of an interview (and one of its persons) from its card and
        the body's attribution lines; ambiguous multi-person interviews stay 'inconnu' unless
        the same words are attributed in the body.
        """
        card = self.cards.get(num)
        region = card.region if card else self.interview_place(num)[0]
        if card and person is not None and person <= len(card.professions):
            return card.role_raw(person), card.role(person), region
        key = _text_key(quote)
        if key:
            for text_key, role_raw, role in self.attr_texts.get(num, []):
                if key in text_key or text_key[:60] in key:
                    return role_raw, role, region
        if card:
            role = card.role()
            if role == "inconnu" and self.attr_roles.get(num):
                roles = self.attr_roles[num]
                if len(roles) == 1 or roles.most_common(1)[0][1] > 2 * sum(roles.values()) // 3:
                    role = roles.most_common(1)[0][0]
            return card.role_raw(), role, region
        if num in self.declared:
            role_raw, role, _, _ = self.declared[num]
            return role_raw, role, region
        if self.attr_roles.get(num):
            return "", self.attr_roles[num].most_common(1)[0][0], region
        return "", "inconnu", region


    def interview_place(self, num: str) -> tuple[str, str]:
        """(region, place) of an interview without a card: declared, else its attribution lines'
        when they all agree."""
        if num in self.cards:
            return self.cards[num].region, ""
        if num in self.declared and self.declared[num][2]:
            return self.declared[num][2], self.declared[num][3]
        places = self.attr_places.get(num)
        if places and len({region for region, _ in places}) == 1:
            return places.most_common(1)[0][0]
        return "", ""


def _text_key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", fold(text))[:200]

