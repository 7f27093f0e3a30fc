"""Transcripts whose turns open with a dash before the speaker's label ("– Marine Boudeau :
Bonjour …", "- Kheira: je suis …", "— E2 : …"), as webinar and meeting transcripts are typed in a
word processor. Every label reader expects the label at the line start, so the text is folded at
the same length (as quote_time_codes folds time codes): the dash and the spaces after it move
behind the label's colon ("Marine Boudeau :   Bonjour …"); the segments keep the document's own
characters. Words and thresholds: lang/fr/dash_led_labels.yaml.

A document has the convention when at least ``dash_label_min_lines`` lines open with a dash and a
label read by the shared TURN pattern (a colon after it; no word that is never a label), and at
least ``dash_label_min_labels`` different labels open two such lines each, and at least
``dash_label_min_spoken_share`` of those lines speak as people do (je, on, vous, a question): people
taking turns, not a bulleted list of fields ("- Lieu : …") nor a programme ("- Atelier : …").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person
from .base import Span, TextLine
from .roles import normalize_role, unidentified

SPACES = "[ \t\u00a0\u202f]"


@lru_cache(maxsize=4)
def _lead(key: int) -> re.Pattern | None:
    dashes = cv.language_data().get("dash_label_dashes", [])
    if not dashes:
        return None
    alt = "|".join(re.escape(d) for d in sorted(dashes, key=lambda d: (-len(d), d)))
    return re.compile(rf"^(?P<dash>(?:{alt}){SPACES}+)(?=\S)", re.MULTILINE)


def _label(rest: str) -> tuple[str, int] | None:
    """The label opening ``rest`` and where its colon ends, when a colon sets it off."""
    m = cv.TURN.match(rest)
    if not m or not m.groupdict().get("label") or m.group("ts") or m.group("lead"):
        return None
    label = " ".join(m.group("label").split())
    colon = rest.find(":", m.end("label"))
    if colon < 0 or colon >= m.end() or not rest[m.end():].strip():
        return None
    if fold(label).rstrip(".") in cv.NOT_LABELS:
        return None
    return label, colon + 1


def dash_led_lines(text: str) -> list[tuple[int, int, int, str]]:
    """(line start, dash length, colon end from the line start, label) of every line opened by a
    dash and a label, when the document follows the convention; else []."""
    lead = _lead(id(cv.language_data()))
    if lead is None or ":" not in text:
        return []
    found = []
    for m in lead.finditer(text):
        end = text.find("\n", m.end())
        read = _label(text[m.end():end if end >= 0 else len(text)])
        if read:
            words = text[m.end() + read[1]:end if end >= 0 else len(text)]
            found.append((m.start(), len(m.group("dash")), len(m.group("dash")) + read[1], read[0], words))
    data = cv.language_data()
    counts = Counter(f[3] for f in found)
    spoken = sum(1 for f in found if cv.SPOKEN.search(f[4]))
    if len(found) < data.get("dash_label_min_lines", 4) \
            or sum(n >= 2 for n in counts.values()) < data.get("dash_label_min_labels", 2) \
            or spoken < data.get("dash_label_min_spoken_share", 0.5) * len(found):
        return []
    return [f[:4] for f in found]


def fold_dash_led_labels(text: str) -> str:
    """``text`` with each dash-led label moved to its line start (same length)."""
    found = dash_led_lines(text)
    if not found:
        return text
    out, pos = [], 0
    for start, dash, colon_end, _ in found:
        out.append(text[pos:start])
        out.append(text[start + dash:start + colon_end] + " " * dash)
        pos = start + colon_end
    out.append(text[pos:])
    return "".join(out)


def dash_led_speakers(text: str) -> dict[str, dict]:
    """The labels of a dash-led transcript, vouched for by the convention itself: the dash marks
    every change of speaker, so a turn opened by a bare dash between two of one label's lines
    (someone unnamed answering) does not make those labels look as if they did not alternate.
    The host is the label whose turns (each up to the next dash-led line, its paragraphs
    below included) hold a question most often: at least ``dash_label_host_question_share`` of
    them, and at least twice the share of every other label (in a conversation where both sides
    ask, no one is the host)."""
    found = dash_led_lines(text)
    if not found:
        return {}
    out = {label: {} for *_, label in found}
    starts = sorted({m.start() for m in _lead(id(cv.language_data())).finditer(text)} | {f[0] for f in found})
    asked: dict[str, list[bool]] = {}
    for start, *_, label in found:
        after = [s for s in starts if s > start]
        turn = text[start:after[0] if after else len(text)]
        asked.setdefault(label, []).append("?" in turn)
    share = {label: sum(v) / len(v) for label, v in asked.items()}
    host = max(sorted(share), key=lambda k: share[k])
    floor = cv.language_data().get("dash_label_host_question_share", 0.6)
    if len(share) >= 2 and len(asked[host]) >= 2 and share[host] >= floor \
            and all(2 * v <= share[host] for k, v in share.items() if k != host):
        out[host] = {"moderator": True}
    return out


def bare_dash_turns(source: str, lines: list[TextLine]) -> dict[int, tuple[int, str, bool]]:
    """line index -> (last line, speaker, host?) of each turn opened by a dash and NO label in a
    dash-led transcript between a host and one other speaker ("- Parfait, merci Kheira.", "- Si
    vous en avez une, dites-le-moi."): the dash marks a change of speaker, so the turn is the other
    side's from the turn above; it goes on over the paragraphs up to the next dash-led line.
    ``source``: the document's own text (before folding), whose offsets the lines share."""
    speakers = dash_led_speakers(source)
    hosts = [k for k, v in speakers.items() if v.get("moderator")]
    guests = [k for k, v in speakers.items() if not v.get("moderator")]
    if len(hosts) != 1 or len(guests) != 1:
        return {}
    lead = _lead(id(cv.language_data()))
    labelled = {start: label for start, _, _, label in dash_led_lines(source)}
    opened = [ln.index for ln in lines if ln.start in labelled or lead.match(source, ln.start, ln.end)]
    out: dict[int, tuple[int, str, bool]] = {}
    previous = ""
    for n, i in enumerate(opened):
        ln = lines[i]
        if ln.start in labelled:
            previous = labelled[ln.start]
            continue
        if not previous:
            continue  # nothing above says whose turn it is
        speaker = guests[0] if previous == hosts[0] else hosts[0]
        last = (opened[n + 1] if n + 1 < len(opened) else len(lines)) - 1
        while last > i and not lines[last].text.strip():
            last -= 1
        out[i] = (last, speaker, speaker == hosts[0])
        previous = speaker
    return out


# who, then what they are in parentheses or after a comma, then the colon: "Odile (aide à domicile) :",
# "Mme Schmitt, infirmière libérale :"
_DESCRIBED = re.compile(r"(?P<who>[^():,;«»\n]{2,60}?)\s*(?:\((?P<pdesc>[^()\n]{2,100})\)|,\s*(?P<cdesc>[^():;«»\n]{3,80}?))"
                        r"\s*:\s+(?=\S)")


def described_dash_turns(source: str, lines: list[TextLine], gazetteer=None) -> dict[int, dict]:
    """line index -> speaker attributes of each line of a meeting's notes where every voice is heard
    once, behind a dash, named and described before a colon ("— Odile (aide à domicile) : Sur mes
    tournées …", "— Mme Schmitt, infirmière libérale : Nous, on monte …"): the labels do not recur, so
    no reader of recurring labels sees them. The convention holds when at least
    ``dash_label_min_lines`` lines are so written, at least ``dash_described_min_labels`` of them
    describe a person, their labels differ, and they speak as people do (``dash_label_min_spoken_share``).
    A voice nobody identified ("Quelqu'un de passage (…)") speaks unnamed. ``source``: the document's
    own text, whose offsets the lines share."""
    lead = _lead(id(cv.language_data()))
    if lead is None or dash_led_lines(source):
        return {}  # (a transcript whose labels recur is read by the usual readers)
    found: dict[int, tuple[str, str, str]] = {}
    for ln in lines:
        m = lead.match(ln.text)
        d = _DESCRIBED.match(ln.text, m.end()) if m else None
        if d:
            found[ln.index] = (" ".join(d.group("who").split()), (d.group("pdesc") or d.group("cdesc")).strip(),
                               ln.text[d.end():])
    data = cv.language_data()
    described = [i for i, (_, desc, _) in found.items() if describes_person(desc) or normalize_role(desc) not in ("autre", "inconnu")]
    spoken = sum(1 for *_, words in found.values() if cv.SPOKEN.search(words))
    if len(found) < data.get("dash_label_min_lines", 4) or len(described) < data.get("dash_described_min_labels", 3) \
            or len({who for who, _, _ in found.values()}) < len(found) \
            or spoken < data.get("dash_label_min_spoken_share", 0.5) * len(found):
        return {}
    out = {}
    for i, (who, desc, _) in found.items():
        key = fold(who).lower()
        if unidentified(who) or unidentified(desc) or cv.ANONYMOUS_VOICE.match(who) \
                or any(key == w or key.startswith(w + " ") for w in cv.VOICE_WORDS):  # "Quelqu'un de passage"
            out[i] = {"speaker": "", "role_raw": f"{who} ({desc})", "role": "inconnu", "region": "", "place": "",
                      "attr_source": "attribution"}
            continue
        role, region, place = describe(desc, gazetteer) if gazetteer is not None else (normalize_role(desc), "", "")
        out[i] = {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                  "attr_source": "attribution"}
    return out


class DashLedHandlers:
    """The segmenter's handler for a dash-led transcript's unlabelled turns (mixed into segmenter.Segmenter)."""

    def _h_described_dash_turn(self, i: int) -> int | None:
        if "_described_dash_turns" not in self.__dict__:
            self._described_dash_turns = described_dash_turns(self.labelled_text, self.lines, self.gazetteer)
        attrs = self._described_dash_turns.get(i)
        if attrs is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        self.spans.append(Span(ln.start, ln.end, "turn", dict(attrs)))
        return i + 1

    def _h_bare_dash_turn(self, i: int) -> int | None:
        if "_bare_dash_turns" not in self.__dict__:
            self._bare_dash_turns = bare_dash_turns(self.labelled_text, self.lines)
        found = self._bare_dash_turns.get(i)
        if found is None:
            return None
        last, speaker, host = found
        self._flush_prose(self.prose_run, self.current)
        start, end = self.lines[i].start, self.lines[last].end
        kind = "moderator" if host else "turn"
        seen = [s for s in self.spans if s.kind == kind and s.attrs.get("speaker") == speaker]
        attrs = dict(seen[-1].attrs) if seen else {"speaker": speaker, "role_raw": "", "role": "inconnu",
                                                   "region": "", "place": "", "attr_source": ""}
        self.spans.append(Span(start, end, kind, attrs))
        return last + 1
