"""Speaker labels recognised by how they behave, not by their shape: "(E) …", "[CM] …", "A) …",
"Moi) …", "#3 : …", "E3 > …", "E3 | …", "CAMILLE Alors moi …". Each reader of the package knows
label SHAPES from lists; a transcript's labels can be told instead by their behaviour: the same
short prefix opens many paragraphs, two or more such prefixes take turns, and what follows them
speaks (je, on, vous, a question).

A candidate prefix is the start of a paragraph up to the first of: a closing bracket (with or
without its opening one), a separator of ``separators``, or the change from a word in capitals
to a word that is not ("CAMILLE Alors"). A block of such paragraphs is a dialogue when it has at
least ``min_turns`` labelled paragraphs of one form, two labels or more, one recurring at least
``min_lines`` times, turns changing hands at least ``min_alternation`` of the time, at least
``min_spoken_share`` of them speaking, its labelled paragraphs ``min_block_share`` of the block's,
and the labels not counting as a list does (a), b), c) …, 1), 2), 3) …). The thresholds and
separators are data (lang/fr/recurring_labels.yaml).

Only prefixes no known shape reads are considered (``cv.TURN`` or the fallback's shapes read the
others, as before): a document whose labels the readers know is left as it was. The labels are
declared speakers (``shaped``) read through ``shaped_turn``; an interviewer's label word or a
label whose turns are mostly questions is the moderator's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine, append_cut
from .bracketed_runs import split_bracketed
from .label_times import position_mark
from .roles import normalize_role
from .unpunctuated_turns import split_unpunctuated

DEFAULTS = {"min_lines": 2, "min_turns": 4, "min_alternation": 0.6, "min_spoken_share": 0.5,
            "min_block_share": 0.5, "max_gap": 3, "max_label_chars": 24, "max_label_words": 3,
            "moderator_question_share": 0.6, "moderator_length_ratio": 0.4, "separators": [":", "|", ">", "/", "—", "–"]}
PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
CAPS = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
# a code in capitals and digits, compound or not ("E3", "INF_2", "G2-P1"); or one capital ("M", "E")
CAPS_CODE = rf"[{CAPS}]{{1,4}}[-_]?\d{{1,3}}(?:[-_][{CAPS}]{{1,4}}[-_]?\d{{1,3}})?"


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("recurring_labels") or {})}


@dataclass(frozen=True)
class Prefix:
    """A line-initial candidate: the label, its form (how it is set off) and where the words start."""
    label: str
    form: tuple[str, str, str]  # (opening bracket, closing bracket, separator or "caps")
    end: int


TIME_ONLY = re.compile(r"\d{1,2}(?::\d{2}){1,2}")


@lru_cache(maxsize=4)
def _position_only(data_id: int) -> re.Pattern:
    return re.compile(rf"(?:{position_mark(cv.language_data())})")


def position_only(label: str) -> bool:
    """A prefix that is only where the turn stands: a time, a time range, a paragraph number
    ("[00:14:02 – 00:14:51] Nadia :", "§12 E –": lang/fr/label_times.yaml label_position_marks)."""
    return bool(TIME_ONLY.fullmatch(label) or _position_only(id(cv.language_data())).fullmatch(label)
                or _position_only(id(cv.language_data())).fullmatch(f"[{label}]"))


def _label_ok(label: str, s: dict) -> bool:
    """Short, a letter or a number in it, no sentence inside: a label, not a stage direction."""
    return (0 < len(label) <= s["max_label_chars"] and len(label.split()) <= s["max_label_words"]
            and (re.search(r"[^\W_]", label) is not None or label == "#?")  # "#? :": a connection nobody identified
            and "," not in label and not re.search(r"\b(?:19|20)\d\d\b", label)  # "(Castel, 2020)": a reference and not re.search(r"[.!?…,;«»\"“”]$|[.!?…]\s", label)
            and not label.isdigit()
            and not position_only(label))  # "[00:12:40] Animatrice :": when the turn starts, not who speaks


@lru_cache(maxsize=16)
def _prefix_patterns(separators: tuple, max_words: int) -> dict:
    """The compiled shapes of prefix_of for a set of separators (compiled once, not per line)."""
    seps = "".join(re.escape(c) for c in separators)
    out = {}
    for opener, closer in PAIRS.items():
        # (the label may hold a role in parentheses: "[Sandrine (IDEL)]", "(Sandrine (IDEL))")
        inner = re.escape(opener + closer) + "()"
        out[opener] = re.compile(rf"\{opener}\s*(?P<label>[^\n{inner}]+?(?:\s?\([^()\n]*\))?)\s*\{closer}\s*(?:[{seps}]\s*)?(?=\S)")
    out["close"] = re.compile(rf"(?P<label>[^\s()\[\]{{}}<>{seps}]+(?:\s[^\s()\[\]{{}}<>{seps}]+)?)(?P<close>[)\]}}>])\s+(?=\S)")
    out["sep"] = re.compile(rf"(?P<label>[^\s{seps}]+(?:\s[^\s{seps}]+){{0,{max_words - 1}}}?)\s*(?P<sep>[{seps}])\s+(?=\S)")
    # (the words may open with a transcription's overlap mark: "BEN  // voilà et moi …", overlap_marks)
    marks = "|".join(re.escape(m) for m in settings().get("overlap_marks", [])) or "(?!)"
    out["caps"] = re.compile(rf"(?P<label>(?:[{CAPS}][{CAPS}'’-]+|{CAPS_CODE}|[{CAPS}])(?:\s[{CAPS}][{CAPS}'’-]+){{0,2}}"
                             rf"(?:\s?\([^()\n]{{1,30}}\))?)\s+(?=(?:(?:{marks})\s+)?[{CAPS}]?[a-zà-ÿœæ«])")  # "SANDRINE (IDEL) Pour moi"
    return out


def prefix_of(text: str, s: dict | None = None) -> Prefix | None:
    """The line-initial label candidate of a paragraph, whatever its shape, or None."""
    s = s or settings()
    return _prefix_of(text, tuple(s["separators"]), s["max_label_words"], s["max_label_chars"])


@lru_cache(maxsize=1 << 15)
def _prefix_of(text: str, separators: tuple, max_label_words: int, max_label_chars: int) -> Prefix | None:
    """prefix_of for the settings it reads, once per paragraph text (the recurring-label readers
    ask about the same lines and sentences several times; a Prefix is frozen)."""
    s = {"separators": separators, "max_label_words": max_label_words, "max_label_chars": max_label_chars}
    lead = len(text) - len(text.lstrip())
    t = text[lead:]
    if not t:
        return None
    shapes = _prefix_patterns(tuple(s["separators"]), s["max_label_words"])
    # "14 ANN : …": conversation analysis numbers its lines before the label; the number says
    # where the turn stands, the label who speaks (as TURN reads "4 SEC : …")
    numbered = _turn_number().match(t)
    if numbered:
        p = _prefix_of(t[numbered.end():], separators, max_label_words, max_label_chars)
        if p is None or not p.label[:1].isupper() or p.form[2] not in separators:
            return None
        return Prefix(p.label, p.form, lead + numbered.end() + p.end)
    # "(E) …", "[CM] …", "{E3} …", "<E3> …": a bracketed label
    if t[0] in PAIRS:
        m = shapes[t[0]].match(t)
        if m and _label_ok(m["label"], s):
            return Prefix(m["label"], (t[0], PAIRS[t[0]], ""), lead + m.end())
        return None
    # "A) …", "Moi) …", "E3] …": a label closed by a bracket it never opened
    m = shapes["close"].match(t)
    if m and _label_ok(m["label"], s):
        return Prefix(m["label"], ("", m["close"], ""), lead + m.end())
    # "#3 : …", "E3 > …", "E3 | …": a short run up to a separator
    m = shapes["sep"].match(t)
    if m and _label_ok(m["label"], s):
        return Prefix(m["label"], ("", "", m["sep"]), lead + m.end())
    # "CAMILLE Alors moi …", "E3 Je …": capitals (or a code), then a word that is not in capitals
    m = shapes["caps"].match(t)
    if m and _label_ok(m["label"], s):
        return Prefix(m["label"], ("", "", "caps"), lead + m.end())
    return None


@lru_cache(maxsize=4)
def _turn_lead(data_id: int) -> str:
    """The line number a conversation-analysis extract puts before a label (recurring_labels.yaml
    turn_numbers), as a pattern; never matching when the language data has none."""
    return "|".join(cv.language_data().get("turn_numbers") or []) or "(?!)"


@lru_cache(maxsize=4)
def _turn_number_pattern(lead: str) -> re.Pattern:
    return re.compile(rf"(?:{lead})\s+(?=[{CAPS}])")


def _turn_number() -> re.Pattern:
    return _turn_number_pattern(_turn_lead(id(cv.language_data())))


ORDINALS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _rank(label: str) -> int | None:
    """The place of a list marker in its enumeration (a, b … / 1, 2 … / i, ii …), else None."""
    key = label.lower()
    if key.isdigit():
        return int(key)
    if key in ORDINALS:
        return ORDINALS.index(key) + 1
    if len(key) == 1 and key.isalpha():
        return ord(key) - ord("a") + 1
    return None


def enumerated(labels: list[str]) -> bool:
    """The labels count like a list's markers: each the next of the one before, or the first
    again (a) b) c) then a) b) …; "Verbatim 1", "Verbatim 2", "Verbatim 3")."""
    ranks = [_rank(k) for k in labels]
    if any(r is None for r in ranks) and len({_series(k) for k in labels}) == 1:
        ranks = [int(re.search(r"\d+", k).group(0)) if re.search(r"\d", k) else None for k in labels]
    if any(r is None for r in ranks) or len(set(ranks)) < 3:
        return False  # "Q" / "R" taking turns are no list
    return all(b == a + 1 or b == ranks[0] for a, b in zip(ranks, ranks[1:]))


def is_title(text: str) -> bool:
    """A short line with no sentence end, not a note in brackets ("Exemple d'échange (formation
    des ARM)", "Mardi 12 octobre"): a heading, which ends a block of turns."""
    t = text.strip()
    return bool(t) and len(t.split()) <= 12 and not re.search(r"[.!?…»:;,]$", t) and t[0] not in "[(<{"


def _series(label: str) -> str:
    """A numbered or lettered label's series ("#3" -> "#9", "E12" -> "E9", "Intervenant C" ->
    "Intervenant Z": a word, then one capital letter; seggen10)."""
    return re.sub(r"(?<=\w )[A-Z]$", "Z", re.sub(r"\d+", "9", label))


def _runs(indices: list[int], gap: int, titles: set[int] = frozenset()) -> list[list[int]]:
    """The labelled lines grouped into blocks: a new block after more than ``gap`` other lines
    or after a title."""
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i - runs[-1][-1] <= gap + 1 and not any(t in titles for t in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _voice(label: str) -> bool:
    """A label word of the interviewer, the interviewee, a group or a voice ("Modératrice", "Tous")."""
    key = fold(label).rstrip(".").lower()
    return key in cv.MODERATOR_WORDS or key in cv.GROUP_WORDS or key in cv.VOICE_WORDS or key in cv.ANSWER_WORDS


def dialogue(run: list[int], found: dict[int, Prefix], lines: list[TextLine], s: dict) -> set[str]:
    """The labels of one block of labelled paragraphs when it behaves as a dialogue, else none."""
    counts = Counter(found[i].label for i in run)
    # a label heard once whose line does not speak is a field of a form ("Orientation : créneau
    # CPTS si disponible"), not a turn
    # s27-segr47a: but a numbered label heard once whose series comes back in the block ("DD 90 :"
    # between "DD 58 :" turns, a crisis cell's delegations reporting in turn) is a voice of it
    recurring = {_series(k) for k, n in counts.items() if n > 1 and _series(k) != k}
    run = [i for i in run if counts[found[i].label] > 1 or _series(found[i].label) in recurring
           or cv.SPOKEN.search(lines[i].text[found[i].end - lines[i].start:])]
    if not run:
        return set()
    labels = [found[i].label for i in run]
    counts = Counter(labels)
    series = Counter(_series(k) for k in labels)  # "#3", "#1", "#5": one series recurring
    if len(run) < s["min_turns"] or len(counts) < 2 or max(series.values()) < s["min_lines"]:
        return set()
    if max(counts.values()) < s["min_lines"] and not any(_voice(k) for k in counts):
        # a series of labels none of which comes back and none a voice ("Semaine 38 :", "Semaine
        # 41 :", "Semaine 48 :"; "Temps 1 :", "Temps 4 :"): a planning's or a protocol's fields;
        # people who take turns come back, at least the one who asks ("Modé :" between "#3 :",
        # "#1 :", "#5 :"), or a voice is among them ("(Modératrice)", "(Tous)" between "(Intervenant C)" …)
        return set()
    changes = sum(1 for a, b in zip(labels, labels[1:]) if a != b) / (len(labels) - 1)
    words = [lines[i].text[found[i].end - lines[i].start:] for i in run]
    spoken = sum(1 for w in words if cv.SPOKEN.search(w)) / len(run)
    span = [ln for ln in lines[run[0]:run[-1] + 1] if ln.text.strip()]
    if changes < s["min_alternation"] or spoken < s["min_spoken_share"] or len(run) < s["min_block_share"] * len(span):
        return set()
    if enumerated(labels):
        return set()
    # in a dialogue, a label heard once is a voice of it too
    return set(counts)


def recurring_labels(lines: list[TextLine]) -> dict[str, Prefix]:
    """label -> its form, for the labels of unknown shape that take turns in this document."""
    s = settings()
    found: dict[int, Prefix] = {}
    for n, ln in enumerate(lines):
        p = prefix_of(ln.text, s)
        # "Note :", "Première question :": a word that never names a speaker
        if p is not None and not any(w.rstrip(".") in cv.NOT_LABELS for w in fold(p.label).lower().split()):
            found[n] = Prefix(p.label, p.form, ln.start + p.end)
    titles = {n for n, ln in enumerate(lines) if n not in found and is_title(ln.text)}
    out: dict[str, Prefix] = {}
    for form in sorted({p.form for p in found.values()}):
        at = [i for i, p in found.items() if p.form == form]
        for run in _runs(at, s["max_gap"], titles):
            for label in sorted(dialogue(run, found, lines, s)):
                out.setdefault(label, found[next(i for i in run if found[i].label == label)])
    return out


# a sentence's end (or a stage direction's: "(Rires dans la salle.)"), then maybe a transcript's
# aside in brackets ("… l'a su. [rires] (Tous) …": seggen10)
# the blank after a sentence's end (optionally a bracketed note, "[rires]"). Spelled with its first
# blank before the look-behinds (which read past it): Python's re skips to a blank instead of trying
# every position; the same matches as (?:(?<=[.!?…»])|(?<=[.!?…]\)))\s+(?:…)?(?=\S)
# (tests/segment/test_speed_patterns.py)
SENTENCE_END = re.compile(r"\s(?:(?<=[.!?…»]\s)|(?<=[.!?…]\)\s))\s*(?:\[[a-zà-ÿ][^\]\n]{0,30}\]\s+)?(?=\S)")

# where sentences start inside each line: read once per text for the three passes below (the
# label prefixes inside lines, the cuts, the turns of the labels kept), bounded
_STARTS: dict[str, tuple[int, ...]] = {}


def _sentence_starts(text: str) -> tuple[int, ...]:
    """The ends of SENTENCE_END's matches in text (where a sentence inside the line starts)."""
    if text not in _STARTS:
        if len(_STARTS) > 1 << 16:
            _STARTS.clear()
        _STARTS[text] = tuple(m.end() for m in SENTENCE_END.finditer(text))
    return _STARTS[text]


def split_at_recurring(lines: list[TextLine], s: dict | None = None) -> list[TextLine]:
    """Lines cut where a label set off as labels open lines elsewhere opens a sentence inside one
    ("R) On appelle … ici. A) Moi je …"): paragraphs the extraction ran together; re-indexed."""
    s = s or settings()
    opened = {p.form for ln in lines if (p := prefix_of(ln.text, s))}
    # a form that opens no line but many sentences: a transcript the extraction ran into one paragraph
    inside = Counter((p.form, _series(p.label)) for ln in lines for e in _sentence_starts(ln.text) if (p := prefix_of(ln.text[e:], s)))
    forms = Counter(form for form, _ in inside.elements())
    opened |= {form for form, n in forms.items() if n >= s["min_turns"]
               and any(k[0] == form and c >= s["min_lines"] for k, c in inside.items())}  # a label (or its series) recurring among them
    if not opened:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        cuts = [e for e in _sentence_starts(ln.text)
                if (p := prefix_of(ln.text[e:], s)) and p.form in opened]
        append_cut(out, ln, cuts)
    return out


def recurring_turns(lines: list[TextLine], gazetteer=None) -> tuple[list[TextLine], dict[str, dict]]:
    """(lines, speakers): the labels of any shape that take turns (``recurring_label_speakers``)
    and the lines cut where their turns start inside one, or (lines, {}) when there are none."""
    cut = split_at_recurring(lines)
    s = settings()
    # "… huit ans enq : et …": turns run together without punctuation
    cut = split_unpunctuated(cut, lambda text: prefix_of(text, s))
    # "… huit ans (enq) et la CPTS …": bracketed labels run together (segment/bracketed_runs.py)
    bracketed = split_bracketed(cut, lambda text: prefix_of(text, s), s)
    labels = recurring_labels(bracketed)
    # only the bracketed labels that take turns cut lines ("(EHESP)" twice in a thesis cuts nothing)
    cut = split_bracketed(cut, lambda text: prefix_of(text, s), s, set(labels)) if bracketed is not cut else cut
    labels = recurring_labels(cut) if bracketed is not cut else labels
    if not labels:
        return lines, {}
    # a turn inside a line whatever follows its label ("… partie. LUCIE CPTS, quatre lettres …")
    pattern = shaped_turn(labels)
    out: list[TextLine] = []
    for ln in cut:
        append_cut(out, ln, [e for e in _sentence_starts(ln.text) if pattern.match(ln.text[e:])])
    return out, recurring_label_speakers(out, labels, gazetteer)


def recurring_label_speakers(lines: list[TextLine], labels: dict[str, Prefix] | None = None,
                             gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (``shaped``: its form; ``moderator``; the role and place a key
    or an introduction gives) of the labels of any shape that take turns, or {}."""
    s = settings()
    labels = recurring_labels(lines) if labels is None else labels
    out: dict[str, dict] = {}
    pattern = shaped_turn(labels)
    said: dict[str, list[str]] = {}
    for ln in lines:
        if pattern is not None and (m := pattern.match(ln.text)):
            said.setdefault(m.group("label"), []).append(ln.text)
    for label, p in labels.items():
        turns = said.get(label, [])
        questions = sum(1 for t in turns if t.rstrip(" »\"”").endswith("?"))
        moderator = fold(label).rstrip(".").lower() in cv.MODERATOR_WORDS or (
            len(turns) >= 2 and questions >= s["moderator_question_share"] * len(turns))
        out[label] = {"role_raw": "", "role": "", "region": "", "place": "", "group": False,
                      "source": "attribution", "shaped": p.form, "moderator": moderator}
    if out and not any(v["moderator"] for v in out.values()):
        # no label asks most of the questions: the voice that opens the dialogue with turns far
        # shorter than the others' is the interviewer's ("PB : oui" / "406PERS : … (30 words)")
        first = next((m.group("label") for ln in lines if pattern is not None and (m := pattern.match(ln.text))), None)
        length = {k: sum(len(t.split()) for t in v) / len(v) for k, v in said.items() if len(v) >= s["min_lines"]}
        others = [n for k, n in length.items() if k != first]
        if first in length and others and length[first] <= s["moderator_length_ratio"] * min(others):
            out[first]["moderator"] = True
    for label, desc in keyed(lines, list(out)).items():
        if cv.INTERVIEWER.search(desc):
            out[label]["moderator"] = True
        elif normalize_role(desc) not in ("autre", "inconnu") and not out[label]["moderator"]:
            out[label].update(role_raw=desc, role=normalize_role(desc), source="participant_table")
    for label, desc in tabled(lines, [k for k, v in out.items() if not v["moderator"] and not v["role"]]).items():
        out[label].update(role_raw=desc, role=normalize_role(desc), source="participant_table")
    for label, desc in introduced(lines, [k for k, v in out.items() if not v["moderator"] and not v["role"]]).items():
        out[label].update(role_raw=desc, role=normalize_role(desc), source="attribution")
    if gazetteer is not None:
        from .regions import resolve_region

        for attrs in out.values():
            if attrs["role_raw"]:  # "pharmacienne titulaire à Autun"
                attrs["region"], attrs["place"] = resolve_region(attrs["role_raw"], gazetteer)
    return with_roles(out)


FIRST = r"[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
SURNAME = r"[A-ZÉÈ][\w'’-]+"
# what follows a person's name to say what they do: an apposition, or "est …", "exerce comme …"
# (its verbs: lang/fr recurring_labels.yaml recurring_copulas; its end words: grammar.yaml description_end_words)
INTRO = (rf"(?:\s*,\s*|\s+(?:{cv.word_forms('recurring_copulas')})\s+)(?P<desc>[^,.;()]{{3,80}}?)"
         rf"(?=\s*(?:[,.;()]|\b(?:{cv.word_forms('description_end_words')})\b|$))")


def introduced(lines: list[TextLine], labels: list[str]) -> dict[str, str]:
    """label -> what the text says the person it names does, where it introduces them: a first
    name in capitals ("CAMILLE") by "Camille, pharmacienne titulaire à Autun"; initials ("CM")
    by the name they abbreviate, "Christelle Moreau est infirmière libérale à Chinon"."""
    text = "\n".join(ln.text for ln in lines)
    out: dict[str, str] = {}
    for label in labels:
        if re.fullmatch(r"[A-ZÉÈ]{2,3}", label):
            first, last = label[0], label[-1]
            name = rf"{first}[a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+(?:[A-ZÉÈ]\w*\s+)?{last}[\w'’-]+"
        elif re.fullmatch(FIRST, label.title()) and (label.isupper() or label == label.title()):
            name = rf"{re.escape(label.title())}(?:\s+{SURNAME})?"
        else:
            continue
        for m in re.finditer(rf"(?<![\w-]){name}{INTRO}", text):
            if normalize_role(m.group("desc")) not in ("autre", "inconnu"):
                out[label] = m.group("desc").strip()
                break
    return out


# a row "key | description | place", or rows the extraction ran together on one line
ROW = re.compile(r"(?:^|(?<=\s))(?P<key>[^\s|]{1,6})\s*\|\s*(?P<desc>[^|]{3,80}?)\s*"
                 r"(?:\|\s*(?P<place>[^|]{2,60}?)\s*)?(?=\s[^\s|]{1,6}\s*\||$)")


def tabled(lines: list[TextLine], labels: list[str]) -> dict[str, str]:
    """label -> the description of the table row keyed by the label, or by its number ("#3"
    under "# | Profession | Commune" then "3 | Pharmacien titulaire | Le Puy-en-Velay"): the
    description and the place, as one field."""
    keys = {re.sub(r"[^\w]", "", k): k for k in labels} | {k: k for k in labels}
    out: dict[str, str] = {}
    for m in (m for ln in lines if "|" in ln.text for m in ROW.finditer(ln.text)):
        if m.group("key").strip() in keys and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
            desc = m.group("desc") + (f" à {m.group('place')}" if m.group("place") else "")
            out.setdefault(keys[m.group("key").strip()], desc)
    return out


def keyed(lines: list[TextLine], labels: list[str]) -> dict[str, str]:
    """label -> what a key inside a sentence says of it ("(E) : enquêteur ; (D) : directrice du
    DAC, en poste depuis 2021"; "E = enquêtrice"): the label, bracketed as in the turns or not,
    then ":" or "=", after the start of a clause, never opening the line (a turn) unless the
    line is a key of its own: two entries or more separated by semicolons, the next entry's label
    right after each semicolon ("Coord. : coordinatrice de la CPTS ; Pdt : président … ; Étud. :
    l'étudiante.")."""
    if not labels:
        return {}
    alt = "|".join(re.escape(k) for k in sorted(labels, key=lambda k: (-len(k), k)))
    entry = rf"\s*[\[({{<]?(?P<label>{alt})[\])}}>]?\s*[:=]\s*(?P<desc>[^;:=()\n]{{3,80}}?)\s*(?=[;)]|\.(?:\s|$)|$)"
    key = re.compile(rf"(?<=[;.(,]){entry}")
    opening = re.compile(rf"^{entry}")
    out: dict[str, str] = {}
    for ln in lines:
        found = list(key.finditer(ln.text))
        first = opening.match(ln.text)
        # the line's own first entry, when each entry after it follows a semicolon
        if first and found and first.end() < found[0].start() and \
                all(ln.text[:m.start()].rstrip().endswith(";") for m in found):
            found.insert(0, first)
        for m in found:
            out.setdefault(m.group("label"), m.group("desc").strip())
    return out


NAMED_ROLE = re.compile(r"^(?P<name>.+?)\s?\((?P<role>[^()]{1,30})\)$")


def with_roles(speakers: dict[str, dict]) -> dict[str, dict]:
    """A label that gives the person's role in parentheses ("Sandrine (IDEL)", first turn) names
    the person without it, with that role; so does the bare name in the later turns."""
    roles: dict[str, tuple[str, str]] = {}
    for label, attrs in speakers.items():
        m = NAMED_ROLE.match(label)
        if m and normalize_role(m["role"]) not in ("autre", "inconnu"):
            roles[fold(m["name"]).lower()] = (m["role"], normalize_role(m["role"]))
            attrs["speaker"] = m["name"]
    for label, attrs in speakers.items():
        key = fold(attrs.get("speaker", label)).lower()
        if key in roles:
            attrs["role_raw"], attrs["role"] = roles[key]
    return speakers


def shaped_turn(codes) -> re.Pattern | None:
    """A line opened by one of these labels, bracketed or not, set off by a separator or a space
    (``lead``, ``ts``, ``label``): the labels were found by their behaviour, their form is loose."""
    forms = {c: _form(v) for c, v in codes.items()} if isinstance(codes, dict) else {}
    separators = DEFAULTS["separators"] + settings()["separators"]
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    seps = "".join(re.escape(c) for c in separators)
    # a name in lower case set off by a separator wherever it speaks ("Ghjuvanna : …") opens a
    # sentence of the narrative without it ("Ghjuvanna a choisi de répondre en corse"): only its
    # separator makes it a label there (s25-segr44b)
    named = [c for c in codes if (f := forms.get(c)) and not f[0] and f[2] in separators
             and re.search(r"[a-zà-ÿ]", c) and not any(o.startswith(c + " ") for o in codes)]
    bare = rf"(?!(?:{'|'.join(re.escape(c) for c in named)})\s+[^\s{seps}])" if named else ""
    # (after a conversation-analysis line number too: "14 ANN : …")
    number = rf"(?:(?:{_turn_lead(id(cv.language_data()))})\s+(?=(?:{alt})\s*[{seps}]))?"
    return re.compile(rf"^(?P<lead>)(?P<ts>){number}{bare}(?:[\[({{<]\s*)?(?P<label>{alt})(?:\s*[\])}}>])?(?:\s*[{seps}])?\s+(?=\S)")


def _form(value) -> tuple[str, str, str] | None:
    """A shaped label's form, from its Prefix or its declared attributes."""
    if isinstance(value, Prefix):
        return value.form
    form = value.get("shaped") if isinstance(value, dict) else None
    return tuple(form) if isinstance(form, (tuple, list)) and len(form) == 3 else None
