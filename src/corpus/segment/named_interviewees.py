"""Interviews published as articles (an institution's blog, the press, a newsletter's
testimony): the interviewer's questions and remarks are set as headings or as questions, with no
label; each answer opens with the interviewee's full name and a colon ("Olivier Dedieu : La
Maison de l'Europe est missionnée …"); the chapeau presents the person once ("Olivier Dedieu, son
Directeur, détaille …").

With a single labelled voice the label never takes turns with another, so the dialogue tests of
discovery do not vouch for it. A full name (conventions' NAME) is such an interviewee's label when
it opens at least ``named_answer_min_lines`` paragraphs, at least
``named_answer_min_after_heading`` of them right after the interviewer's part (a paragraph wholly
in bold, as headings are typeset, or a question), at least ``named_answer_min_first_person`` of
them speak in the first person (lang/fr/testimony_headings.yaml), and none opens a quotation
(the quote rules read "Name : « … »"). The label is then declared like a speaker sheet's code,
described by the apposition the text gives the name. Numbers are lang/fr/named_interviewees.yaml.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import conventions as cv
from .attributions import apposition, describe
from .base import Span, TextLine
from .label_times import label_time
from .regions import resolve_region
from .testimony_headings import _first_person

_data = cv.language_data

# (a time after the name is when the answer starts, not part of it: "Mme Duval (00:00:20) :";
# segment/label_times.py)
LABEL = re.compile(rf"^\s*(?P<label>[^:]{{3,60}}?)(?:{label_time(_data())})?\s*:\s+(?P<rest>\S.*)$")


def name_label(text: str) -> tuple[str, str] | None:
    """(full name, answer) of a paragraph "Prénom Nom : answer", or None."""
    m = LABEL.match(text)
    if not m:
        return None
    name = cv.NAME.fullmatch(m.group("label"))
    return (name.group("name"), m.group("rest")) if name else None


def _interviewer_part(line: TextLine, styles, text: str) -> bool:
    """A heading (the whole paragraph in bold) or a question (a short one: an answer may end by
    asking one)."""
    t = line.text.strip()
    if t.rstrip(" »\"”").endswith("?") and len(t.split()) <= _data().get("named_answer_question_words", 40):
        return True
    return styles is not None and bool(t) and styles.share(line.start, line.end, "bold") >= 0.9


def named_interviewees(lines: list[TextLine], styles, text: str, gazetteer=None) -> dict[str, dict]:
    """full name -> declared attributes (speaker, role_raw, role, region, place) of an interview
    article's labelled interviewee, or {} when the document is none."""
    data = _data()
    first_person = _first_person(id(data))
    opens: dict[str, list[int]] = defaultdict(list)
    quoted: set[str] = set()
    for ln in lines:
        found = name_label(ln.text)
        if found:
            opens[found[0]].append(ln.index)
            if found[1].lstrip().startswith(("«", "“", "\"")):
                quoted.add(found[0])
    out: dict[str, dict] = {}
    texts = [ln.text for ln in lines]
    for name, at in opens.items():
        if name in quoted or len(at) < data.get("named_answer_min_lines", 2):
            continue
        after = 0
        for i in at:
            j = i - 1
            while j >= 0 and not lines[j].text.strip():
                j -= 1
            after += j >= 0 and _interviewer_part(lines[j], styles, text)
        spoken = sum(1 for i in at if first_person.search(name_label(lines[i].text)[1]))
        if after < data.get("named_answer_min_after_heading", 2) \
                or spoken < data.get("named_answer_min_first_person", 0.5) * len(at):
            continue
        desc = _presented(name, texts, set(at))
        role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None else ("inconnu", "", "")
        if not region and gazetteer is not None:
            region, place = _presenting_place(name, texts, gazetteer)
        out[name] = {"speaker": name, "role_raw": desc, "role": "" if role == "inconnu" else role,
                     "region": region, "place": place, "moderator": False, "source": "attribution", "named_answer": True}
    return out


def _presenting_place(name: str, texts: list[str], gazetteer) -> tuple[str, str]:
    """The place the paragraph presenting the person names before the name ("La Maison de
    l'Europe de Montpellier propose … Olivier Dedieu, son Directeur, …"), else anywhere in it."""
    for t in texts:
        k = t.find(name)
        if k < 0 or name_label(t):
            continue
        for part in (t[:k], t):
            region, place = resolve_region(part, gazetteer)
            if region and region != "National":
                return region, place
    return "", ""


def _presented(name: str, texts: list[str], answers: set[int]) -> str:
    """What the text outside the answers says the person is (discovery.apposition)."""
    return apposition(name, [t for i, t in enumerate(texts) if i not in answers])


# a box's or a caption's own label ("Source : …", "Nota : …"): one word and a colon
BOX_LABEL = re.compile(r"^\s*[A-ZÉÈÀ][\w’'-]{1,20}\s*:\s")
SENTENCE_END = re.compile(r"[.!?…](?:\s*[»\"”)])?\s*$")


def figure_title(text: str) -> bool:
    """A figure's or a map's title ("Carte du goulag"): a few words and no sentence end."""
    t = text.strip()
    return bool(t) and len(t.split()) <= data_max_title_words() and not SENTENCE_END.search(t)


def data_max_title_words() -> int:
    return _data().get("named_answer_title_words", 12)


class NamedAnswerHandlers:
    """The line handler of an interview article's named answers (a Segmenter mixin): the answer
    runs from its labelled paragraph up to the interviewer's next part (a heading, a question),
    another label or the closing credits ("Propos recueillis par …"); inside it the captions
    (italic), the boxes ("Nota : …") and a figure's title with the paragraph below it are the
    editors', and the answer resumes after them as a new turn of the same person."""

    def _h_named_answer(self, i: int) -> int | None:
        ln = self.lines[i]
        label = self._turn_label(ln) if ln.text.strip() else None
        if not label or not self.ctx.declared_speakers.get(label, {}).get("named_answer"):
            return None
        self._flush_prose(self.prose_run, self.current)
        kind, attrs = self._turn_kind(label, ln.text, i)
        run, k, described = [i], i + 1, False

        def close() -> None:
            if run:
                self.spans.append(Span(self.lines[run[0]].start, self.lines[run[-1]].end, kind, dict(attrs)))
                run.clear()

        while k < len(self.lines):
            line = self.lines[k]
            t = line.text.strip()
            if not t:
                k += 1
                continue
            if k in self.headings or _interviewer_part(line, self.styles, self.text) or self._turn_label(line) \
                    or cv.INTERVIEW_CLOSER.match(t) or self.section_titles[k] != self.section_titles[i]:
                break
            caption = self.styles.share(line.start, line.end, "italic") >= 0.6
            title = figure_title(t) and not caption  # an italic caption says all; a roman title heads what follows
            if title or described or caption or BOX_LABEL.match(t):
                close()
                self.spans.append(Span(line.start, line.end, "narrative"))
                described = title  # the paragraph under a figure's title describes the figure
            else:
                run.append(k)
            k += 1
        close()
        return k
