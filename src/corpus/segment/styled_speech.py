"""People's words known by their PRESENTATION: a document that sets its interview extracts as
italic (or bold) paragraphs without quotation marks, each under or over a line naming who speaks,
or closed by a footnote call whose note names the interview (issue #14, session 14, segstyle).

The reader learns the convention from the document, then applies it to that document only:

1. Presentation. A paragraph's presentation is the style covering nearly all of it
   (``min_style_share`` of its characters: italic, bold; styles.csv carried into the segmenter).
   Plain paragraphs have no presentation here: the reader never reads roman text.

2. Candidates. A paragraph of a presentation that reads as speech: at least ``min_words`` words,
   ends like a sentence (a footnote call may follow the stop), speaks (je, on, nous, vous, a
   question: conventions.SPOKEN) or is wholly in guillemets, is no heading, no bibliography/
   notes/front matter, and no reader has taken it already (no verbatim, turn, moderator ... span
   on it). Footnotes extraction ran into the paragraph after its styled words are no part of it.

3. Anchors: what names the speaker next to a candidate.
   - above: the paragraph before ends with a colon and, without it, is a short line
     (``max_anchor_words``) that describes a person or gives a speaker code ("Dr B.,
     généraliste, 58 ans, Digne-les-Bains :", "Infirmière, Ardèche :", "E3, médecin :"); a line
     with a speech verb but no person ("Il me confie :") is no anchor; extraction may run that
     line into the paragraph above, so the paragraph's last sentences are tried, longest first;
   - below: the paragraph after is a credit line (framed_quotes.credit_below: "– Médecin, 52 ans,
     Queyras", "Source : entretien avec une pharmacienne"), or a short description of a person
     without a final stop (``max_credit_words``: "Un médecin de la MSP de Clamecy"), or a name
     alone over such a description (a press pull quote: "Claire Mougin" / "médecin généraliste à
     Luxeuil-les-Bains"); a name opening the description is the speaker;
   - note: the paragraph ends with a footnote call (¹, ², or a number glued to the stop) and the
     document's note of that number credits an interview with someone ("¹ Entretien avec la
     directrice du DAC, Mamoudzou, 12 mai 2023.": quote_sources.note_source).

4. Evidence. A presentation carries quoted speech in this document when at least
   ``min_evidence`` paragraphs of it are anchored candidates or verbatims/turns another reader
   already attributed (a speaker or a role). One anchored italic paragraph is a stray (an epigraph,
   the author's emphasis after a colon); two make a convention.

5. Reading. Each anchored candidate of a presentation that carries speech becomes a verbatim,
   with the attribution its anchor gives (speaker code, civility and initial, name; role, region
   and place from the description). Candidates of the same presentation that directly follow it,
   with nothing between, continue the same person's words (one verbatim over paragraphs). The
   anchor lines themselves stay narrative. A verbatim another reader found without saying who
   spoke (no speaker, no role) takes its anchor's role and place.

Why it stops: no presentation, no anchors, or fewer than ``min_evidence`` anchored paragraphs and
the reader does nothing; a paragraph of a convention's presentation with no anchor of its own (and
not continuing an anchored one) is left alone too: the reader would not know who speaks, and on the
test sets the only such paragraphs were pull quotes whose credit names no profession. So a
document whose italics are titles, foreign words, the author's own emphasis or inner questions (no
line naming a person next to them) is left as it was. Thresholds: lang/fr/styled_speech.yaml."""

from __future__ import annotations

import bisect
import functools
import re

from . import conventions as cv
from .attributions import describe, describes_person
from .base import NOTE_LINE, SKIP_SECTIONS, SUPERSCRIPT_DIGITS, SUPERSCRIPTS, Span, TextLine, n_words
from .dash_closing_codes import coded_credit
from .framed_quotes import credit_below
from .quote_sources import note_source

DEFAULTS = {"styles": ["italic", "bold"], "min_style_share": 0.9, "min_words": 8, "max_anchor_words": 20,
            "max_credit_words": 10, "min_evidence": 2}
QUOTES = "«»\"“”"
SUP = SUPERSCRIPT_DIGITS
SUP_CHAR = re.compile(f"[{SUP}]")
# a footnote call closing a paragraph: "… formulaire.¹", "… formulaire.12" (glued to the stop)
NOTE_CALL_END = re.compile(rf"(?<=[.!?…»])\s?(?P<num>[{SUP}]{{1,3}}|\d{{1,3}})\s*$")
# a footnote call glued to a styled run (the call itself set in roman)
CALL_AFTER = re.compile(rf"[{SUP}]{{1,3}}")
# footnotes as extraction may run them into the paragraph above: "¹ Entretien avec …, 12 mai 2023."
NOTE_TEXT = re.compile(rf"(?:^|(?<=\s))(?P<num>[{SUP}]{{1,3}})\s+(?P<note>[^{SUP}]{{3,300}}?)\s*(?=\s[{SUP}]{{1,3}}\s|$)")
# a first name and a name opening a description ("Thomas Girardot pharmacien adjoint à Lure",
# "Anne Le Gall, infirmière")
# (the particles inside a family name are language data: attributions.yaml name_particles)
NAME_LEAD_SHAPE = (r"^\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+(?:{particles})?\s?[A-ZÉÈ][\w'’-]+))"
                   r"(?=,?\s+[a-zéèà])")


@functools.lru_cache(maxsize=8)
def _name_lead(particles: tuple[str, ...]) -> re.Pattern:
    return re.compile(NAME_LEAD_SHAPE.format(particles=cv.literal_alternation(particles) or "(?!)"))


def name_lead(text: str) -> re.Match | None:
    """A first name and a family name opening a description, with the particles in force."""
    return _name_lead(tuple(cv.language_data().get("name_particles", ()))).match(text)
SENTENCE_END = re.compile(r"[.!?…]\s?[»”\"]?$")
# a person's name alone on its line, over the line describing them ("Claire Mougin" / "médecin
# généraliste à Luxeuil-les-Bains" under a pull quote)
NAME_ALONE = re.compile(r"^\s*[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ][\w'’-]+){1,2}\s*$")
# a dash opening a credit line, or closing a paragraph's last sentence before its credit ("… la
# maman. – SF4, libérale, 12 ans d'exercice, Saint-Pierre"; s28-segr48a)
DASH_OPEN = re.compile(r"^\s*[–—-]\s*(?=[A-ZÉ])")
DASH_CLOSING = re.compile(r"(?<=[.!?…])[ \t\u00a0]+[–—][ \t\u00a0]*(?=[A-ZÉ])")
# where a sentence ends inside a paragraph (the last sentence may be the line naming the speaker)
SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[A-ZÉÈÀÂÎÔ])")
# the spans of other readers that take a paragraph (narrative, notes and others do not)
TAKEN_KINDS = ("verbatim", "turn", "moderator", "attribution")
# "Source : " before the credited interview (lang/fr quote_sources.yaml: source_line_words)
SOURCE_WORD = re.compile(rf"(?:{cv.word_forms('source_line_words')})\s*:\s*", re.IGNORECASE)


@cv.per_language_data
def _diary_header() -> re.Pattern:
    """A recorded diary's header: its medium (``recorded_diary_headers``), what dates it, a dash, a
    participant's code and their description in parentheses, nothing after."""
    media = cv._alt(cv.language_data().get("recorded_diary_headers", [])) or "(?!)"
    return re.compile(rf"^\s*(?:{media})\b[^–—:()«»]{{0,60}}?\s[–—-]\s*(?P<code>[A-Z][\w-]{{0,8}}\d{{1,3}})"
                      rf"\s*\((?P<desc>[^()]{{2,120}})\)\s*$", re.IGNORECASE)


def diary_anchor(line: str, gazetteer) -> dict | None:
    """The attribution a recorded diary's header gives the paragraphs under it ("Journal audio,
    semaine 3 – F2 (primipare, 29 ans, Vendôme)": F2, role and place from the parenthesis)."""
    m = _diary_header().match(line)
    if m is None:
        return None
    role, region, place = describe(m.group("desc"), gazetteer)
    return {"speaker": m.group("code"), "role_raw": m.group("desc").strip(), "role": role, "region": region,
            "place": place, "attr_source": "attribution"}


@cv.per_language_data
def _notebook_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a notebook's noun, an entry's opening label "Jour 6 :", a person presented by name and a
    description "Mme Gisèle T., 67 ans, vit seule à Sarlat-la-Canéda"), built once per language data."""
    d = cv.language_data()
    nouns = cv._flex_alt(d.get("notebook_words", [])) or "(?!)"
    labels = cv._flex_alt(d.get("notebook_entry_labels", [])) or "(?!)"
    civ = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    return (re.compile(rf"(?<![\w])(?:{nouns})(?![\w])", re.IGNORECASE),
            re.compile(rf"^\s*(?:{labels})\s*\d{{1,3}}\s*:\s*", re.IGNORECASE),
            re.compile(rf"(?:^|(?<=[.!?;]\s))(?:(?:{civ})\.?\s+)?"
                       r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+[A-ZÉÈ](?:[a-zéèêëïîôûç'’-]+|\.))"
                       r"\s*,\s*(?P<desc>[^.;:!?«»]{2,120})"))


def notebook_entry(words: str) -> int:
    """The length of the day label opening a notebook's entry ("Jour 6 : "), 0 for any other words."""
    m = _notebook_patterns()[1].match(words)
    return m.end() if m else 0


def notebook_keeper(paragraph: str, gazetteer) -> dict | None:
    """The attribution of a notebook's entries from the plain paragraph presenting it: the paragraph
    names a notebook (``notebook_words``) and presents exactly one person by name and description
    ("Mme Gisèle T., 67 ans, vit seule à Sarlat-la-Canéda"); None otherwise (a programme's days,
    a paragraph naming no one or several people)."""
    nouns, _, person = _notebook_patterns()
    if not nouns.search(paragraph):
        return None
    found = {m.group("name"): m.group("desc") for m in person.finditer(paragraph) if describes_person(m.group("desc"))}
    if len(found) != 1:
        return None
    (name, desc), = found.items()
    role, region, place = describe(desc, gazetteer)
    return {"speaker": name, "role_raw": desc.strip(), "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("styled_speech") or {})}


def styled_part(ln: TextLine, text: str, styles, s: dict) -> tuple[str, int, int] | None:
    """(style, start, end) of the paragraph's words when one presentation covers them: nearly the
    whole line, or a run opening the line followed only by a footnote call and footnotes that
    extraction ran into it ("… des semaines.² ¹ Entretien avec …"); None for a plain paragraph."""
    for style in s["styles"]:
        if styles.share(ln.start, ln.end, style) >= s["min_style_share"]:
            return style, ln.start, ln.start + len(ln.text.rstrip())
    lead = len(ln.text) - len(ln.text.lstrip())
    for style in s["styles"]:
        runs = styles.runs(style, ln.start, ln.end, text)
        if not runs or runs[0][0] != ln.start + lead:
            continue
        a, b = runs[0]
        call = CALL_AFTER.match(text, b, ln.end) if text[b - 1] not in SUP else None
        end = call.end() if call else b
        rest = text[end:ln.end].strip()
        if rest and not (NOTE_TEXT.match(rest) and all(m.group("note") for m in NOTE_TEXT.finditer(rest))
                         and "".join(m.group(0) for m in NOTE_TEXT.finditer(rest)).replace(" ", "") == rest.replace(" ", "")):
            continue
        return style, a, end
    return None


def _words_end(text: str) -> int:
    """Where the words of a paragraph end: before a closing footnote call, trailing spaces."""
    t = text.rstrip()
    call = NOTE_CALL_END.search(t)
    return call.start() if call else len(t)


def reads_as_speech(text: str, s: dict) -> bool:
    """Long enough, ends like a sentence (a footnote call may follow), speaks (or is all in
    guillemets: quoted words)."""
    words = text[:_words_end(text)].strip()
    quoted = words.startswith("«") and words.endswith("»") and words.count("«") == 1
    return n_words(words) >= s["min_words"] and bool(SENTENCE_END.search(words)) \
        and (quoted or bool(cv.SPOKEN.search(words)))


def interview_notes(lines: list[TextLine]) -> dict[str, str]:
    """footnote number -> note text, for the notes that credit an interview (the only notes the
    reader reads): lines "1. Entretien avec …", or notes opening with a superscript number, on
    their own line or run into a paragraph by extraction."""
    out: dict[str, str] = {}
    for ln in lines:
        m = NOTE_LINE.match(ln.text)
        if m and note_source(m.group("note")):
            out.setdefault(m.group("num"), m.group("note").strip())
        for m in NOTE_TEXT.finditer(ln.text) if SUP_CHAR.search(ln.text) else ():
            if note_source(m.group("note")):
                out.setdefault(m.group("num").translate(SUPERSCRIPTS), m.group("note").strip())
    return out


def anchor_attrs(desc: str, inner: str, ctx, gazetteer) -> dict | None:
    """The attribution a line naming someone gives ("Dr B., généraliste, 58 ans, Digne-les-Bains",
    "E3, médecin", "Infirmière, Ardèche"), None when it names no one."""
    from .quotes import _coded_parenthesis

    desc = desc.strip().strip(" :.–—-").strip()
    if not desc or any(q in desc for q in QUOTES) or cv.SPEECH_VERB_ANY.search(desc):
        return None
    source = SOURCE_WORD.match(desc)
    if source:  # "Source : entretien n° 7, infirmière Asalée, Pontivy (56)": interview 7 speaks
        desc = desc[source.end():]
    coded = _coded_parenthesis(desc, inner, ctx)
    if coded is not None and source and coded.get("speaker"):
        # a line, not a parenthesis: its last ")" ("Loudéac (22)") belongs to the description
        role, region, place = describe(desc, gazetteer)
        coded = {**coded, "role_raw": desc}
        if region and not coded.get("region"):
            coded.update(region=region, place=place)
        if coded.get("role") in ("", "autre", "inconnu") and role not in ("autre", "inconnu"):
            coded.update(role=role)
    if coded is not None and (coded.get("speaker") or coded.get("role") not in ("", "inconnu")):
        return dict(coded)
    if not describes_person(desc):
        return None
    role, region, place = describe(desc, gazetteer)
    named = name_lead(desc)
    return {"speaker": _civility_speaker(desc) or (named.group("name") if named else ""), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution"}


def anchor_above(line: str, inner: str, ctx, gazetteer, s: dict) -> dict | None:
    """The attribution of a paragraph (or of its last sentence: extraction may run the line
    naming the speaker into the paragraph above) ending with a colon, None when it names no one.
    The longest tail is tried first ("Dr B., généraliste, …" before "généraliste, …")."""
    t = line.rstrip()
    if not t.endswith(":"):
        return None
    t = t[:-1]
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(t)]
    for at in starts:
        tail = t[at:]
        if n_words(tail) > s["max_anchor_words"]:
            continue
        attrs = anchor_attrs(tail, inner, ctx, gazetteer)
        if attrs is not None:
            return attrs
    return None


def _civility_speaker(desc: str) -> str:
    """The person a description opens with by civility and initial or name ("Dr B., généraliste"
    -> "Dr B."), or ''."""
    civ = cv._flex_alt(cv.language_data().get("civilities", []))
    m = re.match(rf"\s*(?P<name>(?:{civ})\.?\s+[A-ZÉÈ][\wéèêëïîôûç'’-]*\.?)(?=[\s,]|$)", desc) if civ else None
    return m.group("name").rstrip(",") if m else ""


def credit_line(line: str, s: dict) -> bool:
    """A line under a paragraph that says who spoke: a credit (framed_quotes.credit_below: "–
    Médecin, 52 ans, Queyras", "Source : entretien avec …"), or a short description of a person
    without a final stop ("Un médecin de la MSP de Clamecy", "La coordinatrice du dispositif")."""
    t = line.strip()
    if n_words(t) > s["max_anchor_words"]:
        return False
    if credit_below(t):
        return True
    return n_words(t) <= s["max_credit_words"] and not re.search(r"[.!?:;…]$", t) and describes_person(t)


def styled_speech_spans(spans: list[Span], text: str, lines: list[TextLine], styles, headings, section_kinds,
                        ctx, gazetteer) -> list[Span]:
    """``spans`` plus the verbatims of the paragraphs whose presentation carries quoted speech in
    this document (module docstring); ``spans`` unchanged when the document shows no such
    convention."""
    s = settings()
    taken = _Ranges([(sp.start, sp.end, j) for j, sp in enumerate(spans) if sp.kind in TAKEN_KINDS])
    attributed = _Ranges([(sp.start, sp.end, j) for j, sp in enumerate(spans)
                          if sp.kind in ("verbatim", "turn") and _attributed(sp.attrs)])
    unsaid = _Ranges([(sp.start, sp.end, j) for j, sp in enumerate(spans)
                      if sp.kind == "verbatim" and not _attributed(sp.attrs)])

    def is_taken(a: int, b: int) -> bool:
        return taken.covering(b - 1, a + 1) is not None

    body = [ln for ln in lines if ln.text.strip()]
    part = {ln.index: styled_part(ln, text, styles, s) for ln in body}

    def style_of(ln: TextLine) -> str:
        return part[ln.index][0] if part[ln.index] else ""

    notes = interview_notes(lines)

    def anchor(k: int, p: tuple[str, int, int]) -> dict | None:
        """The attribution the paragraph body[k] gets from the line above, the line below or its note."""
        words = text[p[1]:p[2]]
        inner = words[:_words_end(words)].strip()
        before = body[k - 1] if k > 0 else None
        diary = diary_anchor(before.text, gazetteer) if before is not None else None
        if diary is not None:  # a recorded diary's header, a heading or not, without a colon
            return diary
        if notebook_entry(inner):  # "Jour 6 : …": the keeper the notebook's plain paragraph presents
            for j in range(k - 1, -1, -1):  # the nearest plain paragraph naming a notebook, in the same section
                if body[j].index in headings:
                    break
                if not part[body[j].index] and _notebook_patterns()[0].search(body[j].text):
                    return notebook_keeper(body[j].text, gazetteer)  # (None: it names no keeper)
        if before is not None and not part[before.index] and before.index not in headings:
            attrs = anchor_above(before.text, inner, ctx, gazetteer, s)
            if attrs is not None:
                return attrs
        after = body[k + 1] if k + 1 < len(body) else None
        if after is not None and style_of(after) != p[0] and after.index not in headings \
                and not is_taken(after.start, after.end) and credit_line(after.text, s):
            attrs = anchor_attrs(after.text, inner, ctx, gazetteer)
            if attrs is not None:
                return attrs
        # "– SF4, libérale, 12 ans d'exercice, Saint-Pierre": a coded credit after a dash, in the
        # paragraph's style too (extraction split it from the paragraph it closed)
        if after is not None and after.index not in headings \
                and not is_taken(after.start, after.end) and DASH_OPEN.match(after.text):
            attrs = coded_credit(after.text, ctx)
            if attrs is not None:
                return attrs
        after2 = body[k + 2] if k + 2 < len(body) else None
        if after is not None and after2 is not None and NAME_ALONE.match(after.text) and style_of(after2) != p[0] \
                and not is_taken(after.start, after2.end) and credit_line(after2.text, s):
            attrs = anchor_attrs(after2.text, inner, ctx, gazetteer)  # "Claire Mougin" / "médecin généraliste à Luxeuil"
            if attrs is not None:
                return {**attrs, "speaker": after.text.strip()}
        call = NOTE_CALL_END.search(words.rstrip())
        if call and call.group("num").translate(SUPERSCRIPTS) in notes:
            return anchor_attrs(note_source(notes[call.group("num").translate(SUPERSCRIPTS)]), inner, ctx, gazetteer)
        return None

    evidence: dict[str, int] = {}
    unattributed: dict[int, tuple[Span, dict]] = {}  # span index -> (span, anchor attrs)
    for k, ln in enumerate(body):  # paragraphs other readers already read as someone's words
        p = part[ln.index]
        if not p or n_words(text[p[1]:p[2]]) < s["min_words"]:
            continue
        if attributed.covering(p[1], p[2] - 1) is not None:
            evidence[p[0]] = evidence.get(p[0], 0) + 1
            continue
        j = unsaid.covering(p[1] + 2, p[2] - 2)
        if j is not None:
            attrs = anchor(k, p)
            if attrs is not None:
                unattributed[j] = (spans[j], attrs)
                evidence[p[0]] = evidence.get(p[0], 0) + 1
    candidates: dict[int, dict | None] = {}  # line index -> anchor attrs (None: a candidate without anchor)
    credited: dict[int, int] = {}  # line index -> where its words end before a credit closing it
    for k, ln in enumerate(body):
        p = part[ln.index]
        if not p or ln.index in headings or section_kinds[ln.index] in SKIP_SECTIONS or is_taken(p[1], p[2]):
            continue
        # the credit closing the paragraph after a dash ("… la maman. – SF7, libérale, Le Tampon"): the
        # anchor, the words before it the candidate
        dash = next(reversed(list(DASH_CLOSING.finditer(text, p[1], p[2]))), None)
        closing = coded_credit(text[dash.start():p[2]], ctx) if dash else None
        if closing is not None and reads_as_speech(text[p[1]:dash.start()], s):
            candidates[ln.index] = closing
            credited[ln.index] = dash.start()
            evidence[p[0]] = evidence.get(p[0], 0) + 1
            continue
        if not reads_as_speech(text[p[1]:p[2]], s):
            continue
        candidates[ln.index] = anchor(k, p)
        if candidates[ln.index] is not None:
            evidence[p[0]] = evidence.get(p[0], 0) + 1
    carrying = {style for style, n in evidence.items() if n >= s["min_evidence"]}
    if not carrying:
        return spans
    spans = list(spans)
    for j, (sp, attrs) in unattributed.items():  # "Un médecin de la MSP de Clamecy" under a verbatim no one attributed
        if style_of(next(ln for ln in body if ln.start <= sp.start <= ln.end)) in carrying:
            filled = {key: v for key, v in attrs.items() if v and v != "inconnu"}  # keep what the reader found
            spans[j] = Span(sp.start, sp.end, sp.kind, {**sp.attrs, **filled})
    added: list[Span] = []
    last: int | None = None  # body position of the previous verbatim paragraph
    for k, ln in enumerate(body):
        p = part[ln.index]
        if ln.index not in candidates or p[0] not in carrying:
            last = None
            continue
        attrs = candidates[ln.index]
        words = text[p[1]:p[2]]
        end = credited.get(ln.index, p[1] + _words_end(words))
        if attrs is None:
            if last is not None and style_of(body[last]) == p[0] and added:
                added[-1] = Span(added[-1].start, end, "verbatim", added[-1].attrs)  # the same person goes on
                last = k
            continue
        added.append(Span(p[1] + notebook_entry(words[:_words_end(words)]), end, "verbatim", dict(attrs)))  # without "Jour 6 :"
        last = k
    if not added:
        return spans
    bounds = [(sp.start, sp.end) for sp in added]
    kept = [sp for sp in spans if not any(sp.start < b and sp.end > a for a, b in bounds)]
    return sorted(kept + added, key=lambda sp: (sp.start, sp.end))


class _Ranges:
    """Character ranges (start, end, payload), asked for one that starts at or before a point and
    ends at or after another (prefix maxima of the ends over the ranges sorted by start)."""

    def __init__(self, ranges: list[tuple[int, int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [r[0] for r in self.ranges]
        self.reach: list[int] = []
        for r in self.ranges:
            self.reach.append(max(r[1], self.reach[-1]) if self.reach else r[1])

    def covering(self, start: int, end: int) -> int | None:
        """The payload of the last range (by start) with range.start <= start and range.end >= end."""
        k = bisect.bisect_right(self.starts, start)
        if k == 0 or self.reach[k - 1] < end:
            return None
        return next(self.ranges[i][2] for i in range(k - 1, -1, -1) if self.ranges[i][1] >= end)


def _attributed(attrs: dict) -> bool:
    """Whether a reader said who spoke: a speaker, or a role."""
    return bool(attrs.get("speaker")) or attrs.get("role", "inconnu") not in ("", "inconnu")
