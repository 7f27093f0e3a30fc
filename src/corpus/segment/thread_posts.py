"""The posts of a social network's THREAD quoted one by one in a study, each opening on the
thread's counter ("« 1/6 Hier soir, … »", "« 4/6 On nous parle de … »"), after a sentence that
names the post rather than a speaker ("Le premier message pose le cadre : « 1/6 … »"): the words of
the account that published the thread, the handle the text names before with a thread noun in its
sentence ("le compte @DrX, dont le profil indique « médecin généraliste à … », publie un fil de six
messages"); the role and the place from that sentence (issue #14, round 55, s31-segr55a).

A thread is at least ``thread_post_min`` quotations opening on a counter of the same total; a
quotation opening on a number and a slash alone ("« 3/4 des patients … »" a fraction) is none: the
counter's number is at most its total and two quotations share the total. The counter forms, the
thread nouns and the handle marks are lang/fr/thread_posts.yaml and attributions.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, described_handle

_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    counters = "|".join(f"(?:{c})" for c in d.get("thread_post_counters", [])) or "(?!)"
    marks = "|".join(re.escape(m) for m in d.get("account_handle_marks", [])) or "(?!)"
    nouns = cv._flex_alt(d.get("thread_nouns", [])) or "(?!)"
    return (re.compile(rf"^[«“\"]?\s*(?:{counters})\s+(?=\S)"),
            re.compile(rf"(?<![\w@])(?:{marks})[^\W][\w.]{{1,30}}(?<![.])"),
            re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE))


def _counter(inner: str) -> tuple[int, int] | None:
    m = _patterns(id(_data()))[0].match(inner)
    if m is None:
        return None
    n, of = int(m.group("n")), int(m.group("of"))
    return (n, of) if 1 <= n <= of and of >= 2 else None


def thread_totals(text: str) -> frozenset:
    """The totals of the counters that open at least ``thread_post_min`` quotations of the text."""
    if "/" not in text or "«" not in text:
        return frozenset()
    seen: dict[int, int] = {}
    for m in re.finditer(r"«\s*\d{1,2}\s?/\s?\d{1,2}\s", text):
        c = _counter(text[m.start() + 1:m.end() + 1].lstrip())
        if c:
            seen[c[1]] = seen.get(c[1], 0) + 1
    least = _data().get("thread_post_min", 2)
    return frozenset(of for of, k in seen.items() if k >= least)


def _publisher(text: str, before: int) -> tuple[str, str] | None:
    """(handle, its sentence) of the last account before ``before`` whose sentence names a thread."""
    _, handle, noun = _patterns(id(_data()))
    best = None
    for m in handle.finditer(text, 0, before):
        start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
        ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
        sentence = text[start:min(ends) if ends else len(text)]
        if noun.search(sentence):
            best = (m.group(), sentence)
    return best


def thread_post_call(seg, a: int, b: int, call):
    """A quotation text[a:b] opening on a counter of one of the document's threads, that no
    convention gave a speaker: the publishing account's words."""
    if call.verbatim and call.attrs.get("speaker"):
        return call
    if not hasattr(seg, "thread_totals"):
        seg.thread_totals = thread_totals(seg.text)
    if not seg.thread_totals:
        return call
    c = _counter(seg.text[a + 1:b].lstrip())
    if c is None or c[1] not in seg.thread_totals:
        return call
    found = _publisher(seg.text, a)
    if found is None:
        return call
    who, sentence = found
    role, region, place = describe(sentence.replace("«", " ").replace("»", " "), seg.gazetteer)
    return type(call)(True, {"speaker": who, "role_raw": sentence.strip(), "role": role, "region": region,
                             "place": place, "attr_source": "attribution"}, call.attribution)


def handle_call(text: str, a: int, call):
    """A verbatim text[a:…] with no speaker whose line's words before it end on an online account's
    handle and its profile in parentheses ("… émane de @infirmiere_mana (infirmière libérale, Mana)
    : « … »"): the account is the speaker."""
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    lead = text[text.rfind("\n", 0, a) + 1:a]
    handle = described_handle(lead)
    return type(call)(True, {**call.attrs, "speaker": handle}, call.attribution) if handle else call
