"""Speaker labels set on a line of their own above the words: "E3" (bold or not), "Enquêtrice :",
"M. Jean Dupont, président de l'URPS :", then one or more unlabelled paragraphs of speech until
the next label. Interviews laid out with the speaker's name above each answer, press Q&As, Word
transcripts whose speaker name is its own paragraph.

A candidate is a short paragraph (``max_label_chars``, at most ``max_label_words`` words before
a comma) that ends with a colon or with no punctuation at all, holds no quotation mark and is
followed by a paragraph that is not one. Such lines are labels when they behave as a dialogue's
(the thresholds of ``lang/fr/own_line_labels.yaml``): a block of at least ``min_turns`` of them,
two labels or more, one recurring, turns changing hands ``min_alternation`` of the time, the
paragraph below speaking (je, on, vous, a question) ``min_spoken_share`` of the time, and the
labels not counting like a list (a, b, c / 1, 2, 3). Headings, a glossary's terms, a list title
ending in a colon are each heard once; a form's fields do not speak; a comic strip's characters
are followed by their bubble in quotation marks (the words below a label are never a quotation).

The labels are declared speakers read as names above their words (``record`` + ``alone``, as a
broadcast transcript's name lines): ``lines`` holds the label lines as written (with their colon
or function), each mapped to the label.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .label_times import position_mark
from .parenthesised_roles import parenthesised_role
from .recurring_labels import _runs, _series, enumerated
from .roles import names_a_trade, normalize_role
from .transcriber_notes import is_aside

DEFAULTS = {"min_turns": 4, "min_lines": 2, "min_alternation": 0.6, "min_spoken_share": 0.5,
            "min_block_share": 0.3, "max_gap": 4, "max_label_chars": 80, "max_label_words": 4,
            "moderator_question_share": 0.6, "moderator_length_ratio": 0.4, "min_named_words": 25,
            "civilities": [], "name_particles": []}
QUOTES = "«»\"“”"
# a label closing on an initial and its period ("Mme L.", "Dr B.", "M. T.", "Jean-Paul D.")
INITIAL_END = re.compile(r"(?:^|[\s.-])[A-ZÀ-ÖØ-Þ]\.$")
# an abbreviated label closing on its period: "ENQ.", "INT.", "MOD." (a word in capitals)
ABBREVIATION = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,6}\.")


def _abbreviated(body: str) -> bool:
    """"ENQ.", "Enq.": one abbreviated word, in capitals or an interviewer's label word."""
    return bool(ABBREVIATION.fullmatch(body)) or (
        re.fullmatch(r"[^\W\d_]{2,6}\.", body) is not None and fold(body[:-1]).lower() in cv.MODERATOR_WORDS)


@lru_cache(maxsize=4)
def _trailing_mark(key: int) -> re.Pattern:
    """A position mark (a time, a time range) closing a label's line (lang/fr label_times.yaml)."""
    return re.compile(rf"(?<=\S)\s+(?:{position_mark(cv.language_data())})\s*(?=:?$)")


@lru_cache(maxsize=4)
def _leading_mark(key: int) -> re.Pattern:
    """A position mark (a time) opening a label's line, as Word's dictation writes it ("00:00:03 Locuteur 1")."""
    return re.compile(rf"^(?:{position_mark(cv.language_data())})\s+(?=[^\W\d])")


def _timed(text: str) -> bool:
    t = " ".join(text.split())
    return bool(_trailing_mark(id(cv.language_data())).search(t) or _leading_mark(id(cv.language_data())).match(t))


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("own_line_labels") or {})}


# a parenthesis closing a label that names what the speaker stands for in quotation marks (a list's,
# an association's name) or says the answer is a group's: "Fabrice Larcher (« Sainte-Luce avance »)",
# "Liste « Sainte-Luce citoyenne » (réponse collective)"
AFFILIATION = re.compile(r"(?P<head>[^()]+?)\s*\((?P<inside>[^()]+)\)")


def affiliation(body: str) -> str:
    """The label without a closing parenthesis that names an affiliation in quotation marks or says
    a group answers (group_answer); ``body`` when no such parenthesis closes it."""
    m = AFFILIATION.fullmatch(body)
    if m is None:
        return body
    inside = m.group("inside")
    return m.group("head") if cv.GROUP_SPEECH.search(inside) or any(q in inside for q in QUOTES) else body


def _account_body(body: str, s: dict) -> str:
    """A person's name closed by the body they belong to, as meeting tools display accounts
    ("Paul Laborde (CPTS Cœur de Béarn)", "Dr MARTIN Paul (MSP du Lac)"): the name. The parenthesis
    names no role (parenthesised_role reads those), so the role comes from where the document
    introduces the person; a parenthesis after one word ("Annexe (suite)") is no account."""
    m = AFFILIATION.fullmatch(body)
    if m and m.group("inside")[:1].isupper() and person_name(m.group("head").strip(), s):
        return m.group("head").strip()
    return body


def group_answer(text: str) -> bool:
    """A label line closed by a parenthesis saying a group answers: "Liste « … » (réponse collective)"."""
    m = re.search(r"\((?P<inside>[^()]+)\)\s*:?\s*$", text)
    return bool(m and cv.GROUP_SPEECH.search(m.group("inside")))


def label_line(text: str, s: dict | None = None) -> tuple[str, str] | None:
    """(label, function) of a paragraph that is only a speaker label, or None: "E3",
    "Enquêtrice :", "M. Jean Dupont, président de l'URPS :" -> ("M. Jean Dupont", "président de l'URPS")."""
    s = s or settings()
    # (the time a transcription tool writes after the label: "AF2   00:01:40", "Animatrice (00:03:30)")
    t = _trailing_mark(id(cv.language_data())).sub("", " ".join(text.split()))
    t = _leading_mark(id(cv.language_data())).sub("", t)
    body = t[:-1].rstrip() if t.endswith(":") else t
    closed = body.endswith(")")  # (most lines close on no parenthesis: the readers below left unrun)
    body = affiliation(body) if closed else body
    joint = closed and group_answer(text)
    if not body or len(t) > s["max_label_chars"] or (any(q in body for q in QUOTES) and not joint):
        return None
    body, paren_role = parenthesised_role(body)  # "Julie (IDE)": a role in parentheses after the label (seggen10)
    if closed and not paren_role:
        body = _account_body(body, s)  # "Paul Laborde (CPTS Cœur de Béarn)": a meeting tool's account
    # (a period that closes an initial is the name's: "Mme L.", "Dr B.", "M. T.")
    # (an account named by its device, "iPhone de Julie 1:36", opens in lower case: a meeting tool
    # stamps its time after it)
    device = body[:1].islower() and " " in body and t != " ".join(text.split()) and bool(re.search(r"\s[A-ZÀ-ÖØ-Þ]", body))
    if (re.search(r"[.!?…;,)\]]$", body) and not INITIAL_END.search(body) and not _abbreviated(body)) or not re.match(r"[^\W_]|#", body) \
            or (body[0].islower() and not device):
        return None
    head, _, func = body.partition(",")
    head, func = head.strip(), func.strip()
    if not head or len([w for w in head.split() if w not in QUOTES]) > s["max_label_words"] or head.isdigit() or ":" in head:
        return None
    if re.search(r"[.!?…]\s", head) and not re.match(r"^(?:[A-ZÉ][a-zé]{0,3}\.\s)+\S", head):
        return None  # a sentence inside, unless "M. Dupont", "Dr. Martin"
    if any(w.rstrip(".") in cv.NOT_LABELS for w in fold(head).lower().split()):
        return None  # "Note", "Première question": a word that never names a speaker
    return head, func or paren_role


def names_person(label: str) -> bool:
    """"LA RESPONSABLE", "Une bénévole", "LA DÉLÉGUÉE DE L'ARS", "VOIX HORS MICRO": an article and a
    noun naming someone (a person noun, a trade: lang/fr/trade_nouns.yaml), or a voice the document
    says nobody identified (labels.yaml unidentified_voice_labels)."""
    low = " ".join(label.lower().split())
    if fold(low) in cv.UNIDENTIFIED_VOICE_WORDS:
        return True
    d = cv.language_data()
    for article in [*d.get("function_label_articles", []), *d.get("function_label_indefinites", [])]:
        glued = article[-1] in "'’"
        if low.startswith(article if glued else article + " "):
            rest = low[len(article):].strip()
            return bool(rest) and (names_a_trade(rest) or bool(cv.PERSON_NOUN.match(rest)) or _post(rest))
    return False


@cv.per_language_data
def _posts() -> tuple[str, ...]:
    return tuple(fold(w).lower() for w in cv.language_data().get("label_post_nouns", []))


def _post(rest: str) -> bool:
    """"trésorière", "vice-président de la CPTS": a board's post (labels.yaml label_post_nouns)."""
    key = fold(rest).lower()
    return any(key == p or key.startswith(p + " ") for p in _posts())


def indefinite(label: str) -> bool:
    """"Une bénévole": someone of a kind, not a person the document names."""
    first = label.lower().split()[0] if label.split() else ""
    return first in cv.language_data().get("function_label_indefinites", [])


def person_name(head: str, s: dict | None = None) -> bool:
    """A person's name as a label gives it: "Agnès Giannotti", "M. Jean Dupont", "Mme Claire
    Martin de La Tour": a civility or not, then two to four words in capitals (particles aside)."""
    s = s or settings()
    words = head.split()
    civil = {fold(c).lower().rstrip(".") for c in s["civilities"]}
    if words and fold(words[0]).lower().rstrip(".") in civil:
        words = words[1:]
    particles = {fold(p).lower() for p in s["name_particles"]}
    named = [w for w in words if fold(w).lower() not in particles]
    return 1 <= len(named) <= 4 and (len(named) >= 2 or len(words) < len(head.split())) \
        and all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’-]*", w) for w in named)


def civil_name(head: str, s: dict | None = None) -> bool:
    """"M. BASTIDE", "Mme Aubanel", "Dr Jean Roux": a civility, then a name (person_name)."""
    s = s or settings()
    words = head.split()
    civil = {fold(c).lower().rstrip(".") for c in s["civilities"]}
    return len(words) >= 2 and fold(words[0]).lower().rstrip(".") in civil and person_name(head, s)


def _spoken(text: str) -> bool:
    return bool(cv.SPOKEN.search(text))


def own_line_labels(lines: list[TextLine], s: dict | None = None) -> dict[int, tuple[str, str]]:
    """line index -> (label, function) of the label lines that take turns in this document."""
    s = s or settings()
    cands: dict[int, tuple[str, str]] = {}
    for i, ln in enumerate(lines[:-1]):
        got = label_line(ln.text, s)
        below = lines[i + 1].text.strip()
        # (a label over an editor's note, "[La liste n'a pas répondu à cette question.]", says nothing there)
        if got and below and label_line(below, s) is None and not below.startswith(tuple(QUOTES)) and not is_aside(below):
            cands[i] = got
    out: dict[int, tuple[str, str]] = {}
    for run in _runs(list(cands), s["max_gap"]):
        counts = Counter(cands[i][0] for i in run)
        # every label line of the block carries its time (a transcription tool's "Intervenant 5 [00:18:03]")
        all_timed = all(_timed(lines[i].text) for i in run)
        # a label heard once whose words do not speak is a form's field or a list's title, no turn
        run = [i for i in run if counts[cands[i][0]] > 1 or _spoken(lines[i + 1].text) or all_timed]
        if not run:
            continue
        labels = [cands[i][0] for i in run]
        counts = Counter(labels)
        # a round where each speaks once counts when every label names someone ("LA RESPONSABLE",
        # "LE VÉTÉRINAIRE", "UNE BÉNÉVOLE", "M. BASTIDE"): a heading is no person
        recurring = max(Counter(_series(k) for k in labels).values()) >= s["min_lines"]
        if len(run) < s["min_turns"] or len(counts) < 2 \
                or not (recurring or all(names_person(k) or civil_name(k, s) for k in counts)):
            continue
        changes = sum(1 for a, b in zip(labels, labels[1:]) if a != b) / (len(labels) - 1)
        spoken = sum(1 for i in run if _spoken(lines[i + 1].text)) / len(run)
        span = [ln for ln in lines[run[0]:run[-1] + 2] if ln.text.strip()]
        if changes < s["min_alternation"] or spoken < s["min_spoken_share"] or len(run) < s["min_block_share"] * len(span):
            continue
        if enumerated(labels) and not all_timed:  # (a tool's time on every label: speakers, not a list's 1, 2, 1, 2)
            continue
        # a label heard once counts when its words speak or it is of a recurring label's series ("E4"
        # beside "E3"), or when it carries its time as every label of the block does (a transcription
        # tool's "Intervenant 5 [00:18:03]")
        series = {_series(k) for k, n in counts.items() if n >= s["min_lines"]}
        for i in run:
            k = cands[i][0]
            if counts[k] >= s["min_lines"] or _series(k) in series or _spoken(lines[i + 1].text) or all_timed:
                out[i] = cands[i]
    # a person named on a line of its own ending with a colon, above a long paragraph that speaks:
    # a record's or a round table's intervention ("Agnès Giannotti, vice-présidente de MG France :"),
    # even heard once
    for i, (label, func) in cands.items():
        below = lines[i + 1].text
        if i not in out and lines[i].text.rstrip().endswith(":") and person_name(label, s) \
                and len(below.split()) >= s["min_named_words"] and _spoken(below):
            out[i] = (label, func)
    return out


def _parenthesised_descriptions(lines: list[TextLine], labels: list[str]) -> dict[str, str]:
    """label -> the description in parentheses the document gives right after it, elsewhere than
    on a label line ("… sous le nom de leur compte : GIRARD Hélène (coordinatrice …, organisatrice),
    BLANC Thierry (médecin généraliste à Gex)")."""
    out: dict[str, str] = {}
    for label in labels:
        pat = re.compile(rf"(?<![\w-]){re.escape(label)}\s*\((?P<desc>[^()]{{2,140}})\)")
        for ln in lines:
            m = pat.search(ln.text) if label in ln.text else None
            if m and len(ln.text.split()) > len(label.split()) + 12:  # a sentence, not the label's own line
                out[label] = m.group("desc")
                break
    return out


def own_line_speakers(lines: list[TextLine], gazetteer=None, moderators=(), s: dict | None = None) -> dict[str, dict]:
    """label -> declared attributes (``record`` + ``alone``: a name above its words; ``lines``: the
    label lines as written; ``moderator``: a label word, a legend's ``moderators``, most turns
    questions; the function a label line gives, as role) of the labels set on a line of their
    own that take turns, or {}."""
    s = s or settings()
    at = own_line_labels(lines, s)
    out: dict[str, dict] = {}
    for i, (label, func) in sorted(at.items()):
        entry = out.setdefault(label, {"role_raw": "", "role": "", "region": "", "place": "", "moderator": False,
                                       "source": "attribution", "record": True, "alone": True, "own_line": True,
                                       "lines": [], "_said": []})
        entry["lines"].append(" ".join(lines[i].text.split()))
        entry["_said"].append(lines[i + 1].text)
        if cv.several_voices(label) and "+" not in label:
            # "Intervenant 2 et 3": two voices at once, no one's role (as "Ph3 et Ph4 :" inline)
            entry.update(role_raw=label, role="inconnu", joint=True)
        elif group_answer(lines[i].text):
            # "Liste « … » (réponse collective)": a group answers, no one person (fallbacks.yaml group_speech_words)
            entry.update(role_raw=label, role="inconnu", joint=True, anonymous=True)
        elif not func and not entry["role_raw"] and names_person(label):
            # "LA RESPONSABLE", "UNE BÉNÉVOLE": the label names what the person is
            role = normalize_role(label)
            entry.update(role_raw=label, role="autre" if role == "inconnu" else role, anonymous=indefinite(label))
        if func and not entry["role_raw"] and normalize_role(func) not in ("autre", "inconnu"):
            entry.update(role_raw=func, role=normalize_role(func))
            if gazetteer is not None:
                from .regions import resolve_region

                entry["region"], entry["place"] = resolve_region(func, gazetteer)
    said = {label: entry.pop("_said") for label, entry in out.items()}
    for label, entry in out.items():
        questions = sum(1 for t in said[label] if t.rstrip(" »\"”").endswith("?"))
        entry["moderator"] = fold(label).rstrip(".").lower() in cv.MODERATOR_WORDS or bool(cv.INTERVIEWER.search(label)) \
            or label in moderators or (len(said[label]) >= s["min_lines"] and questions >= s["moderator_question_share"] * len(said[label]))
        entry["lines"] = sorted(set(entry["lines"]))
    # "GIRARD Hélène (coordinatrice de la CPTS, organisatrice)" in the author's presentation of the
    # accounts: the one who runs the meeting (s53)
    from .fallbacks import moderates  # (read at call time: the fallbacks import the label readers)

    for label, desc in _parenthesised_descriptions(lines, [k for k, v in out.items() if not v["moderator"]]).items():
        out[label]["moderator"] = moderates(desc)
    if out and not any(v["moderator"] for v in out.values()):
        # no label asks most of the questions: the voice that opens with turns far shorter than
        # the others' is the interviewer's
        first = at[min(at)][0]
        length = {k: sum(len(t.split()) for t in v) / len(v) for k, v in said.items() if len(v) >= s["min_lines"]}
        others = [n for k, n in length.items() if k != first]
        if first in length and others and length[first] <= s["moderator_length_ratio"] * min(others):
            out[first]["moderator"] = True
    return out
