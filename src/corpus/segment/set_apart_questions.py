"""Written interviews whose questions are SET APART BY TYPOGRAPHY and whose answers carry no
label (issue #14, session 19, segfix49): the press's and the newsletters' "questions in bold,
answers in roman", a memoir annex's questions in italics or in capitals, an interview by e-mail
whose questions are quoted with the reply mark "> ", the answers plain paragraphs below each.

1. Presentation. A question is a paragraph ending with a question mark (the last line of a run
   of quoted lines) set apart by one presentation the answers do not share: wholly italic, wholly
   bold, all in capitals (at least ``set_apart_min_capitals`` letters, no lowercase one), or opened
   by a reply mark (lang/fr/set_apart_questions.yaml ``reply_marks``; the quoted lines of one
   question run together) or by any other mark and a space (a bullet, a dash: "• Depuis quand …
   ?" answered by "– Depuis le début …"). The document's presentation is the one with most answered questions:
   questions followed by a paragraph of another presentation. Or a questionnaire's questions are
   run in: each answered on its own line after the question mark ("Votre devise ? On ne fait …",
   short and addressed to the interviewee: ``run_in_question_max_words``, ``run_in_address_markers``),
   the answer the rest of that line (s27-segr46a). Or the answers are set apart: plain
   questions each answered by paragraphs in capitals (an interview by e-mail "ses réponses, qu'elle
   a écrites en majuscules"). At least
   ``set_apart_min_questions`` must be answered and most of them (two thirds).

2. An interview, not an FAQ. The same layout sets an FAQ, a guide or an exam paper; what tells
   a written interview is who speaks where:
   - the questions address the interviewee; an FAQ's are the reader's own, in the first person
     ("Puis-je venir ?", "Mon infirmière peut-elle … ?": ``asker_markers``): most questions must
     not be;
   - the answers speak in the first person singular (conventions' SINGULAR: "je le comprends")
     at least once (or all speak in the first person), most of them speak in the first person
     (``answer_person_markers``: je, on, nous …), and more of them do than address the reader
     without it (``reader_markers``: "vous", "votre": an FAQ's "Vous pouvez vous y opposer");
   - a person is presented in the (at most ``set_apart_lead_lines``) lines above the first
     question: an interview header ("Entretien 9 – Mme R., 78 ans, patiente …"), a reference to
     a numbered interview, or a full name with an apposition naming a role ("Anne Le Goff,
     pharmacienne à Lannion, préside …": the chapeau); or the document closes on a signature
     naming the person ("Claire Berthet" over "Orthoptiste libérale": an e-mail's answers), or
     an e-mail's header above the questions naming its sender ("De : Sophie Carré – À : … –
     Objet : …"), described by her signature at the end. Capital-letter answers need only most
     answers in the first person (no FAQ answers in capitals).
Then the questions serve as the question headings under which the segmenter's interview answers
are read (segmenter ``_question_interview``, turns ``_qa_answer``).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import apposition, describes_person, interview_header
from .base import TextLine, append_cut
from .fallbacks import interview_subject
from .headed_messages import message_header
from .roles import normalize_role

_data = cv.language_data

HYPHEN_CLITIC = re.compile(r"-[^\W\d_]+")  # "puis-je" -> the clitic read as a word


def _setting(key: str, default: int) -> int:
    value = _data().get(key, default)
    return int(value) if isinstance(value, int) else default


@cv.per_language_data
def _words(key: str) -> re.Pattern:
    return cv._whole_words(_data().get(key, []))


@cv.per_language_data
def _reply_mark() -> re.Pattern:
    marks = "|".join(re.escape(m) for m in _data().get("reply_marks", []))
    return re.compile(rf"^\s*(?:{marks})\s?" if marks else r"(?!)")


def _is_question(text: str) -> bool:
    return text.rstrip(" »\"”").endswith("?")


def _wholly(styles, style: str, ln: TextLine, text: str) -> bool:
    t = ln.text.strip()
    if not t or styles is None:
        return False
    runs = styles.runs(style, ln.start, ln.end, text)
    lead = ln.start + len(ln.text) - len(ln.text.lstrip())
    return len(runs) == 1 and runs[0][0] <= lead and runs[0][1] >= lead + len(t) - 1


def _capitals(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= _setting("set_apart_min_capitals", 8) and not any(c.islower() for c in letters)


# a mark opening a paragraph, a space after it: a bullet, a dash, a symbol (no letter, digit,
# quotation mark or bracket: those open words, quotations and labels)
_LEAD_MARK = re.compile(r"^([^\w\s«»\"“”'’(\[{<])\s")


def _presentation(ln: TextLine, styles, text: str) -> str:
    t = ln.text.strip()
    if not t:
        return ""
    if _reply_mark().match(t):
        return "reply"
    lead = _LEAD_MARK.match(t)
    if lead:
        return "mark" + lead.group(1)  # "• Depuis quand … ?", "– Et après ?"
    if _capitals(t):
        return "capitals"
    for style in ("italic", "bold"):
        if _wholly(styles, style, ln, text):
            return style
    return ""


def _first_person(t: str) -> bool:
    return bool(_words("answer_person_markers").search(HYPHEN_CLITIC.sub(lambda m: " " + m.group(0)[1:], t)))


def _singular(t: str) -> bool:
    return bool(cv.SINGULAR.search(HYPHEN_CLITIC.sub(lambda m: " " + m.group(0)[1:], t)))


def presented_person(lead: list[str]) -> tuple[str, str]:
    """The first full name (or civility and name: "M. T.") the lines give with an apposition naming
    a role, and that apposition ("Anne Le Goff, pharmacienne à Lannion, préside …"); ('', '')
    when none."""
    for t in lead:
        names = [m.group("name") for m in cv.NAME.finditer(t)] + [m.group(0) for m in _civility_name().finditer(t)] \
            + [m.group("name") for m in _INITIALLED.finditer(t)]
        names.sort(key=t.find)
        for name in names:
            field = re.search(r"(?P<label>[^.;:,]{1,40})\s*:\s*$", t[:t.find(name)])
            if field and cv.INTERVIEWER.search(field.group("label")):
                continue  # "Enquêtrice : Claire Mazoyer, historienne": a sheet's field of who asked
            desc = apposition(name, [t[t.find(name):]]) or apposition(name, [t])
            if desc and normalize_role(desc) not in ("autre", "inconnu"):
                return name, desc
            # "Mme R., 78 ans, patiente suivie par …": the fields after the name describe a person
            fields = re.match(r"\s*,\s*(?P<d>[^.;]{3,160})", t[t.find(name) + len(name):])
            if fields and describes_person(fields.group("d")):
                return name, fields.group("d").strip()
            # a sheet's witness, her fields run on after a semicolon ("Témoin : Odette V., née en 1934 à
            # La Grand-Combe ; infirmière au dispensaire …"): the field that names what she does
            more = re.match(r"\s*,\s*(?P<d>[^.]{3,240})", t[t.find(name) + len(name):])
            trade = next((f.strip() for f in re.split(r"\s*;\s*", more.group("d"))[1:]
                          if normalize_role(f) not in ("autre", "inconnu")), "") if more else ""
            if trade:
                return name, trade
    return "", ""


# a first name and the initial of a surname, as an interview sheet gives its witness ("Odette V.")
_INITIALLED = re.compile(r"(?<![\w.])(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s[A-ZÉÈ]\.)(?=[\s,;])")


@cv.per_language_data
def _civility_name() -> re.Pattern:
    """A civility and a name or an initial ("M. T.", "Mme Roussel"): lang/fr labels.yaml civilities."""
    return re.compile(rf"(?<![\w.])(?:{cv._flex_alt(_data().get('civilities', []))})\.?\s+[A-ZÉÈ][\w'’-]*\.?")


def mailed_person(lead: list[str], closing: list[str]) -> tuple[str, str]:
    """The sender an e-mail's header above the questions names ("De : Sophie Carré – À : … – Objet
    : …": the answers are her reply) and the description her signature at the end gives after her
    name ("Mme Sophie Carré – Coordinatrice, DAC de l'Aisne"); a sender field naming a function
    ("De : la coordinatrice") is the description; ('', '') without such a header."""
    sender = next((h[1] for t in lead if (h := message_header(t)) and h[0] == "mail"), "")
    if not sender or normalize_role(sender) not in ("autre", "inconnu"):
        return "", sender
    desc = next((t[t.find(sender) + len(sender):].strip(" –—-,") for t in closing if sender in t), "")
    return sender, desc


def _presents_person(lead: list[str]) -> bool:
    """A person presented above the first question: an interview header, a numbered interview,
    a full name with an apposition naming a role, or an e-mail's sender."""
    if any(interview_header(t) or cv.INTERVIEW_REF.search(t) for t in lead):
        return True
    return bool(presented_person(lead)[0] or any(mailed_person(lead, [])))


def lead_lines(lines: list[TextLine], first: int) -> list[str]:
    """The (at most ``set_apart_lead_lines``) non-empty lines above line ``first``: the title,
    the chapeau, the interview header that present the person."""
    return [ln.text for ln in lines[:first] if ln.text.strip()][-_setting("set_apart_lead_lines", 5):]


def closing_lines(lines: list[TextLine]) -> list[str]:
    """The (at most ``set_apart_lead_lines``) last non-empty lines of the document: where an
    e-mail's signature names who answered."""
    return [ln.text.strip() for ln in lines if ln.text.strip()][-_setting("set_apart_lead_lines", 5):]


# plain questions, each answered in capitals under it (an interview by e-mail: "ses réponses, écrites
# en majuscules sous chaque question")
CAPITAL_ANSWERS = "answered in capitals"


def _answers(kind: str, shown: str) -> bool:
    """Whether a line of this presentation goes on an answer to questions of ``kind``."""
    return shown == "capitals" if kind == CAPITAL_ANSWERS else shown != kind


# a questionnaire's question opening a line, its answer run in after the question mark on the same
# line: "Votre devise ? On ne fait pas naître …" (the answer opens with a capital, a digit or a
# quotation mark)
_RUN_IN_QUESTION = re.compile(r"^\s*(?P<q>[^.!?…:;«»\n]{3,}?\?)\s+(?=[A-ZÀ-ÝÉÈ0-9«“\"])")


def _run_in_question(t: str) -> re.Match | None:
    """The question opening ``t`` when an answer follows it on the line and the question is a
    questionnaire's: short (``run_in_question_max_words``) and addressed to the interviewee
    (``run_in_address_markers``: "Votre devise ?", "Ce que vous appréciez le plus … ?"), so that an
    article's rhetorical question opening a paragraph ("Que faire ? Les élus …") is not one."""
    m = _RUN_IN_QUESTION.match(t)
    if m is None or len(m.group("q").split()) > _setting("run_in_question_max_words", 12) \
            or not _words("run_in_address_markers").search(HYPHEN_CLITIC.sub(lambda w: " " + w.group(0)[1:], m.group("q"))):
        return None
    return m


# a questionnaire's questions, each answered on its own line after the question mark (s27-segr46a)
RUN_IN = "run in"


def run_in_lines(lines: list[TextLine], shown: dict[int, str]) -> set[int]:
    """The lines that are a plain questionnaire question whose answer goes on where it ends, on
    the same line (cut_set_apart cut the line there): questions set apart by being run in.
    ``shown``: each line's presentation (``_presentation``)."""
    out = set()
    for ln in lines[:-1]:
        nxt = lines[ln.index + 1]
        if not shown.get(ln.index) and nxt.start == ln.end and nxt.text.strip() \
                and _run_in_question(ln.text + nxt.text[:1]):
            out.add(ln.index)
    return out


def run_in_set_apart(lines: list[TextLine], styles, text: str, questions) -> set[int]:
    """Which of a written interview's set-apart ``questions`` (line indices) are run in: each answer
    is the rest of its question's line (turns ``_qa_answer``)."""
    shown = {i: _presentation(lines[i], styles, text) for i in questions}
    return run_in_lines(lines, shown) & set(questions)


def set_apart_questions(lines: list[TextLine], styles, text: str) -> dict[int, int]:
    """line index -> line end of each line of a question of a written interview whose questions
    are set apart by their presentation (see the module's docstring); {} when the document is no
    such interview."""
    shown = {ln.index: _presentation(ln, styles, text) for ln in lines}
    for i in run_in_lines(lines, shown):
        shown[i] = RUN_IN
    best: tuple[int, str, list[list[int]], list[list[int]]] = (0, "", [], [])
    kinds = ["italic", "bold", "capitals", "reply", RUN_IN] + sorted({k for k in shown.values() if k.startswith("mark")}) \
        + [CAPITAL_ANSWERS]
    for kind in kinds:
        blocks: list[list[int]] = []  # runs of lines of this presentation
        for ln in lines:
            if shown[ln.index] == kind and blocks and blocks[-1][-1] == ln.index - 1 and kind == "reply":
                blocks[-1].append(ln.index)
            elif shown[ln.index] == (kind if kind != CAPITAL_ANSWERS else ""):
                blocks.append([ln.index])
        questions = [b for b in blocks if _is_question(lines[b[-1]].text)]
        answered = [b for b in questions if b[-1] + 1 < len(lines) and lines[b[-1] + 1].text.strip()
                    and _answers(kind, shown[b[-1] + 1])]
        if len(answered) > best[0]:
            best = (len(answered), kind, questions, answered)
    n, kind, questions, answered = best
    if n < _setting("set_apart_min_questions", 2) or 3 * n < 2 * len(questions):
        return {}
    asked = [" ".join(_reply_mark().sub("", lines[i].text) for i in b) for b in questions]
    if 2 * sum(1 for q in asked if _words("asker_markers").search(HYPHEN_CLITIC.sub(
            lambda m: " " + m.group(0)[1:], q))) >= len(asked):
        return {}  # the reader asks: an FAQ
    starts = {b[0] for b in questions}
    answers = []
    for b in answered:
        k, parts = b[-1] + 1, []
        while k < len(lines) and k not in starts and _answers(kind, shown[k]):
            parts.append(lines[k].text)
            k += 1
        answers.append(" ".join(parts))
    singular = sum(1 for a in answers if _singular(a))
    speaking = sum(1 for a in answers if _first_person(a))
    addressing = sum(1 for a in answers if not _first_person(a) and _words("reader_markers").search(a))
    # answers typed in capitals are the interviewee's own way of replying, no FAQ's: most in the first person suffice
    if not (singular or speaking == len(answers) or kind == CAPITAL_ANSWERS) or 2 * speaking <= len(answers) \
            or speaking <= addressing:
        return {}
    first = questions[0][0]
    if not _presents_person(lead_lines(lines, first)) and not interview_subject(closing_lines(lines))[0]:
        return {}
    return {i: lines[i].end for b in questions for i in b}


# a question in capitals run into its answer by extraction: "POUVEZ-VOUS … AU CABINET ? L'été 2020, …"
_CAPITAL_QUESTION = re.compile(r"^[^a-zà-ÿ]{8,}?\?\s+(?=\S*[a-zà-ÿ])")


def cut_set_apart(lines: list[TextLine], styles, text: str) -> list[TextLine]:
    """The lines cut where extraction ran a set-apart question into the paragraph around it: a
    question in capitals opening a line and its answer after it, a reply-marked question after
    the end of an answer's sentence ("… adhérer. > 2. Pendant … ?") and the answer after a
    reply-marked question; the lines as they are unless the cut lines make a written interview
    of set-apart questions."""
    mark = _reply_mark()
    out: list[TextLine] = []
    cut_any = False
    for ln in lines:
        cuts: list[int] = []
        m = _CAPITAL_QUESTION.match(ln.text)
        if m and _capitals(m.group(0)):
            cuts.append(m.end())
        elif (m := _run_in_question(ln.text)) is not None:
            cuts.append(m.end())  # "Votre devise ? On ne fait pas naître …": a questionnaire's line
        for k in re.finditer(r"(?<=[.!?…»])\s+", ln.text):
            if mark.match(ln.text[k.end():]):
                cuts.append(k.end())
        pieces = sorted(set(cuts)) + [len(ln.text)]
        start = 0
        for at in list(pieces):
            piece = ln.text[start:at]
            if mark.match(piece):
                q = re.search(r"\?\s+(?=\S)", piece)
                if q and not mark.match(piece[q.end():]):
                    cuts.append(start + q.end())
            start = at
        if cuts:
            cut_any = True
            append_cut(out, ln, cuts)
        else:
            out.append(TextLine(len(out), ln.start, ln.end, ln.text))
    if not cut_any or not set_apart_questions(out, styles, text):
        return lines
    return out
