"""Patterns of the conventions the segmenter recognises, built from the language data.

The words come from ``corpus.lang`` (``lang/fr/*.yaml``, plus a corpus's ``config/conventions.yaml``
through :func:`configure`); this module only says how they combine (a label, then a colon; a
code, a comma, a description). Modules read the patterns as ``conventions.NAME`` so that
:func:`configure` can rebuild them for a corpus.
"""

from __future__ import annotations

import functools
import re

from ..io import TABLE_DELIMITER
from ..lang import load
from ..text import fold
from .guarded import Guarded
from .label_times import label_time, position_mark, stamped_shapes
from .roles import configure_roles

_configured: tuple | None | str = "unset"  # the (path, mtime, size) the patterns were built from
DATA: dict = {}


def _alt(words, escape: bool = True) -> str:
    """Alternation of words or phrases, longest first; spaces match any whitespace."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if escape:
        items = [re.escape(w).replace(r"\ ", r"\s+") for w in items]
    return "|".join(items)


def literal_alternation(words) -> str:
    """Alternation of literal words, longest first (no other rewriting: the genre readers' form)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def word_forms(key: str, after: str = "", data: dict | None = None, elided_after: str = "", case: str = "") -> str:
    """The alternation of a grammar-word list of the language data in the list's order (the order
    a pattern tries them, as the list is written), each word exact (escaped, its case kept, a space
    matching any whitespace) and followed by ``after``, or by ``elided_after`` when it is elided
    ("l'", "d’": it may run into the next word); one that matches nothing when the list is empty. Without ``data``, the
    data configure() built (the language's own lists when a module builds its pattern at import: such keys are
    ``lang.IMPORT_TIME_KEYS``, which a corpus file may not extend). ``case``: "first" writes each word with a
    capital ("Le", "L'"), "upper" in capitals ("LE")."""
    words = (data if data is not None else DATA or load("fr")).get(key, [])
    if case == "first":
        words = [w[:1].upper() + w[1:] for w in words]
    elif case == "upper":
        words = [w.upper() for w in words]
    forms = [re.escape(w).replace(r"\ ", r"\s+") + (elided_after if w[-1] in "'’" else after) for w in words]
    return "|".join(forms) or "(?!)"


# what CELL_SPLIT needs to match anywhere in a line: a tab or the bar of the table delimiter
_CELL_MARKS = ("\t", TABLE_DELIMITER.strip())


def has_cells(text: str) -> bool:
    """Whether CELL_SPLIT finds a cell boundary in the text (a tab or the delimiter's bar): the
    same answer as ``CELL_SPLIT.search(text)``, without running the pattern on every line."""
    return any(mark in text for mark in _CELL_MARKS)


def language_data() -> dict:
    """The language data with the corpus's additions, as the last configure() built it (this
    module configures French at import)."""
    return DATA


def per_language_data(build):
    """``build(*args)`` (a word set or a pattern made from the language data's lists) remembered
    for the language data it was built from: built again once configure() changes the data, not
    on every line a reader asks about (the answer is the same object: callers do not change it)."""
    built: dict = {}
    source: list = [None]  # the data ``built`` holds answers for (kept alive: compared by identity)

    @functools.wraps(build)
    def remembered(*args):
        if source[0] is not DATA:
            built.clear()
            source[0] = DATA
        if args not in built:
            built[args] = build(*args)
        return built[args]

    return remembered


_SPACE = None  # the item set of a run of whitespace (r"\s+")


def _flex_items(word: str) -> list[tuple[str, frozenset | None]]:
    """The pattern of each character of ``_flex(word)``, with the characters it matches (``_SPACE``
    for a run of whitespace)."""
    out: list[tuple[str, frozenset | None]] = []
    for ch in word:
        base = fold(ch)
        if ch.isalpha() and base != ch.lower():
            cls = f"{ch.lower()}{ch.upper()}{base}{base.upper()}"
            out.append((f"[{cls}]", frozenset(cls)))
        elif ch.isalpha():
            out.append((f"[{ch.lower()}{ch.upper()}]", frozenset(ch.lower() + ch.upper())))
        elif ch.isspace():
            out.append((r"\s+", _SPACE))
        else:
            out.append((re.escape(ch), frozenset({ch})))
    return out


def _flex(word: str) -> str:
    """A word whose letters match with or without their accents (é|e), any case."""
    return "".join(part for part, _ in _flex_items(word))


def _flex_alt(words) -> str:
    return "|".join(_flex(w) for w in sorted({w for w in words if w}, key=lambda w: (-len(w), w)))


def _disjoint(a: frozenset | None, b: frozenset | None) -> bool:
    """Whether no text opens both items (``_SPACE``: whitespace)."""
    if a is _SPACE or b is _SPACE:
        other = b if a is _SPACE else a
        return other is not _SPACE and not any(c.isspace() for c in other)
    return not a & b


def _exclusive(b: list, c: list, word_end: bool) -> bool:
    """Whether two words' items can never both match at one position: an item where they differ
    opens with disjoint characters; or one word ends where the other goes on with a word
    character, when what follows the alternation cannot open with one (``word_end``)."""
    for k in range(max(len(b), len(c))):
        if k >= len(b) or k >= len(c):
            rest = c[k][1] if k >= len(b) else b[k][1]
            return word_end and rest is not _SPACE and all(re.fullmatch(r"\w", ch) for ch in rest)
        if b[k][0] != c[k][0]:
            return _disjoint(b[k][1], c[k][1])
    return False


def _factored(branches: list[list], word_end: bool) -> str:
    """The alternation of ``branches`` (item lists, in the order they are tried) with the words
    that open with the same item read after it once ("entretien|entretiens|enquêté" ->
    "(?:e(?:n(?:t…|q…)))"): Python's ``re`` then tries each word's first letter once per position
    instead of every word. Words move ahead of others only when the two can never match at the
    same position (``_exclusive``), so the first word that matches is the one the plain
    alternation finds."""
    if len(branches) == 1:
        return "".join(part for part, _ in branches[0])
    groups: dict[str | None, list[int]] = {}
    for i, b in enumerate(branches):
        groups.setdefault(b[0][0] if b else None, []).append(i)
    plain = "(?:" + "|".join("".join(part for part, _ in b) for b in branches) + ")"
    if len(groups) == len(branches):
        return plain
    rank = {i: k for k, i in enumerate(i for idx in groups.values() for i in idx)}
    if not all(_exclusive(branches[i], branches[j], word_end)
               for i in range(len(branches)) for j in range(i + 1, len(branches)) if rank[j] < rank[i]):
        return plain
    alts = []
    for first, idx in groups.items():
        alts.append("" if first is None else first + _factored([branches[i][1:] for i in idx], word_end))
    return "(?:" + "|".join(alts) + ")"


def _factored_alt(words, word_end: bool = False) -> str:
    r"""What ``_flex_alt(words)`` matches, factored by shared openings (``_factored``): the same
    match at every position. ``word_end``: what follows the alternation in the pattern cannot open
    with a word character (``(?![\w])``, ``\s+``). A word with whitespace at its ends or a double
    space (a run of ``\s+`` that could share its spaces) is left to the plain alternation."""
    words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not words:
        return ""
    if any(w != w.strip() or re.search(r"\s\s", w) for w in words):
        return _flex_alt(words)
    return _factored([_flex_items(w) for w in words], word_end)


def _words(data: dict, key: str) -> str:
    """The alternation of a word list of the language data; one that matches nothing when empty."""
    return _flex_alt(data.get(key, [])) or "(?!)"


def _whole_words(words) -> re.Pattern:
    """Whole words of a list, without case or accents; an elided word ("j'") runs into the next."""
    elided = _factored_alt(w for w in words if w[-1] in "'’")
    full = _factored_alt((w for w in words if w[-1] not in "'’"), word_end=True)
    return re.compile(rf"(?<![\w])(?:(?:{elided or '(?!)'})|(?:{full or '(?!)'})(?![\w]))")


# past and imperfect endings of a verb listed in the present ("confie" -> "confiait", "confia")
_ER_VERB = re.compile(r"(?:[^\W\d_]|\[[^\]]+\])+e")


def _tenses(verb: str, endings) -> str:
    """A present-tense speech verb of the first group with its imperfect and simple past
    ("confie", "confiait", "confiaient", "confia": lang/fr grammar.yaml past_endings), as press
    and articles report speech."""
    if not _ER_VERB.fullmatch(verb) or not endings:
        return verb
    return f"{verb[:-1]}(?:e|{'|'.join(re.escape(e) for e in sorted(endings, key=lambda e: (-len(e), e)))})"


def interview_speaker(num: str) -> str:
    """The speaker label of an interview known by its number ("Entretien n°3")."""
    return DATA["interview_speaker"].format(num=num)


def interview_person_speaker(num: str, person: int) -> str:
    """The speaker label of one person of an interview with several ("E16(1)")."""
    return DATA["interview_person_speaker"].format(num=num, person=person)


def configure(extra: str | None = None) -> None:
    """(Re)build every pattern from the language data and a corpus's additions (a path or None)."""
    global _configured
    from ..lang import file_key

    key = file_key(extra)
    if key == _configured:
        return
    _configured = key
    data = load("fr", extra)
    g = globals()
    # a corpus file that adds nothing (config/conventions.yaml "{}"): the patterns already built
    # from the same data hold (building them again is ~0.2 s of every process that segments)
    same = bool(g["DATA"]) and data == g["DATA"]
    g["DATA"] = data
    if same:
        return
    g.update(_build(data))
    configure_roles(data)


# a person's initials with their periods, written as a label or a code by notes that keep names out
# ("R.", "M.-L.", "J.-P."): attendance_lists, code_leads, quotes._listed_code_subject
DOTTED_INITIALS = r"(?:[A-ZÉÈ]\.-?){1,3}"
# a subtitle cue (SRT): a number, a time range with milliseconds and an arrow
SUBTITLE_CUE = r"(?:\d{1,4}\s+)?\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"


def _build(d: dict) -> dict:
    p: dict = {}
    folded = lambda key: {fold(w).rstrip(".") for w in d.get(key, [])}
    # grammar words (grammar.yaml): the conjunction of a list ("E1, E2 et E3"), the articles
    # before a noun ("l'infirmière", "le médecin")
    and_ = word_forms("list_conjunctions", data=d)
    elided_article = word_forms("elided_articles", data=d, elided_after=r"\s*")
    definite_article = word_forms("definite_articles", r"\s+", d)
    intro_articles = f"(?:{elided_article}|{definite_article})"
    # a clock time opening a line ("9 h 30", "14h", "16:30"; field_labels.yaml field_clock_times)
    p["CLOCK_TIME"] = re.compile("|".join(f"(?:{t})" for t in d.get("field_clock_times", [])) or r"(?!)")
    p["MODERATOR_WORDS"] = folded("moderator_labels")
    p["ANSWER_WORDS"] = folded("answer_labels")
    p["GROUP_WORDS"] = folded("group_labels")
    p["UNIDENTIFIED_VOICE_WORDS"] = folded("unidentified_voice_labels")
    p["VOICE_WORDS"] = folded("voice_labels") | p["UNIDENTIFIED_VOICE_WORDS"]
    p["MODERATING_VERBS"] = {w.lower() for w in folded("moderating_verbs")}
    p["NOT_LABELS"] = folded("not_labels")
    p["PARTICIPANT_WORDS"] = folded("participant_words")
    p["CIVILITIES"] = folded("civilities")
    n = int(d.get("code_letters_max", 5))
    # label shapes: a code (P5, MG1, IDE2, E16 t, E16(1)), a numbered participant word (Part. 3),
    # a civility and a name or initial (Mme D., M. T.), a listed word (Enquêteur, INT, Q, R,
    # Plusieurs participants), a first name or a bare capital (kept only when they recur)
    # (a hyphen or an underscore may join the letters and the number: "MG-3", "IDE_2")
    # a group's code may come first, joined by a hyphen: "G2-P1" (group 2, participant 1), or the
    # participant's letter before a group's letters: "P-GB3" (participant, British, 3)
    code = rf"(?:[A-ZÉ]{{1,3}}\d{{1,2}}-|[A-ZÉ]-(?=[A-ZÉ]{{1,3}}\d))?[A-ZÉ]{{1,{n}}}[-_]?\d{{1,3}}(?:\s?t\b)?(?:\s?\(\d\))?"
    # or in lower case ("e3", "mg1"): a few letters only, so that a word and a number stay no code
    lower = int(d.get("lowercase_code_letters_max", 0))
    if lower:
        code = rf"(?:{code}|[a-zé]{{1,{lower}}}[-_]?\d{{1,3}}(?![\w,.]\d))"
    # or an abbreviated profession, a capital and a few lower-case letters, then the number ("Ph2",
    # "Kin1"): no hyphen, so that a word and a year ("Covid-19") stay no code
    capitalised = int(d.get("capitalised_code_letters_max", 0))
    if capitalised:
        code = rf"(?:{code}|[A-ZÉ][a-zé]{{1,{capitalised}}}\d{{1,3}}(?![\w,.]\d))"
    # or an abbreviated profession, a point and a letter or a number: "Ph.C", "Prep.1" (pharmacy
    # theses); the abbreviation has a lower-case letter, so an initial ("M.A") is no code, and a
    # reference's abbreviation ("Fig.2", "Vol.3": not_code_abbreviations) neither; or capitals, a
    # point, an abbreviated status, a point and a number: "K.lib.2", "K.sal.1" (libéral, salarié)
    p["DOTTED_CODE"] = dotted = (rf"(?!(?:{_words(d, 'not_code_abbreviations')})\.)"
                                 r"(?:[A-ZÉ][a-zé]{1,4}\.(?:[A-Z]|\d{1,2})|[A-ZÉ]{1,3}\.[a-zé]{2,5}\.\d{1,2})(?![\w])")
    code = rf"(?:{code}|{dotted})"
    # a participant word and a number, or a single capital letter ("Part. 3", "Participant A")
    # (in inclusive writing too: "Participant·e 3")
    numbered = (rf"(?:{_flex_alt(d.get('participant_words', []))})(?:{_alt(d.get('inclusive_suffixes', [])) or '(?!)'})?\.?\s?"
                rf"(?:\d{{1,3}}|[A-Z](?![\w.'’]))")
    # or a profession's abbreviation in capitals, a space and a number, as an article codes its
    # informants ("(IDEL 4, Marie-Galante, 00:12:37)", "(MG 1, La Désirade)"): the abbreviations are
    # listed, in capitals only, so that an acronym and a number ("COVID 19", "mg 2 fois") stay no code
    spaced = _alt(d.get("spaced_code_abbreviations", []))
    if spaced:
        numbered = rf"(?:{numbered}|(?-i:(?:{spaced})\s\d{{1,3}})(?![\w,.]\d))"
    # or a number mark before the number, as a citizens' panel numbers its jurors in a quotation's
    # parenthesis: "(juré n° 7, Bergerac)", "(participant n°4)" (SPEAKER_CODE only: as a line's label,
    # "(Entretien n°21). L'ensemble …" is a reference that ran onto the next line, no turn)
    number_mark = _alt(d.get("number_marks", [])).replace("n°", r"n\s*°") or "(?!)"
    p["NUMBERED_MARKED"] = numbered_marked = re.compile(
        rf"(?:{_flex_alt(d.get('participant_words', []))})(?:{_alt(d.get('inclusive_suffixes', [])) or '(?!)'})?\s?"
        rf"(?:{number_mark})\s?\d{{1,3}}$")
    civility = (rf"(?:{_flex_alt(d.get('civilities', []))})\.?\s+[A-ZÉÈ][\w'’-]*\.?"
                rf"(?:\s[A-ZÉÈ][\w'’-]*\.?)?")
    words = d.get("moderator_labels", []) + d.get("answer_labels", []) + d.get("group_labels", []) + d.get("voice_labels", []) \
        + d.get("unidentified_voice_labels", [])
    listed = rf"(?:{_flex_alt(words)})\.?"
    first_name = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
    # a first name alone or with a surname ("Marie", "Marie Dupont"), a bare capital or capitals
    # (or a first name and the surname's initial, as minutes keep members anonymous: "Henri B.", "Jean-Paul R."; s51)
    name = rf"{first_name}(?:\s[A-ZÉÈ][a-zéèêëïîôûç'’-]+|\s[A-ZÉÈ]\.)?|[A-Z]{{1,5}}"
    # or an initial and a surname, particles included: "S. Bertrand", "G. Le Floch"
    name += rf"|[A-ZÉÈ]\.\s?(?:(?:{word_forms('initial_name_particles', data=d)})\s)?[A-ZÉÈ][a-zéèêëïîôûç'’-]+"
    initials = d.get("initials_label", r"(?!)")
    # a first name, a code or initials, and what the person does, in parentheses: "Julie (IDE)",
    # "E3 (IDEL)", "M.D. (MG)" (the same person shape whatever the document names people by)
    person = rf"{first_name}|{code}|{initials}"
    # or a participant word and a number: "Participant 3 (pharmacienne)", "Participant·e 1 (kiné)"
    person += rf"|{numbered}"
    # or a first name in capitals, as some transcripts set every label ("SANDRINE (IDEL) —")
    person += r"|[A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ]+(?:-[A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ]+)?"
    # or a civility and a name, as minutes set a delegate with the commune they represent ("M. Gérard
    # Klein (Rohrbach-lès-Bitche) :", "Mme Wagner (Lemberg) :"): the parenthesis is the place
    person += rf"|{civility}"
    # (a time in the parentheses is when the turn starts, not a role: segment/label_times.py)
    at_time = label_time(d)
    # (nor a note that the turn overlaps another, "IDE4 (en même temps que IDE2) :": the turn is IDE4's;
    # lang/fr/fallbacks.yaml group_speech_words)
    at_time = rf"{at_time}|\s*\(\s*(?:{_flex_alt(d.get('group_speech_words', []))})\b[^()]{{0,40}}\)"
    # or a full name and what the person does and where, in square brackets, as an edited webinar
    # transcript sets a speaker's first label ("Hélène Vasseur [médecin coordonnateur, DAC 80]"; later
    # labels give the first name only: segment/first_turn_roles.py)
    full_name = rf"{first_name}\s[A-ZÉÈ][a-zéèêëïîôûç'’-]+(?=\s?\[)"
    bracketed = r"\[(?=[^\[\]]{1,40}\])"
    named_role = rf"(?:{person})\s?(?!{at_time})\([^()]{{1,30}}\)|(?:{full_name}|{person})\s?\[[^\[\]]{{1,40}}\]"
    # (a code or a numbered participant before a colon takes a longer profile, a profession and a
    # place of several words: "Expert 21 (pharmacien hospitalier, Territoire de Belfort) :"; s26-segrole)
    named_role += rf"|(?:{code}|{numbered})\s?\((?=[^()]{{31,50}}\))[^()]+\)"
    p["INITIALS"] = initials
    # an article and a profession: "Le médecin", "L'infirmière"
    articles = _alt(d.get("role_label_articles", [])) or r"(?!)"
    nouns = "|".join(f"(?:{n})" for n in d.get("person_nouns", [])) or r"(?!)"
    role_label = rf"(?:{articles})\s?(?:{nouns})[\w-]*"
    # codes joined, several participants at once: "G2-P1 et G2-P3 (ensemble)"
    # (or a plus sign: "IDE1 + IDE3 :", the same words said together)
    joined = rf"(?:{code})(?:\s*(?:,|\+|{and_})\s*(?:{code}))+(?:\s*\((?:{_flex_alt(d.get('group_labels', []))})\))?"
    p["JOINED_CODES"] = re.compile(rf"(?:{joined})$")
    label = rf"{joined}|{code}|{numbered}|{civility}|{named_role}|{initials}|{role_label}|{listed}|{name}"
    # how a participant is coded in running text, e.g. after their description: "(participant A)"
    p["PARTICIPANT_CODE"] = rf"{code}|{numbered}|{initials}"
    p["LABEL_SHAPES"] = {"code": re.compile(rf"(?:{code})$"), "numbered": re.compile(rf"(?:{numbered})$"),
                         "initials": re.compile(rf"(?:{initials})$"),
                         "role": re.compile(rf"(?:{role_label})$"),
                         "civility": re.compile(rf"(?:{civility})$"), "named_role": re.compile(rf"(?:{named_role})$"),
                         "listed": re.compile(rf"(?:{listed})$")}
    p["NAMED_ROLE"] = re.compile(rf"(?P<name>{full_name}|{person})\s?(?!{at_time})"
                                 rf"(?:\((?=[^()]{{1,50}}\))|{bracketed})(?P<role>[^()\[\]]+)[)\]]$")
    # a time, a time range or a paragraph number before the label: where the turn stands, never
    # the label's ("[00:14:02 – 00:14:51] Nadia :", "§12 E –": lang/fr/label_times.yaml)
    timestamp = rf"(?:{position_mark(d)})\s*[-–—]?\s*"
    # or a subtitle cue pasted into a document: its number and its time range ("12 00:03:12,400 --> 00:03:19,000")
    timestamp = rf"(?:{SUBTITLE_CUE}\s*|{timestamp})"
    p["TIMESTAMP"] = timestamp
    # a time or a position mark opening a text ("[10:18:40] Je suis …", "§12 …")
    p["OPENING_STAMP"] = re.compile(rf"\s*(?:{timestamp})")
    # a time in parentheses after a label ("ARM (00:15) :"): a transcript timing its turns, like a
    # time before the label (discovery.stamped_labels)
    p["LABEL_TIME"] = re.compile(rf"(?:{label_time(d)})$")
    # a name in capitals, a period and a dash, as press and radio transcripts set their speakers:
    # "DR MARTIN. – …", "JOURNALISTE. – …"
    caps = r"[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ'’-]+(?:\s[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ'’-]+){0,2}"
    p["LABEL_SHAPES_CAPS"] = re.compile(rf"(?:[A-ZÉ]\.\s?)?(?:{caps})$")  # "JOURNALISTE", "Y. LE BRIS"
    # a code closes with a period too, as conversation analysis sets its labels ("MG3. Alors …")
    caps_or_letter = rf"{caps}|[A-ZÉ]|{code}"
    # or any label shape but a civility (a dash or a colon is what most documents use, a period
    # what some do: "Enquêtrice. Et ensuite ?", "Sandrine (IDEL). Pour moi …"; loose, so counted
    # only when the labels take turns)
    caps_or_letter = rf"{caps_or_letter}|{label}"
    # a code, its profile in parentheses, then a speech verb and "que": the note-taker's paraphrase
    # of what the person said ("P2 (kinésithérapeute, Laval) explique en substance qu'il …"), indirect
    # speech and not a turn (grammar.yaml reported_complementizers; s24-segattr5)
    reported_verbs = "|".join(sorted(d.get("speech_verbs", []), key=lambda v: (-len(v), v))) or "(?!)"
    reported_that = word_forms("reported_complementizers", r"(?=\s)", d, elided_after="")
    reported = rf"\([^()\n]{{1,120}}\)\s+(?:{reported_verbs})\b[^.!?«:\n]{{0,40}}?\b(?:{reported_that})"
    p["TURN"] = re.compile(
        # a turn number before the label, as conversation analysis numbers turns ("4 SEC : …")
        rf"^(?P<lead>«\s*)?(?P<ts>{timestamp})?(?:\d{{1,4}}\s(?=[A-ZÉ][A-ZÉ\w.-]{{0,11}}\s?:\s))?(?:[\[(](?P<blabel>{code}|{numbered}|{civility}|{listed})[\])]\s*:?\s*"
        # a name in capitals in brackets, as subtitles set speakers ("[DR HAMON]", "[Y. LE BRIS]")
        rf"|\[(?P<klabel>(?:[A-ZÉ]\.\s?)?{caps})\]\s*"
        rf"|(?P<clabel>(?:[A-ZÉ]\.(?:-[A-ZÉ]\.)?\s?)?{caps})\.\s*[–—]\s+"
        # (a code and a space before a guillemet or a parenthesis: "E3 « … »"; not a parenthesis
        # closed before the colon, which is the label's role: "P1 (IDEL) : …", a named role)
        # (after a position mark, a station's label too: "[03:30] Médecin CCMM :", lang/fr/label_times.yaml
        # stamped_label_shapes; the conditional keeps the shape out of unstamped lines)
        rf"|(?P<label>{label}|(?(ts)(?:{stamped_shapes(d)})(?=\s*:)|(?!)))(?P<at>{at_time})?(?:\s*:\s*|(?<=\d)\s+(?=[«(])(?!\([^()]{{1,50}}\)\s*:\s)(?!{reported}))"
        # looser separators, counted only when the labels take turns (discovery.dialogue_labels)
        # or name the interviewer: a dash ("Marie — On a …") or a table cell ("IDE3 | On a …"), a period after capitals or a letter
        # ("Q. Comment … ?", "SOPHIE. On a …"), never a civility ("M. Dupont")
        rf"|(?P<dlabel>{label}|{caps})\s+(?:[—–]|\|)\s+(?=\S)"
        rf"|(?!(?:{_flex_alt(d.get('civilities', []))})\.)(?P<plabel>{caps_or_letter})\.\s+(?=[^\s.:])"
        # or only a space, as a word processor's tab aligning the words renders ("K2    Par un …",
        # "S.M. Très tard …"): a code or initials, then a capital (round 25, segfix30); as loose
        rf"|(?P<wlabel>{code}|{initials})\s+(?=[A-ZÉÈÀÂÊÎÔÛÇ«]))")
    # where a turn starts inside a line (paragraphs the extraction merged): after a sentence end
    # (or a stage direction: "… c'est tout (rire) moi : et la cpts ?")
    # (every alternative needs a bracket, a label's colon, a dash after capitals or a question
    # mark: a line holding none is not searched, see guarded.py)
    # (an abbreviated function in capitals, "… des résidents ? IDEC : Alors …", counted inside a
    # line only where the same label opens another: discovery.candidate_labels)
    bare_caps = r"[A-ZÉ]{2,5}"
    p["MIDLINE_TURN"] = Guarded(re.compile(
        # (not after a turn's time: "[00:12:52] Médecin 1 :" is one turn's opening)
        # (not after a label's own initials: "J.-L. HOARAU. — …" is one label, s49)
        rf"(?<=[.!?…»\])])(?<!:\d\d[\])])(?<!\b[A-ZÉ]\.-[A-ZÉ]\.)\s+(?=(?:{timestamp})?(?:\[(?:{code}|{numbered}|{civility})\]\s"
        rf"|(?:{code}|{numbered}|{civility}|{named_role}|{initials}|{role_label}|{listed}|{bare_caps})\s*:\s|{caps}\.\s*[–—]\s))"
        # a code or initials set off by a space only, after a question (the interviewer's turn
        # run into the answer: "… la CPTS ? K2 Par un …"); counted where the label opens a line
        rf"|(?<=\?)\s+(?=(?:{code}|{initials})\s+[A-ZÉÈÀÂÊÎÔÛÇ«])"
        # a question or answer word set off by a dash, after a sentence end ("… commencé ? R – Bonjour.")
        rf"|(?<=[.!?…»])\s+(?=(?:{listed})\s+[–—]\s)"
        # a label of any shape after a time or a paragraph number, set off by a colon or a dash
        # ("… le plus souvent. §14 E – Avez-vous … ?"): where the turn stands marks a turn
        rf"|(?<=[.!?…»\])])\s+(?=(?:{position_mark(d)})\s*[-–—]?\s*(?:{label}|{caps})\s*[:–—]\s)"),
        ("[", ":", "–", "—", "?"))
    # a label alone on its line with a timestamp before or after it, the words in the paragraphs
    # below ("GP3 [00:00:11]", "Chercheuse 00:01:46", "[00:02:30] Marie"), as transcription
    # services export; or a label and a colon with nothing after it
    # (a time or a time range: "[00:01:52]", "(0:09 - 1:44)"; the label may be bracketed: "[Interviewe]")
    time = r"\d{1,2}:\d{2}(?::\d{2})?"
    stamp = rf"[\[(]?{time}(?:\s*[-–]\s*{time})?[\])]?"
    blabel = rf"(?:{label})|\[(?:{label})\]"
    p["STANDALONE_LABEL"] = re.compile(
        rf"^\s*(?:(?P<ts>{stamp})\s*[-–]?\s*\[?(?P<alabel>{label})\]?|\[?(?P<slabel>{label})\]?\s*[-–]?\s*(?P<ts2>{stamp})"
        rf"|(?P<clabel2>{blabel})\s*:)\s*$")
    # a legend of the transcript's labels: "Conventions : E = enquêtrice ; P = pharmacienne", or
    # set in parentheses after the word "code" ("(ML = médecin libéral, IL = infirmier libéral)")
    p["LEGEND"] = re.compile(r"(?:^|[;,:(]\s*)(?P<label>[A-ZÉ][\w.]{0,11})\s*=\s*(?P<desc>[^;=.]{2,60}?)\s*(?=;|,|\.|$)")
    # a key to the codes as "LABEL, description" entries: "Légende : M, modératrice ; G2-P1, médecin généraliste, Vichy"
    p["LEGEND_HEADING"] = re.compile(rf"^\s*(?:{_words(d, 'legend_headings')})\s*:\s*")
    # (or "LABEL : description", and a civility with an initial: "M. R. : le patient ; Mme R. : son épouse", s48)
    p["LEGEND_ENTRY"] = re.compile(rf"^(?P<label>{code}|(?:{_words(d, 'civilities')})\.?\s+[A-ZÉ]\.|[A-ZÉ][a-zé]{{0,5}}\.?|[A-ZÉ]{{1,5}})"
                                   rf"\s*[,:]\s*(?P<desc>\S.{{1,100}})$")
    # the same in words, for code prefixes: "(MG pour médecin généraliste, SF pour sage-femme)"
    # a sentence describing the study, whose places are its field ("enquête menée … dans le Lot")
    p["STUDY"] = re.compile(rf"(?<![\w])(?:{_words(d, 'study_words')})(?![\w])")
    # informants presented once by a civility and an initial: "Le Dr B. est médecin généraliste à
    # Argentan ; Mme L. est secrétaire médicale …"
    p["CIVILITY_PRESENTED"] = re.compile(
        rf"(?:^|[.;]\s+)(?:(?:{_flex_alt(d.get('role_label_articles', []))})\s*)?(?P<code>{civility})\s+"
        rf"(?:{_words(d, 'copulas')})\s+(?P<desc>[^;.]{{3,120}})")
    # the label a few capitals, or a transcription tool's speaker id ("SPEAKER_00 désigne l'investigateur")
    keyed = r"[A-ZÉ]{1,5}|[A-Z]{2,10}_\d{1,3}"
    det = _words(d, "legend_gapped_determiners")
    # (up to the next entry, the verb left out, after "et": "… l'investigateur et SPEAKER_01 le participant")
    p["LEGEND_WORDS"] = re.compile(
        rf"(?:^|[;,:(]\s*)(?P<label>{keyed})\s+(?:{_words(d, 'legend_words')})\s+"
        rf"(?P<desc>[^;,.()=]{{2,40}}?)\s*(?=;|,|\.|\)|$|\s+(?:{and_})\s+(?:{keyed})\s+(?:{det})\s*\w)")
    # the next entries of a legend in words, the verb left out: ", I un infirmier … et SF une sage-femme"
    p["LEGEND_GAPPED"] = re.compile(
        rf"\s*(?:,|;|\s(?=(?:{and_})\s))\s*(?:(?:{and_})\s+)?(?P<label>{keyed})\s+(?P<desc>(?:{det})\s*[^;,.()=]{{2,40}}?)"
        rf"\s*(?=;|,|\.|\)|$|\s+(?:{and_})\s+(?:{keyed})\s+(?:{det})\s*\w)")
    # several labels explained at once, the verb in the plural: "EA et EB désignent les deux enquêtrices"
    one = r"[A-ZÉ]{1,5}\d{0,2}"
    p["LEGEND_PLURAL"] = re.compile(
        rf"(?:^|[.;:(]\s+)(?P<labels>{one}(?:\s*,\s*{one})*\s+(?:{and_})\s+{one})\s+(?:{_words(d, 'legend_plural_words')})\s+"
        rf"(?:(?:{_words(d, 'legend_plural_determiners')})\s+)?(?P<desc>[^;,.()=]{{2,40}}?)\s*(?=;|,|\.|\)|$)")
    indefinite = word_forms("indefinite_articles", r"\s+", d)  # "je suis une infirmière" (grammar.yaml)
    p["OCCUPATION"] = re.compile(
        rf"(?:^|[\s,.;:!?])(?:{_words(d, 'occupation_markers')})\s*(?:{indefinite})?"
        rf"(?P<what>[^\W\d][^.!?,;]{{2,60}})")
    p["STAGE"] = re.compile("|".join(d.get("stage_directions", [])) or r"(?!)", re.IGNORECASE)
    p["SELF_PRESENTATION"] = re.compile(
        rf"(?:^|[.!?:]\s+|\b)(?:{_flex_alt(d.get('self_presentation', []))})\s*,?\s+(?:{indefinite})?(?P<what>[^.!?,;]{{3,60}})")

    # a turn (its label, if any, first) opening with a first name, a comma and what the person
    # does: "Participant 2 : Julien, pharmacien titulaire à …" (discovery.self_presented_role)
    p["NAMED_SELF"] = re.compile(
        rf"^(?:[^:\n]{{1,40}}:\s+)?(?!(?:{_alt(d.get('not_names', []) + d.get('name_openers', []))})\b)"
        rf"(?P<name>{first_name})\s*,\s+(?P<what>[^.!?,;]{{3,60}})")

    # attributions
    iw = _flex_alt(d.get("interview_words", []))
    marks = _alt(d.get("number_marks", [])).replace("n°", r"n\s*°")
    interview_ref = rf"(?:{iw})\s+(?:(?:{marks})\s*)?"
    interview_code = d.get("interview_code", r"(?!)")
    p["INTERVIEW_CODE"] = re.compile(interview_code)
    p["INTERVIEW_REF"] = re.compile(rf"\b{interview_ref}(?P<num>\d{{1,3}})\b")
    # an interview word before a participant's code, "Entretien SF1" (a coding report's source names the
    # participant's interview so): the participant is the code
    p["WORDED_CODE"] = re.compile(rf"(?i:{iw})\s+(?P<code>{code})")
    p["INTERVIEW_WORD"] = re.compile(rf"(?<!\w)(?:{iw})(?!\w)")
    # a closing list of the people met, by interview number: its heading and its entries ("12 – directrice …")
    p["MET_LIST_HEADING"] = re.compile(rf"(?<!\w)(?:{_words(d, 'met_list_headings')})(?!\w)", re.IGNORECASE)
    p["MET_LIST_ENTRY"] = re.compile(r"^(?P<num>\d{1,3})\s*[–—:-]\s*(?P<desc>[^\W\d].{2,150})$")
    # an interview heading by a LETTER code, the person described after a dash: "Entretien D –
    # infirmière coordinatrice de SSIAD, Mauriac, 22 min" (segment/interview_cards.py)
    p["LETTERED_INTERVIEW_HEADING"] = re.compile(
        rf"^{interview_ref}(?P<code>[A-Z]{{1,2}})\s*[–—-]\s*(?P<desc>[^\W\d].*)$")
    p["ATTRIBUTION"] = re.compile(
        rf"^\(?\s*{interview_ref}(?P<num>\d{{1,3}})\s*t?\s*(?:[–—-]\s*(?P<rest>.*?))?\s*\)?\s*$")
    not_names = _alt(d.get("not_names", []))
    person_name = (rf"(?!(?:{not_names})\b)"
                   r"[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?(?:\s+[A-ZÉÈ][\w'’-]+){1,2}")
    # the speaker code that opens an attribution: an interview number (E3, Entretien n°3), a
    # participant code of letters and a number (P5, MG1, I12), a civility and initial, a name
    # a group session's code ("FG1", "Focus group 2", "groupe 3"): names a session, not a person
    group = rf"(?:{_words(d, 'group_codes')})\s?(?:(?:{marks})\s*)?\d{{1,3}}"
    p["GROUP_CODE"] = re.compile(rf"^(?:{group})$")
    # (initials too, "(M.D., infirmière)": the participant shapes PARTICIPANT_CODE knows)
    p["SPEAKER_CODE"] = speaker_code = (rf"{interview_ref}\d{{1,3}}|{group}|{code}|{initials}|{numbered}"
                                        rf"|{numbered_marked.pattern[:-1]}|{civility}|{person_name}")
    p["DASH_ATTRIBUTION"] = re.compile(
        rf"^[—–-]\s*(?P<code>{speaker_code})\s*(?:,|\s[–—-]\s|:)\s*(?P<rest>\S.*?)\s*$")
    # a speaker code after a dash on the quote's line, its description in parentheses or after a
    # comma: "« … » — Médecin 4 (MG, 15 ans d'exercice)"; what follows may be the next paragraph
    # (or a profession's abbreviation, the commune and a number joined by hyphens: "IDE-Sada-3",
    # "MG-Bandrélé-2"; the commune says the region)
    p["PLACE_CODE"] = place_code = (r"(?P<abbr>[A-ZÉ]{1,5})-(?P<place>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-Za-zéèêëïîôûç]+)*)"
                                    r"-(?P<pnum>\d{1,3})(?![\w-])")
    # a civility and the whole name it opens ("Dr Hervé Guilbaud"): DASH_CODE stops a civility's
    # code before a capitalised word, so a surname before the description's comma ("— Dr Hervé
    # Guilbaud, alors président …") is the rest of that name, read by quotes.py
    p["CIVILITY_NAME"] = re.compile(rf"(?:{civility})")
    p["SURNAME_BEFORE_COMMA"] = re.compile(r"\s+[A-ZÉÈ][a-zéèêëïîôûç'’]+(?:-[A-ZÉÈ][a-zéèêëïîôûç'’]+)?(?=\s*,)")
    # (or a profession's abbreviation in lower case glued to the number, "– Orth2", "– Kiné3")
    glued = r"[A-ZÉ][a-zéèêç]{1,6}\d{1,3}"
    p["DASH_CODE"] = re.compile(
        rf"^\s*[—–]\s*(?P<code>{speaker_code}|{place_code}|{glued})(?:\s*\((?P<desc>[^()]{{2,100}})\))?\s*\.?(?=\s*$|\s+[A-ZÉÈÀ«])")
    # a pseudonym (a first name) followed by a description: "(Claire, 29 ans, infirmière, Nantes)"
    # (never the interview word: "[7] Entretien, infirmière …, Cherbourg" names nobody)
    # (the mark an author puts after a changed first name, "(Léa*, 17 ans, …)", is not part of it)
    p["PSEUDONYM"] = re.compile(rf"^(?!(?:{iw})\s*,)(?P<code>{first_name})(?:{_alt(d.get('pseudonym_marks', [])) or '(?!)'})?"
                                rf"\s*,\s*(?P<rest>\S.*?)\s*$")
    # a description after a dash on the quote's line: "« … » — Médecin généraliste, Haute-Vienne"
    # a description alone after a dash on the line under a quote: "— Infirmière libérale, Finistère"
    p["DASH_LINE"] = re.compile(r"^[—–]\s*(?P<rest>[^«»()\[\]]{3,120}?)\s*\.?$")
    p["DASH_DESCRIPTION"] = re.compile(r"^\s*[—–]\s*(?P<desc>[^«»()\[\]]{3,120}?)\s*\.?\s*$")
    # a code after the quote and a comma, closing the sentence: "« … », E4."
    p["CODE_AFTER"] = re.compile(rf"^\s*,\s*(?P<code>{interview_ref}\d{{1,3}}|{code}|{numbered})\s*(?:[.;]|$)")
    # (or slashes between the fields of a profile: "(D4 / H / 58 ans / rural)")
    p["PAREN_CODE"] = re.compile(rf"^(?P<code>{speaker_code})\s*(?:(?:,|\s[–—-]\s|\s/\s|:)\s*(?P<rest>\S.*?))?\s*$")
    p["INTERVIEW_DECLARATION"] = re.compile(
        rf"\b(?:{iw})\s+(?:(?:{_alt(d.get('interview_prepositions', []))})\s+)?(?P<ref>(?:(?:{marks})\s*)?[A-Z]?\d{{1,3}}(?:\s?t)?)\s*\((?P<desc>[^()]{{3,150}})\)")
    # a card naming the interview by its speaker's code, the description after a period, colon
    # or dash: "Entretien GP3. Médecin généraliste, femme, 47 ans, …, Loire-Atlantique." (up to the
    # paragraph's end: "Entretien K2 – masseur-kinésithérapeute libéral, Porto-Vecchio – 38 min" keeps
    # out the "Ch." label of the next line, which would read as a hospital's "CH")
    p["CODE_CARD"] = re.compile(
        rf"\b(?:{iw})\s+(?:(?:{_alt(d.get('interview_prepositions', []))})\s+)?(?P<code>{code})\s*[.:,—–-]\s+"
        rf"(?P<rest>[^.\n]{{3,200}})")
    openers = _flex_alt(d.get("interview_header_openers", []))
    p["INTERVIEW_HEADER"] = re.compile(
        rf"\b(?:{openers})\s+(?P<who>(?:{civility})|{person_name}|{code}|{first_name}(?=\s*\())"
        rf"(?:\s*[,:–—-]\s*(?P<desc>[^()]{{3,150}}?)|\s*\((?P<pdesc>[^()]{{3,150}})\))?\s*\.?$")
    # a first name alone and a description after a comma: "Entretien avec Nadège, secrétaire médicale
    # de la MSP de Château-Gontier" (attributions.interview_header: the description names a person)
    p["FIRST_NAME_INTERVIEW_HEADER"] = re.compile(
        rf"\b(?:{openers})\s+(?P<who>{first_name})\s*,\s*(?P<desc>[^()]{{3,150}}?)(?P<pdesc>(?!))?\s*\.?$")
    # a header numbering the interview and describing its person after a dash or a colon:
    # "Entretien 3 — pharmacienne, 38 ans, Vosges" (groups as INTERVIEW_HEADER, and num)
    # (or its letter, "Entretien B – pharmacienne adjointe, …": the identifier as printed)
    p["NUMBERED_INTERVIEW_HEADER"] = re.compile(
        rf"^(?P<who>(?:{iw})\s+(?:(?:{marks})\s*)?(?P<num>\d{{1,3}}|[A-Z](?![\w'’.])))(?:\s+[–—-]\s+|\s*[–—:]\s*)"
        rf"(?P<desc>[^()]{{3,150}}?)(?P<pdesc>(?!))?\s*\.?$")
    # a header naming its interview by the person's code, "Entretien E6 – infirmière libérale, …":
    # the code speaks (groups as NUMBERED_INTERVIEW_HEADER, ``num`` the code)
    p["CODED_INTERVIEW_HEADER"] = re.compile(
        rf"^(?:{iw})\s+(?P<who>(?P<num>{code}))(?![\w'’.])(?:\s+[–—-]\s+|\s*[–—:]\s*)"
        rf"(?P<desc>[^()]{{3,150}}?)(?P<pdesc>(?!))?\s*\.?$")
    # a header that only numbers its interview, after an annex's own number or not: "Entretien 5",
    # "Annexe 6 – Entretien 5" (s28-segr48a: the paragraph below may describe the person)
    prefixes = _flex_alt(d.get("interview_header_prefixes", [])) or r"(?!)"
    # an annex's own number before an interview's header: "Annexe 3 – " in "Annexe 3 – Entretien n°4 –
    # infirmière libérale, …" (attributions.interview_header reads the header without it; s34-segr59a)
    p["INTERVIEW_HEADER_PREFIX"] = re.compile(rf"^(?:{prefixes})\s+[\dA-Z]{{1,4}}\s*[–—:.-]\s*(?=(?:{iw})\s)",
                                              re.IGNORECASE)
    p["BARE_INTERVIEW_HEADER"] = re.compile(
        rf"^(?:(?:{prefixes})\s+[\dA-Z]{{1,4}}\s*[–—:.-]\s*)?(?P<who>(?:{iw})\s+(?:(?:{marks})\s*)?(?P<num>\d{{1,3}}))\s*\.?$",
        re.IGNORECASE)
    # a numbered extract's title naming its interviewee: "Extrait 2. Nadia, 44 ans, aide-soignante en
    # SSIAD, Sedan" (groups as FIRST_NAME_INTERVIEW_HEADER; the number is the extract's, not the person's)
    p["EXTRACT_HEADER"] = re.compile(
        rf"^(?:{_flex_alt(d.get('extract_header_titles', [])) or '(?!)'})\s*(?:(?:{marks})\s*)?\d{{1,3}}\s*[.:–—-]\s*"
        rf"(?P<who>{first_name})\s*,\s*(?P<desc>[^()]{{3,150}}?)(?P<pdesc>(?!))?\s*\.?$")
    p["QUOTE_BOX_TITLE"] = re.compile(
        rf"^(?:{_flex_alt(d.get('quote_box_titles', []))})s?\s*(?:(?:{marks})\s*)?\d{{0,3}}"
        rf"(?:\s+[–—-]\s+|\s*[–—:]\s*)(?P<desc>[^()«»]{{3,150}}?)\s*\.?$")
    p["INTERVIEW_CLOSER"] = re.compile(rf"^(?:{_flex_alt(d.get('interview_closers', []))})\b")
    p["AGE_FIELD"] = re.compile(r"^\d{2,3}\s*ans$")
    # how long the person has practised, a field that says who they are as an age does: "12 ans
    # d'exercice", "vingt ans de métier", "installée depuis trois ans", "en poste depuis 2015"
    years = rf"(?:\d{{1,2}}|{_flex_alt(d.get('seniority_numbers', [])) or '(?!)'})\s+ans?"
    entry = rf"(?:{_flex_alt(d.get('seniority_entries', [])) or '(?!)'})(?:\s+[^\s,;.\d]+){{0,3}}\s+en\s+(?:19|20)\d\d"
    p["SENIORITY_FIELD"] = re.compile(
        rf"^(?:(?:{years})\s+(?:d['’]\s*|de\s+)(?:{_flex_alt(d.get('seniority_nouns', [])) or '(?!)'})"
        rf"|(?:{_flex_alt(d.get('seniority_participles', [])) or '(?!)'})\s+(?:{_flex_alt(d.get('seniority_since', [])) or '(?!)'})"
        rf"\s+(?:{years}|(?:19|20)\d\d|[^,;.]{{2,30}})"
        rf"|{entry}"
        # seasons counted ("12 saisons", "2e saison", "troisième campagne"; s38)
        rf"|(?:\d{{1,2}}|\d{{1,2}}\s*(?:e|è|ème|eme|re|er)|{_flex_alt(d.get('seniority_numbers', [])) or '(?!)'}|\w+i[eè]me|premi[eè]re?)"
        rf"\s+(?:{_flex_alt(d.get('seniority_counts', [])) or '(?!)'}))$",
        re.IGNORECASE)
    # the year the person joined the place: "entrée en 2009", "arrivé au CHU en 2015" (s28-segr48b)
    p["ENTRY_FIELD"] = re.compile(rf"^{entry}$", re.IGNORECASE)
    # a year the person has practised since, no reference's year ("Infirmière libérale à Calacuccia
    # depuis 2009, Marie-Ange Santoni …"; s27-segrole2: attributions.presented_just_before)
    # (or the years a person held the post, "bobineuse de 1981 à 2015": seniority.yaml period_openers /
    # period_joiners, s43)
    p["SINCE_YEAR"] = re.compile(rf"\b(?:{_flex_alt(d.get('seniority_since', [])) or '(?!)'})\s+(?:19|20)\d\d\b"
                                 rf"|\b(?:{_flex_alt(d.get('period_openers', [])) or '(?!)'})\s+(?:19|20)\d\d\s+"
                                 rf"(?:{_flex_alt(d.get('period_joiners', [])) or '(?!)'})\s+(?:19|20)\d\d\b",
                                 re.IGNORECASE)
    p["DATE_FIELD"] = re.compile(
        rf"^(?:\d{{1,2}}(?:er)?\s+)?(?:{_words(d, 'months')})\s+(?:19|20)\d\d$")
    # a quotation's call to an interview listed elsewhere by its date: "(entretien du 14 avril 2022)",
    # and the list's entries: "14 avril 2022 : directrice adjointe, CPAM du Cher, Bourges"
    date = rf"(?:\d{{1,2}}(?:er)?\s+)?(?:{_words(d, 'months')})\s+(?:19|20)\d\d"
    date_articles = word_forms("date_articles", r"\s+", d)  # "entretien du 14 avril 2022" (grammar.yaml)
    # a date given as a complement inside a sentence: "réalisé le 14 mars 2024 avec", "en mars 2024"
    p["DATED_COMPLEMENT"] = re.compile(rf"\s+(?:{date_articles}|le\s+|en\s+)(?:{date})(?=[\s,])", re.IGNORECASE)
    # a day's date opening a logbook line or a dateline: "2 juillet", "9 octobre 2024", "1er mai" (embedded
    # in other patterns through .pattern: the months are matched without case there too)
    p["DAY_DATE"] = re.compile(rf"\d{{1,2}}(?:er)?\s+(?i:{word_forms('months', '', d)})(?:\s+(?:19|20)\d\d)?")
    p["INTERVIEW_DATE_CALL"] = re.compile(
        rf"^\s*\(\s*(?:{_words(d, 'interview_words')})s?\s+(?:{date_articles})?(?P<key>{date})\s*\)", re.IGNORECASE)
    p["INTERVIEW_DATE_ENTRY"] = re.compile(
        rf"^\s*(?:(?:{_words(d, 'interview_words')})\s+(?:{date_articles})?)?(?P<key>{date})\s*[:–—]\s*(?P<desc>[^«»:]{{3,150}})$",
        re.IGNORECASE)
    p["SEX_FIELD"] = re.compile(rf"^(?:{_alt(d.get('sex_fields', [])) or '(?!)'})$")
    # a pupil's school class, which says who they are as an age does: "CM2", "élève de 4e" (school_classes.yaml)
    p["SCHOOL_CLASS_FIELD"] = re.compile(
        rf"^(?:(?:{_flex_alt(d.get('school_class_leads', [])) or '(?!)'})\s+)?(?:{_words(d, 'school_classes')})"
        rf"(?:\s+(?:{_words(d, 'school_class_tracks')}))?$")  # "en terminale STMG" (s33-segr57b)
    p["LINE_REFERENCE"] = re.compile(rf"^(?:{d.get('line_references') or '(?!)'})$", re.IGNORECASE)
    # how and when the words were recorded, not who said them: "note vocale du 14/03", "21 h 12",
    # "12/01/2023", "traduit du shimaoré", "entretien en créole" (attributions.yaml recording_media)
    clock = r"\d{1,2}\s*(?:h|:)\s*(?:\d{2})?"
    numeric = r"\d{1,2}/\d{1,2}(?:/(?:\d{2}){1,2})?"
    when = rf"(?:{date}|(?:\d{{1,2}}(?:er)?\s+)?(?:{_words(d, 'months')})|{numeric}|{clock})"
    linked = rf"(?:\s*,?\s*(?:(?:du|le|de|d['’]|à|vers)\s+)?{when})*"
    p["SOURCE_FIELD"] = re.compile(
        rf"^(?:(?:{_flex_alt(d.get('recording_media', [])) or '(?!)'}){linked}|{when}{linked}"
        rf"|(?:{_flex_alt(d.get('translation_words', [])) or '(?!)'})\s+(?:du|de\s+la|de\s+l['’]|de|des|d['’])\s*\w[\w-]*"
        rf"|(?:{_flex_alt(d.get('interview_language_words', [])) or '(?!)'})\s+en\s+\w[\w-]*)$", re.IGNORECASE)
    # when, in a study that interviews the same people again: "(MG2, T0)", "(SEC1, M12)" (after a code
    # only: "(M2 / F / 41 ans)" opens with a code of the same shape)
    p["TIME_POINT"] = re.compile(rf"^(?:{d.get('time_points') or '(?!)'})$", re.IGNORECASE)
    p["FIELD_SPLIT"] = re.compile(r"\s*(?:,|;|\s[–—-]\s|\s/\s)\s*")
    scales = "|".join(d.get("scales", []))
    institutions = "|".join(d.get("institutions", []))
    p["SCALE"] = re.compile(rf"^({scales})\b\s*(.*)$")
    p["INSTITUTION"] = re.compile(rf"^({institutions})$")
    p["ATTR_REST"] = re.compile(
        rf"^(?P<role>[^–—]+?)\s*[–—-]\s*(?P<scale>{scales})\s*,?\s*(?P<inst>{institutions}|[A-Z]{{2,6}})?(?P<tail>.*)$")
    p["LABELLED_ANSWER"] = re.compile(r"^[A-ZÉ][\w'-]+(?: [\w'-]+){0,2}\s*:\s*«")
    moderators = _flex_alt(d.get("moderator_labels", []))
    p["ANNEX_TAG"] = Guarded(re.compile(
        rf"(?:(?<=^)|(?<=\s))(?P<tag>(?:{moderators})(?=\s?:)|{interview_code})\s?:\s"), (":",))  # the tag's colon
    p["MODERATOR_TAG"] = re.compile(rf"^(?:{moderators})$")
    # table cells as extraction writes them (io.TABLE_DELIMITER, which extract.assemble writes) or tabs
    bar = re.escape(TABLE_DELIMITER.strip())
    # (each alternative holds a tab or the bar: a line with neither is not searched, see guarded.py)
    # (a table line's cells are read by several readers: its split is remembered)
    p["CELL_SPLIT"] = Guarded(re.compile(rf"\s*(?:\t|\s{bar}\s|{bar})\s*"), _CELL_MARKS, remember=8192)
    suffix = _alt(d.get("number_cell_suffixes", [])) or r"(?!)"
    p["ROW"] = Guarded(re.compile(rf"^(?P<cell>.*?\S)(?:\t+|\s*{bar}\s*)(?P<num>\d{{1,3}})\s?(?P<t>{suffix})?\s*{bar}?\s*$"),
                       _CELL_MARKS)  # a tab or the bar between the cells
    p["NUMBER_CELL"] = re.compile(rf"^(?P<num>\d{{1,3}})\s?(?P<t>{suffix})?(?:\s+(?P<rest>[a-zà-ÿ].*))?$")
    p["CITATION_NUM"] = re.compile(r"^\s*[.,]?\s*\(\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\)")
    # (an elision "[…]" inside the parenthesis: the name removed, "([…], pharmacienne d'officine, Landes)")
    p["PAREN"] = re.compile(r"^\s*[.,;]?\s*[(\[](?P<attr>(?:[^()\[\]]|\[(?:…|\.\.\.)\]){2,100})[)\]]")
    # "(Bloy, 2016)", "(2016)", and a year with the page of the text quoted: "(2013, p. 58)"
    pages = d.get("line_references") or "(?!)"
    # (the citation's "et al": grammar.yaml citation_others, each written as it is, one space)
    others = "|".join(re.escape(w) for w in d.get("citation_others", [])) or "(?!)"
    p["AUTHOR_YEAR"] = re.compile(rf"({others}|[A-Z][\w'-]+,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[a-z]?"
                                  rf"(?:\s*,\s*(?i:{pages}))?$)")
    p["PERSON_WORDS"] = re.compile(
        rf"\b({'|'.join(d.get('person_words', []))}|{iw})", re.IGNORECASE)
    verbs = "|".join(sorted({_tenses(v, d.get("past_endings", [])) for v in d.get("speech_verbs", [])},
                            key=lambda v: (-len(v), v)))
    determiners = _alt(d.get("determiners", []))
    p["DETERMINERS"] = determiners
    p["POSSESSIVES"] = _alt(d.get("possessives", []))
    p["ANAPHORIC"] = _alt(d.get("anaphoric_determiners", [])) or determiners
    # where the description of who spoke ends: a comma or a relative clause
    # (a whole word: not the "qui" of "la quinquagénaire", the "pour" of "pourtant"; segfix39)
    p["WHO_CUT"] = re.compile(rf",|\b(?:{_alt(d.get('clause_cutters', []))})(?!\w)")
    p["SPEECH_VERBS"] = verbs
    p["SPEECH_VERB_ANY"] = re.compile(rf"(?<![\w])(?:{verbs})(?![\w])", re.IGNORECASE)
    reflexive = word_forms("incise_reflexives", r"\s+", d)  # "», se souvient-elle" (grammar.yaml)
    # "», a déclaré à l'AFP …": an addressee's preposition (grammar.yaml), elided or spaced before the name
    addressee = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(d.get("incise_addressee_prepositions", []),
                                                                          key=lambda w: (-len(w), w))) or "(?!)"
    # (those that hold an article, before a body in lower case: "à la délégation", not "à" + "la")
    addressee_article = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        d.get("incise_addressee_articles", []), key=lambda w: (-len(w), w))) or "(?!)"
    p["VERB_AFTER"] = re.compile(
        # (an object pronoun may come first: "», nous confiait-il alors")
        r"^\s*[,;]?\s*(?:" + reflexive + r"|(?:" + (_alt(d.get("object_pronouns", [])) or "(?!)") + r")\s*)?(?P<verb>" + verbs + "|" + (_flex_alt(d.get("inverted_speech_verbs", [])) or "(?!)")
        # (the compound past with its auxiliary inverted: "», a-t-elle résumé", "», avait-il indiqué"; grammar.yaml)
        + r"|(?P<aux>" + (_alt(d.get("incise_auxiliaries", [])) or "(?!)") + r")"
        # (the press drops the hyphen: "», se souvient elle", "», explique t-il")
        + r")(?:-t-|-|\s+-?t-|\s+)(?P<pron>" + _alt(d.get("subject_pronouns", [])) + r")\b"
        + r"(?(aux)\s+(?:" + (_flex_alt(d.get("incise_participles", [])) or "(?!)") + r")(?![\w-]))"
        # "…», nous dit un directeur d'hôpital": an object pronoun before the verb
        r"|^\s*[,;]?\s*(?:" + reflexive + r"|(?:" + (_alt(d.get("object_pronouns", [])) or "(?!)") + r")\s*)?(?P<verb2>" + verbs
        # (a circumstance may stand between the verb and its subject: "», confie, sous couvert
        # d'anonymat, un cadre de l'agence")
        # (an addressee may stand there too, a capitalised agency, newspaper or place: "», a déclaré à
        # l'AFP Stéphane Bourdin"; its case kept though the pattern ignores case)
        # (or a body the words were said to, in lower case: "», a indiqué à la délégation le Dr Lherminier")
        + r")(?:\s+(?:(?:" + addressee + r")\s*(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+\d{1,3})?|(?:" + addressee_article
        + r")\s*(?-i:[a-zà-ÿ][\w'’-]*))(?=\s))?"
        + r"(?:\s*,[^,.;!?«»\"“]{2,40},)?"
        # (an adverb may stand there too: "», assure encore le dirigeant", "», ajoute aussi Léa":
        # incise_adverbs; s31-segr56b)
        + r"(?:\s+(?:" + (_flex_alt(d.get("incise_adverbs", [])) or "(?!)") + r")(?=\s))?"
        # (a civility and an initial, whose points the subject runs over: "», confiait M. P., 72 ans, …";
        # s33-segr58b)
        + r"\s+(?P<who>(?-i:" + word_forms("civilities", r"\.?\s+", d, case="first")
        + r")[A-ZÉÈ]\.(?:[ -]?[A-ZÉÈ]\.)?(?![\w-])[^.;!?«\"“]{0,140}"
        # (or an abbreviated civility and a surname, whose period the subject runs over: "», a déclaré
        # M. Vermenouze."; s50)
        + r"|(?-i:" + word_forms("civilities", r"\.\s+", d, case="first") + r")(?-i:[A-ZÉÈ][\w'’-]+)[^.;!?«\"“]{0,140}"
        + r"|[^.;!?«\"“]{2,140})", re.IGNORECASE)
    p["VERB_BEFORE"] = Guarded(re.compile(
        r"(?:" + verbs + r")\s+(?P<who>(?:" + determiners + r")\b[^:«]{1,90}?)\s*[:,]\s*$"
        # (an elided determiner runs into its noun: "L'aidant répond :"; segfix50)
        # (the determiner a word of its own: "le" ends "travaille" in "Sonia, qui travaille de nuit, …", s43)
        r"|(?<![\w-])(?P<who2>(?:" + determiners + r")(?:(?<=['’])|\s+)[^:«]{1,60}?)\s+(?:" + verbs + r")\b[^«]{0,160}:\s*$"
        # a person's noun, then a relative clause between commas of any length: "Un participant, que je n'ai
        # pu identifier ni par son nom ni par son activité, a lancé … :" (s43)
        + r"|(?<![\w-])(?P<who4>(?:" + determiners + r")(?:(?<=['’])|\s+)(?:" + nouns + r")[^:«,]{0,40}?)"
        + r"\s*,\s*(?:" + word_forms("relative_pronouns", r"(?=\s)", d, elided_after="") + r")[^:«,]{1,120},"
        + r"\s+(?:" + verbs + r")\b[^«]{0,160}:\s*$"
        # an object pronoun before the verb ("Un directeur de DAC l'a formulé ainsi :"); no comma in the
        # subject, or "…, comme l'explique la coordinatrice :" would take the clause before for a person
        r"|(?<![\w-])(?P<who3>(?:" + determiners + r")(?:(?<=['’])|\s+)[^:«,]{1,60}?)\s+(?:" + (_alt(d.get("object_pronouns", [])) or "(?!)")
        + r")\s*(?:" + verbs + r")\b[^«]{0,160}:\s*$",
        re.IGNORECASE), ends=(":", ","))  # a colon or a comma ends what introduces the quote
    # the sentence after a quote naming one person and a speech verb: "« … » C'est ainsi qu'une
    # infirmière libérale de Quimper résume la période."
    # (the determiner a word of its own: "Aucun participant ne disait …" names no one, s43)
    p["SPEAKER_AFTER"] = re.compile(
        rf"(?<![\w-])(?P<who>(?:{_alt(d.get('singular_determiners', [])) or '(?!)'})\s*(?:{nouns})[^.!?,«»]{{0,60}}?)\s+"
        rf"(?:(?:{_alt(d.get('object_pronouns', []))})\s*)?(?:{verbs})\b", re.IGNORECASE)
    # a subject pronoun and a speech verb before the quote: "Elle poursuit : « … »"
    # "Selon lui, « … »": an introducer and a pronoun standing for the person named before
    p["PRONOUN_INTRO"] = re.compile(
        rf"(?:^|[.;!?])\s*(?:{_flex_alt(d.get('introducers', []))})\s+(?:{_alt(d.get('stressed_pronouns', [])) or '(?!)'})\s*,\s*$",
        re.IGNORECASE)
    p["PRONOUN_SPEECH"] = re.compile(
        rf"(?:^|[.!?»]\s+)(?:{_alt(d.get('subject_pronouns', []))})\s+(?:(?:{_alt(d.get('object_pronouns', []))})\s*)?"
        rf"(?:{verbs})\b[^«.!?]{{0,60}}?[:,]?\s*$", re.IGNORECASE)
    particles = _alt(d.get("name_particles", [])) or r"(?!)"
    p["NAME"] = re.compile(
        rf"\b(?!(?:{not_names})\b)"
        r"(?P<name>[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?\s+"
        rf"(?:(?:{particles})\s+)?"
        r"[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?)\b")
    p["NOT_A_DESCRIPTION"] = re.compile(rf"^({_alt(d.get('not_a_description', []))})(?:\b|\s|$)", re.IGNORECASE)
    p["PERSON_NOUN"] = re.compile("|".join(d.get("person_nouns", [])), re.IGNORECASE)
    # the voice alone, or where it was heard ("une voix dans la salle", "quelqu'un depuis les tribunes");
    # not a noun phrase the word heads ("la salle de code")
    p["ANONYMOUS_VOICE"] = re.compile(
        rf"^(?:{_alt(d.get('anonymous_voices', [])) or '(?!)'})"
        rf"(?:\s*$|\s+(?:{_alt(d.get('anonymous_voice_places', [])) or '(?!)'})(?![\w'’]))", re.IGNORECASE)
    # "Sylvie Rossignon retient que « … »", "Thierry Blanc, pharmacien à Tulle, le reconnaît : « … »";
    # the name closing an apposition, its comma before the verb ("La procureure, Claire Méhaut, a
    # requis un an avec sursis : « … »"; s27-segr46b)
    p["NAMED_BEFORE"] = re.compile(
        p["NAME"].pattern + r"(?:\s*,[^,«\"“.;]{2,80},|\s*,)?\s+(?:(?:" + _alt(d.get("object_pronouns", []))
        + r")\s*)?(?:" + verbs + r")\b[^«\"“]{0,40}$")
    # the subject of an incise that names a person by a civility and a surname alone: "», explique le
    # Dr Perrin", "», ajoute Mme Le Gall" (the civility says a person; the first name may have come before)
    name_word = r"[A-ZÉÈ][a-zéèëïîçô'’]+(?:-[A-ZÉÈ][a-zéèëïîçô'’]+)*"
    p["CIVIL_SURNAME"] = re.compile(
        rf"^\s*(?:(?:{determiners})\s+)?(?P<civ>{_words(d, 'civilities')})\.?\s+"
        rf"(?-i:(?P<surname>(?:(?:{particles})\s+)?{name_word}))(?![\w'’-])", re.IGNORECASE)
    # "Pour l'infirmière Sophie Lacan, … « … »": who a "Pour"/"Selon" introduces, a noun before the name
    p["SPEAKER_INTRO"] = re.compile(
        rf"\b(?:{_flex_alt(d.get('introducers', []))})\s+(?:{intro_articles}[\w-]+\s+)?$")
    p["INTRODUCER"] = re.compile(
        rf"(?:^|[.;:!?])\s*(?:{_flex_alt(d.get('introducers', []))})\s+(?P<who>{code}|{numbered}|{civility})\s*[,:]\s*$")  # "Pour E3 : « … »"
    p["CODE_AFTER_VERB"] = re.compile(rf"\b(?i:{verbs})\s+(?P<who>{code}|{numbered}|{civility})\s*[:,]\s*$")
    p["INTRO_DESC"] = re.compile(
        rf"(?:^|[.;:!?])\s*(?:{_flex_alt(d.get('introducers', []))})\s+(?P<who>(?:{determiners})\s+[^,.;:«]{{2,70}}?)"
        # "D'après la coordinatrice, salariée depuis 2022, « … »": what the person does in apposition
        rf"(?:\s*,\s*(?P<app>[^,.;:«»]{{2,60}}?))?\s*,\s*$",
        re.IGNORECASE)
    # a person noun phrase anywhere in a sentence that ends with a colon before the quote:
    # "Même constat chez un généraliste de Marvejols, installé depuis 1994 : « … »"
    p["PERSON_BEFORE_COLON"] = re.compile(
        rf"(?:^|[\s(])(?P<who>(?:{_alt(d.get('singular_determiners', [])) or '(?!)'})\s*(?:{nouns})[^:«.;!?]{{0,80}}?)"
        rf"(?:[^:«.;!?]{{0,160}}):\s*$", re.IGNORECASE)
    # an impersonal subject and a speech verb after what names the speaker: "Côté ARS Occitanie,
    # on assure que « … »"
    p["IMPERSONAL_SPEECH"] = re.compile(
        rf"(?:^|[.;!?]\s+)(?P<who>[^.;!?«]{{3,80}}?),?\s+(?:{_alt(d.get('impersonal_pronouns', [])) or '(?!)'})\s+"
        rf"(?:{verbs})\b(?:\s+(?:{word_forms('complementizers', data=d)})|\s*:)?\s*$", re.IGNORECASE)
    # a person noun phrase and a colon, no verb, opening the sentence or after a clause that sets the
    # scene: "Une sage-femme : « … »", "Une habitante, plus jeune : « … »", "Côté « pas d'accord »,
    # l'aide à domicile : « … »" (an elided determiner, a short apposition)
    p["NOUN_COLON"] = re.compile(rf"(?P<lead>^\s*|[.;!?]\s+|,\s+)(?P<who>(?:{determiners})(?:\s+|(?<=['’]))[^:«,.;]{{2,50}}?)"
                                 r"(?:\s*,\s*(?P<app>[^:«,.;\d]{2,30}?))?\s*:\s*$", re.IGNORECASE)
    # a sentence opening with a first name alone and an apposition: "Catherine, 56 ans, infirmière
    # à Lorient, se souvient : « … »" (the press names people so when it gives their age), or
    # after an introducer, with a pseudonym's mark: "Pour Karim*, infirmier libéral à Audincourt, …"
    p["FIRST_NAME_APPOSITION"] = re.compile(
        # (nor a sentence adverb opening it before a comma, "Enfin, membre de la commission …, la
        # représentante … insiste :": name_openers; s51)
        rf"(?:^|(?<=[.!?»]\s))(?:(?:{_flex_alt(d.get('introducers', []))})\s+)?(?!(?:{not_names}|{_alt(d.get('name_openers', [])) or '(?!)'})\b)"
        r"(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"
        # a mark the author puts after a pseudonym ("Léa*"): not part of the name
        rf"(?:{_alt(d.get('pseudonym_marks', [])) or '(?!)'})?"
        r"\s*,\s*(?P<desc>[^,«»\"“.;:]{2,80}(?:,\s*[^,«»\"“.;:]{2,60}){0,2})\s*,")
    p["VERBATIM_TABLE_HEADING"] = re.compile(rf"^(?:{_flex_alt(d.get('verbatim_table_headings', []))})\b")
    p["CARD_NUMBER"] = re.compile(rf"^(?:{_flex_alt(d.get('card_number_words', []))})\s*:\s*(?:{marks})?\s*(\d{{1,3}})\s*t?\b")
    p["CARD_END"] = re.compile(rf"^(?:{_flex_alt(d.get('card_end_words', []))})", re.IGNORECASE)
    p["CARD_HEADER"] = re.compile(rf"^(?:{_flex_alt(d.get('card_headers', []))})$")
    # "Participante : IPA3", "Exercice : …": a field line of an interview card (segment/interview_cards.py)
    p["CARD_PERSON_FIELD"] = re.compile(rf"^(?:{_words(d, 'card_person_fields')})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
    p["CARD_PROFILE_FIELD"] = re.compile(rf"^(?:{_words(d, 'card_profile_fields')})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
    p["CARD_PLACE_FIELD"] = re.compile(rf"^(?:{_words(d, 'card_place_fields')})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
    p["TABLE_HEADERS"] = folded("participant_table_headers")
    # participants coded in prose after their description: "trois infirmiers libéraux (IDEL),
    # désignés P1, P3 et P4"; the description is the clause before the participle
    one = rf"(?:{code}|{numbered})"
    p["DESIGNATION"] = re.compile(
        # the words factored (_factored_alt): what follows them, whitespace, opens with no word character
        rf"\b(?:{_factored_alt(d.get('designation_words', []), word_end=True) or '(?!)'})"
        rf"\s+(?P<codes>{one}(?:\s*(?:,|{_alt(d.get('clause_openers', [])) or '(?!)'})\s*{one})*)")
    p["ONE_CODE"] = re.compile(one)
    p["CLAUSE_OPENER"] = re.compile(rf"^\s*(?:{_alt(d.get('clause_openers', [])) or '(?!)'})\s+", re.IGNORECASE)
    # a participant code as the subject of the sentence that introduces a quote, its description
    # in parentheses: "Pour P3 (IDEL), … : « … »", "P4 (IDEL) nuance : « … »"; a survey's respondent
    # ID may carry a hash mark ("#R124 – titulaire, officine rurale – « … »")
    p["CODE_SUBJECT"] = re.compile(
        rf"(?:^|[.;!?]\s+)#?(?:(?:{_flex_alt(d.get('introducers', []))})\s+)?(?:(?:{_flex_alt(d.get('role_label_articles', []))})\s*)?"
        rf"(?P<who>{code}|{numbered}|{civility})"
        rf"(?:\s*\((?P<desc>[^()]{{1,60}})\))?(?=[\s,])")
    # a place name after a locative preposition ("en Ille-et-Vilaine", "dans le Finistère")
    p["LOCATIVE"] = re.compile(rf"(?:^|[\s(])(?:{_words(d, 'locative_prepositions')})\s*$")
    # the same preposition before a capitalised name: where a commune is looked up ("à Fougères")
    p["LOCATIVE_BEFORE_NAME"] = re.compile(
        rf"(?:^|(?<=[\s(]))(?P<prep>{_words(d, 'locative_prepositions')})\s*(?=[A-ZÀ-ÖØ-Þ])")
    # the fallbacks' words (lang/fr fallbacks.yaml): methods vocabulary, speech and script markers
    p["QUALITATIVE_STRONG"] = re.compile(
        rf"(?<![\w])(?:{_factored_alt(d.get('qualitative_strong', []), word_end=True) or '(?!)'})(?![\w])")
    p["QUALITATIVE_WEAK"] = re.compile(
        rf"(?<![\w])(?:{_factored_alt(d.get('qualitative_weak', []), word_end=True) or '(?!)'})(?![\w])")
    p["SPEECH_MARKER"] = _whole_words(d.get("speech_markers", []))
    p["SCRIPTED"] = _whole_words(d.get("scripted_markers", []))
    p["PUBLIC_SPEAKER"] = _whole_words(d.get("public_speakers", []))
    # a dated entry of the author's field diary: "12 mars. – Je me sens …", "Mardi 4 avril 2023 — …"
    p["DIARY_ENTRY"] = re.compile(
        rf"^\s*(?:(?:{_words(d, 'diary_weekdays')})\s+)?\d{{1,2}}(?:er)?\s+(?:{_words(d, 'months')})"
        rf"(?:\s+(?:19|20)\d\d)?\s*[.,]?\s*[–—-]\s", re.IGNORECASE)
    # a model phrase's fill-in slots: two civilities offered as alternatives ("M. / Mme"), or an
    # ellipsis standing alone as a blank before a punctuation mark ("pour … ;"; hesitation glues it
    # to its word: "on fait… enfin")
    civility = _words(d, "civilities")
    p["TEMPLATE_CIVILITIES"] = re.compile(rf"(?<![\w])(?:{civility})\.?\s*/\s*(?:{civility})\.?(?![\w])", re.IGNORECASE)
    p["TEMPLATE_BLANK"] = re.compile(r"(?<=\s)(?:…|\.\.\.)\s*[,;:)]")
    p["SPEAKER_COLUMN"] = _whole_words(d.get("speaker_column_words", []))
    p["GROUP_SPEECH"] = _whole_words(d.get("group_speech_words", []))
    # the cast list of a play or role-play script: "Personnages : Mme Leroy, 84 ans ; Julie, …"
    # a programme's credit naming its host: "Animation : Gaëlle Le Floch", "animé par Paul Roux"
    # (or a first name alone closing the credit, the host's label in the transcript: "Animation :
    # Kevin."; not "Animatrice : MG2, vous êtes d'accord ?", a moderator's turn to a code or a name)
    p["HOST_CREDIT"] = re.compile(rf"(?<![\w])(?:{_words(d, 'host_credit_words')})\s*:?\s*"
                                  r"(?P<name>[A-ZÉÈ][\w'’-]+(?:\s(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u)?\s?[A-ZÉÈ][\w'’-]+){1,2}"
                                  r"|[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?=\s*(?:[.;)]|$)))")
    # a programme's credit naming its guest: "Invitée : Catherine Delmas, vice-présidente …"
    p["GUEST_CREDIT"] = re.compile(rf"^\s*(?:{_words(d, 'guest_credit_words')})\s*:\s*"
                                   r"(?P<name>[A-ZÉÈ][\w'’-]+(?:\s(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u)?\s?[A-ZÉÈ][\w'’-]+){1,2})")
    # a first name opening a sentence that presents the person: "Edwige travaille au DEPS, …"
    p["PRESENTED_PERSON"] = re.compile(
        rf"^(?!(?:{not_names})\b)(?P<name>{first_name})\s+(?P<desc>(?:{_words(d, 'presentation_verbs')})\s[^.!?]{{3,150}})[.!]?$")
    p["CAST_LIST"] = re.compile(rf"^\s*(?:{_words(d, 'cast_list_words')})\s*:", re.IGNORECASE)
    p["INTERVIEWER"] = _whole_words(d.get("interviewer_words", []))
    p["SINGULAR"] = _whole_words(d.get("singular_markers", []))
    spoken = _alt(d.get("spoken_words", [])) or r"(?!)"
    # the words people talk with alone, and with a question mark (a question is spoken too)
    spoken_alone = rf"(?<![\w])(?:{spoken})(?![\w])"
    p["SPOKEN"] = re.compile(rf"{spoken_alone}|\?", re.IGNORECASE)
    # (an elided word, "m'", "j'", is followed by the word it is elided before: "qui m'a appelée";
    # SPOKEN keeps the older reading, which only takes them before a space: s27-segr46a)
    elided = _alt(w for w in d.get("spoken_words", []) if w[-1:] in "'’")
    p["SPOKEN_WORDS"] = re.compile(rf"{spoken_alone}|(?<![\w])(?:{elided})(?=\w)" if elided else spoken_alone,
                                   re.IGNORECASE)
    # either reading, or a question: words that speak or ask ("j'ai", "on", "vous … ?")
    p["SPOKEN_OR_ASKED"] = re.compile(rf"{p['SPOKEN_WORDS'].pattern}|\?", re.IGNORECASE)
    return p


configure(None)

@per_language_data
def _numbered_joint() -> re.Pattern:
    return re.compile(rf"\w\s*\d+\s*(?:,|{word_forms('list_conjunctions')})\s*\d+\s*$", re.IGNORECASE)


def several_voices(label: str) -> bool:
    """A label of several people at once: codes joined ("Ph3 et Ph4", "U1, U2", "IDE1 + IDE3") or
    one label word before numbers joined ("Intervenant 2 et 3")."""
    return bool(label) and bool(globals()["JOINED_CODES"].match(label) or _numbered_joint().search(label))  # (built by configure)

