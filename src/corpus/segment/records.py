"""Records of deliberative bodies (parliamentary sittings, committee and council minutes): turns
opened by a civility and a person's name, optionally their function, then a full stop or a
dash ("Mme Agnès Buzyn, ministre. Nous …", "M. le président. La parole …", "M. Hervé Maurey,
président . - Avec …"). The conventions are lang/fr/records.yaml.

Such labels are found once per document and handed to the segmenter as declared speakers
(``record`` set): their turns run over the unlabelled paragraphs that follow, up to the next
label or heading. A record is at least two such paragraphs naming two speakers, or one label
closed by a full stop and a dash (a committee record's form); a paragraph of prose that opens
with "M. Dupont." once, or "M. Dupont a dit", is none. In a record, the benches speak too ("A
droite. Mais non !": several people at once).

The same hand-over serves two other families whose turns a person's name opens: broadcast
transcripts, a line holding only the name in capitals above each turn ("ORIANE MANCINI"), and
published Q&A interviews, "Name: …" answers under a title naming the person.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .attributions import describes_person, interview_header
from .base import TextLine, append_cut
from .chaired_records import chair_names, is_chair
from .roles import matched_role

MIN_RECORD_LINES = 2


_alt = cv.literal_alternation
_data = cv.language_data


def _label_parts(d: dict) -> tuple[str, str, str, str, str]:
    """The pieces of a record's label (records.yaml): civility, a capitalised word, a name's
    particle, the definite article, the chair's words."""
    return (rf"(?:{_alt(d.get('record_civilities', []))})\.?", r"[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*",
            rf"(?:{cv.word_forms('record_name_particles', data=d)})", cv.word_forms("definite_articles", data=d),
            _alt(d.get("record_chair", [])) or "(?!)")


def record_label() -> re.Pattern:
    """A record's speaker label at a paragraph's start: civility, name (or the chair), optional
    function after a comma, a full stop, an optional dash; the words start with a capital."""
    d = _data()
    civ, cap, particle, the, chair = _label_parts(d)
    titles = _alt(d.get("record_titles", [])) or "(?!)"
    posts = _alt(d.get("record_offices", [])) or "(?!)"
    name = (rf"(?:(?:{the})\s+(?:{titles})\s+)?(?:{particle}\s*)?{cap}"
            rf"(?:\s+(?:{particle}\s*)?{cap}){{0,3}}")
    # or an office without a name, in a committee record's dashed form only: "M. le représentant de
    # l'URPS médecins libéraux. –", "Mme la directrice de la santé publique de l'ARS. –"
    office = rf"(?:{the})\s+[a-zàâçéèêëîïôûù][^.!?:;«»,]{{2,120}}?"
    return re.compile(
        rf"^(?P<label>{civ}\s+(?:(?P<chair>(?i:{the})\s+(?i:{chair})(?:\s+{cap}){{0,3}})"
        # a member's office without a name or a dash: "Mme la rapporteure."
        rf"|(?P<post>(?:{the})\s+(?i:{posts})(?=\s*\.))|(?P<name>{name})|(?P<office>{office})))"
        rf"(?:\s*,\s*(?P<func>[^.!?:;«»]{{2,160}}?))?\s*\.(?:\s*(?P<dash>[-–—]))?(?(office)(?<=[-–—]))\s+(?=[«\"“(]?[A-ZÀ-ÝŒ])")


def bench_label() -> re.Pattern:
    """Benches speaking at once at a paragraph's start ("A droite. Mais non !")."""
    openers = _alt(_data().get("record_benches", []) + _data().get("record_single_voices", [])) or "(?!)"
    return re.compile(rf"^(?P<bench>(?i:{openers})[^.!?():;«»\n]{{0,60}}?)\s*\.(?:\s*[-–—])?\s+(?=[«\"“(]?[A-ZÀ-ÝŒ])")


def bench_turn(codes) -> re.Pattern | None:
    """A line opened by one of this record's bench labels (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"^(?P<lead>)(?P<ts>)(?P<label>{alt})\s*\.(?:\s*[-–—])?\s+(?=\S)")


def record_turn(codes) -> re.Pattern | None:
    """A line opened by one of this document's record labels, with what the match of a
    speaker label carries (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    civ = rf"(?:{_alt(_data().get('record_civilities', []))})\.?"
    return re.compile(rf"^(?P<lead>)(?P<ts>)(?:{civ}\s+)(?P<label>{alt})(?:\s*,\s*[^.!?:;«»]{{2,160}}?)?\s*\.(?:\s*[-–—])?\s+(?=\S)")


class Either:
    """Several turn patterns tried in order, used where one compiled pattern is (``.match``);
    ``alone``: name lines above their turn's words (``alone_label``)."""

    def __init__(self, *patterns, alone=()):
        self.patterns = [p for p in patterns if p is not None]
        # a line as written -> its label ("M. Jean Dupont, président :" -> "M. Jean Dupont": segment/own_line_labels.py)
        self.alone = dict(alone) if isinstance(alone, dict) else {a: a for a in alone}

    def alone_label(self, text: str) -> str | None:
        return self.alone.get(" ".join(text.split()))

    def match(self, text: str):
        for p in self.patterns:
            m = p.match(text)
            if m:
                return m
        return None


def function_attrs(func: str) -> tuple[str, str]:
    """(role, region) a function names ("ministre de la santé" -> institutionnel_autre, National)."""
    key = fold(func).lower()
    for rule in _data().get("record_functions", []):
        for w in rule.get("words", []):
            if re.search(rf"(?<![\w-]){re.escape(fold(w).lower())}(?![\w-])", key):
                return rule["role"], rule.get("region", "")
    return "", ""


# a line opened by a short label that is no civility, then a dash: "IDEL – Bonsoir !", "ESI – Madame, …"
DASH_TURN = re.compile(r"^(?P<label>[A-ZÉÈ][\w'’.-]{0,15})\s+[–—-]\s+\S")


def _dash_transcript(lines: list[TextLine]) -> bool:
    """At least two lines open with a label that is no civility, set off by a dash."""
    n = 0
    for ln in lines:
        m = DASH_TURN.match(ln.text)
        if m and fold(m.group("label")).rstrip(".").lower() not in cv.CIVILITIES:
            n += 1
            if n >= 2:
                return True
    return False


def record_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes (role_raw, role, region, moderator, record) of the record
    labels of a document, or {} when it is no record."""
    pattern = record_label()
    found: dict[str, dict] = {}
    hits = []
    for ln in lines:
        m = pattern.match(ln.text)
        if m:
            hits.append(m)
    # (in a transcript whose other labels a dash sets off too, "IDEL – …", "ESI – …", a civility and
    # an initial before the dash, "M. R. –", "Mme R. –", are its anonymised voices, not a record's
    # members: read with its other labels; s48)
    if _dash_transcript(lines):
        hits = [m for m in hits if not (m.group("name") and len(m.group("name")) == 1 and m.group("dash") and not m.group("func"))]
    names = {fold(m.group("label")) for m in hits if m.group("name")}
    dashed = [m for m in hits if m.group("dash")]
    if not (len(hits) >= MIN_RECORD_LINES and (len(names) >= 2 or (names and any(m.group("chair") for m in hits)))) \
            and not dashed:
        return {}
    has_chair = any(m.group("chair") for m in hits)
    member = _data().get("record_member_role", "")
    for m in hits:
        label = " ".join((m.group("chair") or m.group("post") or m.group("name") or m.group("office")).split())  # the name, as a speaker
        entry = found.setdefault(label, {"role_raw": "", "role": "", "region": "", "place": "",
                                         "moderator": bool(m.group("chair")), "source": "attribution", "record": True})
        if m.group("office") or m.group("post"):
            entry["speaker"] = ""  # an office names nobody: what it says is the role
        func = " ".join((m.group("func") or m.group("office") or m.group("post") or "").split())
        if func and not entry["role_raw"]:
            role, region = function_attrs(func)
            # not a member's function ("représentante des usagers", "directrice … de l'ARS"): the role it names
            role = role or matched_role(func) or ""
            entry.update(role_raw=func, role=role, region=region)
    for m in hits:  # "Mme C. –" labelled alone, "Mme C. (sage-femme libérale, …)" in the list of those present
        entry = found[" ".join((m.group("chair") or m.group("post") or m.group("name") or m.group("office")).split())]
        if not entry["role_raw"] and not entry["moderator"] and m.group("name"):
            desc = listed_description(m.group("label"), lines)
            if desc:
                role, region = function_attrs(desc)
                # (a body the description names before the office's word: "président de la commission
                # médicale d'établissement" is the hospital's, not an elected member's; s51)
                named = matched_role(desc)
                if role == "elu" and named not in (None, "", "autre", "inconnu", "elu"):
                    role = named
                entry.update(role_raw=desc, role=role or named or "", region=region)
    chairs = chair_names(lines)  # "- Présidence de M. X, président -" (segment/chaired_records.py)
    for label, entry in found.items():
        if is_chair(label, chairs):
            entry["moderator"] = True
    for entry in found.values():
        if not entry["role"] and not entry["moderator"] and (has_chair or len(dashed) >= MIN_RECORD_LINES):
            entry["role"] = member
    benches = bench_label()
    for ln in lines:
        b = benches.match(ln.text)
        if b:  # "A droite. Mais non !": the members on those benches, no single speaker
            bench = " ".join(b.group("bench").split())
            # "Une voix à gauche. –": one voice the record does not name, whose role it does not say
            single = fold(bench).lower().startswith(tuple(fold(v).lower() for v in _data().get("record_single_voices", [])))
            found.setdefault(bench, {
                "role_raw": "", "role": "inconnu" if single else member, "region": "", "place": "", "moderator": False,
                "source": "attribution", "record": True, "group": True})
    return found


def colon_record_label() -> re.Pattern:
    """A sitting's record set with colons, as councils' in extenso minutes are: the chair ("Le
    Président :", "M. le Maire :" when the chair words hold it, "Mme la Présidente :") or a civility
    and a name, optionally a function after a comma ("M. Paul CASANOVA, conseiller exécutif en charge
    de la santé :"), then a colon."""
    civ, cap, particle, the, chair = _label_parts(_data())
    name = rf"(?:{particle}\s*)?{cap}(?:\s+(?:{particle}\s*)?{cap}){{0,3}}"
    return re.compile(
        rf"^(?P<label>(?P<chair>(?:{civ}\s+)?(?i:{the})\s+(?i:{chair}))"
        rf"|(?P<person>{civ}\s+{name})(?:\s*,\s*(?P<func>[^.!?:;«»]{{2,160}}?))?)\s*:\s+(?=\S)")


def colon_record_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label as written -> declared attributes of a sitting's record set with colons
    (colon_record_label), or {} when the document is none: the chair's label opening a paragraph
    and at least ``colon_record_min_persons`` people by civility and name. The chair moderates when
    most of its lines ask (``colon_record_chair_questions``), else speaks as the others do; roles
    from a function after the name, else left to the attendance list and the assembly's readers."""
    pattern = colon_record_label()
    hits = [m for m in (pattern.match(ln.text) for ln in lines) if m]
    persons = {fold(" ".join(m.group("person").split())) for m in hits if m.group("person")}
    if not any(m.group("chair") for m in hits) or len(persons) < _data().get("colon_record_min_persons", 2):
        return {}
    chair_lines = [m.string for m in hits if m.group("chair")]
    # the chair asking the members in turn chairs as an interviewer would (most of its lines questions,
    # as discovery reads any label's); giving the floor and answering, a member's turn
    asks = sum("?" in t for t in chair_lines) >= _data().get("colon_record_chair_questions", 0.6) * len(chair_lines)
    out: dict[str, dict] = {}
    for m in hits:
        label = " ".join(m.group("label").split())
        func = " ".join((m.group("func") or "").split())
        role, region = function_attrs(func) if func else ("", "")
        # (no function: what the attendance list or the assembly says of them, read as for any label)
        role = role or (matched_role(func) or "" if func else "")
        out.setdefault(label, {"role_raw": func, "role": role, "region": region, "place": "",
                               "moderator": bool(m.group("chair")) and asks, "source": "attribution",
                               "speaker": " ".join((m.group("chair") or m.group("person")).split())})
    return out


def listed_description(label: str, lines: list[TextLine]) -> str:
    """What a list of those present or a presentation says of the person a label names as written
    ("Mme C" of "Mme C. –"), in parentheses or between commas right after that name ("Étaient
    présents : Mme A. (infirmière libérale, Caudry), …, Mme C. (sage-femme libérale, …)", "M. Roux,
    pharmacien, …"); '' when no line describes a person there."""
    shape = re.compile(rf"(?<![\w.]){re.escape(label)}\.?\s*(?:\((?P<p>[^()]{{3,120}})\)|,\s*(?P<c>[^,.;:()«»]{{3,80}}),)")
    for ln in lines:
        for m in shape.finditer(ln.text):
            if ln.text[:m.start()].strip() == "":
                continue  # the label's own line: "Mme C. (…) :" is the label, not a list of them
            desc = (m.group("p") or m.group("c")).strip()
            if describes_person(desc) and matched_role(desc):
                return desc
    return _listed_by_surname(label, lines)


def _listed_by_surname(label: str, lines: list[TextLine]) -> str:
    """The description a list of members gives after the full name of the person a record's label
    names by civility and surname in capitals ("Dr FAURE. —" over "Collège … : …, Dr Michel Faure,
    président de la commission médicale d'établissement ; …"; s51); '' when none does."""
    words = label.split()
    if len(words) < 2 or not words[-1].isupper() or len(words[-1]) < 3:
        return ""
    civility = re.escape(words[0].rstrip("."))
    surname = re.escape(words[-1])
    shape = re.compile(rf"(?<![\w.]){civility}\.?\s+(?:[A-ZÉÈ][\w'’-]+\s+){{1,2}}?(?i:{surname})\s*,\s*"
                       r"(?P<c>[^,.;:()«»]{3,100})(?=[,;.(]|$)")
    for ln in lines:
        for m in shape.finditer(ln.text):
            desc = m.group("c").strip()
            if ln.text[:m.start()].strip() and describes_person(desc) and matched_role(desc):
                return desc
    return ""


NAME_TOKEN = re.compile(r"[A-ZÉÈÀÂÊÎÔÛÇ][A-Za-zÀ-ÿ'’-]*$")


def _name_line(text: str) -> bool:
    """A line holding only a person's name, the last word in capitals ("ORIANE MANCINI",
    "Geneviève DARRIEUSSECQ"): two to four words, no punctuation, no word of a heading."""
    words = text.split()
    stop = {fold(w).lower() for w in _data().get("name_line_stopwords", [])}
    return 2 <= len(words) <= 4 and len(text) <= 60 and all(NAME_TOKEN.match(w) for w in words) \
        and words[-1].isupper() and len(words[-1].strip("-'’")) >= 2 \
        and not any(fold(w).lower() in stop for w in words)


MAX_NAME_GAP = 8  # lines of words between two name lines of one transcript


def _taking_turns(lines: list[TextLine], at: list[int]) -> bool:
    """Name lines of people taking turns: enough of them, two names at least heard twice and
    most lines theirs (a jury list or a list of acronyms in capitals names each once), each
    above some words, never two in a row."""
    said = Counter(" ".join(lines[i].text.split()) for i in at)
    recurring = [n for n, c in said.items() if c >= 2]
    if len(at) < _data().get("name_line_min", 4) or len(recurring) < 2 \
            or sum(said[n] for n in recurring) < 0.6 * len(at):
        return False
    if any(j == i + 1 for i, j in zip(at, at[1:])) or not all(i + 1 < len(lines) and lines[i + 1].text.strip() for i in at):
        return False
    # the words below speak (first or second person, questions), as a jury's titles do not
    return sum(bool(cv.SPOKEN.search(lines[i + 1].text)) for i in at) >= 0.5 * len(at)


def name_line_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes of the name lines of a broadcast transcript (each above its
    turn's words), or {} when none take turns. The interviewee is the name the others' turns
    name most; the others are the interviewers."""
    found = [i for i, ln in enumerate(lines) if _name_line(ln.text.strip())]
    runs: list[list[int]] = []
    for i in found:
        if runs and i - runs[-1][-1] <= MAX_NAME_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    at = sorted(i for run in runs if _taking_turns(lines, run) for i in run)
    if not at:
        return {}
    names = {" ".join(lines[i].text.split()) for i in at}
    words: dict[str, str] = {n: "" for n in names}  # name -> the words of that name's turns
    for k, i in enumerate(at):
        end = at[k + 1] if k + 1 < len(at) else len(lines)
        words[" ".join(lines[i].text.split())] += " " + " ".join(ln.text for ln in lines[i + 1:end])
    named = {n: sum(fold(w).lower().count(fold(n).lower()) for m, w in words.items() if m != n) for n in names}
    best = max(named.values())
    guests = [n for n in names if named[n] == best] if best else []
    out = {n: {"role_raw": "", "role": "", "region": "", "place": "", "moderator": len(guests) == 1 and n not in guests,
               "source": "attribution", "record": True, "alone": True} for n in sorted(names)}
    if len(guests) == 1:
        func = guest_function(" ".join(w for n, w in sorted(words.items()) if n not in guests))
        role, region = function_attrs(func) if func else ("", "")
        if role:
            out[guests[0]].update(role_raw=func, role=role, region=region)
    return out


def guest_function(words: str) -> str:
    """The function an interviewer tells the guest they hold ("Vous êtes la ministre de la
    Santé." -> "la ministre de la Santé"), or ''."""
    alt = _alt(_data().get("guest_presentations", [])) or "(?!)"
    m = re.search(rf"(?<![\w])(?:{alt})\s+(?P<func>[^.?!;]{{3,120}})", words, re.IGNORECASE)
    return " ".join(m.group("func").split()) if m else ""


QA_LABEL = re.compile(r"^(?P<label>[A-ZÉÈ][\w.’'-]{0,24}(?:\s[A-ZÉÈ][\w.’'-]{0,24}){0,2})\s*:\s*(?P<words>\S.*)$")


def qa_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes of a published Q&A interview whose title names the person
    ("Interview de Florence Devouard, présidente …"): their "Name: words" lines are their
    answers, and the labels of the questions next to them ("Wikinews: …?", "WN: …?") the
    interviewer's; {} without such a title, answer and question."""
    from .roles import normalize_role

    labelled = None  # each line's "Label: words" match, read once for all the titles
    for ln in lines:
        h = interview_header(ln.text)
        who = " ".join((h.group("who") or "").split()) if h and "who" in h.groupdict() else ""
        if len(who.split()) < 2:
            continue
        if labelled is None:
            labelled = [QA_LABEL.match(x.text.strip()) for x in lines]
            by_label: dict[str, list[int]] = {}  # label -> its lines, in order (one pass, not one per title)
            for i, m in enumerate(labelled):
                if m:
                    by_label.setdefault(m.group("label"), []).append(i)
        answers = by_label.get(who, [])
        asking = set()
        for i in answers:
            for j in (i - 1, i + 1):
                m = labelled[j] if 0 <= j < len(lines) else None
                if m and m.group("label") != who and m.group("words").rstrip(" »”\"").endswith("?"):
                    asking.add(m.group("label"))
        if not answers or not asking:
            continue
        desc = " ".join((h.groupdict().get("desc") or h.groupdict().get("pdesc") or "").split())
        # a title that describes the person by a function outside the role vocabulary: "autre"
        role = (normalize_role(desc).replace("inconnu", "autre")) if desc else ""
        out = {who: {"role_raw": desc, "role": role, "region": "", "place": "",
                     "moderator": False, "source": "attribution"}}
        for label in sorted(asking):
            out[label] = {"role_raw": "", "role": "", "region": "", "place": "", "moderator": True, "source": "attribution"}
        return out
    return {}


def split_at_record_labels(lines: list[TextLine]) -> list[TextLine]:
    """A record's lines cut where a speaker's label opens a turn after a sentence end or a
    parenthesised reaction inside them ("… (Exclamations à droite.) M. Clémenceau. Il n'est
    pas …"), as an OCR joins paragraphs; re-indexed. Only in a record (record_speakers)."""
    if not record_speakers(lines):
        return lines
    inside = re.compile(rf"(?<=[.!?…»)])\s+(?={record_label().pattern[1:]}|{bench_label().pattern[1:]})")
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in inside.finditer(ln.text)])
    return out
