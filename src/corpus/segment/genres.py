"""Conventions of a genre that decide whether a passage is someone's words (round 14, segfix8).

- Invented exchanges: a section whose heading names a teaching case or a role-play ("Vignette
  n° 3 – Mme B., 82 ans", "Cas clinique", "Mise en situation") holds dialogue written by the
  author; its labelled lines and quotations are nobody's words (lang/fr fallbacks.yaml
  ``invented_case_headings``).
- Model phrases: a section headed as phrases written in advance ("Affirmations proposées" of a
  moving debate's sheet, "Réponses attendues", "Relances possibles") lists statements or answers
  for others to react to or to say: its quotations are nobody's words (``model_phrase_headings``).
- Dated sources: a quotation led by a name and a date in parentheses and a colon ("Le Quotidien
  du médecin (10/10) : « … »") is a publication's headline, not a person's words, whatever noun
  the publication's name holds.
- Signed testimonies: paragraphs in the first person under a heading, closed by a line that
  only says who wrote them ("Martine, 67 ans, aidante de son mari, près d'Albi"), as an
  association's blog or a newsletter publishes its members' accounts; one verbatim over all the
  paragraphs (each in the first person), when the document signs two accounts or more that way
  and does not say it reports interviews (those have fallbacks' signed paragraphs).
- Named and dated calls: "« … » (Karim, avril 2022)" after a quotation, a person's name and the
  month of the interview, as ethnographic writing cites its informants: that person's words,
  described where the text first names them ("Karim (pseudonyme), médiateur santé …").
- Broadcast hosts: "[PLATEAU] Présentatrice : …" — a production tag in brackets, then the host's
  label: the host's words (kind moderator), not a participant's turn labelled by the tag
  (``broadcast_host_labels`` and the moderator labels).
- Line-numbered extracts (conversation analysis, Jefferson's conventions): "01 ENQ et vous (.)
  … 02 MARC .hh une fois … 03 heures et demie …" — consecutive line numbers, a label in capitals
  without a colon opening a turn, unlabelled numbers continuing it; the interviewer's label is the
  moderator's; the speaker described where the text first names them ("Extrait 2 – Marc,
  masseur-kinésithérapeute, Saint-Gaudens").
- Caption subjects: a portrait whose subject is named in full and described only in the caption
  ("Photo : Claire Dumont, sage-femme libérale installée à Guéret …", the text calling her
  "Claire"): its first-person quotations that no sentence gives to another named person are
  hers ("« … », confie-t-elle"); one introduced by "Name, description … :" is that person's.
- Code keys: "I1 — pharmacien titulaire, 58 ans, …, Casteljaloux I3 — pharmacienne adjointe, …"
  (a list of participants that extraction may run into one paragraph), a line opened by a code
  that labels turns or quotes of the document and a dash, or a line describing two codes or more
  in parentheses ("Participants : Dr M. (médecin généraliste, Béthune), Mme K. (…)"): each code's
  description gives the role and region of its items that have none.
- Announced extracts: a quotation left without a speaker right under a line that is only a
  participant's code, perhaps a parenthesis, and a colon ("P-07 (F, 41 ans) :") is that
  participant's, described as the document describes the code (its participant table).
- Numbered examples: a quotation opened by "(14)" whose role is unknown takes the role of the
  sentence that mentions "(14)" elsewhere ("Une ergothérapeute … le raconte ainsi (14) :",
  "L'exemple (16), recueilli auprès d'une assistante sociale …").
- Codes after the verb: "«…», souligne la coordinatrice (R2)." — a quotation given to a
  description, the participant's code in parentheses closing the clause: that participant's.
- Bracketed leads: a paragraph opened by a bracket that names a person and says what they do,
  the words following ("[SONORE – Dr Hélène Vasseur, médecin généraliste à Brive] On a eu …",
  "• [Répondant 34 – pharmacien – Ardèche] Un annuaire …"), as broadcast scripts and survey
  reports give sound bites and free-text answers; "[suite …]" continues the one before
  (``bracket_continuation_words``); a bracket naming a picture or a source is no speaker
  (``bracket_nonspeech_tags``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import _first_name_word, describe, describes_person
from .base import Span, TextLine, append_cut, n_words
from .fallbacks import MIN_SIGNED_WORDS, is_signature, reads_as_speech
from .labels import turn_match
from .quotes import QuoteCall
from .regions import resolve_region
from .roles import matched_role, names_a_profession, normalize_role, unidentified
from .written_dialogues import says_recorded

SPEECH = ("verbatim", "turn")


def _folded_words(key: str) -> re.Pattern:
    """Whole words of a list of the language data, matched on folded (accentless, lower) text."""
    return _folded_words_of(tuple(cv.DATA.get(key, [])))


@lru_cache(maxsize=32)
def _folded_words_of(listed: tuple) -> re.Pattern:
    words = sorted({" ".join(fold(w).lower().split()) for w in listed if w}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])" if alt else r"(?!)")


def invented_section(title: str) -> bool:
    """A section heading that names a teaching case, a vignette or a role-play."""
    return bool(title) and bool(_folded_words("invented_case_headings").search(fold(title).lower()))


def model_phrase_section(title: str) -> bool:
    """A section heading that lists phrases written in advance ("Affirmations proposées",
    "Réponses attendues", "Relances possibles"): a moving debate's statements, a protocol's model
    answers — first person or not, nobody said them (``model_phrase_headings``)."""
    return bool(title) and bool(_folded_words("model_phrase_headings").search(fold(title).lower()))


def _dated_source() -> re.Pattern:
    months = cv.literal_alternation({fold(m).lower() for m in cv.DATA.get("months", [])})
    date = rf"\d{{1,2}}\s*[/.]\s*\d{{1,2}}(?:\s*[/.]\s*\d{{2,4}})?|\d{{1,2}}(?:er)?\s+(?:{months or '(?!)'})\.?(?:\s+\d{{4}})?"
    # a name (no quotation, no sentence) then "(date)" then a colon, right before the quotation
    return re.compile(rf"^[^«»\"“”:.!?]{{2,80}}\(\s*(?:{date})\s*\)\s*:\s*$")


def dated_source_lead(lead: str) -> bool:
    """"Le Quotidien du médecin (10/10) :" before a quotation: a dated publication speaks."""
    return bool(_dated_source().match(fold(lead).lower()))


# "[PLATEAU] Présentatrice :" opening a line: a production tag, then who speaks
TAGGED_LABEL = re.compile(r"^\s*\[[A-ZÉÈÀ][A-ZÉÈÀ ]{1,20}\]\s*(?P<who>[^:\[\]]{1,30}?)\s*:")


def host_label(line: str) -> str:
    """The host's label of a line opened by a production tag ("[PLATEAU] Présentatrice :"), or ''."""
    m = TAGGED_LABEL.match(line)
    if not m:
        return ""
    who = m.group("who").strip()
    host = cv.MODERATOR_TAG.match(who) or _folded_words("broadcast_host_labels").fullmatch(fold(who).lower())
    return who if host else ""


@lru_cache(maxsize=4)
def _observed_patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    d = cv.language_data()
    return (re.compile("|".join(d.get("observed_case_narration", [])) or "(?!)", re.IGNORECASE),
            re.compile("|".join(d.get("case_address", [])) or "(?!)", re.IGNORECASE))


def observed_case(narration: list[str]) -> bool:
    """Whether the paragraphs of a section under an invented-case heading ("Vignette 2 – La
    tournée du matin") narrate a scene the author watched: a first-person narrator on the scene
    ("nous arrivons vers huit heures chez Mme Santoni"), the reader never addressed ("Vous êtes
    …", a case set for study). Quotations and dialogue-dash paragraphs are not the narration."""
    first, address = _observed_patterns(id(cv.language_data()))
    prose = [re.sub(r"«[^«»]*»?", " ", t) for t in narration if not t.lstrip().startswith(("—", "–", "-"))]
    # (or a narration that says the scene was recorded and transcribed: "Le repas … a été enregistré
    # avec l'accord de Mme L. …, puis transcrit", the author out of it; s48)
    return any(first.search(t) or says_recorded(t) for t in prose) and not any(address.search(t) for t in prose)


@cv.per_language_data
def _reported_incise() -> re.Pattern:
    return re.compile("|".join(cv.language_data().get("reported_case_incises", [])) or "(?!)", re.IGNORECASE)


def reported_case(after: str, narration: list[str]) -> bool:
    """Whether a quotation under an invented-case heading ("Cas clinique : …") is a real patient's,
    reported by an incise in a past tense ("« … », confiait M. P., 72 ans, de Besançon, au terme de sa
    cure": ``after`` the text right after the quotation) in a section that never addresses the reader
    ("Vous êtes …"): a case report, not a vignette (s33-segr58b)."""
    if not _reported_incise().match(after):
        return False
    _, address = _observed_patterns(id(cv.language_data()))
    prose = [re.sub(r"«[^«»]*»?", " ", t) for t in narration]
    return not any(address.search(t) for t in prose)


def coded_respondent(span: Span) -> bool:
    """A verbatim credited by its attribution to a participant's code ("(M2, Le Moule)", "(R7)"):
    a respondent's real words, even under a vignette's heading."""
    attrs = span.attrs or {}
    speaker = attrs.get("speaker", "")
    return span.kind == "verbatim" and attrs.get("attr_source") == "attribution" \
        and bool(speaker) and bool(cv.LABEL_SHAPES["code"].match(speaker))


def _section_lines(lines: list[TextLine], section_titles: list[str], li: int, turns: frozenset[int] = frozenset()) -> list[str]:
    """The texts of the run of lines around line ``li`` under the same section title, but the lines
    of labelled turns (``turns``): the dialogue is not the narration ("Psy : Vous dites …" addresses
    the patient, not the reader; s48)."""
    a = b = li
    while a > 0 and section_titles[a - 1] == section_titles[li]:
        a -= 1
    while b + 1 < len(lines) and b + 1 < len(section_titles) and section_titles[b + 1] == section_titles[li]:
        b += 1
    return [ln.text for k, ln in enumerate(lines[a:b + 1], a) if k not in turns]


def demote_not_speech(spans: list[Span], lines: list[TextLine], line_of, section_titles: list[str],
                      text: str) -> list[Span]:
    """The spans with the speech of invented exchanges and dated headlines made narrative, a
    broadcast host's lines made the moderator's; an observed scene under a vignette's heading
    keeps its speech."""
    out = []
    dated = _dated_source()
    observed: dict[int, bool] = {}
    turns: frozenset[int] | None = None  # the labelled turns' lines, read when a section needs them
    for s in spans:
        if s.kind in SPEECH:
            li = line_of(s.start)
            title = section_titles[li] if 0 <= li < len(section_titles) else ""
            lead = text[lines[li].start:s.start] if li >= 0 else ""
            host = host_label(text[lines[li].start:lines[li].end]) if s.kind == "turn" and li >= 0 else ""
            # a clinical-vignette study prints the invented case, then the respondents' real answers,
            # each credited to a participant's code ("« Je l'adresse … » (M4, Sainte-Rose)"): an
            # invented dialogue credits no coded respondent (s30-segr53b)
            invented = invented_section(title) and not coded_respondent(s)
            if invented:
                if turns is None:
                    turns = frozenset(k for t in spans if t.kind == "turn"
                                      for k in range(line_of(t.start), line_of(max(t.start, t.end - 1)) + 1))
                lines_here = _section_lines(lines, section_titles, li, turns)
                key = hash(tuple(lines_here))
                if key not in observed:
                    observed[key] = observed_case(lines_here)
                invented = not observed[key] and not reported_case(text[s.end:s.end + 80], lines_here)
            invented = invented or model_phrase_section(title)
            if host:
                s = Span(s.start, s.end, "moderator", {"speaker": host, "role_raw": host})
            elif invented or (not s.attrs.get("speaker") and "person" not in s.attrs
                              and dated.match(fold(lead).lower())):
                s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out


# a paragraph opened (after a bullet) by a bracket, then the words: "• [Répondant 12 – …] Des …"
BRACKET_LEAD = re.compile(r"^\s*(?:[•·▪◦*]\s*)?\[(?P<inner>[^\[\]\n]{2,160})\]\s*(?P<rest>\S.*)$")
PART_SPLIT = re.compile(r"\s+[–—-]\s+")
TAG = re.compile(r"^[A-ZÉÈÀ]{2,}$")  # "SONORE", "ITW": a production tag, all capitals
WHO = re.compile(r"^[A-ZÉÈÀ][\w.'’-]*(?:\s+[\w.'’-]+){0,4}$")
MIN_LEADS = 2  # a convention of the document: one bracket alone is a caption or an aside
MESSAGE_TIME = re.compile(r"\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?$")  # a message header's last field: "23:48", "6 h 05"
MIN_WORDS = 3


@dataclass
class Lead:
    speaker: str
    desc: str
    continuation: bool = False
    group: bool = False  # "[La salle] : Oui !": the audience at once, no single speaker
    coded: bool = False  # "[N3 – nuit 4 – 23:48] …": a message's header, its code defined elsewhere (a key)


def _category(who: str) -> bool:
    """A bracket's first field that names a kind of interlocutor, not a person: a post or a person
    noun ("Urgentiste", "Élu", "Pharmacienne d'officine"), without a number (a code: "Répondant 34"),
    a civility or a name ("Dr Hélène Vasseur")."""
    first = who.split()[0].rstrip(".").lower()
    return not re.search(r"\d", who) and first not in cv.CIVILITIES and not cv.NAME.search(who) \
        and not _first_name_word(who)


def parse_bracket_lead(line: str) -> tuple[Lead, int] | None:
    """(who the bracket names, where the words start) or None."""
    m = BRACKET_LEAD.match(line)
    if not m:
        return None
    if m.group("rest").startswith(":") and fold(m.group("inner")).strip().lower() in cv.GROUP_WORDS:
        # a short cry is the room's turn too, its bracket with it (the words alone say too little)
        return Lead("", m.group("inner").strip(), group=True), 0
    if n_words(m.group("rest")) < MIN_WORDS:
        return None
    parts = [p.strip() for p in PART_SPLIT.split(m.group("inner").strip()) if p.strip()]
    if parts and TAG.match(parts[0]):
        if _folded_words("bracket_nonspeech_tags").search(fold(parts[0]).lower()):
            return None
        parts = parts[1:]
    if not parts or _folded_words("bracket_nonspeech_tags").search(fold(parts[0]).lower()):
        return None
    if _folded_words("bracket_continuation_words").match(fold(parts[0]).lower()):
        return Lead("", "", True), m.start("rest")
    if len(parts) >= 2 and MESSAGE_TIME.match(parts[-1]) and (cv.LABEL_SHAPES["code"].match(parts[0])
                                                           or fold(parts[0]).lower() in cv.MODERATOR_WORDS):
        # a recorded message's header, who then when: "[N3 – nuit 4 – 23:48] Je suis garée …" (the code
        # a key defines), "[Chercheuse – nuit 1 – 20:55] Bonsoir à toutes …" (s48)
        return Lead(parts[0], "", coded=True), m.start("rest")
    if len(parts) == 1:
        who, _, desc = parts[0].partition(",")
    else:
        who, desc = parts[0], ", ".join(parts[1:])
    who, desc = who.strip(), desc.strip()
    if who and desc and _category(who):
        # "[Urgentiste, CH de Mende] « … »", "[Élu, communauté de communes …]": a category of
        # interlocutor and a place, no name (s26-segr45b); the whole bracket describes the person
        who, desc = "", f"{who}, {desc}"
        return (Lead("", desc), m.start("rest")) if describes_person(desc) else None
    if not who or not desc or not WHO.match(who) or not describes_person(desc):
        return None
    return Lead(who, desc), m.start("rest")


def _persons_led(leads) -> int:
    return sum(not lead.continuation and not lead.group for lead, _ in leads)


def _labelled(ln: TextLine, offset: int) -> bool:
    """The words of the lead at ``offset`` open with a colon: the bracket is a transcript's label."""
    return ln.text[offset:offset + 1] == ":"


def bracket_leads(lines: list[TextLine]) -> dict[int, tuple[Lead, int]]:
    """{line index: (lead, offset of the words in the line)} when the document gives at least
    MIN_LEADS persons that way; continuations only right after a lead: a "[suite]" bracket, or,
    in a transcript whose brackets are labels ("[Spect-actrice 1, infirmière libérale] : …"), a
    paragraph with neither bracket nor label between a person's lead and the next lead (a turn
    over two paragraphs)."""
    found = {ln.index: p for ln in lines if ln.text.strip() and (p := parse_bracket_lead(ln.text))}
    if _persons_led(found.values()) < MIN_LEADS:
        return {}
    out: dict[int, tuple[Lead, int]] = {}
    filled = [ln for ln in lines if ln.text.strip()]
    prev = None
    for k, ln in enumerate(filled):
        p = found.get(ln.index)
        if p is None and prev is not None and not found[prev][0].group and k + 1 < len(filled) \
                and filled[k + 1].index in found and _labelled(filled[k - 1], found[prev][1]) \
                and not turn_match(ln.text):
            p = found[ln.index] = (Lead("", "", True), 0)
        elif p is None and prev is not None and found[prev][0].coded and filled[k - 1].index == prev \
                and not turn_match(ln.text) and not ln.text.lstrip().startswith("[") and cv.SINGULAR.search(ln.text):
            # a recorded message over two paragraphs, the second in the first person ("Et après je
            # repars, …"); the author's lines after a message speak of it, not as it (s48)
            p = found[ln.index] = (Lead("", "", True), 0)
        if p and (not p[0].continuation or prev is not None):
            out[ln.index] = p
            prev = ln.index
        else:
            prev = None
    return out


# a second bracket after a message's header that names another voice the recording caught, a colon
# closing it: "[en fond, voix de la patiente :] …", "[voix masculine, non identifiée] : …"
CAUGHT_VOICE = re.compile(r"\[(?P<inner>[^\[\]:]{3,80}?)\s*:?\s*\]\s*:?\s*(?=\S)")


# a bracketed lead and its colon after a sentence end inside a line: "… venez. [Spect-actrice 1,
# infirmière libérale] : Moi je …", paragraphs the extraction ran together
INSIDE_LEAD = re.compile(r"(?<=[.!?…»])\s+(?=\[[^\[\]\n]{2,160}\]\s*:)")


def split_at_bracket_leads(lines: list[TextLine]) -> list[TextLine]:
    """Lines cut before the bracketed leads inside them, when the document gives at least
    MIN_LEADS persons that way (inside lines or opening them); re-indexed. Unchanged otherwise."""
    cuts = {ln.index: [m.end() for m in INSIDE_LEAD.finditer(ln.text) if parse_bracket_lead(ln.text[m.end():])]
            for ln in lines}
    inside = [parse_bracket_lead(ln.text[at:]) for ln in lines for at in cuts[ln.index]]
    if not any(cuts.values()) or _persons_led(inside + [p for ln in lines if (p := parse_bracket_lead(ln.text))]) < MIN_LEADS:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, cuts[ln.index])
    return out


# "(Karim, avril 2022)", "(Dr Anne Berthelot, mai 2022)" right after a quotation
NAMED_DATE_CALL = re.compile(r"^\s*\((?P<name>[A-ZÉÈ][\w'’.-]*(?:\s+[A-ZÉÈ][\w'’-]+){0,3})\s*,\s*(?P<date>[^()]{3,40})\)")
# (the words: lang/fr grammar.yaml intro_cut_words)
INTRO_CUT = re.compile(rf"[.;:!?]\s|\s(?:{cv.word_forms('intro_cut_words')})\s")


def named_date_call(after: str) -> tuple[str, tuple[int, int]] | None:
    """(name, span in ``after``) when ``after`` opens with "(Name, month year)"."""
    m = NAMED_DATE_CALL.match(after)
    if not m or not cv.DATE_FIELD.match(m.group("date").strip()):  # "(Martin, 2020)": a year alone cites
        return None
    return m.group("name"), (after.index("("), m.end())


def first_description(text: str, name: str, before: int) -> str:
    """What the text says of ``name`` where it first names them, before ``before``: the apposition
    after the name ("Karim (pseudonyme), médiateur santé recruté …"), else the sentence around it
    ("La médecin généraliste du centre, que nous appellerons Dr Anne Berthelot, …")."""
    at = text.find(name, 0, before)
    if at < 0:
        return ""
    tail = re.match(r"\s*(?:\([^()]{1,30}\))?\s*,\s*(?P<desc>[^,]{3,80})", text[at + len(name):])
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    candidates = [tail.group("desc").strip() if tail else "", text[start:at].strip(" ,")]
    # the one that names a profession, else the apposition
    return next((c for c in candidates if c and normalize_role(c) not in ("autre", "inconnu")), candidates[0])


LINE_NUMBER = re.compile(r"(?<!\S)(?P<num>\d{1,3})\s+(?:(?P<label>[A-ZÉÈ][A-ZÉÈ0-9]{1,11})\s+)?(?=\S)")
MIN_NUMBERED = 4  # consecutive numbers
COLON_AFTER_LABEL = re.compile(r"\s*\d{1,3}\s+[A-ZÉÈ][A-ZÉÈ0-9]{1,11}\s*:")
MIN_LABELLED = 3


def numbered_run_end(lines: list[TextLine], i: int) -> int:
    """Index of the last line of the run of consecutively numbered lines opening at line i ("001
    PHA …", "002 CLI …", "004       pas je …"): an extract whose numbered lines are each a paragraph."""
    t = lines[i].text
    m = LINE_NUMBER.match(t, len(t) - len(t.lstrip()))
    if m is None:
        return i
    num, last = int(m.group("num")), i
    for j in range(i + 1, len(lines)):
        t = lines[j].text
        n = LINE_NUMBER.match(t, len(t) - len(t.lstrip()))
        if n is None or int(n.group("num")) != num + 1:
            break
        num, last = num + 1, j
    return last


def numbered_turns(line: str) -> list[tuple[int, int, str]]:
    """[(start, end, label)] of the turns of a line-numbered extract run into one paragraph: the
    chain of consecutive line numbers from the paragraph's first, cut at the numbers that carry a
    label."""
    first = LINE_NUMBER.match(line, len(line) - len(line.lstrip()))
    if not first or not first.group("label"):
        return []  # the extract opens its paragraph with a labelled first line
    best = [first]
    for n in LINE_NUMBER.finditer(line, first.end()):
        if int(n.group("num")) == int(best[-1].group("num")) + 1:
            best.append(n)
    labelled = [m for m in best if m.group("label")]
    if len(best) < MIN_NUMBERED or len(labelled) < MIN_LABELLED or len({m.group("label") for m in labelled}) < 2 \
            or not best[0].group("label"):
        return []
    starts = [m.start() for m in labelled]
    ends = starts[1:] + [len(line.rstrip())]
    return [(a, b, m.group("label")) for a, b, m in zip(starts, ends, labelled)]


CAPTION = re.compile(r"^\s*(?P<tag>[^\W\d_][\w ]{1,20}?)\s*:\s*(?P<first>[A-ZÉÈ][a-zéèëïîç]+(?:-[A-ZÉÈ][a-zéèëïîç]+)?)"
                     r"\s+(?P<last>[A-ZÉÈ][\w'’-]+)\s*,\s*(?P<desc>[^.]{3,120})")
# "Le docteur Olivier Marchand, médecin généraliste à Bourganeuf, en témoigne :"
NAMED_APPOSITION = re.compile(r"(?P<name>[A-ZÉÈ][a-zéèëïîç]+(?:-[A-ZÉÈ][a-zéèëïîç]+)?\s+[A-ZÉÈ][\w'’-]+)\s*,\s*"
                              r"(?P<desc>[^,:«»]{3,80})")


def caption_subject(lines: list[TextLine], text: str) -> tuple[str, str] | None:
    """(full name, description) of the person a caption names and describes, when the text
    calls them by their first name elsewhere."""
    tags = _folded_words("bracket_nonspeech_tags")
    for ln in lines:
        m = CAPTION.match(ln.text)
        if m and tags.fullmatch(fold(m.group("tag")).lower()) and describes_person(m.group("desc")) \
                and re.search(rf"\b{re.escape(m.group('first'))}\b", text[:ln.start] + text[ln.end:]):
            return f"{m.group('first')} {m.group('last')}", m.group("desc").strip()
    return None


def code_key(lines: list[TextLine], codes: set[str], turn_starts: frozenset = frozenset()) -> dict[str, str]:
    """{code: description} from the lines that open with "CODE — description" for codes of the
    document, each line holding one entry or several run together, and from the lines that
    describe two codes or more in parentheses ("Dr M. (médecin généraliste, Béthune), Mme K. (…)").
    A line that opens a turn of its own (``turn_starts``: "INVITÉE — Parce que …" in a transcript
    labelled with dashes) is that person's words, no key entry."""
    if not codes:
        return {}
    alt = "|".join(re.escape(c) for c in sorted(codes, key=lambda c: (-len(c), c)))
    entry = re.compile(rf"(?<!\S)(?P<code>{alt})\s*[—–]\s+")
    paren = re.compile(rf"(?<!\S)(?P<code>{alt})\s*\((?P<desc>[^()]{{3,100}})\)")
    key: dict[str, str] = {}
    for ln in lines:
        found = [(m.group("code"), m.group("desc").strip()) for m in paren.finditer(ln.text)]
        if len({c for c, _ in found}) >= 2:  # "Participants : Dr M. (médecin généraliste, Béthune), Mme K. (…)"
            for code, desc in found:
                if describes_person(desc):
                    key.setdefault(code, desc)
        marks = list(entry.finditer(ln.text))
        if not marks or ln.text[:marks[0].start()].strip() or ln.start in turn_starts:
            continue
        ends = [m.start() for m in marks[1:]] + [len(ln.text)]
        for m, end in zip(marks, ends):
            desc = ln.text[m.end():end].strip().rstrip(" .;")
            if describes_person(desc):
                key.setdefault(m.group("code"), desc)
    return key


# where a span's région came from when no one's description gave it: the study's field, the document sheet
WEAK_PLACE_SOURCES = ("study_field", "document_sheet")


def describe_from_key(spans: list[Span], lines: list[TextLine], gazetteer) -> list[Span]:
    """Role and region, from the document's code key, of the items of a code that have none."""
    codes = {s.attrs.get("speaker") for s in spans if s.kind in SPEECH and s.attrs.get("speaker")}
    key = code_key(lines, codes, frozenset(s.start for s in spans if s.kind == "turn"))
    out = []
    for s in spans:
        desc = key.get(s.attrs.get("speaker", "")) if s.kind in SPEECH else None
        if desc and s.attrs.get("role", "inconnu") in ("", "inconnu") and not s.attrs.get("role_raw"):
            role, region, place = describe(desc, gazetteer)
            attrs = {**s.attrs, "role_raw": desc, "role": role, "attr_source": "participant_table"}
            # the key's own place wins over the study's or the document's ("P2 (femme, 58 ans,
            # Baie-Mahault)" in a focus group whose heading names another town)
            if region and (not s.attrs.get("region") or s.attrs.get("attr_source") in WEAK_PLACE_SOURCES):
                attrs.update(region=region, place=place)
            s = Span(s.start, s.end, s.kind, attrs)
        out.append(s)
    return out


ANNOUNCE = re.compile(r"^\s*(?P<code>[^\s():]{1,12})\s*(?:\([^()]{0,40}\))?\s*:\s*$")


def announced_codes(spans: list[Span], lines: list[TextLine], line_of, ctx) -> list[Span]:
    """Verbatims without a speaker whose line follows "CODE (…) :" for a code the document knows."""
    out = []
    for s in spans:
        li = line_of(s.start)
        if s.kind == "verbatim" and not s.attrs.get("speaker") and "person" not in s.attrs and li > 0 \
                and s.start == lines[li].start + len(lines[li].text) - len(lines[li].text.lstrip()):
            prev = next((lines[j].text for j in range(li - 1, -1, -1) if lines[j].text.strip()), "")
            m = ANNOUNCE.match(prev)
            # (a word that is never a label, "Réponse :" over a record's answer, announces no one:
            # the answer's readers gave it its person, segment/answer_records.py; s31-segr54b)
            if m and ctx.knows(m.group("code")) and fold(m.group("code")).lower() not in cv.NOT_LABELS:
                s = Span(s.start, s.end, s.kind, {**s.attrs, **ctx.code_attrs(m.group("code"))})
        out.append(s)
    return out


EXAMPLE_NUMBER = re.compile(r"^\s*\((?P<num>\d{1,3})\)\s*$")


def example_sentence(text: str, num: str, skip: int) -> str:
    """The sentence, other than the example itself (at ``skip``), that mentions "(num)" first."""
    for m in re.finditer(rf"\({re.escape(num)}\)", text):
        if m.start() == skip:
            continue
        start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
        ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
        return text[start:min(ends) if ends else len(text)]
    return ""


def example_roles(spans: list[Span], lines: list[TextLine], line_of, text: str) -> list[Span]:
    """Verbatims opened by "(N)" without a role: the role of the sentence that announces or comments N."""
    out = []
    for s in spans:
        li = line_of(s.start)
        if s.kind == "verbatim" and li >= 0 and s.attrs.get("role", "inconnu") in ("", "inconnu") \
                and not s.attrs.get("speaker") and "person" not in s.attrs:
            m = EXAMPLE_NUMBER.match(text[lines[li].start:s.start])
            sentence = example_sentence(text, m.group("num"), lines[li].start + text[lines[li].start:s.start].index("(")) if m else ""
            role = normalize_role(sentence) if sentence else "inconnu"
            if role not in ("", "inconnu", "autre") or (role == "autre" and names_a_profession(sentence)):
                s = Span(s.start, s.end, s.kind, {**s.attrs, "role_raw": sentence.strip(), "role": role,
                                                  "attr_source": "attribution"})
        out.append(s)
    return out


# ", souligne la coordinatrice (R2)." / ", admet une infirmière libérale de Pont-à-Mousson (R8)."
CODE_CLOSING_CLAUSE = re.compile(r"^\s*,\s*[^.«»()!?]{3,90}?\((?P<code>[^()\s]{1,10})\)\s*(?:[.;!?]|$)")
# "… parlait d'une structure « … » et dont il ne voyait pas l'intérêt (M4).": the code closing
# the quotation's sentence, no other quotation or parenthesis between
CODE_CLOSING_SENTENCE = re.compile(r"^\s*[^.«»()!?;:\n]{3,160}?\((?P<code>[^()\s]{1,10})\)\s*(?:[.;!?]|$)")


MAX_SIGNED_PARAGRAPHS = 6
QUOTE_MARKS = re.compile(r"[«»\"“”]")


MAX_TITLE_WORDS = 12


def signed_blocks(lines: list[TextLine], headings, bold=lambda ln: False) -> dict[int, tuple[int, int]]:
    """{first line of an account: (its last line, its signature line)}: the paragraphs between a
    heading (a short bold line: the account's title, often a quotation of it) or the signature
    before, and a signature line; none quoted, introducing (":") or asking ("?"), together in the
    first person; only when the document signs two accounts."""
    blocks: dict[int, tuple[int, int]] = {}
    body = [ln for ln in lines if ln.text.strip()]

    def boundary(ln: TextLine) -> bool:
        return ln.index in headings or is_signature(ln.text) or (bold(ln) and n_words(ln.text) <= MAX_TITLE_WORDS)

    for k, ln in enumerate(body):
        if ln.index in headings or not is_signature(ln.text):
            continue
        run: list[TextLine] = []
        j = k - 1
        while j >= 0 and not boundary(body[j]) and len(run) <= MAX_SIGNED_PARAGRAPHS:
            run.insert(0, body[j])
            j -= 1
        if not run or len(run) > MAX_SIGNED_PARAGRAPHS or (j >= 0 and not boundary(body[j])):
            continue
        texts = [r.text.strip() for r in run]
        joined = " ".join(texts)
        if any(QUOTE_MARKS.search(t) or t.endswith((":", "?")) or not cv.SINGULAR.search(t) for t in texts) \
                or n_words(joined) < MIN_SIGNED_WORDS or not cv.SINGULAR.search(joined) or not reads_as_speech(joined):
            continue
        blocks[run[0].index] = (run[-1].index, ln.index)
    return blocks if len(blocks) >= 2 else {}


class GenreHandlers:
    """Segmenter handlers for signed accounts and bracketed leads (mixed into segmenter.Segmenter)."""

    def _named_dated(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A quotation not attributed otherwise, closed by "(Name, month year)": that person's."""
        if call.verbatim:
            return call
        line_end = self.text.find("\n", b)
        found = named_date_call(self.text[b:line_end if line_end >= 0 else len(self.text)])
        if found is None:
            return call
        name, (s, e) = found
        desc = first_description(self.text, name, a)
        role = normalize_role(desc) if desc else "inconnu"
        region, place = resolve_region(desc, self.gazetteer) if desc else ("", "")
        return QuoteCall(True, {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                                "attr_source": "attribution"}, (b + s, b + e))

    def _extract_pronoun(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """"« … », ajoute-t-il" in the paragraph right after a line-numbered extract: the speaker
        of the extract's last turn (a pronoun continues the speaker just quoted)."""
        if call.verbatim or not call.attrs.get("_pronoun"):
            return call
        turns = [s for s in self.spans if s.kind == "turn" and s.attrs.get("_numbered") and s.end <= a]
        if not turns:
            return call
        last = max(turns, key=lambda s: s.end)
        if self.text.count("\n", last.end, a) > 1:
            return call
        return QuoteCall(True, {k: v for k, v in last.attrs.items() if k != "_numbered"})

    def _code_after_clause(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """A verbatim given to a description, without a speaker, whose clause ends on "(CODE)"; a
        quotation nobody claimed whose sentence ends on a participant's code ("… une structure « … »
        et dont il ne voyait pas l'intérêt (M4).")."""
        line_end = self.text.find("\n", b)
        if not call.verbatim and not call.attrs.get("_pronoun") and n_words(self.text[a + 1:b - 1]) >= 2:
            m = CODE_CLOSING_SENTENCE.match(self.text[b:line_end if line_end >= 0 else len(self.text)])
            code = m.group("code") if m else ""
            if code and cv.LABEL_SHAPES["code"].match(code) and self.ctx.knows(code):
                return QuoteCall(True, self.ctx.code_attrs(code))
            return call
        if not call.verbatim or call.attrs.get("speaker") or "person" in call.attrs:
            return call
        m = CODE_CLOSING_CLAUSE.match(self.text[b:line_end if line_end >= 0 else len(self.text)])
        if not m or not self.ctx.knows(m.group("code")):
            return call
        coded = self.ctx.code_attrs(m.group("code"))
        attrs = {**call.attrs, "speaker": coded.get("speaker") or m.group("code")}
        for key in ("role", "role_raw", "region", "place"):
            if coded.get(key) and (not attrs.get(key) or attrs.get(key) == "inconnu"):
                attrs[key] = coded[key]
        return QuoteCall(True, attrs, call.attribution)

    def _caption_speech(self, a: int, b: int, call: QuoteCall) -> QuoteCall:
        """An unattributed first-person quotation of a portrait: the caption's subject's, or the
        person a "Name, description" apposition in its sentence introduces."""
        if call.verbatim:
            return call
        if not hasattr(self, "caption_subject"):
            self.caption_subject = caption_subject(self.lines, self.text)
        if self.caption_subject is None:
            return call
        inner = self.text[a + 1:b - 1]
        if n_words(inner) < MIN_WORDS or not reads_as_speech(inner, block=True):
            return call
        line_start = self.text.rfind("\n", 0, a) + 1
        before = self.text[line_start:a]
        named = NAMED_APPOSITION.search(before)
        if named and describes_person(named.group("desc")):
            who, desc = named.group("name"), named.group("desc").strip()
        elif cv.NAME.search(re.sub(r"^\W*\w+", "", before.split(".")[-1])):
            return call  # another person named in the sentence
        else:
            who, desc = self.caption_subject
        role, region, place = describe(desc, self.gazetteer)
        if not region:
            region, place = resolve_region(desc, self.gazetteer)
        return QuoteCall(True, {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                                "attr_source": "attribution"})

    def _h_numbered_extract(self, i: int) -> int | None:
        ln = self.lines[i]
        if not ln.text.lstrip()[:1].isdigit():
            return None
        last = numbered_run_end(self.lines, i)
        if last > i and any(self._turn_label(self.lines[j]) or COLON_AFTER_LABEL.match(self.lines[j].text)
                            for j in range(i, last + 1)):
            # "14 COR : …" one per paragraph: labelled turns, read with the document's key; "12 ARS :
            # transmettre …": a numbered list of decisions (a transcript's numbered lines set no colon)
            last = i
        # (the numbered lines read as one: each its own paragraph, or run together by extraction)
        turns = numbered_turns(self.text[ln.start:self.lines[last].end])
        if not turns:
            return None
        self._flush_prose(self.prose_run, self.current)
        for a, b, label in turns:
            if cv.MODERATOR_TAG.match(label):
                self.spans.append(Span(ln.start + a, ln.start + b, "moderator", {"speaker": label, "role_raw": label}))
                continue
            if label in self.ctx.legend:  # "PHA désigne la pharmacienne titulaire, CLI la cliente": a code, keyed
                name, desc = label, self.ctx.legend[label]
            else:
                name = label.title()
                desc = first_description(self.text, name, ln.start)
            at = self.text.find(name, 0, ln.start)
            where = self.text[self.text.rfind("\n", 0, at) + 1:self.text.find("\n", at)] if at >= 0 else ""
            region, place = resolve_region(where, self.gazetteer) if where else ("", "")
            self.spans.append(Span(ln.start + a, ln.start + b, "turn", {
                "speaker": name, "role_raw": desc, "role": normalize_role(desc) if desc else "inconnu",
                "region": region, "place": place, "attr_source": "attribution" if desc else "", "_numbered": True}))
        return last + 1

    def _h_signed_block(self, i: int) -> int | None:
        if not hasattr(self, "signed_blocks"):
            # a document that says it reports interviews has its own (fallbacks: Segmenter._signed_paragraphs)
            self.signed_blocks = {} if self.ctx.qualitative else signed_blocks(self.lines, self.headings,
                                               lambda ln: self.styles.share(ln.start, ln.end, "bold") >= 0.6)
        found = self.signed_blocks.get(i)
        if found is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        last, sig = found
        signature = self.lines[sig].text.strip().rstrip(".")
        named = cv.PSEUDONYM.match(signature)
        desc = named.group("rest") if named else signature
        role, region, place = describe(desc, self.gazetteer)
        attrs = {"speaker": named.group("code") if named else "", "role_raw": desc, "role": role,
                 "region": region, "place": place, "attr_source": "attribution"}
        self.spans.append(Span(self.lines[i].start, self.lines[last].end, "verbatim", attrs))
        self.spans.append(Span(self.lines[sig].start, self.lines[sig].end, "attribution", dict(attrs)))
        return sig + 1

    def _coded_message(self, who: str, ln: TextLine, start: int) -> Span:
        """A recorded message under its header: the moderator's when the header names the researcher,
        else the coded person's (the key's description), or another voice the message caught, which a
        second bracket describes ("[en fond, voix de la patiente :] Laisse la lumière …": nobody's
        code, the role the bracket gives; "[voix masculine, non identifiée :]": unknown)."""
        if fold(who).lower() in cv.MODERATOR_WORDS:
            return Span(start, ln.end, "moderator", {"speaker": who, "role_raw": ""})
        attrs = {**self.ctx.code_attrs(who), "attr_source": "participant_table"}
        voice = CAUGHT_VOICE.match(ln.text, start - ln.start)
        if voice:
            inner = voice.group("inner")
            role = "inconnu" if unidentified(inner) or matched_role(inner) is None else normalize_role(inner)
            attrs = {**attrs, "speaker": "", "role_raw": inner.strip(), "role": role, "attr_source": "attribution"}
        return Span(start, ln.end, "turn", attrs)

    def _h_bracket_lead(self, i: int) -> int | None:
        if not hasattr(self, "bracket_leads"):
            self.bracket_leads = bracket_leads(self.lines)
            self._bracket_span = None
        found = self.bracket_leads.get(i)
        if found is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        lead, offset = found
        ln = self.lines[i]
        start = ln.start + offset
        if lead.continuation and self._bracket_span is not None and self.spans and self.spans[-1] is self._bracket_span:
            prev = self.spans.pop()
            span = Span(prev.start, ln.end, prev.kind, prev.attrs)
        elif lead.continuation:
            return None
        elif lead.coded:
            span = self._coded_message(lead.speaker, ln, start)
            self.spans.append(Span(ln.start, start, "narrative"))  # the header: who, when
        else:
            role, region, place = ("inconnu", "", "") if lead.group else describe(lead.desc, self.gazetteer)
            span = Span(start, ln.end, "turn" if lead.group else "verbatim",
                        {"speaker": lead.speaker, "role_raw": lead.desc, "role": role,
                         "region": region, "place": place, "attr_source": "attribution"})
            if start > ln.start:
                self.spans.append(Span(ln.start, start, "narrative"))
        self.spans.append(span)
        self._bracket_span = span
        return i + 1
