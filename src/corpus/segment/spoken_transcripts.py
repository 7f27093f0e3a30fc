"""Transcripts of SPOKEN French as research corpora distribute them (sociolinguistic surveys,
spoken-French corpora, a researcher's own recordings transcribed by the same conventions): one
turn per paragraph, "LABEL : words", the label a speaker code of any shape ("PB", "FA192",
"406PERS", "Mira", "Sonia Branca-Rosoff (ENQ)"), the words as said: no sentence punctuation but
"?", hesitations ("euh"), backchannels ("hm hm", "oui"), overlapping speech split into short turns.

A document is such a transcript when at least ``spoken_min_turns`` paragraphs open with a label
and a spaced colon, two labels or more, at most ``spoken_max_punctuated_share`` of the turns
punctuated as writing, and at least ``spoken_min_hesitation_share`` of them holding a hesitation
("euh", "hm": lang/fr/spoken_transcripts.yaml). Its labels are declared speakers. Which of them
is the interviewer: the one a role tag names ("(ENQ)"); else, in an interview where one speaker
says most of the words, the others who ask questions more often than that speaker does (the
interviewers' turns are questions, prompts and backchannels; several may take turns).
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .base import TextLine, append_cut
from .regions import resolve_region

_data = cv.language_data

# a speaker code of any shape (up to four words, a role tag in parentheses), a spaced colon
TURN = re.compile(r"^(?P<label>[^\s:«»\"“(][^:«»\"“?!.;]{0,45}?)\s:\s+(?=\S)")
PUNCTUATED = re.compile(r"[.!;](?:\s|$)")
MAX_LABEL_WORDS = 4


def _words(key: str) -> list[str]:
    return [w for w in _data().get(key, []) if w]


def _turns(lines: list[TextLine]) -> list[tuple[str, str]]:
    out = []
    for ln in lines:
        m = TURN.match(ln.text)
        if m and len(m.group("label").split()) <= MAX_LABEL_WORDS:
            out.append((m.group("label").strip(), ln.text[m.end():]))
    return out


def is_spoken_transcript(turns: list[tuple[str, str]]) -> bool:
    d = _data()
    said = Counter(label for label, _ in turns)
    if len(turns) < d.get("spoken_min_turns", 6) or len(said) < 2 or sorted(said.values())[-2] < 2:
        return False
    hes = _words("spoken_hesitations")
    if not hes:
        return False
    hesitations = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, hes))})(?![\w-])", re.I)
    punctuated = sum(1 for _, w in turns if PUNCTUATED.search(w))
    hesitant = sum(1 for _, w in turns if hesitations.search(w))
    return punctuated <= d.get("spoken_max_punctuated_share", 0.1) * len(turns) \
        and hesitant >= d.get("spoken_min_hesitation_share", 0.2) * len(turns)


def _tagged(label: str, tags: list[str]) -> bool:
    key = fold(label).lower()
    return any(re.search(rf"(?<![\w]){re.escape(fold(t).lower())}(?![\w])", key) for t in tags)


def _word_set(key: str) -> set[str]:
    return {fold(w).lower().replace("’", "'") for w in _words(key)}


def prompts(words: str) -> bool:
    """A question (a "?" or a question phrase) or a backchannel ("hm hm", "ah oui"): what an
    interviewer's turns are."""
    key = fold(words).lower().replace("’", "'")
    if "?" in key or any(p in key for p in _word_set("spoken_question_phrases")):
        return True
    tokens = re.findall(r"[\w']+", key)
    return bool(tokens) and set(tokens) <= _word_set("spoken_backchannels") | _word_set("spoken_hesitations")


def interviewers(turns: list[tuple[str, str]]) -> set[str]:
    """The labels that are the interviewer's: tagged as such; else, when one speaker says most of
    the words, the others who prompt (questions, backchannels) more often than that speaker."""
    said = Counter(label for label, _ in turns)
    tagged = {label for label in said if _tagged(label, _words("spoken_interviewer_tags"))}
    if tagged:
        return tagged if tagged != set(said) else set()
    words: Counter = Counter()
    prompted: Counter = Counter()
    for label, w in turns:
        words[label] += len(w.split())
        prompted[label] += prompts(w)
    top, top_words = words.most_common(1)[0]
    if top_words < _data().get("spoken_interviewee_min_word_share", 0.5) * sum(words.values()):
        return set()
    rate = prompted[top] / said[top]
    return {label for label in said if label != top and prompted[label] / said[label] > rate}


def split_at_spoken_turns(lines: list[TextLine]) -> list[TextLine]:
    """Such a transcript's lines cut where one of its labels opens a turn inside a line (short
    turns the extraction ran together: "oui Mira : les premiers mois"); re-indexed. Other
    documents as they are."""
    turns = _turns(lines)
    if not is_spoken_transcript(turns):
        return lines
    said = Counter(label for label, _ in turns)
    labels = sorted((k for k, n in said.items() if n >= 2), key=lambda k: (-len(k), k))
    inside = re.compile(rf"(?<=\S)\s+(?=(?:{'|'.join(map(re.escape, labels))})\s:\s+\S)")
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in inside.finditer(ln.text)])
    return out


def residence(turns: list[tuple[str, str]], gazetteer) -> tuple[str, str]:
    """(region, place) of the first place named after a verb of residence in the turns
    ("j'ai toujours habité Orléans", "habitez-vous Orléans ?"), or ('', '')."""
    verbs = _words("spoken_residence_verbs")
    if gazetteer is None or not verbs:
        return "", ""
    pattern = re.compile(rf"(?<![\w-])(?i:{cv.literal_alternation(verbs)})(?:-(?:{cv.word_forms('spoken_inverted_subjects')}))?(?![\w-])"
                         rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:(?:{cv.word_forms('spoken_residence_prepositions')})\s+)?"
                         rf"(?P<place>[A-ZÉÈÎ][\w'’-]+(?:[\s-](?:{cv.word_forms('spoken_place_links')})?[\s-]?[A-ZÉÈ][\w'’-]+)*)")
    for _, words in turns:
        for m in pattern.finditer(words):
            region, place = resolve_region(m.group("place"), gazetteer)
            if region:
                return region, place
    return "", ""


def spoken_transcript_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (speaker, moderator, region, …) of a spoken-corpus
    transcript's labels, or {} when the document is not one. An interview of one person: the
    place where the interview says they live gives their region."""
    turns = _turns(lines)
    if not is_spoken_transcript(turns):
        return {}
    hosts = interviewers(turns)
    labels = sorted({label for label, _ in turns})
    guests = [label for label in labels if label not in hosts]
    region, place = residence(turns, gazetteer) if hosts and len(guests) == 1 else ("", "")
    out = {}
    for label in labels:
        host = label in hosts
        out[label] = {"role_raw": "", "role": "", "region": "" if host else region, "place": "" if host else place,
                      "moderator": host, "group": False, "source": "transcript", "speaker": "" if host else label}
    return out
