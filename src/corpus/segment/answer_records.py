"""QUESTION-AND-ANSWER RECORDS (issue #14, s31-segr54b): an official record of questions put to a
person and the answers taken down in guillemets — a commissaire de justice's "sommation
interpellative", a hearing's or an administrative inquiry's "procès-verbal d'audition" —
numbers the questions ("Question n°2 : … ?") and opens each answer on an answer word, bare or
naming who answers ("Réponse : « … »", "Réponse du docteur X : « … »"). A bare answer's quotation,
when no other reader took it as speech, is the words of the person who answers: the one who gave
the answer above it when only questions and answers lie between them; else the person the
narration just above the question presents (the officer's "j'ai rencontré la secrétaire du
cabinet, qui a accepté de répondre"): no name, the role of the person noun.

Words: lang/fr/answer_records.yaml (the question and answer words, the least number of answer
lines that makes a document such a record). A model of the record to fill in ("Réponse : « [la
réponse] »") quotes no one: the quotation must talk in the first person (grammar.yaml
``spoken_words``) and hold words, not a bracketed instruction.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role

_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    questions = cv._flex_alt(d.get("record_question_words", [])) or "(?!)"
    answers = cv._flex_alt(d.get("record_answer_words", [])) or "(?!)"
    marks = cv.literal_alternation(set(d.get("number_marks", []))) or "(?!)"
    of = cv.word_forms("complement_prepositions", r"\s+", d, elided_after=r"\s*")
    question = re.compile(rf"^\s*(?:{questions})\s*(?:(?:{marks})\s*)?\d{{0,3}}\s*:\s*\S")
    # the answer word ending the words before the quotation, after a question on the same line or not
    answer = re.compile(rf"(?:^|[?.!]\s+)(?:{answers})(?:\s+(?:{of})(?P<who>[^:«»?.!]{{2,80}}?))?\s*:\s*$")
    return question, answer


def _record(seg) -> bool:
    """The document numbers at least ``record_min_answers`` questions (held on the segmenter)."""
    held = getattr(seg, "_answer_record", None)
    if held is None:
        question = _patterns(id(_data()))[0]
        least = int(_data().get("record_min_answers", 2))
        held = sum(1 for ln in seg.lines if ln.text[:1].isalpha() and question.match(ln.text)) >= least
        seg._answer_record = held
    return held


def _lead(seg, k: int, a: int) -> tuple[str, int]:
    """The words before the quotation at ``a`` on its line ``k``, or the line above's when the
    quotation opens its line; and the index of the line holding them."""
    lead = seg.text[seg.lines[k].start:a]
    if lead.strip() or k == 0:
        return lead.rstrip(), k
    j = k - 1
    while j > 0 and not seg.lines[j].text.strip():
        j -= 1
    return seg.lines[j].text.rstrip(), j


def _answerer(seg, j: int, taken: list[tuple[int, dict]]) -> dict | None:
    """Who answers at line ``j``: the attributes of the answer quoted above when only questions
    and answers lie in between, else the person noun of the narration's paragraph just above the
    question (no speaker), else None."""
    question, answer = _patterns(id(_data()))
    for i in range(j - 1, max(-1, j - 8), -1):
        text = seg.lines[i].text.strip()
        if not text:
            continue
        if question.match(text) or text.endswith("?") or answer.search(text):
            continue  # the question, or an answer label alone on its line
        start, end = seg.lines[i].start, seg.lines[i].end + 1
        quoted = [s.attrs for s in seg.spans if s.kind in ("verbatim", "turn") and start <= s.start < end] \
            + [attrs for at, attrs in taken if start <= at < end]
        if quoted:
            return dict(quoted[-1])
        if text.startswith("«"):
            return None  # an answer no reader took: nothing to carry
        nouns = list(re.finditer(rf"(?<![\w'’])(?:{cv.DETERMINERS})\s*(?:{cv.PERSON_NOUN.pattern})[\w'’ -]{{0,40}}",
                                 text, re.IGNORECASE))
        if not nouns:
            return None
        np = nouns[-1].group(0).split(",")[0].strip()
        role = normalize_role(np)
        if role in ("", "inconnu", "autre"):
            return None
        return {"speaker": "", "role_raw": np, "role": role, "region": "", "place": "", "attr_source": "attribution"}
    return None


def answer_calls(seg, a: int, calls: list) -> list:
    """The calls (start, end, QuoteCall; offsets from ``a``) of a run of paragraphs with each bare
    answer's quotation in a question-and-answer record read as the answerer's words."""
    from .quotes import QuoteCall

    if not calls or not _data().get("record_answer_words"):
        return calls
    out, taken = [], []
    for qa, qb, call in calls:
        # the answer word leads the quotation: whatever another reader found around it (the
        # narration's next sentence, "Le docteur X étant arrivé, je lui ai …", is no credit of it;
        # speech that credits no one is a form's field: segment/field_labels.py), it is the answerer's
        if not (call.verbatim and call.attrs.get("speaker")) and "person" not in call.attrs:
            attrs = _bare_answer(seg, a + qa, a + qb, taken)
            if attrs is not None:
                call = QuoteCall(True, attrs)
        if call.verbatim:
            taken.append((a + qa, call.attrs))
        out.append((qa, qb, call))
    return out


def _bare_answer(seg, a: int, b: int, taken: list) -> dict | None:
    """The attributes of the quotation text[a:b] as a bare answer's words in a question-and-answer
    record, or None."""
    inner = seg.text[a:b]
    if "[" in inner or len(inner.split()) < 4 or not cv.SPOKEN_WORDS.search(inner):
        return None
    k = bisect.bisect_right(seg._line_starts, a) - 1
    if k < 0:
        return None
    lead, j = _lead(seg, k, a)
    m = _patterns(id(_data()))[1].search(lead)
    if m is None or m.group("who") or not _record(seg):
        return None  # (an answer naming who answers is the intervention readers')
    attrs = _answerer(seg, j, taken)
    return None if attrs is None else {k2: v for k2, v in attrs.items() if not k2.startswith("_")}


def answer_turns(seg) -> None:
    """The turns a label reader opened on a bare answer word ("Réponse : « … »" on one line: the
    speaker "Réponse") in a question-and-answer record, given to the answerer (``seg.spans`` updated
    in place, in the text's order: an answer carries the one above it on)."""
    if not _data().get("record_answer_words"):
        return
    words = {" ".join(w.lower().split()) for w in _data().get("record_answer_words", [])}
    turns = [k for k, s in enumerate(seg.spans) if s.kind == "turn"
             and " ".join(str(s.attrs.get("speaker", "")).lower().split()) in words]
    if not turns or not _record(seg):
        return
    from .base import Span

    for k in turns:
        s = seg.spans[k]
        j = bisect.bisect_right(seg._line_starts, s.start) - 1
        attrs = _answerer(seg, j, []) if j >= 0 else None
        if attrs is not None:
            seg.spans[k] = Span(s.start, s.end, s.kind, {k2: v for k2, v in attrs.items() if not k2.startswith("_")})
