"""Speaker labels set off by any separator the document uses ("IDE 2. Oui, je …", "Cadre — Alors
…", "(E3) On a …", "[Animatrice] Et vous ?"), read as the same labels set off by a colon.

The label readers of the segmenter were written, round after round, for the separator each
document showed them, mostly a colon; the same transcript with its labels closed by a period, a
dash or brackets went unread (bench/PERTURB.md, sessions 28 and 29). A label is known by how it
behaves, not by its separator: a short token opening paragraphs (a code, a trade, initials, a name,
a participant word and a number) that recurs and takes turns with other such tokens over lines
that speak. The separator is a fact of the document: the one (lang/fr/label_separators.yaml)
whose line-opening tokens behave so. Those lines are folded at the same length into the colon
form ("IDE 2: Oui, je …", "E3 : On a …"), as dash_led_labels folds a dash-led transcript, so every
reader written for "X :" reads them; the segments keep the document's own characters.

A bibliography ("Dupont J. …": the lines do not speak), run-in headings ("Méthode. …": each once),
a numbered list ("1. …": no capital) or civilities ("M. Durand …") are none.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from ..io import SPEAKER_KINDS
from ..text import fold
from . import conventions as cv
from .discovery import label_shape
from .labels import label_text, loose_separator, turn_match

SPACES = "[ \t\u00a0\u202f]"


def _mark(mark: str) -> str:
    """A separator's mark as a pattern, any space standing for a space."""
    return "".join(SPACES if c == " " else re.escape(c) for c in mark)


@lru_cache(maxsize=4)
def _separators(key: int) -> tuple[tuple[re.Pattern, ...], re.Pattern | None]:
    """One line-start pattern per separator of the language data, and the colon's (at a line's
    start or after a sentence's end: turns the extraction ran together), built once per data. A dash may
    lead the line ("- Ugo. Bonjour …": a dash-led transcript, segment/dash_led_labels.py); it stays."""
    data = cv.language_data()
    label = data.get("label_separator_label")
    if not label:
        return (), None
    dashes = "|".join(re.escape(d) for d in sorted(data.get("dash_label_dashes", []), key=lambda d: (-len(d), d)))
    lead = rf"(?P<lead>(?:{dashes}){SPACES}+)?" if dashes else "(?P<lead>)"
    # (a separator may have a label shape of its own: capitals where nothing else sets the label
    # off, a whole short line above the words)
    seps = tuple(re.compile(rf"^{lead}(?P<open>{_mark(s.get('open', ''))})(?P<label>{s.get('label') or label})"
                            rf"(?P<close>{_mark(s['close'])})(?=\S)", re.MULTILINE) for s in data.get("label_separators", []))
    colon = re.compile(rf"(?:^|(?<=[.!?…»]){SPACES}+)(?P<label>{label}){SPACES}*:{SPACES}+(?=\S)", re.MULTILINE)
    return seps, colon


@lru_cache(maxsize=4)
def _not_labels(key: int) -> tuple[frozenset[str], frozenset[str]]:
    """Words that open a line without naming a speaker: the not-labels, civilities and replies, as
    the whole label ("M. Durand …", "Tout à fait. C'est …"), and the words of speech itself, as its
    first word ("Oui. Je …", "Euh — …", "Moi aussi — …")."""
    data = cv.language_data()
    spoken = frozenset(fold(w).lower() for w in data.get("spoken_words", []))
    replies = {fold(w).lower() for w in data.get("label_separator_replies", [])}
    return frozenset({w.lower() for w in cv.NOT_LABELS | cv.CIVILITIES} | spoken | replies), spoken


@lru_cache(maxsize=4)
def _elisions(key: int) -> tuple[str, ...]:
    """Elided pronouns that open a sentence, never a label ("C'était …", "J'adore …")."""
    return tuple(fold(w).lower() for w in cv.language_data().get("label_separator_not_first_elisions", []))


def _key(label: str) -> str:
    return fold(label).rstrip(".").lower()


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _candidates(text: str, pattern: re.Pattern, excluded: tuple[frozenset[str], frozenset[str]]) -> list[tuple[int, re.Match, str]]:
    out = []
    for m in pattern.finditer(text):
        label = " ".join(m.group("label").split())
        key = fold(label).rstrip(".").lower()
        if key in excluded[0] or key.split()[0] in excluded[1] or len(label) > 60:
            continue
        close = m.groupdict().get("close") or ""
        # a sentence trailing off ("Alors... on …", "C'était une urgence… parce que"): an
        # ellipsis, not a label's period; a sentence opening on an elided pronoun ("J'adore ce
        # genre de discussion. Je …"): a speaker's words quoted twice recur like a label
        if label.endswith("…") or (label.endswith(".") and close.startswith(".")) \
                or key.startswith(_elisions(id(cv.language_data()))):
            continue
        out.append((m.start("label") if "open" not in pattern.groupindex else m.start(), m, label))
    return out


def _colon_turns(text: str, colon: re.Pattern | None, excluded: tuple[frozenset[str], frozenset[str]]) -> list[tuple[int, re.Match, str]]:
    """The turns a colon opens: lines the shared TURN pattern reads with a colon (any label shape
    the readers know, "ploum (compte créé en 2002) :"), and labels of the separator's shape after
    a sentence's end inside a line (turns the extraction ran together)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        m = turn_match(line)
        if m and not loose_separator(m):
            label = label_text(m)
            if label and fold(label).rstrip(".").lower() not in excluded[0]:
                out.append((pos, m, label))
        pos += len(line) + 1
    if colon is not None:
        seen = {f[0] for f in out}
        out += [f for f in _candidates(text, colon, excluded) if f[0] not in seen]
    return sorted(out, key=lambda f: f[0])


def _taking_turns(found: list[tuple[int, re.Match, str]], colons: list[tuple[int, re.Match, str]], text: str) -> set[str]:
    """The labels of one separator that behave as speakers' labels (recurring, taking turns with
    each other or with the document's colon labels, over lines that speak); empty when none do."""
    data = cv.language_data()
    counts = Counter(label for *_, label in found)
    recurring = {label for label, n in counts.items() if n >= 2}
    if not recurring:
        return set()
    runs = [f for f in found if f[2] in recurring]
    # (every line the separator opens counts as a turn: a voice heard once takes its turn too)
    turns = sorted(found + colons, key=lambda f: f[0])
    voices = recurring | {label for *_, label in colons}
    if len(voices) < data.get("label_separator_min_labels", 2) or len(turns) < data.get("label_separator_min_lines", 4):
        return set()
    changes = sum(1 for a, b in zip(turns, turns[1:]) if a[2] != b[2])
    if changes < data.get("label_separator_min_alternation", 0.5) * (len(turns) - 1):
        return set()
    spoken = sum(1 for pos, m, _ in runs if cv.SPOKEN.search(text[m.end():_line_end(text, m.end())]))
    if spoken < data.get("label_separator_min_spoken_share", 0.5) * len(runs):
        return set()
    return recurring


def _line_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _between_turns(found, accepted: set[str], colons, text: str) -> list[tuple[int, re.Match, str]]:
    """The separator's labels heard once that open a line next to a turn ("Cadre. Alors …" between
    "Dr M. :" turns, "Bapt (compte créé en 2000). J'ai …" among answers set off by a colon): a
    voice that joins the dialogue once, when the line speaks next to a turn of the same separator
    or one whose label has the same shape (not a heading between two fields: "Axe 2 – Soins …" between
    "Constat :" lines)."""
    starts = [0, *(k + 1 for k, c in enumerate(text) if c == "\n")]
    turns = {_line_of(starts, f[0]): f[2] for f in colons if f[0] in starts}
    own = {_line_of(starts, f[0]) for f in found if f[2] in accepted}
    turns.update({_line_of(starts, f[0]): f[2] for f in found if f[2] in accepted})
    filled = [k for k in range(len(starts)) if text[starts[k]:_line_end(text, starts[k])].strip()]
    order = {k: n for n, k in enumerate(filled)}
    out = []
    for f in found:
        if f[2] in accepted:
            continue
        k = _line_of(starts, f[0])
        n = order.get(k)
        words = text[f[1].end():_line_end(text, f[1].end())]
        # (an elided pronoun counts: "il m'a dit tout à l'heure …", s48)
        if n is None or not cv.SPOKEN_OR_ASKED.search(words):
            continue
        near = [filled[j] for j in (n - 1, n + 1) if 0 <= j < len(filled) and filled[j] in turns]
        shape = label_shape(f[2])
        if any(k in own or label_shape(turns[k]) == shape for k in near):
            out.append(f)
    return out


def separated_labels(text: str) -> tuple[set[str], list[tuple[int, re.Match, str]]]:
    """The document's labels set off by a separator other than a colon, and the lines they open
    (start, match, label): those of the one separator whose labels take turns (the most lines when
    several do)."""
    best: tuple[set[str], list] = (set(), [])
    excluded = _not_labels(id(cv.language_data()))
    seps, colon = _separators(id(cv.language_data()))
    colons = _colon_turns(text, colon, excluded) if ":" in text else []
    colon_lines = {f[0]: _key(f[2]) for f in colons if f[0] == 0 or text[f[0] - 1] == "\n"}
    for pattern in seps:
        # (not a line a colon sets another label off: "IDE service : …" is no "IDE" in capitals;
        # "Anim. : …" is the same label)
        found = [f for f in _candidates(text, pattern, excluded) if colon_lines.get(f[1].start(), _key(f[2])) == _key(f[2])]
        if not found:
            continue
        labels = _taking_turns(found, colons, text)
        lines = [f for f in found if f[2] in labels]
        # (voices heard once join the separator's recurring ones; not on lines of their own, which
        # headings are too, nor by themselves: a title or a heading between a report's fields)
        if labels and "\n" not in pattern.pattern:
            once = _between_turns(found, labels, colons, text)
            labels |= {f[2] for f in once}
            lines = sorted(lines + once, key=lambda f: f[0])
        if len(lines) > len(best[1]):
            best = (labels, lines)
    return best


def fold_label_separators(text: str) -> str:
    """``text`` with each speaker label set off by the document's separator rewritten with a colon,
    at the same length: "IDE 2. Oui" -> "IDE 2: Oui", "Cadre — Alors" -> "Cadre : Alors",
    "(E3) On" -> "E3 : On", "IDE 2 Oui" (capitals) -> "IDE 2:Oui", a label's own line joined to
    its words ("Une habitante:Et pour nous …"); a dash leading the line stays."""
    _, lines = separated_labels(text)
    if not lines:
        return text
    out, pos = [], 0
    for _, m, _ in lines:
        start = m.end("lead") if m.group("lead") else m.start()
        width = m.end() - start
        label = m.group("label")
        colon = ":" if width - len(label) <= 2 else " :"
        out.append(text[pos:start])
        out.append((label + colon).ljust(width))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def reads_labels(segments, labels: set[str]) -> bool:
    """Whether the speech segments of a reading already give half the labels or more as speakers
    (the document's separator is one its readers know)."""
    keys = {_label_key(lab): lab for lab in labels}
    heard = {keys[k] for seg in segments if seg.kind in SPEAKER_KINDS
             and (k := _label_key(seg.speaker or "")) and (k in keys or (k := k.split()[-1]) in keys and len(k) > 2)}
    return 2 * len(heard) >= len(labels)


def _label_key(label: str) -> str:
    """A label without case, accents, final period or leading civility ("Mme GIRARD." as "girard":
    a record's reader names the member without it, or by the full name a list gives: its surname
    is the label then)."""
    words = fold(label).rstrip(".").lower().split()
    if len(words) > 1 and words[0].rstrip(".") in cv.CIVILITIES:
        words = words[1:]
    return " ".join(words)


def speech_count(segments) -> int:
    """The turns a reading gives (the one with more is kept: segmenter.segment_text): speech
    segments and the moderator's (a record's chair read as its chair is a turn read, not lost)."""
    return sum(1 for seg in segments if seg.kind in SPEAKER_KINDS or seg.kind == "moderator")
