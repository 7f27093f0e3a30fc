"""A scene an observer writes down (issue #14, s53): each line of dialogue opens with a dash, under
a line of the author's ending with a colon that says who speaks:

    La coordinatrice de parcours du DAC, qui anime la réunion, ouvre la séance :
    — On commence par Mme F., on a vingt minutes avant la situation suivante.
    Puis elle se tourne vers l'infirmière libérale :
    — Vous avez pu joindre le médecin pour le renouvellement ?
    L'infirmière libérale hausse les épaules :
    — Pas encore. Il consulte au bourg le mardi …

The lead-in line is the author's narration; the dash line is the words of the person it opens on:
a name or a description (its role), a subject pronoun standing for the person of the lead-in before,
a voice the author could not tell (attributions.yaml anonymous_voices: no speaker, role inconnu), the
author (``narrator_subjects``: the interviewer's words). A lead-in saying the person runs the
meeting (labels.yaml moderating_verbs: "qui anime la réunion") makes the line the moderator's. At
least ``min_pairs`` such pairs make a scene. Words: lang/fr/introduced_dashes.yaml."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, names_a_trade
from .base import Span
from .dash_incises import DASHES
from .fallbacks import moderates
from .roles import normalize_role


def settings() -> dict:
    return {"min_pairs": 2, "max_lead_words": 40, "pronouns": [], "narrator_subjects": [],
            **(cv.language_data().get("introduced_dashes") or {})}


def _dash_line(text: str) -> bool:
    """A line of dialogue: a dash, a space, words (not a quotation in guillemets, a list's quoted item)."""
    t = text.lstrip()
    return t[:1] in DASHES and len(t) > 2 and t[1] in " \u00a0" and t[2:].lstrip()[:1] not in "«“\"["


def _lead_line(text: str, s: dict) -> bool:
    t = " ".join(text.split())
    return t.endswith(":") and not _dash_line(t) and 2 <= len(t.split()) <= s["max_lead_words"] \
        and not t.startswith(("«", "|", "["))


def scene_pairs(texts: list[str], s: dict | None = None) -> dict[int, int]:
    """lead-in line index -> dash line index of a document's scene (``texts``: its lines as written,
    their dashes not yet read as quotation marks), {} when it has fewer than ``min_pairs`` pairs."""
    s = s or settings()
    pairs = {}
    for i in range(len(texts) - 1):
        if _lead_line(texts[i], s) and _dash_line(texts[i + 1]):
            pairs[i] = i + 1
    return pairs if len(pairs) >= s["min_pairs"] else {}


def _starts_with(low: str, words) -> bool:
    return any(low == w or low.startswith(w + " ") or (w.endswith(("'", "’")) and low.startswith(w)) for w in words)


class IntroducedDashHandlers:
    """The line handler of a written-down scene (a Segmenter mixin)."""

    def _read_scenes(self) -> None:
        """The document's written-down scene (lead-in line -> dash line), read on the lines as written
        (a dash line after a colon is read elsewhere as a quotation), before the line loop: the
        interview readers leave its questions alone (turns._qa_answer)."""
        self.scene_pairs = scene_pairs([self.source_text[ln.start:ln.end] for ln in self.lines])
        self._scene_last: tuple[str, dict] | None = None

    def _h_introduced_dash(self, i: int) -> int | None:
        j = self.scene_pairs.get(i)
        if j is None:
            return None
        lead, ln = self.lines[i], self.lines[j]
        said = self._scene_speaker(lead.text)
        if said is None:
            return None
        kind, attrs = said
        self._flush_prose(self.prose_run, self.current)
        self.spans.append(Span(lead.start, lead.end, "narrative", {}))
        written = self.source_text[ln.start:ln.end]
        words_at = ln.start + len(written) - len(written.lstrip())
        self.spans.append(Span(words_at, ln.end, kind, attrs))
        return j + 1

    def _scene_speaker(self, lead: str) -> tuple[str, dict] | None:
        s = settings()
        t = " ".join(lead.split()).rstrip(":").strip()
        t = re.split(r"(?<=[.!?])\s+", t)[-1]  # "Personne ne répond. Puis une voix, … :": the last sentence
        low = fold(t).lower()
        region, place = self.ctx.doc_region, self.ctx.doc_place
        if _starts_with(low, [fold(w).lower() for w in s["narrator_subjects"]]):
            return "moderator", {"speaker": "", "role_raw": t}
        if cv.ANONYMOUS_VOICE.search(re.split(r"[,;]", re.sub(r"^(?:puis|alors|et)\s+", "", t, flags=re.I))[0].strip()) \
                or re.match(r"(?:puis\s+|alors\s+|et\s+)?(?:une voix|quelqu)", low):
            attrs = {"speaker": "", "role_raw": t, "role": "inconnu", "region": region, "place": place, "attr_source": ""}
            return "turn", attrs
        if _starts_with(low, [fold(w).lower() for w in s["pronouns"]]) and self._scene_last is not None:
            kind, attrs = self._scene_last
            return ("moderator" if moderates(t) else "turn"), attrs
        subject = re.split(r",|\s(?:qui|que)\s", t)[0]
        head = " ".join(subject.split()[:4])  # the subject's head: "Propos notés sur les aidants" is no aidant
        role = normalize_role(head)
        named = cv.NAME.search(subject)
        if role in ("autre", "inconnu") and not named and not cv.PERSON_NOUN.match(re.sub(r"^(?:l['’]|la |le |les |une? |un )", "", head, flags=re.I)) \
                and not names_a_trade(re.sub(r"^(?:l['’]|la |le |les |une? )", "", subject.strip(), flags=re.I)):
            return None  # "Les thèmes abordés ont été les suivants :": a list's lead-in, no one speaking
        desc = ", ".join(p.strip() for p in re.split(r",", t)[:2])
        d_role, d_region, d_place = describe(desc, self.gazetteer) if self.gazetteer is not None else (role, "", "")
        attrs = {"speaker": named.group("name") if named else "", "role_raw": subject.strip(),
                 "role": role if role not in ("inconnu",) else (d_role or "autre"),
                 "region": d_region or region, "place": d_place if d_region else place, "attr_source": "attribution"}
        if attrs["role"] == "inconnu":
            attrs["role"] = "autre"
        kind = "moderator" if moderates(t) else "turn"
        self._scene_last = (kind, attrs)
        return kind, attrs
